"""Hidden tests for lab 1: other data, a single sample, return types, the house data."""
import numpy as np
import pytest

import lab_cost as lab
from gdlab import scratch
from gdlab.data import load
from gdlab.grading.compare import assert_close, check_kind
from gdlab.i18n import text


@pytest.mark.points(1)
def test_predict_on_one_sample(hints):
    x = np.array([3.0])
    got = lab.predict(x, -2.0, 7.0)
    assert_close(got, np.array([1.0]), text("lab01_cost.what.predict_one_sample"),
                 hint=hints.predict(got, x, -2.0, 7.0))


@pytest.mark.points(2)
@pytest.mark.parametrize("name", ["line", "house"])
def test_cost_matches_reference_on_bundled_data(name, fair, hints):
    x, y = load(name)
    w, b = 0.7, -0.3
    got = lab.cost(x, y, w, b)
    expected = fair(got, scratch.cost(x, y, w, b),
                    lambda: float(np.mean((np.asarray(lab.predict(x, w, b), dtype=np.float64) - y) ** 2)))
    assert_close(got, expected, text("lab01_cost.what.cost_on_data", name=name), rtol=1e-10,
                 hint=hints.cost(got, x, y, w, b))


@pytest.mark.points(1)
def test_cost_returns_a_float():
    check_kind(lab.cost(np.array([0.0, 1.0]), np.array([1.0, 1.0]), 1.0, 0.0), "number",
               "cost(...)", hint=text("lab01_cost.cost.return_float"))


@pytest.mark.points(2)
def test_cost_curve_minimum_is_least_squares_slope(fair, hints):
    rng = np.random.default_rng(3)
    x = rng.normal(size=50)
    y = 1.7 * x + rng.normal(scale=0.1, size=50)
    ws = np.linspace(-3.0, 3.0, 601)
    best = float(x @ y / (x @ x))  # least squares slope through the origin
    curve = lab.cost_curve(x, y, ws, 0.0)
    expected = fair(curve, np.array([scratch.cost(x, y, w) for w in ws]),
                    lambda: np.array([lab.cost(x, y, w, 0.0) for w in ws], dtype=np.float64))
    assert_close(curve, expected, text("lab01_cost.what.cost_curve_601"),
                 hint=hints.cost_curve(curve, x, y, ws, 0.0))
    assert abs(ws[int(np.argmin(curve))] - best) <= 0.01, text("lab01_cost.cost_curve.minimum")
