"""`gdlab data csv`: write the bundled regression data sets as CSV files."""
from pathlib import Path

from gdlab.data import DATASETS, load, write_csv


def add_parser(subparsers):
    p = subparsers.add_parser("data", help="write the bundled data sets to disk",
                              description="Write gdlab's bundled data sets (no network needed).")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    csv = kinds.add_parser("csv", help=f"the regression CSVs ({', '.join(DATASETS)})")
    csv.add_argument("--out", default="data", help="folder to write into (default: data)")
    csv.set_defaults(run=run_csv)


def run_csv(args):
    for name in DATASETS:
        path = write_csv(Path(args.out) / f"{name}.csv", *load(name))
        print(path)
    return 0
