"""The mean squared error cost with torch: the gradient comes only from `.backward()`.

    J(w, b) = (1/n) Σ (predict(x_i, w, b) − y_i)²     torch.nn.MSELoss, reduction='mean'
    (grad_w, grad_b)                                  from J.backward(), never written by hand
The same names, signatures, checks and errors as gdlab.scratch.cost; the cost is the seed's
criterion, so reduction='sum' is the seed's MSELoss(reduction='sum'). Everything is float64.
"""
import math

import torch

from gdlab.autograd.model import predict
from gdlab.autograd.tensors import as_float64, as_leaf, as_numpy
from gdlab.checks import check_choice, check_number, check_samples, explain_non_finite
from gdlab.scratch.cost import REDUCTIONS


def _checked(x, y, w, b, reduction):
    """x, y as (n,) float64 tensors, every argument checked (in gdlab.scratch.cost's order)."""
    check_choice("reduction", reduction, REDUCTIONS)
    check_number("w", w)
    check_number("b", b)
    return check_samples(as_float64("x", x), as_float64("y", y))


def cost(x, y, w, b=0.0, reduction="mean"):
    """J(w, b) by torch.nn.MSELoss; returns a 0-d tensor (part of the graph if w, b need grads)."""
    x, y = _checked(x, y, w, b, reduction)
    j = torch.nn.functional.mse_loss(predict(x, w, b), y, reduction=reduction)
    if not math.isfinite(j.item()):
        explain_non_finite(as_numpy(x), as_numpy(y), as_numpy(w), as_numpy(b))
    return j


def cost_grad(x, y, w, b=0.0, reduction="mean"):
    """(grad_w, grad_b) as Python floats, from cost(...).backward()."""
    return cost_and_grad(x, y, w, b, reduction)[1:]


def cost_and_grad(x, y, w, b=0.0, reduction="mean"):
    """J, grad_w, grad_b as Python floats: one forward pass, one `.backward()`."""
    x, y = _checked(x, y, w, b, reduction)
    w, b = as_leaf("w", w), as_leaf("b", b)
    j = cost(x, y, w, b, reduction)
    j.backward()
    return j.item(), w.grad.item(), b.grad.item()
