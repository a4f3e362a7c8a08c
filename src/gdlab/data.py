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

LINE = {"n": 100, "w": 2.0, "b": 1.0, "noise": 0.3, "seed": 0}
DATASETS = ("line", "house", "diabetes")


def check_xy(x, y):
    """x and y as float64 arrays of shape (n,), n >= 1, all finite; otherwise a DataError saying why."""
    x, y = _as_column("x", x), _as_column("y", y)
    if len(x) != len(y):
        raise DataError(f"x has {len(x)} values but y has {len(y)}; give one y for every x")
    if len(x) == 0:
        raise DataError("the data is empty: give at least one (x, y) sample")
    for name, values in (("x", x), ("y", y)):
        bad = np.flatnonzero(~np.isfinite(values))
        if bad.size:
            raise DataError(f"{name}[{bad[0]}] is {values[bad[0]]} ({bad.size} non-finite value(s) in {name}); "
                            "gradient descent needs finite numbers: remove or fill those samples")
    return x, y


def _as_column(name, values):
    try:
        array = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise DataError(f"{name} must be numbers, got {type(values).__name__} ({error})") from None
    if array.ndim == 2 and 1 in array.shape:
        array = array.reshape(-1)
    if array.ndim != 1:
        raise DataError(f"{name} must be a 1-D array of shape (n,), got shape {array.shape}; "
                        "use one feature column (X[:, 0]) or flatten it")
    return array


def load_csv(path):
    """Read a CSV with a header naming columns x and y; returns (x, y) checked by check_xy."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"no such file: {path}; check the path, or use a bundled data set "
                        f"({', '.join(DATASETS)}: `gdlab data csv` writes them)")
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    except UnicodeDecodeError as error:
        raise DataError(f"{path} is not a UTF-8 text CSV (byte {error.start} cannot be read); save it as "
                        "CSV UTF-8 from your spreadsheet, with a header line 'x,y'") from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise DataError(f"{path} is empty: it needs a header line 'x,y' and at least one row of numbers")
    header = [cell.strip().lower() for cell in rows[0]]
    if "x" not in header or "y" not in header:
        raise DataError(f"{path}: the header must name columns 'x' and 'y', found {rows[0]}; "
                        "add a first line 'x,y'")
    columns = {name: header.index(name) for name in ("x", "y")}
    values = {"x": [], "y": []}
    for line_number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise DataError(f"{path}, line {line_number}: {len(row)} field(s), expected {len(header)} "
                            f"like the header; fix that line")
        for name, index in columns.items():
            values[name].append(_number(path, line_number, name, row[index]))
    if not values["x"]:
        raise DataError(f"{path} has a header but no data rows: add at least one line of numbers")
    return check_xy(values["x"], values["y"])


def _number(path, line_number, column, cell):
    try:
        value = float(cell)
    except ValueError:
        raise DataError(f"{path}, line {line_number}, column {column!r}: {cell.strip()!r} is not a number; "
                        "fix or delete that line") from None
    if not math.isfinite(value):
        raise DataError(f"{path}, line {line_number}, column {column!r}: {cell.strip()!r} is not finite; "
                        "gradient descent needs finite numbers: fix or delete that line")
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
