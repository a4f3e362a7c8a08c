"""`gdlab crosscheck`: the scratch twin against the autograd twin; exit 1 if any difference is too large."""
import json

from gdlab.cli.parser import help_text
from gdlab.crosscheck import TOLERANCE, crosscheck
from gdlab.i18n import text


def add_parser(subparsers):
    p = subparsers.add_parser("crosscheck", help=help_text("crosscheck.help"),
                              description=text("cli_help.crosscheck.description"))
    p.add_argument("--data", default="line", help=help_text("crosscheck.data"))
    p.add_argument("--tol", type=float, default=TOLERANCE, help=help_text("crosscheck.tol", tol=TOLERANCE))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true", help=help_text("crosscheck.json"))
    p.set_defaults(run=run)


def run(args):
    report = crosscheck(args.data, args.tol, args.seed)
    print(json.dumps(report.to_dict()) if args.json else report.table())
    return 0 if report.ok else 1
