"""The bundled data: the files in data/ are what the documented generators make."""
import numpy as np
import pytest

from gdlab.data import LINE, diabetes, house, load, load_csv, make_line, write_csv
from gdlab.scratch.sums import LineSums


def test_line_csv_is_the_documented_seed():
    x, y = load_csv("data/line.csv")
    assert np.array_equal((x, y), make_line(n=100, w=2.0, b=1.0, noise=0.3, seed=0))
    assert LINE == {"n": 100, "w": 2.0, "b": 1.0, "noise": 0.3, "seed": 0}
    w, b = LineSums.from_data(x, y).optimum()
    assert abs(w - 2.0) < 0.1 and abs(b - 1.0) < 0.1  # the true line, up to the noise
    assert 0 <= x.min() and x.max() <= 2


def test_house_is_the_classic_two_points():
    x, y = load_csv("data/house.csv")
    assert list(x) == [1.0, 2.0] and list(y) == [300.0, 500.0]
    assert np.array_equal((x, y), house())


def test_diabetes_is_scikit_learns_bmi_and_target():
    x, y = load_csv("data/diabetes.csv")
    assert len(x) == 442 and np.array_equal((x, y), diabetes())
    assert (x[0], y[0]) == (32.1, 151.0)  # the first patient of Efron et al.'s table


def test_write_and_read_back_are_exact(tmp_path):
    x, y = np.random.default_rng(1).normal(size=(2, 50))
    x2, y2 = load_csv(write_csv(tmp_path / "sub" / "d.csv", x, y))
    assert np.array_equal(x, x2) and np.array_equal(y, y2)


def test_load_by_name_or_path():
    assert np.array_equal(load("house"), load("data/house.csv"))
    with pytest.raises(ValueError, match="no such file"):
        load("houses")
