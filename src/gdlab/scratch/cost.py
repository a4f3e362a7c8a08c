"""The mean squared error cost (代价函数, 均方误差) and its gradient, written by hand side by side.

    r_i = w·x_i + b - y_i                       (residual of sample i)
    J(w, b) = (1/n) Σ r_i²                      reduction='mean'
    ∂J/∂w   = (2/n) Σ r_i·x_i
    ∂J/∂b   = (2/n) Σ r_i
With reduction='sum' (the seed's torch.nn.MSELoss(reduction='sum')) the 1/n goes away.
"""
import numpy as np

from gdlab.checks import check_choice

REDUCTIONS = ("mean", "sum")


def _scale(n, reduction):
    check_choice("reduction", reduction, REDUCTIONS)
    return 1.0 / n if reduction == "mean" else 1.0


def residual(x, y, w, b=0.0):
    """r = w·x + b - y; (n,) -> (n,)."""
    r = w * np.asarray(x, dtype=np.float64) + b   # numpy reuses the temporary: one new array per step
    r -= y
    return r


def cost(x, y, w, b=0.0, reduction="mean"):
    """J(w, b) = (1/n) Σ (w·x + b - y)²."""
    r = residual(x, y, w, b)
    return float(r @ r) * _scale(len(r), reduction)


def cost_grad(x, y, w, b=0.0, reduction="mean"):
    """(grad_w, grad_b) = ((2/n) Σ r·x, (2/n) Σ r)."""
    r = residual(x, y, w, b)
    s = 2.0 * _scale(len(r), reduction)
    return float(r @ x) * s, float(r.sum()) * s


def cost_and_grad(x, y, w, b=0.0, reduction="mean"):
    """cost, grad_w, grad_b from one residual: what the loop calls each step."""
    r = residual(x, y, w, b)
    s = _scale(len(r), reduction)
    return float(r @ r) * s, float(r @ x) * 2.0 * s, float(r.sum()) * 2.0 * s
