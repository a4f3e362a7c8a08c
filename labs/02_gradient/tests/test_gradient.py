"""Public tests for lab 2: the gradient against the formula and a central difference, the update step,
and the numeric gradient (where a forward difference shows). `hints` name the mistake (conftest.py)."""
import numpy as np
import pytest

import lab_gradient as lab
from gdlab import scratch
from gdlab.grading.compare import assert_close
from gdlab.i18n import text

X = np.array([0.5, 1.0, 1.5, 2.0])
Y = np.array([1.2, 1.9, 3.2, 3.9])


@pytest.mark.points(3)
@pytest.mark.parametrize("w, b", [(0.0, 0.0), (2.0, 0.5), (-1.0, 1.0)])
def test_cost_grad_matches_the_formula(w, b, hints):
    r = w * X + b - Y
    got = lab.cost_grad(X, Y, w, b)
    hint = hints.cost_grad(got, X, Y, w, b)
    grad_w, grad_b = got
    assert_close(grad_w, float(2 * np.mean(r * X)), text("lab02_gradient.what.grad_w_at", w=w, b=b),
                 hint=hint)
    assert_close(grad_b, float(2 * np.mean(r)), text("lab02_gradient.what.grad_b_at", w=w, b=b),
                 hint=hint)


@pytest.mark.points(2)
def test_cost_grad_passes_a_gradient_check(hints):
    f = lambda p: scratch.cost(X, Y, p[0], p[1])
    numeric = scratch.numeric_grad(f, np.array([0.3, -0.2]))
    got = np.array(lab.cost_grad(X, Y, 0.3, -0.2))
    assert_close(got, numeric, text("lab02_gradient.what.versus_central"), rtol=1e-6,
                 hint=hints.cost_grad(got, X, Y, 0.3, -0.2))


@pytest.mark.points(2)
@pytest.mark.parametrize("lr", [0.1, 0.5])
def test_update_steps_against_the_gradient(lr, hints):
    params, grads = np.array([1.0, -2.0]), np.array([0.5, -4.0])
    got = lab.update(params, grads, lr)
    assert_close(got, params - lr * grads, f"update(params, grads, lr={lr})",
                 hint=hints.update(got, params, grads, lr))


@pytest.mark.points(3)
def test_numeric_grad_of_a_quadratic(hints):
    f = lambda p: float(3 * p[0] ** 2 + p[0] * p[1] - 2 * p[1])
    p = np.array([1.0, 2.0])
    got = lab.numeric_grad(f, p)
    assert_close(got, np.array([6 * 1.0 + 2.0, 1.0 - 2.0]), text("lab02_gradient.what.quadratic"), rtol=1e-6,
                 hint=hints.numeric_grad(got, f, p, 1e-6))


@pytest.mark.points(2)
def test_numeric_grad_of_a_cubic_with_h_1e_3(hints):
    # the central difference of a³ is 3a² + h²: off by 1e-6; a forward difference is off by 3a·h = 3e-3
    f = lambda p: float(p[0] ** 3 + p[0] * p[1] ** 2)
    p = np.array([1.0, 2.0])
    got = lab.numeric_grad(f, p, h=1e-3)
    assert_close(got, np.array([3 * 1.0 + 2.0 ** 2, 2 * 1.0 * 2.0]), text("lab02_gradient.what.cubic"),
                 rtol=1e-5, hint=hints.numeric_grad(got, f, p, 1e-3))
