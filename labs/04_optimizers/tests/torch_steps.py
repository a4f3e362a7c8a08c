"""What lab 4 is graded against: torch.optim's steps in float64, and the steps of known mistakes, so
that a failing test can name the mistake a student's steps follow.

Everything here has the lab's interface, `params = opt.step(params, grads)`. check_steps runs the
student's optimizer and torch's on the same start and gradients and compares every step; when one
differs it runs each known mistake of that optimizer the same way, and if the student's steps are
one of them, the failure's hint names it, in the student's language (the catalogue's lab04_optimizers).
"""
from dataclasses import dataclass

import numpy as np
import torch

from gdlab.grading.compare import Mismatch, assert_close
from gdlab.i18n import text

RTOL, ATOL = 1e-10, 1e-12       # float64 against float64: only rounding may differ
SAME_AS_A_MISTAKE = 1e-8        # steps this close to a mistake's are that mistake


class TorchOptimizer:
    """torch.optim's `make(params, **settings)` on one float64 tensor, stepped like the lab's."""

    def __init__(self, make, **settings):
        self.make, self.settings = make, settings
        self.param = self.optimizer = None

    def step(self, params, grads):
        if self.optimizer is None:
            self.param = torch.tensor(params, dtype=torch.float64, requires_grad=True)
            self.optimizer = self.make([self.param], **self.settings)
        with torch.no_grad():
            self.param.copy_(torch.as_tensor(params, dtype=torch.float64))
        self.param.grad = torch.as_tensor(grads, dtype=torch.float64).clone()
        self.optimizer.step()
        return self.param.detach().numpy().copy()

    def state(self, name):
        """torch's state `name` (momentum_buffer, sum, square_avg, exp_avg, step ...) as NumPy."""
        return self.optimizer.state[self.param][name].detach().numpy().copy()


class Mistake:
    """A known wrong optimizer: `update(state, params, grads, **settings)` returns the new params
    and keeps what it remembers in the dict `state`."""

    def __init__(self, update, **settings):
        self.update, self.settings, self.state = update, settings, {}

    def step(self, params, grads):
        return self.update(self.state, np.asarray(params), np.asarray(grads), **self.settings)


# The known mistakes, one function each: (state, p, g, **settings) -> the new params.

def momentum_first_step_blended(state, p, g, lr, momentum):
    """The first step sets velocity = grads and then blends it in again: (1 + momentum)·grads."""
    state["velocity"] = momentum * state.get("velocity", g) + g
    return p - lr * state["velocity"]


def momentum_dampened(state, p, g, lr, momentum):
    state["velocity"] = momentum * state.get("velocity", 0.0) + (1 - momentum) * g
    return p - lr * state["velocity"]


def nesterov_as_momentum(state, p, g, lr, momentum):
    state["velocity"] = g if "velocity" not in state else momentum * state["velocity"] + g
    return p - lr * state["velocity"]


def adagrad_eps_inside(state, p, g, lr=1e-2, eps=1e-10):
    state["sum_sq"] = state.get("sum_sq", 0.0) + g * g
    return p - lr * g / np.sqrt(state["sum_sq"] + eps)


def adagrad_without_the_sum(state, p, g, lr=1e-2, eps=1e-10):
    return p - lr * g / (np.sqrt(g * g) + eps)


def rmsprop_eps_inside(state, p, g, lr=1e-2, alpha=0.99, eps=1e-8):
    state["square_avg"] = alpha * state.get("square_avg", 0.0) + (1 - alpha) * g * g
    return p - lr * g / np.sqrt(state["square_avg"] + eps)


def rmsprop_alpha_swapped(state, p, g, lr=1e-2, alpha=0.99, eps=1e-8):
    state["square_avg"] = (1 - alpha) * state.get("square_avg", 0.0) + alpha * g * g
    return p - lr * g / (np.sqrt(state["square_avg"]) + eps)


def adadelta_eps_outside(state, p, g, lr=1.0, rho=0.9, eps=1e-6):
    state["square_avg"] = rho * state.get("square_avg", 0.0) + (1 - rho) * g * g
    delta = (np.sqrt(state.get("acc_delta", 0.0)) + eps) / (np.sqrt(state["square_avg"]) + eps) * g
    state["acc_delta"] = rho * state.get("acc_delta", 0.0) + (1 - rho) * delta * delta
    return p - lr * delta


def adadelta_without_lr(state, p, g, lr=1.0, rho=0.9, eps=1e-6):
    state["square_avg"] = rho * state.get("square_avg", 0.0) + (1 - rho) * g * g
    delta = np.sqrt(state.get("acc_delta", 0.0) + eps) / np.sqrt(state["square_avg"] + eps) * g
    state["acc_delta"] = rho * state.get("acc_delta", 0.0) + (1 - rho) * delta * delta
    return p - delta


