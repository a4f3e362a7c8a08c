"""Lab 1: the prediction function (预测函数) and the mean squared error cost (代价函数, 均方误差).

Write the three functions below with NumPy, without loops over the samples.
Shapes: x, y are (n,) arrays of floats; w, b are numbers; ws is an (m,) array of slopes.
"""
import numpy as np


def predict(x, w, b=0.0):
    """The prediction y_hat = w·x + b for every sample.

    x: (n,) array, w and b: numbers  ->  y_hat: (n,) array of floats.
    """
    ### HINT: NumPy multiplies a whole array by a number at once: w * x + b
    ### BEGIN SOLUTION
    return w * np.asarray(x, dtype=np.float64) + b
    ### END SOLUTION


def cost(x, y, w, b=0.0):
    """The mean squared error J(w, b) = (1/n) Σ (w·x_i + b − y_i)², a Python float.

    x, y: (n,) arrays, w and b: numbers  ->  J: float (the mean, not the sum).
    """
    ### HINT: residuals r = w·x + b − y; then the mean of r², returned with float(...)
    ### BEGIN SOLUTION
    residuals = predict(x, w, b) - np.asarray(y, dtype=np.float64)
    return float(np.mean(residuals ** 2))
    ### END SOLUTION


def cost_curve(x, y, ws, b=0.0):
    """The cost at each slope in ws with b fixed: the parabola J(w) of the lesson.

    x, y: (n,) arrays, ws: (m,) array of slopes, b: number  ->  (m,) array, J at each w.
    Use broadcasting: ws[:, None] * x[None, :] is the (m, n) table of every w times every x.
    """
    ### HINT: build the (m, n) residual table with broadcasting, then average over axis=1
    ### BEGIN SOLUTION
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    residuals = np.asarray(ws, dtype=np.float64)[:, None] * x[None, :] + b - y[None, :]
    return (residuals ** 2).mean(axis=1)
    ### END SOLUTION
