"""Regression data y ≈ w·x + b: reading and checking a CSV, and the bundled data sets.

The bundled sets are made in code, so they work offline and anywhere the package is installed;
data/ holds the same numbers as CSV files (a test checks they agree):
  line    100 points from y = 2·x + 1 plus Gaussian noise (σ = 0.3), x uniform in [0, 2], seed 0;
  house   the classic two houses: size 1.0, 2.0 (1000 sqft) -> price 300, 500 ($1000s);
  diabetes  body-mass index -> disease progression after one year, 442 patients
            (scikit-learn's bundled copy of Efron et al. 2004, BSD-3-Clause).
"""
import csv
import math
from pathlib import Path

import numpy as np

from gdlab.errors import DataError
from gdlab.i18n import text

LINE = {"n": 100, "w": 2.0, "b": 1.0, "noise": 0.3, "seed": 0}
DATASETS = ("line", "house", "diabetes")


def check_xy(x, y):
    """x and y as float64 arrays of shape (n,), n >= 1, all finite; otherwise a DataError saying why."""
    x, y = _as_column("x", x), _as_column("y", y)
    if len(x) != len(y):
        raise DataError(text("data.xy.length_mismatch", n_x=len(x), n_y=len(y)))
    if len(x) == 0:
        raise DataError(text("data.xy.empty"))
    for name, values in (("x", x), ("y", y)):
        bad = np.flatnonzero(~np.isfinite(values))
        if bad.size:
            raise DataError(text("data.xy.non_finite", name=name, index=bad[0], value=values[bad[0]],
                                 count=bad.size))
    return x, y


def _as_column(name, values):
    try:
        array = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise DataError(text("data.xy.not_numbers", name=name, type=type(values).__name__, error=error)) from None
    if array.ndim == 2 and 1 in array.shape:
        array = array.reshape(-1)
    if array.ndim != 1:
        raise DataError(text("data.xy.not_1d", name=name, shape=array.shape))
    return array


def load_csv(path):
    """Read a CSV with a header naming columns x and y; returns (x, y) checked by check_xy."""
    path = Path(path)
    if not path.is_file():
        raise DataError(text("data.csv.no_file", path=path, datasets=", ".join(DATASETS)))
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    except UnicodeDecodeError as error:
        raise DataError(text("data.csv.not_utf8", path=path, byte=error.start)) from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise DataError(text("data.csv.empty", path=path))
    header = [cell.strip().lower() for cell in rows[0]]
    if "x" not in header or "y" not in header:
        raise DataError(text("data.csv.no_header", path=path, found=rows[0]))
    columns = {name: header.index(name) for name in ("x", "y")}
    values = {"x": [], "y": []}
    for line_number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise DataError(text("data.csv.field_count", path=path, line=line_number, fields=len(row),
                                 expected=len(header)))
        for name, index in columns.items():
            values[name].append(_number(path, line_number, name, row[index]))
    if not values["x"]:
        raise DataError(text("data.csv.no_rows", path=path))
    return check_xy(values["x"], values["y"])


def _number(path, line_number, column, cell):
    where = {"path": path, "line": line_number, "column": repr(column), "cell": repr(cell.strip())}
    try:
        value = float(cell)
    except ValueError:
        raise DataError(text("data.csv.not_a_number", **where)) from None
    if not math.isfinite(value):
        raise DataError(text("data.csv.not_finite", **where))
    return value


def write_csv(path, x, y):
    """Write x, y as a CSV with header 'x,y' (shortest repr, so reading back gives the same floats)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["x,y"] + [f"{float(a)!r},{float(b)!r}" for a, b in zip(x, y)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_line(n=100, w=2.0, b=1.0, noise=0.3, seed=0):
    """n samples of y = w·x + b + noise·ε, x ~ U[0, 2], ε ~ N(0, 1), rounded to 4 decimals."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 2.0, n)
    y = w * x + b + noise * rng.standard_normal(n)
    return np.round(x, 4), np.round(y, 4)


def house():
    """The two houses: size (1000 sqft) 1.0, 2.0 -> price ($1000s) 300, 500; exact fit w=200, b=100."""
    return np.array([1.0, 2.0]), np.array([300.0, 500.0])


def diabetes():
    """Body-mass index (kg/m²) -> disease progression one year later, 442 patients (scikit-learn)."""
    from sklearn.datasets import load_diabetes
    bunch = load_diabetes(scaled=False)
    return bunch.data[:, bunch.feature_names.index("bmi")].astype(np.float64), bunch.target.astype(np.float64)


def load(name_or_path):
    """A bundled data set by name (line, house, diabetes) or a CSV by path."""
    if name_or_path == "line":
        return make_line(**LINE)
    if name_or_path == "house":
        return house()
    if name_or_path == "diabetes":
        return diabetes()
    return load_csv(name_or_path)
