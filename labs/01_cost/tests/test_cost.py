"""Public tests for lab 1: predict, cost and cost_curve against the formula and gdlab's reference."""
import numpy as np
import pytest

import lab_cost as lab
from gdlab import scratch
from gdlab.grading.compare import assert_close

X = np.array([1.0, 2.0, 3.0, 4.0])
Y = np.array([2.0, 4.1, 5.9, 8.2])


@pytest.mark.points(2)
@pytest.mark.parametrize("w, b", [(2.0, 0.0), (-0.5, 1.5)])
def test_predict_is_the_line(w, b):
    assert_close(lab.predict(X, w, b), w * X + b, f"predict(x, w={w}, b={b})",
                 hint="y_hat = w·x + b, one value per sample")


@pytest.mark.points(3)
@pytest.mark.parametrize("w, b", [(2.0, 0.0), (1.0, 1.0), (0.0, 0.0)])
def test_cost_is_the_mean_squared_error(w, b):
    expected = float(np.mean((w * X + b - Y) ** 2))
    assert_close(lab.cost(X, Y, w, b), expected, f"cost(x, y, w={w}, b={b})",
                 hint="the MEAN of the squared residuals (divide by n), not their sum")


@pytest.mark.points(2)
def test_cost_curve_is_the_parabola():
    ws = np.linspace(0.0, 4.0, 9)
    expected = np.array([scratch.cost(X, Y, w, 0.5) for w in ws])
    assert_close(lab.cost_curve(X, Y, ws, 0.5), expected, "cost_curve(x, y, ws, b=0.5)",
                 hint="one cost per slope: average the squared residuals over the samples (axis=1)")
