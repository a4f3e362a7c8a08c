"""Public tests for lab 2: the gradient against the formula and a central difference, the update step."""
import numpy as np
import pytest

import lab_gradient as lab
from gdlab import scratch
from gdlab.grading.compare import assert_close

X = np.array([0.5, 1.0, 1.5, 2.0])
Y = np.array([1.2, 1.9, 3.2, 3.9])


@pytest.mark.points(3)
@pytest.mark.parametrize("w, b", [(0.0, 0.0), (2.0, 0.5), (-1.0, 1.0)])
def test_cost_grad_matches_the_formula(w, b):
    r = w * X + b - Y
    grad_w, grad_b = lab.cost_grad(X, Y, w, b)
    hint = "grad_w = (2/n) Σ r·x and grad_b = (2/n) Σ r with r = w·x + b − y: check the sign, the 2, the mean"
    assert_close(grad_w, 2 * np.mean(r * X), f"grad_w at w={w}, b={b}", hint=hint)
    assert_close(grad_b, 2 * np.mean(r), f"grad_b at w={w}, b={b}", hint=hint)


@pytest.mark.points(2)
def test_cost_grad_passes_a_gradient_check():
    f = lambda p: scratch.cost(X, Y, p[0], p[1])
    numeric = scratch.numeric_grad(f, np.array([0.3, -0.2]))
    assert_close(np.array(lab.cost_grad(X, Y, 0.3, -0.2)), numeric, "(grad_w, grad_b) vs central difference",
                 rtol=1e-6, hint="the central difference of your cost says the gradient should be this")


@pytest.mark.points(2)
@pytest.mark.parametrize("lr", [0.1, 0.5])
def test_update_steps_against_the_gradient(lr):
    params, grads = np.array([1.0, -2.0]), np.array([0.5, -4.0])
    assert_close(lab.update(params, grads, lr), params - lr * grads, f"update(params, grads, lr={lr})",
                 hint="new = old − lr × gradient")


@pytest.mark.points(3)
def test_numeric_grad_of_a_quadratic():
    f = lambda p: float(3 * p[0] ** 2 + p[0] * p[1] - 2 * p[1])
    p = np.array([1.0, 2.0])
    assert_close(lab.numeric_grad(f, p), np.array([6 * 1.0 + 2.0, 1.0 - 2.0]), "numeric_grad of 3a² + ab − 2b",
                 rtol=1e-6, hint="(f(p + h·e_i) − f(p − h·e_i)) / 2h for each i")
