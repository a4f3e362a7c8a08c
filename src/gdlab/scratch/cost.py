"""The mean squared error cost (代价函数, 均方误差) and its gradient, written by hand side by side.

    r_i = predict(x_i, w, b) - y_i = w·x_i + b - y_i       (residual of sample i)
    J(w, b) = (1/n) Σ r_i²                                  reduction='mean'
    ∂J/∂w   = (2/n) Σ r_i·x_i
    ∂J/∂b   = (2/n) Σ r_i
With reduction='sum' (the seed's torch.nn.MSELoss(reduction='sum')) the 1/n goes away.

x and y hold one number per sample, (n,) with n >= 1 (a 0-d value is one sample), of any real
dtype or as lists: they are used as float64. w and b are single numbers. A NaN or inf in x, y,
w or b is an error that names it (gdlab.checks), the same error gdlab.autograd raises.

The public functions check every argument, then compute. gdlab.descent.fit has checked its data
once and takes w, b from the optimizer, so each step it calls the kernel `_cost_and_grad` (the
same name and signature in gdlab.autograd.cost), which only computes.
"""
import math

from gdlab.checks import check_cost_arguments, check_numbers, explain_non_finite
from gdlab.scratch.model import predict

REDUCTIONS = ("mean", "sum")


def residual(x, y, w, b=0.0):
    """r = predict(x, w, b) − y; (n,) -> (n,) (a grid if w, b are arrays that broadcast)."""
    r = predict(x, w, b)   # a new array, then y subtracted in place: one new (n,) array per step
    r -= y
    return r


def _scale(n, reduction):
    """s = 1/n for reduction='mean', 1 for 'sum'."""
    return 1.0 / n if reduction == "mean" else 1.0


def _mse(r, s):
    """J = s·Σ r_i²."""
    return float(r @ r) * s


def _mse_grad(r, x, s):
    """(grad_w, grad_b) = (2s·Σ r_i·x_i, 2s·Σ r_i)."""
    return float(r @ x) * 2.0 * s, float(r.sum()) * 2.0 * s


def _cost_and_grad(x, y, w, b=0.0, reduction="mean"):
    """J, grad_w, grad_b from one residual, nothing checked: the loop's step.

    x, y (n,) float64 ndarrays, n >= 1; w, b numbers; reduction one of REDUCTIONS. A non-finite
    result is returned as it is, not explained: fit's data and parameters are finite, so only an
    overflow (a diverging descent, which fit names) can make one.
    """
    r = residual(x, y, w, b)
    s = _scale(len(r), reduction)
    return (_mse(r, s), *_mse_grad(r, x, s))


def _checked(x, y, w, b, reduction):
    """x, y as (n,) float64 arrays, every argument checked."""
    return check_cost_arguments(x, y, w, b, reduction, REDUCTIONS, check_numbers)


def _explain(total, x, y, w, b):
    """If `total` (a Σ over the residuals) is NaN or inf because x, y, w or b are, raise, naming the value."""
    if not math.isfinite(total):   # a NaN or inf anywhere in x, y, w, b reaches every Σ
        explain_non_finite(x, y, w, b)


def cost(x, y, w, b=0.0, reduction="mean"):
    """J(w, b) = (1/n) Σ r_i²."""
    x, y = _checked(x, y, w, b, reduction)
    j = _mse(residual(x, y, w, b), _scale(len(x), reduction))
    _explain(j, x, y, w, b)
    return j


def cost_grad(x, y, w, b=0.0, reduction="mean"):
    """(grad_w, grad_b) = ((2/n) Σ r_i·x_i, (2/n) Σ r_i)."""
    x, y = _checked(x, y, w, b, reduction)
    grad_w, grad_b = _mse_grad(residual(x, y, w, b), x, _scale(len(x), reduction))
    _explain(grad_b, x, y, w, b)
    return grad_w, grad_b


def cost_and_grad(x, y, w, b=0.0, reduction="mean"):
    """J, grad_w, grad_b from one residual."""
    x, y = _checked(x, y, w, b, reduction)
    j, grad_w, grad_b = _cost_and_grad(x, y, w, b, reduction)
    _explain(j, x, y, w, b)
    return j, grad_w, grad_b
