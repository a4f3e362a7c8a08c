"""Prediction functions (预测函数) with torch tensors: the same names as gdlab.scratch.model."""
from gdlab.autograd.tensors import as_coefficient, as_float64


def predict(x, w, b=0.0):
    """y_hat = w·x + b for every sample, in float64; x (n,) -> y_hat (n,) (w, b broadcast if tensors)."""
    return as_coefficient("w", w) * as_float64("x", x) + as_coefficient("b", b)
