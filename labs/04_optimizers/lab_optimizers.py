"""Lab 4: two optimizers by hand, with their state named after the math.

Each is a small object: `params = opt.step(params, grads)` takes (p,) float arrays and returns
the new (p,) params. The formulas are exactly torch.optim's, so the tests compare step by step.
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
