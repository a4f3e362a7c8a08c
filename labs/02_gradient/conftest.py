"""Shared by lab 2's public and hidden tests: naming the mistake behind a wrong answer.

`hints` recognise the usual wrong answers by their value and say which mistake gave them, in the student's
language (the words are in the catalogue, gdlab/i18n/{en,zh}/lab02_gradient.py). The three
functions of this lab do not call each other, so each test already grades one function alone.
"""
from types import SimpleNamespace

import numpy as np
import pytest
from gdlab.grading.mistakes import name_the_mistake
from gdlab.i18n import text


def cost_grad_hint(got, x, y, w, b):
    """Words for a wrong (grad_w, grad_b), compared with the right pair."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    r, n = w * x + b - y, x.size
    right = np.array([2.0 * np.mean(r * x), 2.0 * np.mean(r)])
    return name_the_mistake(got, [
        (-right, text("lab02_gradient.cost_grad.sign")),
        (right / 2, text("lab02_gradient.cost_grad.half")),
        (right * n, text("lab02_gradient.cost_grad.sum")),
        (right * n / 2, text("lab02_gradient.cost_grad.half_sum")),
        (right[::-1], text("lab02_gradient.cost_grad.swapped")),
        (np.array([right[1], right[1]]), text("lab02_gradient.cost_grad.no_x"))],
        text("lab02_gradient.cost_grad.otherwise"))


def update_hint(got, params, grads, lr):
    params, grads = np.asarray(params, dtype=np.float64), np.asarray(grads, dtype=np.float64)
    return name_the_mistake(got, [
        (params + lr * grads, text("lab02_gradient.update.uphill")),
        (params - grads, text("lab02_gradient.update.no_lr")),
        (-lr * grads, text("lab02_gradient.update.only_step"))],
        text("lab02_gradient.update.otherwise"))


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
        (forward, text("lab02_gradient.numeric_grad.forward")),
        (backward, text("lab02_gradient.numeric_grad.backward")),
        (2.0 * central, text("lab02_gradient.numeric_grad.twice")),
        (central / 2.0, text("lab02_gradient.numeric_grad.half"))],
        text("lab02_gradient.numeric_grad.otherwise"))


@pytest.fixture(scope="session")
def hints():
    """The words that name a mistake: hints.cost_grad(got, x, y, w, b), hints.update(got, params,
    grads, lr), hints.numeric_grad(got, f, params, h)."""
    return SimpleNamespace(cost_grad=cost_grad_hint, update=update_hint, numeric_grad=numeric_grad_hint)
