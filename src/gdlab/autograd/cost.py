"""The mean squared error cost with torch: the gradient comes only from `.backward()`.

    J(w, b) = (1/n) Σ (predict(x_i, w, b) − y_i)²     torch.nn.MSELoss, reduction='mean'
    (grad_w, grad_b)                                  from J.backward(), never written by hand
The same names, signatures, checks and errors as gdlab.scratch.cost; the cost is the seed's
criterion, so reduction='sum' is the seed's MSELoss(reduction='sum'). Everything is float64.

As in gdlab.scratch.cost, the public functions check every argument, then compute; the loop
(gdlab.descent.fit, whose data are checked once) calls the unchecked kernel `_cost_and_grad`.
"""
import math

import torch

from gdlab.autograd.model import predict
from gdlab.autograd.tensors import as_float64, as_leaf, as_numpy
from gdlab.checks import check_cost_arguments, explain_non_finite
from gdlab.scratch.cost import REDUCTIONS


def _cost(x, y, w, b, reduction):
    """J by torch.nn.MSELoss, a 0-d tensor in the graph of w, b."""
    return torch.nn.functional.mse_loss(predict(x, w, b), y, reduction=reduction)


def _cost_and_grad(x, y, w, b=0.0, reduction="mean"):
    """J, grad_w, grad_b as Python floats, nothing checked: one forward pass, one `.backward()`.

    x, y (n,) float64 tensors, n >= 1; w, b numbers (or 0-d); reduction one of REDUCTIONS. A
    non-finite result is returned as it is, as by gdlab.scratch.cost._cost_and_grad.
    """
    w, b = as_leaf("w", w), as_leaf("b", b)
    j = _cost(x, y, w, b, reduction)
    j.backward()
    return j.item(), w.grad.item(), b.grad.item()


def _checked(x, y, w, b, reduction):
    """x, y as (n,) float64 tensors, every argument checked, as in gdlab.scratch.cost."""
    return check_cost_arguments(x, y, w, b, reduction, REDUCTIONS, as_float64)


def _explain(total, x, y, w, b):
    """If `total` is NaN or inf because x, y, w or b are, raise, naming the value (as gdlab.scratch.cost)."""
    if not math.isfinite(total):
        explain_non_finite(as_numpy(x), as_numpy(y), as_numpy(w), as_numpy(b))


def cost(x, y, w, b=0.0, reduction="mean"):
    """J(w, b) by torch.nn.MSELoss; returns a 0-d tensor (part of the graph if w, b need grads)."""
    x, y = _checked(x, y, w, b, reduction)
    j = _cost(x, y, w, b, reduction)
    _explain(j.item(), x, y, w, b)
    return j


def cost_grad(x, y, w, b=0.0, reduction="mean"):
    """(grad_w, grad_b) as Python floats, from cost(...).backward()."""
    return cost_and_grad(x, y, w, b, reduction)[1:]


def cost_and_grad(x, y, w, b=0.0, reduction="mean"):
    """J, grad_w, grad_b as Python floats: one forward pass, one `.backward()`."""
    x, y = _checked(x, y, w, b, reduction)
    j, grad_w, grad_b = _cost_and_grad(x, y, w, b, reduction)
    _explain(j, x, y, w, b)
    return j, grad_w, grad_b
