"""Lab 4: the optimizers of the seed's last picture (SGD, Momentum, NAG, Adagrad, Adadelta, RMSprop;
and Adam) by hand, each a small object with its state named after the math.

`params = opt.step(params, grads)` takes (p,) float arrays and returns the new (p,) params. The
formulas are exactly torch.optim's (the docstrings say which), so the tests compare every step.
State starts as None and is made on the first step with the shape of params (np.zeros_like).

实验 4：种子笔记最后一张图里的优化器（SGD、Momentum、NAG、Adagrad、Adadelta、RMSprop；再加上 Adam），
全部手写，每个都是一个小对象，状态按数学符号命名。`params = opt.step(params, grads)` 接收 (p,) 浮点数组，
返回新的 (p,) params。公式与 torch.optim 完全一致（文档字符串写明对应哪一个），所以测试逐步比较。
状态一开始是 None，在第一步按 params 的形状创建（np.zeros_like）。
"""
import numpy as np


class Momentum:
    """Heavy-ball momentum, torch.optim.SGD(lr, momentum):

        velocity ← grads                          on the first step
        velocity ← momentum·velocity + grads      on every later step
        params   ← params − lr·velocity

    重球动量法，即 torch.optim.SGD(lr, momentum)：

        velocity ← grads                          第一步
        velocity ← momentum·velocity + grads      之后每一步
        params   ← params − lr·velocity
    """

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.velocity = None  # (p,) array after the first step

    def step(self, params, grads):
        """One update; returns the new params (p,).

        一次更新；返回新的 params (p,)。
        """
        ### HINT: the first step copies grads into self.velocity; later steps blend it with momentum
        ### HINT[zh]: 第一步把 grads 复制到 self.velocity；之后每一步用 momentum 把它与新的 grads 混合
        ### BEGIN SOLUTION
        grads = np.asarray(grads, dtype=np.float64)
        if self.velocity is None:
            self.velocity = grads.copy()
        else:
            self.velocity = self.momentum * self.velocity + grads
        return np.asarray(params, dtype=np.float64) - self.lr * self.velocity
        ### END SOLUTION


class Nesterov(Momentum):
    """Nesterov momentum (NAG), torch.optim.SGD(lr, momentum, nesterov=True): the velocity as in
    Momentum, then a step that looks ahead along it:

        velocity ← grads (first step), momentum·velocity + grads (later steps)
        params   ← params − lr·(grads + momentum·velocity)

    Nesterov 动量法（NAG），即 torch.optim.SGD(lr, momentum, nesterov=True)：velocity 与 Momentum 相同，
    然后沿着它向前看一步：

        velocity ← grads（第一步），momentum·velocity + grads（之后每一步）
        params   ← params − lr·(grads + momentum·velocity)
    """

    def step(self, params, grads):
        """One update; returns the new params (p,).

        一次更新；返回新的 params (p,)。
        """
        ### HINT: update self.velocity as Momentum does, then step along grads + momentum·velocity
        ### HINT[zh]: 像 Momentum 一样更新 self.velocity，然后沿 grads + momentum·velocity 走一步
        ### BEGIN SOLUTION
        grads = np.asarray(grads, dtype=np.float64)
        if self.velocity is None:
            self.velocity = grads.copy()
        else:
            self.velocity = self.momentum * self.velocity + grads
        return np.asarray(params, dtype=np.float64) - self.lr * (grads + self.momentum * self.velocity)
        ### END SOLUTION


class Adagrad:
    """torch.optim.Adagrad(lr, eps): each coordinate's steps shrink with its own gradient history:

        sum_sq ← sum_sq + grads²                      (sum_sq starts at zeros)
        params ← params − lr·grads / (√sum_sq + eps)

    torch.optim.Adagrad(lr, eps)：每个坐标的步长随它自己的梯度历史而缩小：

        sum_sq ← sum_sq + grads²                      （sum_sq 从零开始）
        params ← params − lr·grads / (√sum_sq + eps)
    """

    def __init__(self, lr=0.01, eps=1e-10):
        self.lr = lr
        self.eps = eps
        self.sum_sq = None  # (p,) the sum of every step's grads²

    def step(self, params, grads):
        """One update; returns the new params (p,).

        一次更新；返回新的 params (p,)。
        """
        ### HINT: start self.sum_sq at np.zeros_like(params) and add grads² on every step
        ### HINT[zh]: self.sum_sq 从 np.zeros_like(params) 开始，每一步加上 grads²
        ### BEGIN SOLUTION
        params, grads = np.asarray(params, dtype=np.float64), np.asarray(grads, dtype=np.float64)
        if self.sum_sq is None:
            self.sum_sq = np.zeros_like(params)
        self.sum_sq = self.sum_sq + grads * grads
        return params - self.lr * grads / (np.sqrt(self.sum_sq) + self.eps)
        ### END SOLUTION


