"""The mean squared error cost with torch: the gradient comes only from `.backward()`.

The same names and signatures as gdlab.scratch.cost; the cost is torch.nn.MSELoss, the
seed's criterion, so reduction='sum' is the seed's MSELoss(reduction='sum').
"""
import torch

from gdlab.autograd.model import predict
from gdlab.checks import check_choice
from gdlab.scratch.cost import REDUCTIONS


def _as_leaf(value):
    """A fresh float64 leaf tensor that records its gradient."""
    return torch.as_tensor(value, dtype=torch.float64).detach().clone().requires_grad_(True)


def cost(x, y, w, b=0.0, reduction="mean"):
    """J(w, b) by torch.nn.MSELoss; returns a 0-d tensor (part of the graph if w, b need grads)."""
    check_choice("reduction", reduction, REDUCTIONS)
    return torch.nn.functional.mse_loss(predict(x, w, b), torch.as_tensor(y), reduction=reduction)


def cost_grad(x, y, w, b=0.0, reduction="mean"):
    """(grad_w, grad_b) as Python floats, from cost(...).backward()."""
    return cost_and_grad(x, y, w, b, reduction)[1:]


def cost_and_grad(x, y, w, b=0.0, reduction="mean"):
    """cost, grad_w, grad_b as Python floats: one forward pass, one `.backward()`."""
    w, b = _as_leaf(w), _as_leaf(b)
    j = cost(x, y, w, b, reduction)
    j.backward()
    return j.item(), w.grad.item(), b.grad.item()
