"""Lab 1: the prediction function (预测函数) and the mean squared error cost (代价函数, 均方误差).

Write the three functions below with NumPy, without loops over the samples.
Shapes: x, y are (n,) arrays of floats; w, b are numbers; ws is an (m,) array of slopes.

实验 1：预测函数和均方误差代价函数。
用 NumPy 写出下面三个函数，不要对样本写循环。
形状：x、y 是浮点数的 (n,) 数组；w、b 是数；ws 是斜率的 (m,) 数组。
"""
import numpy as np


def predict(x, w, b=0.0):
    """The prediction y_hat = w·x + b for every sample.

    x: (n,) array, w and b: numbers  ->  y_hat: (n,) array of floats.

    每个样本的预测值 y_hat = w·x + b。

    x：(n,) 数组，w 和 b：数  ->  y_hat：浮点数的 (n,) 数组。
    """
    ### HINT: NumPy multiplies a whole array by a number at once: w * x + b
    ### HINT[zh]: NumPy 可以一次把整个数组乘以一个数：w * x + b
    ### BEGIN SOLUTION
    return w * np.asarray(x, dtype=np.float64) + b
    ### END SOLUTION


def cost(x, y, w, b=0.0):
    """The mean squared error J(w, b) = (1/n) Σ (w·x_i + b − y_i)², a Python float.

    x, y: (n,) arrays, w and b: numbers  ->  J: float (the mean, not the sum).

    均方误差 J(w, b) = (1/n) Σ (w·x_i + b − y_i)²，返回一个 Python float。

    x、y：(n,) 数组，w 和 b：数  ->  J：float（是平均值，不是总和）。
    """
    ### HINT: residuals r = w·x + b − y; then the mean of r², returned with float(...)
    ### HINT[zh]: 残差 r = w·x + b − y；再求 r² 的平均值，用 float(...) 返回
    ### BEGIN SOLUTION
    residuals = predict(x, w, b) - np.asarray(y, dtype=np.float64)
    return float(np.mean(residuals ** 2))
    ### END SOLUTION


def cost_curve(x, y, ws, b=0.0):
    """The cost at each slope in ws with b fixed: the parabola J(w) of the lesson.

    x, y: (n,) arrays, ws: (m,) array of slopes, b: number  ->  (m,) array, J at each w.
    Use broadcasting: ws[:, None] * x[None, :] is the (m, n) table of every w times every x.

    b 固定时 ws 中每个斜率处的代价：也就是课上那条抛物线 J(w)。

    x、y：(n,) 数组，ws：斜率的 (m,) 数组，b：数  ->  (m,) 数组，每个 w 处的 J。
    用广播：ws[:, None] * x[None, :] 是每个 w 乘以每个 x 得到的 (m, n) 表。
    """
    ### HINT: build the (m, n) residual table with broadcasting, then average over axis=1
    ### HINT[zh]: 用广播构造 (m, n) 的残差表，再沿 axis=1 求平均
    ### BEGIN SOLUTION
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    residuals = np.asarray(ws, dtype=np.float64)[:, None] * x[None, :] + b - y[None, :]
    return (residuals ** 2).mean(axis=1)
    ### END SOLUTION
