"""`gdlab demo`: the whole lesson headless, on bundled data, no network."""
from gdlab.cli.parser import help_text
from gdlab.demo import run_demo
from gdlab.i18n import text


def add_parser(subparsers):
    p = subparsers.add_parser("demo", help=help_text("demo.help"), description=text("cli_help.demo.description"))
    p.add_argument("--out", default="runs/demo", help=help_text("demo.out"))
    p.set_defaults(run=run)


def run(args):
    results = run_demo(args.out)
    return 0 if results["crosscheck"]["ok"] else 1
