"""Optimizers by hand, with exactly torch.optim's update formulas and defaults.

Each is a small object whose state is named after the math (`velocity`, `m`, `v`, `t`, ...),
readable and settable in a notebook. `params = opt.step(params, grads)` takes numbers of any
shape (grads of the shape of params) and returns float64 arrays; state is created on the first
step with the shape of `params`, which then stays. g below is the gradient after weight decay:
g = grad + weight_decay·params.
"""
import numpy as np

from gdlab.checks import (check_fraction, check_lr, check_nonnegative, check_numbers,
                          check_same_shape)
from gdlab.errors import GdlabError
from gdlab.i18n import text


class Optimizer:
    """Shared bookkeeping: the learning rate, weight decay and the step count t."""

    def __init__(self, lr, weight_decay=0.0):
        self.lr = check_lr(lr)
        self.weight_decay = check_nonnegative("weight_decay", weight_decay)
        self.t = 0
        self.shape = None   # of the params of the first step, which the state has too

    def step(self, params, grads):
        params, grads = check_numbers("params", params), check_numbers("grads", grads)
        check_same_shape("grads", grads.shape, "params", params.shape)
        if self.shape is None:
            self.shape = params.shape
        elif params.shape != self.shape:
            raise GdlabError(text("core.optimizers.shape_changed", shape=params.shape, expected=self.shape))
        self.t += 1
        g = grads + self.weight_decay * params if self.weight_decay else grads
        return self._update(params, g)


class GD(Optimizer):
    """Plain gradient descent, torch.optim.SGD: p ← p − lr·g."""

    def __init__(self, lr=1e-3, weight_decay=0.0):
        super().__init__(lr, weight_decay)

    def _update(self, params, g):
        return params - self.lr * g


