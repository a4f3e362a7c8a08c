"""The autograd twin's type: float64 tensors, made from the same inputs gdlab.scratch takes.

A tensor stays a tensor (cast to float64 if needed, its graph kept); anything else goes through
gdlab.checks.check_numbers, so a list, an int array or float32 data give the float64 values, and
what is not numbers the same error, in both twins.
"""
import torch

from gdlab.checks import check_numbers, is_number


def as_float64(name, values):
    """values as a float64 tensor (a NumPy array's memory is shared, not copied, where it can be)."""
    if isinstance(values, torch.Tensor):
        return values if values.dtype == torch.float64 else values.to(torch.float64)
    array = check_numbers(name, values)
    return torch.from_numpy(array if array.flags.writeable else array.copy())


def as_coefficient(name, value):
    """w or b as torch multiplies it: a number as a Python float (NumPy's own numbers would take
    over `*`), a tensor kept in its graph, anything else a float64 tensor."""
    if is_number(value):
        return float(value)
    return as_float64(name, value)


def as_leaf(name, values):
    """A fresh float64 leaf tensor with the values, that records its gradient."""
    return as_float64(name, values).detach().clone().requires_grad_(True)


def as_numpy(value):
    """A tensor as NumPy (detached, on the CPU), anything else as it is: to explain a non-finite result."""
    return value.detach().cpu().numpy() if isinstance(value, torch.Tensor) else value
