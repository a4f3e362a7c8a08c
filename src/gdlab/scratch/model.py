"""Prediction functions (预测函数) by hand in NumPy: the line y = w·x + b (b = 0 for the seed's y = w·x)."""
from gdlab.checks import check_numbers, is_number


def predict(x, w, b=0.0):
    """y_hat = w·x + b for every sample, in float64; x (n,) -> y_hat (n,) (w, b broadcast if arrays)."""
    w = w if is_number(w) else check_numbers("w", w)   # a list or an array of any dtype: float64
    b = b if is_number(b) else check_numbers("b", b)
    return w * check_numbers("x", x) + b