class Momentum(Optimizer):
    """Heavy ball, torch.optim.SGD(momentum=μ):
    velocity ← g (first step), then μ·velocity + (1 − dampening)·g;  p ← p − lr·velocity."""

    nesterov = False

    def __init__(self, lr=1e-3, momentum=0.9, dampening=0.0, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.momentum = check_nonnegative("momentum", momentum)
        self.dampening = check_fraction("dampening", dampening)
        self.velocity = None

    def _update(self, params, g):
        if self.velocity is None:
            self.velocity = g.copy()
        else:
            self.velocity = self.momentum * self.velocity + (1 - self.dampening) * g
        direction = g + self.momentum * self.velocity if self.nesterov else self.velocity
        return params - self.lr * direction


class Nesterov(Momentum):
    """Nesterov momentum, torch.optim.SGD(momentum=μ, nesterov=True):
    velocity as in Momentum;  p ← p − lr·(g + μ·velocity)."""

    nesterov = True

    def __init__(self, lr=1e-3, momentum=0.9, weight_decay=0.0):
        super().__init__(lr, momentum, 0.0, weight_decay)


class Adagrad(Optimizer):
    """torch.optim.Adagrad: sum_sq ← sum_sq + g²;  p ← p − lr_t·g / (√sum_sq + eps),
    with lr_t = lr / (1 + (t − 1)·lr_decay)."""

    def __init__(self, lr=1e-2, lr_decay=0.0, weight_decay=0.0, initial_accumulator_value=0.0, eps=1e-10):
        super().__init__(lr, weight_decay)
        self.lr_decay = check_nonnegative("lr_decay", lr_decay)
        self.initial_accumulator_value = check_nonnegative("initial_accumulator_value",
                                                           initial_accumulator_value)
        self.eps = check_nonnegative("eps", eps)
        self.sum_sq = None

    def _update(self, params, g):
        if self.sum_sq is None:
            self.sum_sq = np.full_like(params, self.initial_accumulator_value)
        lr_t = self.lr / (1 + (self.t - 1) * self.lr_decay)
        self.sum_sq = self.sum_sq + g * g
        return params - lr_t * (g / (np.sqrt(self.sum_sq) + self.eps))


class RMSprop(Optimizer):
    """torch.optim.RMSprop: square_avg ← α·square_avg + (1 − α)·g²;
    centered: grad_avg ← α·grad_avg + (1 − α)·g and the denominator uses square_avg − grad_avg²;
    denom = √(...) + eps;  with momentum μ: buffer ← μ·buffer + g/denom, p ← p − lr·buffer;
    otherwise p ← p − lr·g/denom."""

    def __init__(self, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0, centered=False):
        super().__init__(lr, weight_decay)
        self.alpha = check_fraction("alpha", alpha)
        self.eps = check_nonnegative("eps", eps)
        self.momentum = check_nonnegative("momentum", momentum)
        self.centered = bool(centered)
        self.square_avg = self.grad_avg = self.buffer = None

    def _update(self, params, g):
        if self.square_avg is None:
            self.square_avg = np.zeros_like(params)
            self.grad_avg = np.zeros_like(params)
            self.buffer = np.zeros_like(params)
        self.square_avg = self.alpha * self.square_avg + (1 - self.alpha) * g * g
        if self.centered:
            self.grad_avg = self.grad_avg + (1 - self.alpha) * (g - self.grad_avg)
            denom = np.sqrt(self.square_avg - self.grad_avg * self.grad_avg) + self.eps
        else:
            denom = np.sqrt(self.square_avg) + self.eps
        if self.momentum > 0:
            self.buffer = self.momentum * self.buffer + g / denom
            return params - self.lr * self.buffer
        return params - self.lr * (g / denom)


class Adadelta(Optimizer):
    """torch.optim.Adadelta: square_avg ← ρ·square_avg + (1 − ρ)·g²;
    delta = √(acc_delta + eps) / √(square_avg + eps) · g;  acc_delta ← ρ·acc_delta + (1 − ρ)·delta²;
    p ← p − lr·delta."""

    def __init__(self, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.rho = check_fraction("rho", rho)
        self.eps = check_nonnegative("eps", eps)
        self.square_avg = self.acc_delta = None

    def _update(self, params, g):
        if self.square_avg is None:
            self.square_avg = np.zeros_like(params)
            self.acc_delta = np.zeros_like(params)
        self.square_avg = self.rho * self.square_avg + (1 - self.rho) * g * g
        delta = np.sqrt(self.acc_delta + self.eps) / np.sqrt(self.square_avg + self.eps) * g
        self.acc_delta = self.rho * self.acc_delta + (1 - self.rho) * delta * delta
        return params - self.lr * delta


class Adam(Optimizer):
    """torch.optim.Adam: m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;
    p ← p − lr/(1 − β1^t) · m / (√v / √(1 − β2^t) + eps);  amsgrad uses v_max = max(v_max, v) for v."""

    def __init__(self, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, amsgrad=False):
        super().__init__(lr, weight_decay)
        if not isinstance(betas, (tuple, list)) or len(betas) != 2:
            raise GdlabError(text("core.optimizers.betas", value=betas))
        self.beta1, self.beta2 = (check_fraction(name, beta, upper_open=True)
                                  for name, beta in zip(("beta1", "beta2"), betas))
        self.eps = check_nonnegative("eps", eps)
        self.amsgrad = bool(amsgrad)
        self.m = self.v = self.v_max = None

    def _update(self, params, g):
        if self.m is None:
            self.m, self.v, self.v_max = (np.zeros_like(params) for _ in range(3))
        self.m = self.m + (1 - self.beta1) * (g - self.m)  # torch's lerp, same rounding
        self.v = self.beta2 * self.v + (1 - self.beta2) * g * g
        if self.amsgrad:
            self.v_max = np.maximum(self.v_max, self.v)
        v = self.v_max if self.amsgrad else self.v
        step_size = self.lr / (1 - self.beta1 ** self.t)
        denom = np.sqrt(v) / np.sqrt(1 - self.beta2 ** self.t) + self.eps
        return params - step_size * (self.m / denom)


OPTIMIZERS = {"gd": GD, "momentum": Momentum, "nesterov": Nesterov, "adagrad": Adagrad,
              "rmsprop": RMSprop, "adadelta": Adadelta, "adam": Adam}
