"""`gdlab data csv|digits`: write the bundled data sets (regression CSVs, digit images) to disk."""
from pathlib import Path

from gdlab.cli.parser import help_text
from gdlab.data import DATASETS, load, write_csv
from gdlab.i18n import text


def add_parser(subparsers):
    p = subparsers.add_parser("data", help=help_text("data.help"), description=text("cli_help.data.description"))
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    csv = kinds.add_parser("csv", help=help_text("data.csv", sets=", ".join(DATASETS)))
    csv.add_argument("--out", default="data", help=help_text("data.csv_out"))
    csv.set_defaults(run=run_csv)
    digits = kinds.add_parser("digits", help=help_text("data.digits"),
                              description=text("cli_help.data.digits_description"))
    digits.add_argument("--out", default="data/digits", help=help_text("data.digits_out"))
    digits.add_argument("--seed", type=int, default=0, help=help_text("data.seed"))
    digits.add_argument("--val-fraction", type=float, default=0.2, help=help_text("data.val_fraction"))
    digits.set_defaults(run=run_digits)


def run_csv(args):
    for name in DATASETS:
        path = write_csv(Path(args.out) / f"{name}.csv", *load(name))
        print(path)
    return 0


def run_digits(args):
    from gdlab.cnn.datasets import write_digits
    root = write_digits(args.out, seed=args.seed, val_fraction=args.val_fraction)
    counts = {part: sum(1 for _ in (root / part).glob("*/*.png")) for part in ("train", "val")}
    print(text("data.cli.digits_written", root=root, train=counts["train"], val=counts["val"]))
    return 0
