"""Exercises of notebook 06 (the same through PyTorch): the critical lr with reduction='sum',
gradients that accumulate without zero_grad, and a gradient computed by `.backward()`.

The expected values come from gdlab's reference code (LineSums.critical_lr, scratch.cost_grad)
and from torch itself; each known mistake is computed from the same data, so its hint names it.
"""
import numbers

import numpy as np

from gdlab import scratch
from gdlab.data import load
from gdlab.exercises.exercise import Exercise, expect
from gdlab.grading.compare import Mismatch
from gdlab.scratch.sums import LineSums

W_START, B_START = 1.5, 0.0     # 06.2: the point of the notebook's first cell
SMALL = (np.array([1.0, 2.0, 4.0]), np.array([3.0, 2.0, 9.0]))


def _test_1(lr):
    sums = LineSums.from_data(*load("line"))
    expected = sums.critical_lr("wxb", "sum")
    mean = sums.critical_lr("wxb", "mean")
    expect(lr, expected, "the critical lr of BGD with reduction='sum' on the line data",
           mistakes=[(mean, "that is the critical lr for reduction='mean'; with 'sum' every gradient and "
                            "the curvature are n times larger, so the critical lr is n times smaller"),
                     (mean * sums.n, "the critical lr gets n times SMALLER with 'sum', not larger: the "
                                     "curvature λ_max grows n-fold"),
                     (expected / 2, "that is 1/λ_max; plain GD converges for lr < 2/λ_max"),
                     (sums.critical_lr("wx", "sum"), "that is for y = w·x without b; the line here is "
                                                     "y = w·x + b (its Hessian is 2 × 2)")],
           hint="critical lr = 2 / λ_max(∇²J), and ∇²J with 'sum' is n times ∇²J with 'mean'", rtol=1e-6)


def grad_w_after_backwards(times):
    """w.grad after building the cost at (W_START, B_START) and calling .backward() `times` times."""
    import torch
    x, y = (torch.from_numpy(a) for a in load("line"))
    w = torch.tensor(W_START, dtype=torch.float64, requires_grad=True)
    b = torch.tensor(B_START, dtype=torch.float64, requires_grad=True)
    for _ in range(times):
        ((w * x + b - y) ** 2).mean().backward()
    return w.grad.item()


def _test_2(grad_w):
    expected = grad_w_after_backwards(2)
    once = scratch.cost_grad(*load("line"), W_START, B_START)[0]
    expect(grad_w, expected, "w.grad after two .backward() calls without zero_grad",
           mistakes=[(once, "that is the gradient of ONE backward: .backward() does not overwrite "
                            "w.grad, it adds to it (that is why the loop calls zero_grad first)"),
                     (0.0, "backward() adds into w.grad; nothing sets it back to 0 unless you call "
                           "zero_grad() (or set w.grad = None)"),
                     (-expected, "the sign: ∂J/∂w at w = 1.5, b = 0 is negative (the line is too low)")],
           hint="each .backward() adds ∂J/∂w into w.grad", rtol=1e-9)


def _as_pair(result):
    """The student's (grad_w, grad_b) as two floats, or a Mismatch that says what came back."""
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise Mismatch(f"torch_grad should return two numbers (grad_w, grad_b), got {type(result).__name__} "
                       f"{result!r:.80}")
    pair = []
    for name, value in zip(("grad_w", "grad_b"), result):
        if type(value).__module__.startswith("torch"):
            if getattr(value, "numel", lambda: 0)() != 1:
                raise Mismatch(f"{name} should be one number, got a tensor of shape {tuple(value.shape)}")
            value = value.item()
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise Mismatch(f"{name} should be a number (use .item() on w.grad), got "
                           f"{type(value).__name__}: {value!r:.80}")
        pair.append(float(value))
    return pair


def _test_3(torch_grad):
    cases = [("the line data at (w, b) = (1.5, 0)", *load("line"), 1.5, 0.0),
             ("x = [1, 2, 4], y = [3, 2, 9] at (w, b) = (0.5, -1)", *SMALL, 0.5, -1.0)]
    for where, x, y, w, b in cases:
        grad_w, grad_b = _as_pair(torch_grad(x.copy(), y.copy(), w, b))
        expected_w, expected_b = scratch.cost_grad(x, y, w, b)
        n = len(x)
        for name, got, expected in (("grad_w", grad_w, expected_w), ("grad_b", grad_b, expected_b)):
            expect(got, expected, f"{name} on {where}",
                   mistakes=[(expected * n, "that is n times the gradient: the SUM of squared errors "
                                            "(reduction='sum'); the cost here is the mean"),
                             (expected / 2, "that is half the gradient: the cost is mean(r²), not "
                                            "mean(r²)/2"),
                             (-expected, "the sign is flipped: differentiate the cost itself and let "
                                         ".backward() do it; do not negate")],
                   hint="cost = ((w·x + b − y)²).mean() with w, b tensors that require grad; "
                        "cost.backward(); return w.grad.item(), b.grad.item()", rtol=1e-9, atol=1e-12)


EXERCISES = {
    "06.1": Exercise(question="The critical learning rate of BGD on the line data with "
                              "MSELoss(reduction='sum').", test=_test_1),
    "06.2": Exercise(question="w.grad after building the cost at (1.5, 0) and calling .backward() twice "
                              "without zero_grad.", test=_test_2),
    "06.3": Exercise(question="torch_grad(x, y, w, b): (grad_w, grad_b) of the mean squared error, "
                              "from .backward().", test=_test_3),
}
