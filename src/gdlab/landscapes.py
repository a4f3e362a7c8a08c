"""Test landscapes for optimizers: each function beside its gradient, written by hand.

The functions use only + − × and powers, so they also run on torch tensors; the tests check
every gradient against torch.autograd. `w`, `b` may be arrays (a grid), broadcast together.
"""
from dataclasses import dataclass, field

import numpy as np


# --- a 1-D cost with a local and a global minimum: where plain GD ends depends on the start ---

def double_well(w):
    """J(w) = w⁴ − 3w² + w: global minimum near w = −1.30, local one near w = 1.13."""
    return w ** 4 - 3 * w ** 2 + w


def double_well_grad(w):
    """dJ/dw = 4w³ − 6w + 1."""
    return 4 * w ** 3 - 6 * w + 1


def double_well_minima():
    """(global w, local w): the roots of dJ/dw with J'' > 0, lowest J first."""
    roots = np.roots([4.0, 0.0, -6.0, 1.0]).real
    minima = [w for w in roots if 12 * w * w - 6 > 0]
    return tuple(sorted(minima, key=double_well))


# --- 2-D landscapes f(w, b) and their gradients (grad_w, grad_b) ---

def rosenbrock(w, b):
    """f = (1 − w)² + 100·(b − w²)²: a long curved valley, minimum 0 at (1, 1)."""
    return (1 - w) ** 2 + 100 * (b - w ** 2) ** 2


def rosenbrock_grad(w, b):
    return -2 * (1 - w) - 400 * w * (b - w ** 2), 200 * (b - w ** 2)


def beale(w, b):
    """f = (1.5 − w + wb)² + (2.25 − w + wb²)² + (2.625 − w + wb³)²: minimum 0 at (3, 0.5)."""
    return (1.5 - w + w * b) ** 2 + (2.25 - w + w * b ** 2) ** 2 + (2.625 - w + w * b ** 3) ** 2


def beale_grad(w, b):
    t1, t2, t3 = 1.5 - w + w * b, 2.25 - w + w * b ** 2, 2.625 - w + w * b ** 3
    grad_w = 2 * t1 * (b - 1) + 2 * t2 * (b ** 2 - 1) + 2 * t3 * (b ** 3 - 1)
    grad_b = 2 * t1 * w + 4 * t2 * w * b + 6 * t3 * w * b ** 2
    return grad_w, grad_b


def himmelblau(w, b):
    """f = (w² + b − 11)² + (w + b² − 7)²: four minima, all 0."""
    return (w ** 2 + b - 11) ** 2 + (w + b ** 2 - 7) ** 2


def himmelblau_grad(w, b):
    return (4 * w * (w ** 2 + b - 11) + 2 * (w + b ** 2 - 7),
            2 * (w ** 2 + b - 11) + 4 * b * (w + b ** 2 - 7))


def saddle(w, b):
    """f = w² − b² + b⁴/2: a saddle point at (0, 0), minima −1/2 at (0, ±1) (bounded below)."""
    return w ** 2 - b ** 2 + 0.5 * b ** 4


def saddle_grad(w, b):
    return 2 * w, -2 * b + 2 * b ** 3


@dataclass(frozen=True)
class Landscape:
    """A 2-D test function with its gradient, minima, a plotting range and a race setup."""
    name: str
    f: object                      # f(w, b) -> value
    grad: object                   # grad(w, b) -> (grad_w, grad_b)
    minima: tuple                  # ((w, b), ...) the minima to mark
    w_range: tuple
    b_range: tuple
    start: tuple                   # where the race starts
    steps: int                     # how many steps the race runs
    lrs: dict = field(default_factory=dict)   # optimizer name -> lr that shows it well here
    log_levels: bool = True        # contour levels log-spaced (values spanning decades)

    def __call__(self, w, b):
        return self.f(w, b)


_HIMMELBLAU_MINIMA = ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126))

LANDSCAPES = {
    "rosenbrock": Landscape("rosenbrock", rosenbrock, rosenbrock_grad, ((1.0, 1.0),),
                            (-2.0, 2.0), (-1.0, 3.0), (-1.5, 2.5), 500,
                            {"gd": 1e-3, "momentum": 1e-3, "nesterov": 1e-3, "adagrad": 0.3,
                             "rmsprop": 0.01, "adadelta": 1.0, "adam": 0.05}),
    "beale": Landscape("beale", beale, beale_grad, ((3.0, 0.5),), (-4.5, 4.5), (-4.5, 4.5),
                       (1.0, 1.5), 500,
                       {"gd": 1e-3, "momentum": 1e-3, "nesterov": 1e-3, "adagrad": 0.3,
                        "rmsprop": 0.01, "adadelta": 1.0, "adam": 0.05}),
    "himmelblau": Landscape("himmelblau", himmelblau, himmelblau_grad, _HIMMELBLAU_MINIMA,
                            (-5.0, 5.0), (-5.0, 5.0), (0.0, -0.5), 200,
                            {"gd": 5e-3, "momentum": 2e-3, "nesterov": 2e-3, "adagrad": 0.5,
                             "rmsprop": 0.05, "adadelta": 1.0, "adam": 0.1}),
    "saddle": Landscape("saddle", saddle, saddle_grad, ((0.0, 1.0), (0.0, -1.0)),
                        (-2.0, 2.0), (-1.6, 1.6), (1.8, 1e-3), 120,
                        {"gd": 0.05, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.3,
                         "rmsprop": 0.02, "adadelta": 1.0, "adam": 0.05}, log_levels=False),
}
