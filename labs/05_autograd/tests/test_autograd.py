"""Public tests for lab 5: the torch twin against the scratch formulas (NumPy, by hand)."""
import numpy as np
import pytest
import torch

import lab_autograd as lab
from gdlab import scratch
from gdlab.grading.compare import assert_close

X = np.array([0.5, 1.0, 1.5, 2.0])
Y = np.array([1.2, 1.9, 3.2, 3.9])
XT, YT = torch.tensor(X), torch.tensor(Y)


@pytest.mark.points(1)
def test_predict_is_the_line():
    assert_close(lab.predict(XT, torch.tensor(2.0, dtype=torch.float64), 0.5), torch.tensor(2.0 * X + 0.5),
                 "predict(x, w=2, b=0.5)", hint="a tensor in, a tensor out: w * x + b")


@pytest.mark.points(2)
@pytest.mark.parametrize("w, b", [(0.0, 0.0), (1.5, 0.3)])
def test_cost_is_a_tensor_equal_to_scratch(w, b):
    got = lab.cost(XT, YT, torch.tensor(w, dtype=torch.float64), torch.tensor(b, dtype=torch.float64))
    assert_close(got, torch.tensor(scratch.cost(X, Y, w, b), dtype=torch.float64), f"cost at w={w}, b={b}",
                 hint="a 0-d tensor: the mean of the squared residuals")


@pytest.mark.points(3)
@pytest.mark.parametrize("w, b", [(0.0, 0.0), (2.0, -1.0)])
def test_cost_grad_by_backward_equals_scratch(w, b):
    got = np.array(lab.cost_grad(XT, YT, w, b))
    assert_close(got, np.array(scratch.cost_grad(X, Y, w, b)), f"(grad_w, grad_b) at w={w}, b={b}", rtol=1e-12,
                 hint="requires_grad=True on w and b, then cost(...).backward(), then w.grad, b.grad")


@pytest.mark.points(3)
def test_sgd_steps_match_scratch_descent():
    w, b = 0.0, 0.0
    for _ in range(20):
        grad_w, grad_b = scratch.cost_grad(X, Y, w, b)
        w, b = w - 0.1 * grad_w, b - 0.1 * grad_b
    assert_close(np.array(lab.sgd_steps(XT, YT, lr=0.1, steps=20)), np.array([w, b]), "(w, b) after 20 steps",
                 rtol=1e-10, hint="optimizer.zero_grad() before every backward, or the gradients add up")
