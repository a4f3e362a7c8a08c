"""`gdlab crosscheck`: the scratch twin against the autograd twin; exit 1 if any difference is too large."""
import json

from gdlab.crosscheck import TOLERANCE, crosscheck


def add_parser(subparsers):
    p = subparsers.add_parser("crosscheck", help="compare the NumPy twin with torch, step by step",
                              description="Run every model × method × optimizer through both twins, and each "
                                          "scratch optimizer step against torch.optim; print the largest "
                                          "relative differences; exit 1 if any exceeds the tolerance.")
    p.add_argument("--data", default="line", help="bundled data set or CSV (default: line)")
    p.add_argument("--tol", type=float, default=TOLERANCE, help="relative tolerance (default 1e-10)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    p.set_defaults(run=run)


def run(args):
    report = crosscheck(args.data, args.tol, args.seed)
    print(json.dumps(report.to_dict()) if args.json else report.table())
    return 0 if report.ok else 1
