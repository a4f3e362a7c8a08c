"""Numeric gradient by central differences, to check a hand-written gradient."""
import numpy as np

from gdlab.checks import check_nonnegative, check_numbers, check_positive, check_same_shape


def numeric_grad(f, params, h=1e-6):
    """∂f/∂params_i ≈ (f(p + h·e_i) − f(p − h·e_i)) / 2h for each i; params (p,) -> (p,), float64."""
    params, h = check_numbers("params", params), check_positive("h", h)
    grad = np.empty_like(params)
    for i in range(params.size):
        step = np.zeros_like(params)
        step.flat[i] = h
        grad.flat[i] = (f(params + step) - f(params - step)) / (2 * h)
    return grad


def gradient_check(f, grad, params, h=1e-6, rtol=1e-6):
    """Compare the gradient grad(params) with the central difference of f; returns (ok, error):

        error = max_i |g_i − n_i| / max(|g_i|, |n_i|, 1),   ok = error ≤ rtol (never for a NaN).
    """
    params, rtol = check_numbers("params", params), check_nonnegative("rtol", rtol)
    analytic = check_numbers("grad(params)", grad(params))
    check_same_shape("grad(params)", analytic.shape, "params", params.shape)
    numeric = numeric_grad(f, params, h)
    scale = np.maximum(np.maximum(np.abs(analytic), np.abs(numeric)), 1.0)
    error = float(np.max(np.abs(analytic - numeric) / scale, initial=0.0))
    return error <= rtol, error   # a NaN error is never <= rtol
