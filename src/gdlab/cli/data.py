"""`gdlab data csv|digits`: write the bundled data sets (regression CSVs, digit images) to disk."""
from pathlib import Path

from gdlab.data import DATASETS, load, write_csv
from gdlab.i18n import text


def add_parser(subparsers):
    p = subparsers.add_parser("data", help="write the bundled data sets to disk",
                              description="Write gdlab's bundled data sets (no network needed).")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    csv = kinds.add_parser("csv", help=f"the regression CSVs ({', '.join(DATASETS)})")
    csv.add_argument("--out", default="data", help="folder to write into (default: data)")
    csv.set_defaults(run=run_csv)
    digits = kinds.add_parser("digits", help="scikit-learn's handwritten digits as an ImageFolder tree",
                              description="Write scikit-learn's 1797 bundled handwritten digits as PNGs, "
                                          "one folder per class, split into train/ and val/ by a seed.")
    digits.add_argument("--out", default="data/digits", help="folder to write (default: data/digits)")
    digits.add_argument("--seed", type=int, default=0, help="seed of the train/val split")
    digits.add_argument("--val-fraction", type=float, default=0.2, help="share of each class in val/")
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