def adam(state, p, g, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, *, correct=True, eps_inside=False, swap=False):
    """Adam with one of three mistakes: no bias correction, eps inside the root, betas swapped."""
    beta1, beta2 = betas[::-1] if swap else betas
    state["t"] = t = state.get("t", 0) + 1
    state["m"] = m = beta1 * state.get("m", 0.0) + (1 - beta1) * g
    state["v"] = v = beta2 * state.get("v", 0.0) + (1 - beta2) * g * g
    if correct:
        m, v = m / (1 - betas[0] ** t), v / (1 - betas[1] ** t)
    return p - lr * m / (np.sqrt(v + eps) if eps_inside else np.sqrt(v) + eps)


def _adam_mistake(**mistake):
    return lambda state, p, g, **settings: adam(state, p, g, **settings, **mistake)


@dataclass(frozen=True)
class Known:
    """What the tests know of one optimizer of the lab; hints are catalogue keys (gdlab/i18n/*/lab04_optimizers.py),
    read in the student's language when a step fails."""
    torch: object       # its twin in torch.optim: make(params, **settings)
    hint: str           # the key of what is said when a step is wrong and no known mistake fits
    mistakes: dict      # {the key of the hint that names it: the mistake's update}


def hint(key):
    """The hint `key` of lab 4's catalogue, in the current language."""
    return text(f"lab04_optimizers.{key}")


OPTIMIZERS = {
    "Momentum": Known(
        torch.optim.SGD, "momentum.hint",
        {"momentum.first_step_blended": momentum_first_step_blended, "momentum.dampened": momentum_dampened}),
    "Nesterov": Known(
        lambda params, **settings: torch.optim.SGD(params, nesterov=True, **settings), "nesterov.hint",
        {"nesterov.as_momentum": nesterov_as_momentum}),
    "Adagrad": Known(
        torch.optim.Adagrad, "adagrad.hint",
        {"adagrad.eps_inside": adagrad_eps_inside, "adagrad.without_the_sum": adagrad_without_the_sum}),
    "RMSprop": Known(
        torch.optim.RMSprop, "rmsprop.hint",
        {"rmsprop.eps_inside": rmsprop_eps_inside, "rmsprop.alpha_swapped": rmsprop_alpha_swapped}),
    "Adadelta": Known(
        torch.optim.Adadelta, "adadelta.hint",
        {"adadelta.eps_outside": adadelta_eps_outside, "adadelta.without_lr": adadelta_without_lr}),
    "Adam": Known(
        torch.optim.Adam, "adam.bias_correction",
        {"adam.bias_correction": _adam_mistake(correct=False),
         "adam.eps_inside": _adam_mistake(eps_inside=True),
         "adam.betas_swapped": _adam_mistake(swap=True)}),
}


def run(optimizer, params, grads_of, steps):
    """The params after each step, grads_of(params, step) giving each step's gradient; stops early at
    a step that gives no finite array of the params' shape (the comparison then says what it was)."""
    trajectory, shape = [], np.shape(params)
    for step in range(steps):
        # copies in and out: an optimizer that updates params in place changes nothing here
        params = optimizer.step(np.array(params, dtype=np.float64), grads_of(params, step))
        params = params.copy() if isinstance(params, np.ndarray) else params
        trajectory.append(params)
        if not (isinstance(params, np.ndarray) and params.shape == shape and np.all(np.isfinite(params))):
            break
    return trajectory


def _close(got, want, rtol):
    try:
        assert_close(got, want, rtol=rtol, atol=ATOL)
        return True
    except Mismatch:
        return False


def named_mistake(got, mistakes, settings, params, grads_of):
    """The hint key of the first known mistake whose steps `got` follows, or None."""
    for key, update in mistakes.items():
        steps = run(Mistake(update, **settings), params, grads_of, len(got))
        if len(steps) == len(got) and all(_close(a, b, SAME_AS_A_MISTAKE) for a, b in zip(got, steps)):
            return key
    return None


def check_steps(student_class, name, settings, params, grads_of, steps, rtol=RTOL):
    """Run the lab's `student_class(**settings)` and torch's twin for `steps` steps from `params` and
    compare every step; returns (the student's optimizer, torch's) for a look at their state."""
    known, key = OPTIMIZERS[name], OPTIMIZERS[name].hint
    mine, theirs = student_class(**settings), TorchOptimizer(known.torch, **settings)
    got, want = run(mine, params, grads_of, steps), run(theirs, params, grads_of, steps)
    shown = ", ".join(f"{k}={v}" for k, v in settings.items())
    for step, (ours, torchs) in enumerate(zip(got, want), start=1):
        if not _close(ours, torchs, rtol):
            key = named_mistake(got, known.mistakes, settings, params, grads_of) or key
        what = text("lab04_optimizers.params_after_step", optimizer=name, settings=shown, step=step)
        assert_close(ours, torchs, what, rtol=rtol, atol=ATOL, hint=hint(key))
    return mine, theirs


def fixed(grads_per_step):
    """grads_of for gradients given in advance, one per step."""
    return lambda params, step: np.asarray(grads_per_step[step], dtype=np.float64)


def quadratic(a):
    """grads_of on the bowl ½·Σ a·params², whose gradient is a·params (a long valley where a differ)."""
    return lambda params, step: np.asarray(a, dtype=np.float64) * params
