"""Numeric gradient by central differences with torch: torch.autograd.gradcheck is the reference."""
import torch


def numeric_grad(f, params, h=1e-6):
    """∂f/∂params_i ≈ (f(p + h·e_i) − f(p − h·e_i)) / 2h for each i; params (p,) -> (p,)."""
    params = torch.as_tensor(params, dtype=torch.float64)
    grad = torch.empty_like(params)
    for i in range(params.numel()):
        step = torch.zeros_like(params)
        step.view(-1)[i] = h
        grad.view(-1)[i] = (f(params + step) - f(params - step)) / (2 * h)
    return grad


def gradient_check(f, params, h=1e-6, rtol=1e-6):
    """Check `.backward()`'s gradient of f against central differences with torch.autograd.gradcheck."""
    params = torch.as_tensor(params, dtype=torch.float64).detach().clone().requires_grad_(True)
    return torch.autograd.gradcheck(f, (params,), eps=h, rtol=rtol, atol=0.0, raise_exception=False)
