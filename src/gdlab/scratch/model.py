"""Prediction functions (预测函数) by hand in NumPy: the line y = w·x + b (b = 0 for the seed's y = w·x)."""
import numpy as np


def predict(x, w, b=0.0):
    """y_hat = w·x + b for every sample; x (n,) -> y_hat (n,)."""
    return w * np.asarray(x) + b