class RMSprop:
    """torch.optim.RMSprop(lr, alpha, eps): Adagrad with a moving average that forgets:

        square_avg ← alpha·square_avg + (1 − alpha)·grads²   (square_avg starts at zeros)
        params     ← params − lr·grads / (√square_avg + eps)

    torch.optim.RMSprop(lr, alpha, eps)：带遗忘的滑动平均版 Adagrad：

        square_avg ← alpha·square_avg + (1 − alpha)·grads²   （square_avg 从零开始）
        params     ← params − lr·grads / (√square_avg + eps)
    """

    def __init__(self, lr=0.01, alpha=0.99, eps=1e-8):
        self.lr = lr
        self.alpha = alpha
        self.eps = eps
        self.square_avg = None  # (p,) the moving average of grads²

    def step(self, params, grads):
        """One update; returns the new params (p,).

        一次更新；返回新的 params (p,)。
        """
        ### HINT: start self.square_avg at np.zeros_like(params); alpha weighs the old average
        ### HINT[zh]: self.square_avg 从 np.zeros_like(params) 开始；alpha 乘的是旧的平均值
        ### BEGIN SOLUTION
        params, grads = np.asarray(params, dtype=np.float64), np.asarray(grads, dtype=np.float64)
        if self.square_avg is None:
            self.square_avg = np.zeros_like(params)
        self.square_avg = self.alpha * self.square_avg + (1 - self.alpha) * grads * grads
        return params - self.lr * grads / (np.sqrt(self.square_avg) + self.eps)
        ### END SOLUTION


class Adadelta:
    """torch.optim.Adadelta(lr, rho, eps): RMSprop whose step size comes from the past steps themselves:

        square_avg ← rho·square_avg + (1 − rho)·grads²            (square_avg, acc_delta start at zeros)
        delta      = √(acc_delta + eps) / √(square_avg + eps) · grads
        acc_delta  ← rho·acc_delta + (1 − rho)·delta²
        params     ← params − lr·delta

    torch.optim.Adadelta(lr, rho, eps)：步长来自过去各步本身的 RMSprop：

        square_avg ← rho·square_avg + (1 − rho)·grads²            （square_avg、acc_delta 从零开始）
        delta      = √(acc_delta + eps) / √(square_avg + eps) · grads
        acc_delta  ← rho·acc_delta + (1 − rho)·delta²
        params     ← params − lr·delta
    """

    def __init__(self, lr=1.0, rho=0.9, eps=1e-6):
        self.lr = lr
        self.rho = rho
        self.eps = eps
        self.square_avg = None  # (p,) the moving average of grads²
        self.acc_delta = None   # (p,) the moving average of delta²

    def step(self, params, grads):
        """One update; returns the new params (p,).

        一次更新；返回新的 params (p,)。
        """
        ### HINT: delta uses acc_delta from before this step; update acc_delta after it
        ### HINT[zh]: delta 用的是本步之前的 acc_delta；算完 delta 之后再更新 acc_delta
        ### BEGIN SOLUTION
        params, grads = np.asarray(params, dtype=np.float64), np.asarray(grads, dtype=np.float64)
        if self.square_avg is None:
            self.square_avg, self.acc_delta = np.zeros_like(params), np.zeros_like(params)
        self.square_avg = self.rho * self.square_avg + (1 - self.rho) * grads * grads
        delta = np.sqrt(self.acc_delta + self.eps) / np.sqrt(self.square_avg + self.eps) * grads
        self.acc_delta = self.rho * self.acc_delta + (1 - self.rho) * delta * delta
        return params - self.lr * delta
        ### END SOLUTION


class Adam:
    """Adam, torch.optim.Adam(lr, betas=(beta1, beta2), eps):

        t ← t + 1
        m ← beta1·m + (1 − beta1)·grads                (m, v start at zeros)
        v ← beta2·v + (1 − beta2)·grads²
        m_hat = m / (1 − beta1^t),   v_hat = v / (1 − beta2^t)
        params ← params − lr·m_hat / (√v_hat + eps)

    Adam，即 torch.optim.Adam(lr, betas=(beta1, beta2), eps)：

        t ← t + 1
        m ← beta1·m + (1 − beta1)·grads                （m、v 从零开始）
        v ← beta2·v + (1 − beta2)·grads²
        m_hat = m / (1 − beta1^t),   v_hat = v / (1 − beta2^t)
        params ← params − lr·m_hat / (√v_hat + eps)
    """

    def __init__(self, lr=0.001, betas=(0.9, 0.999), eps=1e-8):
        self.lr = lr
        self.beta1, self.beta2 = betas
        self.eps = eps
        self.m = None   # first moment (p,)
        self.v = None   # second moment (p,)
        self.t = 0      # steps taken

    def step(self, params, grads):
        """One update; returns the new params (p,).

        一次更新；返回新的 params (p,)。
        """
        ### HINT: start m and v at np.zeros_like(params); count t before the bias correction
        ### HINT[zh]: m 和 v 从 np.zeros_like(params) 开始；先给 t 计数，再做偏差修正
        ### BEGIN SOLUTION
        params, grads = np.asarray(params, dtype=np.float64), np.asarray(grads, dtype=np.float64)
        if self.m is None:
            self.m, self.v = np.zeros_like(params), np.zeros_like(params)
        self.t += 1
        self.m = self.beta1 * self.m + (1 - self.beta1) * grads
        self.v = self.beta2 * self.v + (1 - self.beta2) * grads ** 2
        m_hat = self.m / (1 - self.beta1 ** self.t)
        v_hat = self.v / (1 - self.beta2 ** self.t)
        return params - self.lr * m_hat / (np.sqrt(v_hat) + self.eps)
        ### END SOLUTION
