"""Public tests for lab 1: predict, cost and cost_curve against the formula and gdlab's reference.

Each function is graded on its own: `fair` accepts a cost that is right for your own predictions
(if your cost calls your predict, a mistake in predict costs points once, in predict's tests),
and `hints` name the mistake when the answer is a known wrong one (see conftest.py).
"""
import numpy as np
import pytest

import lab_cost as lab
from gdlab import scratch
from gdlab.grading.compare import assert_close

X = np.array([1.0, 2.0, 3.0, 4.0])
Y = np.array([2.0, 4.1, 5.9, 8.2])


def mse(y_hat, y):
    """The mean squared error of predictions y_hat, a float."""
    return float(np.mean((np.asarray(y_hat, dtype=np.float64) - y) ** 2))


@pytest.mark.points(2)
@pytest.mark.parametrize("w, b", [(2.0, 0.5), (-0.5, 1.5)])
def test_predict_is_the_line(w, b, hints):
    got = lab.predict(X, w, b)
    assert_close(got, w * X + b, f"predict(x, w={w}, b={b})", hint=hints.predict(got, X, w, b))


@pytest.mark.points(3)
@pytest.mark.parametrize("w, b", [(2.0, 0.0), (1.0, 1.0), (0.0, 0.0)])
def test_cost_is_the_mean_squared_error(w, b, fair, hints):
    got = lab.cost(X, Y, w, b)
    expected = fair(got, float(np.mean((w * X + b - Y) ** 2)), lambda: mse(lab.predict(X, w, b), Y))
    assert_close(got, expected, f"cost(x, y, w={w}, b={b})", hint=hints.cost(got, X, Y, w, b))


@pytest.mark.points(2)
def test_cost_curve_is_the_parabola(fair, hints):
    ws = np.linspace(0.0, 4.0, 9)
    got = lab.cost_curve(X, Y, ws, 0.5)
    expected = fair(got, np.array([scratch.cost(X, Y, w, 0.5) for w in ws]),
                    lambda: np.array([lab.cost(X, Y, w, 0.5) for w in ws], dtype=np.float64))
    assert_close(got, expected, "cost_curve(x, y, ws, b=0.5)", hint=hints.cost_curve(got, X, Y, ws, 0.5))
