"""Hidden tests for lab 2: other data, the reference gradient, the update leaves its input alone."""
import numpy as np
import pytest

import lab_gradient as lab
from gdlab import scratch
from gdlab.data import load
from gdlab.grading.compare import assert_close
from gdlab.i18n import text


@pytest.mark.points(2)
@pytest.mark.parametrize("name", ["line", "house"])
def test_cost_grad_matches_reference(name, hints):
    x, y = load(name)
    got = np.array(lab.cost_grad(x, y, 1.3, -0.7))
    assert_close(got, np.array(scratch.cost_grad(x, y, 1.3, -0.7)),
                 text("lab02_gradient.what.on_data", name=name), rtol=1e-9,
                 hint=hints.cost_grad(got, x, y, 1.3, -0.7))


@pytest.mark.points(1)
def test_gradient_is_zero_at_the_exact_fit(hints):
    x, y = load("house")  # y = 200·x + 100 exactly
    got = np.array(lab.cost_grad(x, y, 200.0, 100.0))
    assert_close(got, np.zeros(2), text("lab02_gradient.what.at_the_optimum"), atol=1e-9,
                 hint=hints.cost_grad(got, x, y, 200.0, 100.0))


@pytest.mark.points(2)
def test_numeric_grad_of_a_sine_in_three_dimensions(hints):
    f = lambda p: float(np.sin(p[0]) * p[1] + p[2] ** 3)
    p = np.array([0.4, -1.5, 0.8])
    expected = np.array([np.cos(0.4) * -1.5, np.sin(0.4), 3 * 0.8 ** 2])
    got = lab.numeric_grad(f, p, h=1e-3)  # central: off by O(h²) ~ 1e-6; forward: by O(h) ~ 1e-3
    assert_close(got, expected, text("lab02_gradient.what.sine"), rtol=1e-5,
                 hint=hints.numeric_grad(got, f, p, 1e-3))
