"""`gdlab demo`: the whole lesson headless, on bundled data, no network."""
from gdlab.demo import run_demo


def add_parser(subparsers):
    p = subparsers.add_parser("demo", help="run the lesson headless and write its results",
                              description="Run the lesson headless on bundled data (no network) and "
                                          "write everything it makes into one folder.")
    p.add_argument("--out", default="runs/demo", help="output folder (default: runs/demo)")
    p.set_defaults(run=run)


def run(args):
    results = run_demo(args.out)
    return 0 if results["crosscheck"]["ok"] else 1
