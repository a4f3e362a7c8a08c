"""The mean squared error cost (代价函数, 均方误差) and its gradient, written by hand side by side.

    r_i = predict(x_i, w, b) - y_i = w·x_i + b - y_i       (residual of sample i)
    J(w, b) = (1/n) Σ r_i²                                  reduction='mean'
    ∂J/∂w   = (2/n) Σ r_i·x_i
    ∂J/∂b   = (2/n) Σ r_i
With reduction='sum' (the seed's torch.nn.MSELoss(reduction='sum')) the 1/n goes away.

x and y hold one number per sample, (n,) with n >= 1 (a 0-d value is one sample), of any real
dtype or as lists: they are used as float64. w and b are single numbers. A NaN or inf in x, y,
w or b is an error that names it (gdlab.checks), the same error gdlab.autograd raises.
"""
import math

from gdlab.checks import (check_choice, check_number, check_numbers, check_samples,
                          explain_non_finite)
from gdlab.scratch.model import predict

REDUCTIONS = ("mean", "sum")


def _checked(x, y, w, b, reduction):
    """x, y as (n,) float64 arrays and the factor s = 1/n ('mean') or 1 ('sum'), every argument checked."""
    check_choice("reduction", reduction, REDUCTIONS)
    check_number("w", w)
    check_number("b", b)
    x, y = check_samples(check_numbers("x", x), check_numbers("y", y))
    return x, y, (1.0 / len(x) if reduction == "mean" else 1.0)


def residual(x, y, w, b=0.0):
    """r = predict(x, w, b) − y; (n,) -> (n,) (a grid if w, b are arrays that broadcast)."""
    r = predict(x, w, b)   # a new array, then y subtracted in place: one new (n,) array per step
    r -= y
    return r


def cost(x, y, w, b=0.0, reduction="mean"):
    """J(w, b) = (1/n) Σ r_i²."""
    x, y, s = _checked(x, y, w, b, reduction)
    r = residual(x, y, w, b)
    j = float(r @ r) * s
    if not math.isfinite(j):
        explain_non_finite(x, y, w, b)
    return j


def cost_grad(x, y, w, b=0.0, reduction="mean"):
    """(grad_w, grad_b) = ((2/n) Σ r_i·x_i, (2/n) Σ r_i)."""
    x, y, s = _checked(x, y, w, b, reduction)
    r = residual(x, y, w, b)
    sum_r = float(r.sum())
    if not math.isfinite(sum_r):   # a NaN or inf anywhere in x, y, w, b reaches Σ r too
        explain_non_finite(x, y, w, b)
    return float(r @ x) * 2.0 * s, sum_r * 2.0 * s


def cost_and_grad(x, y, w, b=0.0, reduction="mean"):
    """J, grad_w, grad_b from one residual: what the loop calls each step."""
    x, y, s = _checked(x, y, w, b, reduction)
    r = residual(x, y, w, b)
    j = float(r @ r) * s
    if not math.isfinite(j):
        explain_non_finite(x, y, w, b)
    return j, float(r @ x) * 2.0 * s, float(r.sum()) * 2.0 * s
