"""Lab 2: the gradient (梯度) of the MSE cost, the update step with a learning rate (学习率),
and a numeric gradient to check a hand-written one.

Shapes: x, y are (n,) arrays; w, b are numbers; params and grads are (p,) arrays.

实验 2：均方误差代价函数的梯度，带学习率的更新步，以及用来检查手写梯度的数值梯度。
形状：x、y 是 (n,) 数组；w、b 是数；params 和 grads 是 (p,) 数组。
"""
import numpy as np


def cost_grad(x, y, w, b=0.0):
    """The gradient of J(w, b) = (1/n) Σ (w·x_i + b − y_i)²: returns (grad_w, grad_b), two floats.

        grad_w = (2/n) Σ (w·x_i + b − y_i)·x_i
        grad_b = (2/n) Σ (w·x_i + b − y_i)

    J(w, b) = (1/n) Σ (w·x_i + b − y_i)² 的梯度：返回 (grad_w, grad_b)，两个 float。

        grad_w = (2/n) Σ (w·x_i + b − y_i)·x_i
        grad_b = (2/n) Σ (w·x_i + b − y_i)
    """
    ### HINT: residuals r = w·x + b − y; grad_w = 2·mean(r·x), grad_b = 2·mean(r)
    ### HINT[zh]: 残差 r = w·x + b − y；grad_w = 2·mean(r·x)，grad_b = 2·mean(r)
    ### BEGIN SOLUTION
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    residuals = w * x + b - y
    return float(2.0 * np.mean(residuals * x)), float(2.0 * np.mean(residuals))
    ### END SOLUTION


def update(params, grads, lr):
    """One gradient-descent step: new params = params − lr·grads.

    params, grads: (p,) arrays, lr: a positive number  ->  (p,) array (params is not changed in place).

    梯度下降的一步：新的 params = params − lr·grads。

    params、grads：(p,) 数组，lr：正数  ->  (p,) 数组（不要原地修改 params）。
    """
    ### HINT: go against the gradient, one step of size lr
    ### HINT[zh]: 逆着梯度的方向走一步，步长为 lr
    ### BEGIN SOLUTION
    return np.asarray(params, dtype=np.float64) - lr * np.asarray(grads, dtype=np.float64)
    ### END SOLUTION


def numeric_grad(f, params, h=1e-6):
    """The central-difference gradient of a function f: (p,) array -> float, at params.

        ∂f/∂p_i ≈ (f(p + h·e_i) − f(p − h·e_i)) / (2h),   e_i the i-th unit vector

    params: (p,) array  ->  (p,) array of floats.

    函数 f：(p,) 数组 -> float 在 params 处用中心差分求得的梯度。

        ∂f/∂p_i ≈ (f(p + h·e_i) − f(p − h·e_i)) / (2h),   e_i 是第 i 个单位向量

    params：(p,) 数组  ->  浮点数的 (p,) 数组。
    """
    ### HINT: loop over i; copy params, move entry i by +h and by −h, call f on both
    ### HINT[zh]: 对 i 循环；复制 params，把第 i 项分别移动 +h 和 −h，对两者各调用一次 f
    ### BEGIN SOLUTION
    params = np.asarray(params, dtype=np.float64)
    grad = np.zeros_like(params)
    for i in range(params.size):
        step = np.zeros_like(params)
        step[i] = h
        grad[i] = (f(params + step) - f(params - step)) / (2.0 * h)
    return grad
    ### END SOLUTION
