"""Numeric gradient by central differences, to check a hand-written gradient."""
import numpy as np


def numeric_grad(f, params, h=1e-6):
    """∂f/∂params_i ≈ (f(p + h·e_i) − f(p − h·e_i)) / 2h for each i; params (p,) -> (p,)."""
    params = np.asarray(params, dtype=np.float64)
    grad = np.empty_like(params)
    for i in range(params.size):
        step = np.zeros_like(params)
        step.flat[i] = h
        grad.flat[i] = (f(params + step) - f(params - step)) / (2 * h)
    return grad


def gradient_check(f, grad, params, h=1e-6, rtol=1e-6):
    """Compare an analytic gradient with the central difference; returns (ok, largest relative error)."""
    analytic = np.asarray(grad(params), dtype=np.float64)
    numeric = numeric_grad(f, params, h)
    scale = np.maximum(np.maximum(np.abs(analytic), np.abs(numeric)), 1.0)
    error = float(np.max(np.abs(analytic - numeric) / scale))
    return bool(np.isfinite(error) and error <= rtol), error
