"""Numeric gradient by central differences with torch, to check a gradient from `.backward()`.

The same names, signature and result as gdlab.scratch.gradcheck, in float64 tensors.
"""
import torch

from gdlab.autograd.tensors import as_float64
from gdlab.checks import check_nonnegative, check_positive, check_same_shape


def numeric_grad(f, params, h=1e-6):
    """∂f/∂params_i ≈ (f(p + h·e_i) − f(p − h·e_i)) / 2h for each i; params (p,) -> (p,), float64."""
    params, h = as_float64("params", params).detach(), check_positive("h", h)
    grad = torch.empty_like(params)
    for i in range(params.numel()):
        step = torch.zeros_like(params)
        step.view(-1)[i] = h
        grad.view(-1)[i] = (f(params + step) - f(params - step)) / (2 * h)
    return grad


def gradient_check(f, grad, params, h=1e-6, rtol=1e-6):
    """Compare the gradient grad(params) (e.g. autograd.cost_grad's, from `.backward()`) with the
    central difference of f; returns (ok, error):

        error = max_i |g_i − n_i| / max(|g_i|, |n_i|, 1),   ok = error ≤ rtol (never for a NaN).
    """
    params, rtol = as_float64("params", params).detach(), check_nonnegative("rtol", rtol)
    analytic = as_float64("grad(params)", grad(params)).detach()
    check_same_shape("grad(params)", analytic.shape, "params", params.shape)
    numeric = numeric_grad(f, params, h)
    scale = torch.maximum(torch.maximum(analytic.abs(), numeric.abs()), torch.ones_like(analytic))
    errors = (analytic - numeric).abs() / scale
    error = errors.max().item() if errors.numel() else 0.0
    return error <= rtol, error   # a NaN error is never <= rtol
