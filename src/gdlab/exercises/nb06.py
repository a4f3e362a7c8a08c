"""Exercises of notebook 06 (the same through PyTorch): the critical lr with reduction='sum',
gradients that accumulate without zero_grad, and a gradient computed by `.backward()`.

The expected values come from gdlab's reference code (LineSums.critical_lr, scratch.cost_grad)
and from torch itself; each known mistake is computed from the same data, so its hint names it.
"""
import numbers

import numpy as np

from gdlab import scratch
from gdlab.data import load
from gdlab.exercises.exercise import Exercise, Said, expect
from gdlab.grading.compare import Mismatch
from gdlab.i18n import text
from gdlab.scratch.sums import LineSums

W_START, B_START = 1.5, 0.0     # 06.2: the point of the notebook's first cell
SMALL = (np.array([1.0, 2.0, 4.0]), np.array([3.0, 2.0, 9.0]))


def _test_1(lr):
    sums = LineSums.from_data(*load("line"))
    expected = sums.critical_lr("wxb", "sum")
    mean = sums.critical_lr("wxb", "mean")
    expect(lr, expected, text("nb06.what.critical_lr"),
           mistakes=[(mean, text("nb06.critical_lr.mean")),
                     (mean * sums.n, text("nb06.critical_lr.larger")),
                     (expected / 2, text("nb06.critical_lr.no_2")),
                     (sums.critical_lr("wx", "sum"), text("nb06.critical_lr.no_b"))],
           hint=text("nb06.critical_lr.hint"), rtol=1e-6)


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
    expect(grad_w, expected, text("nb06.what.grad_twice"),
           mistakes=[(once, text("nb06.grad_twice.once")),
                     (0.0, text("nb06.grad_twice.zero")),
                     (-expected, text("nb06.grad_twice.sign", w=W_START, b=B_START))],
           hint=text("nb06.grad_twice.hint"), rtol=1e-9)


def _as_pair(result):
    """The student's (grad_w, grad_b) as two floats, or a Mismatch that says what came back."""
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise Mismatch(text("nb06.not_a_pair", kind=type(result).__name__, result=result))
    pair = []
    for name, value in zip(("grad_w", "grad_b"), result):
        if type(value).__module__.startswith("torch"):
            if getattr(value, "numel", lambda: 0)() != 1:
                raise Mismatch(text("nb06.not_one_number", name=name, shape=tuple(value.shape)))
            value = value.item()
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise Mismatch(text("nb06.not_a_number", name=name, kind=type(value).__name__, value=value))
        pair.append(float(value))
    return pair


def _test_3(torch_grad):
    cases = [("nb06.where.line", *load("line"), 1.5, 0.0), ("nb06.where.small", *SMALL, 0.5, -1.0)]
    for where_key, x, y, w, b in cases:
        where = text(where_key, w=w, b=b)
        grad_w, grad_b = _as_pair(torch_grad(x.copy(), y.copy(), w, b))
        expected_w, expected_b = scratch.cost_grad(x, y, w, b)
        n = len(x)
        for name, got, expected in (("grad_w", grad_w, expected_w), ("grad_b", grad_b, expected_b)):
            expect(got, expected, text("nb06.what.grad_on", name=name, where=where),
                   mistakes=[(expected * n, text("nb06.torch_grad.sum")),
                             (expected / 2, text("nb06.torch_grad.half")),
                             (-expected, text("nb06.torch_grad.sign"))],
                   hint=text("nb06.torch_grad.hint"), rtol=1e-9, atol=1e-12)


EXERCISES = {
    "06.1": Exercise(question=Said("nb06.q1"), test=_test_1),
    "06.2": Exercise(question=Said("nb06.q2", w=W_START, b=B_START), test=_test_2),
    "06.3": Exercise(question=Said("nb06.q3"), test=_test_3),
}
