"""Public tests for lab 5: the torch twin against the scratch formulas (NumPy, by hand).

Each function is graded given your own helpers: cost given your predict, cost_grad and sgd_steps
given your cost (`fair`, `yours`), so one mistake costs points once; `hints` and `naming_errors`
name the mistake (conftest.py). Numbers are compared as Python floats, so every digit shows.
"""
import numpy as np
import pytest
import torch

import lab_autograd as lab
from gdlab import scratch
from gdlab.grading.compare import assert_close, check_kind, check_shape
from gdlab.i18n import text

X = np.array([0.5, 1.0, 1.5, 2.0])
Y = np.array([1.2, 1.9, 3.2, 3.9])
XT, YT = torch.tensor(X), torch.tensor(Y)


@pytest.mark.points(1)
def test_predict_is_the_line(hints):
    got = lab.predict(XT, torch.tensor(2.0, dtype=torch.float64), 0.5)
    assert_close(got, torch.tensor(2.0 * X + 0.5), "predict(x, w=2, b=0.5)", rtol=1e-12,
                 hint=hints.predict(got, X, 2.0, 0.5))


@pytest.mark.points(2)
@pytest.mark.parametrize("w, b", [(0.0, 0.0), (1.5, 0.3)])
def test_cost_is_a_tensor_equal_to_scratch(w, b, fair, yours, hints):
    wt, bt = torch.tensor(w, dtype=torch.float64), torch.tensor(b, dtype=torch.float64)
    got = lab.cost(XT, YT, wt, bt)
    hint, what = hints.cost(got, X, Y, w, b), text("lab05_autograd.cost_at", w=w, b=b)
    check_shape(check_kind(got, "tensor", what, hint), (), what, hint)
    expected = fair(got.item(), scratch.cost(X, Y, w, b), lambda: yours.cost(lab, XT, YT, wt, bt))
    assert_close(got.item(), expected, what, rtol=1e-12, hint=hint)


@pytest.mark.points(3)
@pytest.mark.parametrize("w, b", [(0.0, 0.0), (2.0, -1.0)])
def test_cost_grad_by_backward_equals_scratch(w, b, fair, yours, hints, naming_errors):
    got = naming_errors.cost_grad(lab.cost_grad, XT, YT, w, b)
    expected = fair(got, np.array(scratch.cost_grad(X, Y, w, b)), lambda: yours.gradient(lab, XT, YT, w, b))
    hint = hints.cost_grad(got, expected, len(X))
    assert_close(got[0], float(expected[0]), text("lab05_autograd.grad_w_at", w=w, b=b), rtol=1e-12, hint=hint)
    assert_close(got[1], float(expected[1]), text("lab05_autograd.grad_b_at", w=w, b=b), rtol=1e-12, hint=hint)


@pytest.mark.points(3)
def test_sgd_steps_match_scratch_descent(fair, yours, hints, naming_errors):
    w, b = 0.0, 0.0
    for _ in range(20):
        grad_w, grad_b = scratch.cost_grad(X, Y, w, b)
        w, b = w - 0.1 * grad_w, b - 0.1 * grad_b
    got = naming_errors.sgd_steps(lab.sgd_steps, XT, YT, lr=0.1, steps=20)
    expected = fair(got, np.array([w, b]), lambda: yours.descent(lab, XT, YT, 0.1, 20, 0.0, 0.0))
    hint = hints.sgd(got, expected, X, Y, 0.1, 20, 0.0, 0.0)
    assert_close(got[0], float(expected[0]), text("lab05_autograd.w_after", steps=20), rtol=1e-10, hint=hint)
    assert_close(got[1], float(expected[1]), text("lab05_autograd.b_after", steps=20), rtol=1e-10, hint=hint)
