"""Hidden tests for lab 5: other data, the graph kept, the start point honoured."""
import numpy as np
import pytest
import torch

import lab_autograd as lab
from gdlab import scratch
from gdlab.data import load
from gdlab.grading.compare import assert_close
from gdlab.i18n import text


@pytest.mark.points(1)
def test_cost_keeps_the_graph():
    x, y = (torch.tensor(a) for a in load("house"))
    # w is made where cost runs (lab.torch is the torch your module imported), so the graph is there
    w = lab.torch.tensor(150.0, dtype=torch.float64, requires_grad=True)
    j = lab.cost(x, y, w, 100.0)
    assert j.requires_grad, text("lab05_autograd.graph_lost")
    j.backward()
    h = 1e-3  # your own cost's slope at w = 150, by a central difference: backward() must agree with it
    slope = (lab.cost(x, y, 150.0 + h, 100.0).item() - lab.cost(x, y, 150.0 - h, 100.0).item()) / (2 * h)
    assert_close(w.grad.item(), slope, text("lab05_autograd.slope_by_backward"), rtol=1e-6,
                 hint=text("lab05_autograd.graph_cut"))


@pytest.mark.points(1)
def test_cost_on_the_house_data(fair, yours, hints):
    x, y = load("house")
    xt, yt = torch.tensor(x), torch.tensor(y)
    w, b = torch.tensor(150.0, dtype=torch.float64), torch.tensor(100.0, dtype=torch.float64)
    got = lab.cost(xt, yt, w, b)
    expected = fair(got.item(), scratch.cost(x, y, 150.0, 100.0), lambda: yours.cost(lab, xt, yt, w, b))
    assert_close(got.item(), expected, text("lab05_autograd.cost_on_house"), rtol=1e-12,
                 hint=hints.cost(got, x, y, 150.0, 100.0))


@pytest.mark.points(2)
def test_cost_grad_on_line_data(fair, yours, hints, naming_errors):
    x, y = load("line")
    xt, yt = torch.tensor(x), torch.tensor(y)
    got = naming_errors.cost_grad(lab.cost_grad, xt, yt, 0.3, 0.1)
    expected = fair(got, np.array(scratch.cost_grad(x, y, 0.3, 0.1)),
                    lambda: yours.gradient(lab, xt, yt, 0.3, 0.1))
    hint = hints.cost_grad(got, expected, len(x))
    assert_close(got[0], float(expected[0]), text("lab05_autograd.grad_w_on_line"), rtol=1e-10, hint=hint)
    assert_close(got[1], float(expected[1]), text("lab05_autograd.grad_b_on_line"), rtol=1e-10, hint=hint)


@pytest.mark.points(2)
def test_sgd_steps_from_another_start(fair, yours, hints, naming_errors):
    x, y = load("line")
    xt, yt = torch.tensor(x), torch.tensor(y)
    w, b = 2.0, -1.0
    for _ in range(15):
        grad_w, grad_b = scratch.cost_grad(x, y, w, b)
        w, b = w - 0.05 * grad_w, b - 0.05 * grad_b
    got = naming_errors.sgd_steps(lab.sgd_steps, xt, yt, lr=0.05, steps=15, w0=2.0, b0=-1.0)
    expected = fair(got, np.array([w, b]), lambda: yours.descent(lab, xt, yt, 0.05, 15, 2.0, -1.0))
    hint = hints.sgd(got, expected, x, y, 0.05, 15, 2.0, -1.0)
    assert_close(got[0], float(expected[0]), text("lab05_autograd.w_after_from", steps=15, start="(2, -1)"),
                 rtol=1e-10, hint=hint)
    assert_close(got[1], float(expected[1]), text("lab05_autograd.b_after_from", steps=15, start="(2, -1)"),
                 rtol=1e-10, hint=hint)
