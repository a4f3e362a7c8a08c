"""Shared by lab 2's public and hidden tests: naming the mistake behind a wrong answer.

`hints` recognise the usual wrong answers by their value and say which mistake gave them. The three
functions of this lab do not call each other, so each test already grades one function alone.
"""
from types import SimpleNamespace

import numpy as np
import pytest
from gdlab.grading.mistakes import name_the_mistake


def cost_grad_hint(got, x, y, w, b):
    """Words for a wrong (grad_w, grad_b), compared with the right pair."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    r, n = w * x + b - y, x.size
    right = np.array([2.0 * np.mean(r * x), 2.0 * np.mean(r)])
    return name_the_mistake(got, [
        (-right, "the sign is flipped: with r = w·x + b − y (prediction minus target) the gradient is "
                 "+(2/n)·Σ r·x; the minus sign belongs in the update step"),
        (right / 2, "that is half the gradient: the factor 2 of d(r²)/dr = 2r is missing (the 1/(2n) "
                    "convention cancels it, but here J = (1/n)·Σr²)"),
        (right * n, "that is the gradient of the sum of r²: J is the mean, divide by n"),
        (right * n / 2, "that is the gradient of ½·Σr²: J is the mean (1/n)·Σr², keep the factor 2"),
        (right[::-1], "grad_w and grad_b are swapped: return (grad_w, grad_b), in this order"),
        (np.array([right[1], right[1]]), "grad_w is missing the factor x_i: grad_w = (2/n)·Σ r·x")],
        "grad_w = (2/n)·Σ r·x and grad_b = (2/n)·Σ r with r = w·x + b − y")


def update_hint(got, params, grads, lr):
    params, grads = np.asarray(params, dtype=np.float64), np.asarray(grads, dtype=np.float64)
    return name_the_mistake(got, [
        (params + lr * grads, "that step goes uphill, with the gradient: step against it, params − lr·grads"),
        (params - grads, "the learning rate lr is missing: params − lr·grads"),
        (-lr * grads, "that is only the step: return params − lr·grads")],
        "new = old − lr × gradient")


def differences(f, params, h):
    """(central, forward, backward) differences of f at params, each a (p,) array."""
    params = np.asarray(params, dtype=np.float64)
    steps = h * np.eye(params.size)
    central = np.array([(f(params + s) - f(params - s)) / (2.0 * h) for s in steps])
    forward = np.array([(f(params + s) - f(params)) / h for s in steps])
    backward = np.array([(f(params) - f(params - s)) / h for s in steps])
    return central, forward, backward


def numeric_grad_hint(got, f, params, h):
    central, forward, backward = differences(f, params, h)
    return name_the_mistake(got, [
        (forward, "that is a forward difference (f(p + h·e_i) − f(p)) / h, wrong by O(h): use the central "
                  "difference (f(p + h·e_i) − f(p − h·e_i)) / 2h, wrong by only O(h²)"),
        (backward, "that is a backward difference (f(p) − f(p − h·e_i)) / h, wrong by O(h): use the central "
                   "difference (f(p + h·e_i) − f(p − h·e_i)) / 2h"),
        (2.0 * central, "twice the gradient: the central difference divides by 2h, not by h"),
        (central / 2.0, "half the gradient: the central difference divides by 2h, not by 4h")],
        "the central difference (f(p + h·e_i) − f(p − h·e_i)) / 2h, one entry per parameter i")


@pytest.fixture(scope="session")
def hints():
    """The words that name a mistake: hints.cost_grad(got, x, y, w, b), hints.update(got, params,
    grads, lr), hints.numeric_grad(got, f, params, h)."""
    return SimpleNamespace(cost_grad=cost_grad_hint, update=update_hint, numeric_grad=numeric_grad_hint)
