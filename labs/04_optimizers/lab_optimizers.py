"""Lab 4: the optimizers of the seed's last picture (SGD, Momentum, NAG, Adagrad, Adadelta, RMSprop;
and Adam) by hand, each a small object with its state named after the math.

`params = opt.step(params, grads)` takes (p,) float arrays and returns the new (p,) params. The
formulas are exactly torch.optim's (the docstrings say which), so the tests compare every step.
State starts as None and is made on the first step with the shape of params (np.zeros_like).
"""
import numpy as np


class Momentum:
    """Heavy-ball momentum, torch.optim.SGD(lr, momentum):

        velocity ← grads                          on the first step
        velocity ← momentum·velocity + grads      on every later step
        params   ← params − lr·velocity
    """

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.velocity = None  # (p,) array after the first step

    def step(self, params, grads):
        """One update; returns the new params (p,)."""
        ### HINT: the first step copies grads into self.velocity; later steps blend it with momentum
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
    """

    def step(self, params, grads):
        """One update; returns the new params (p,)."""
        ### HINT: update self.velocity as Momentum does, then step along grads + momentum·velocity
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
    """

    def __init__(self, lr=0.01, eps=1e-10):
        self.lr = lr
        self.eps = eps
        self.sum_sq = None  # (p,) the sum of every step's grads²

    def step(self, params, grads):
        """One update; returns the new params (p,)."""
        ### HINT: start self.sum_sq at np.zeros_like(params) and add grads² on every step
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
    """

    def __init__(self, lr=0.01, alpha=0.99, eps=1e-8):
        self.lr = lr
        self.alpha = alpha
        self.eps = eps
        self.square_avg = None  # (p,) the moving average of grads²

    def step(self, params, grads):
        """One update; returns the new params (p,)."""
        ### HINT: start self.square_avg at np.zeros_like(params); alpha weighs the old average
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
    """

    def __init__(self, lr=1.0, rho=0.9, eps=1e-6):
        self.lr = lr
        self.rho = rho
        self.eps = eps
        self.square_avg = None  # (p,) the moving average of grads²
        self.acc_delta = None   # (p,) the moving average of delta²

    def step(self, params, grads):
        """One update; returns the new params (p,)."""
        ### HINT: delta uses acc_delta from before this step; update acc_delta after it
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
    """

    def __init__(self, lr=0.001, betas=(0.9, 0.999), eps=1e-8):
        self.lr = lr
        self.beta1, self.beta2 = betas
        self.eps = eps
        self.m = None   # first moment (p,)
        self.v = None   # second moment (p,)
        self.t = 0      # steps taken

    def step(self, params, grads):
        """One update; returns the new params (p,)."""
        ### HINT: start m and v at np.zeros_like(params); count t before the bias correction
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
