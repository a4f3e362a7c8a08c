"""Test landscapes for optimizers, each function beside its gradient, written by hand; and the
one loop that descends them (`descend`), which the race, its lr sweep and the double-well figure use.

The functions use only + − × and powers, so they also run on torch tensors; the tests check
every gradient against torch.autograd. `w`, `b` may be arrays (a grid), broadcast together.
"""
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from gdlab.checks import check_choice, check_finite, check_positive_int
from gdlab.twins import OPTIMIZER_NAMES, make_optimizer, to_numpy


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
    formula: str                   # f as mathtext, for titles: the same in every language
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
_VALLEY_LRS = {"gd": 1e-3, "momentum": 1e-3, "nesterov": 1e-3, "adagrad": 0.3, "rmsprop": 0.01,
               "adadelta": 1.0, "adam": 0.05}

LANDSCAPES = {
    "rosenbrock": Landscape("rosenbrock", rosenbrock, rosenbrock_grad,
                            formula=r"$f = (1 - w)^2 + 100\,(b - w^2)^2$", minima=((1.0, 1.0),),
                            w_range=(-2.0, 2.0), b_range=(-1.0, 3.0), start=(-1.5, 2.5), steps=500,
                            lrs=dict(_VALLEY_LRS)),
    "beale": Landscape("beale", beale, beale_grad,
                       formula=r"$f = (1.5 - w + wb)^2 + (2.25 - w + wb^2)^2 + (2.625 - w + wb^3)^2$",
                       minima=((3.0, 0.5),), w_range=(-4.5, 4.5), b_range=(-4.5, 4.5), start=(1.0, 1.5),
                       steps=500, lrs=dict(_VALLEY_LRS)),
    "himmelblau": Landscape("himmelblau", himmelblau, himmelblau_grad,
                            formula=r"$f = (w^2 + b - 11)^2 + (w + b^2 - 7)^2$", minima=_HIMMELBLAU_MINIMA,
                            w_range=(-5.0, 5.0), b_range=(-5.0, 5.0), start=(0.0, -0.5), steps=200,
                            lrs={"gd": 5e-3, "momentum": 2e-3, "nesterov": 2e-3, "adagrad": 0.5,
                                 "rmsprop": 0.05, "adadelta": 1.0, "adam": 0.1}),
    "saddle": Landscape("saddle", saddle, saddle_grad, formula=r"$f = w^2 - b^2 + b^4/2$",
                        minima=((0.0, 1.0), (0.0, -1.0)), w_range=(-2.0, 2.0), b_range=(-1.6, 1.6),
                        start=(1.8, 1e-3), steps=120,
                        lrs={"gd": 0.05, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.3,
                             "rmsprop": 0.02, "adadelta": 1.0, "adam": 0.05}, log_levels=False),
}


def landscape_named(name):
    """The Landscape called `name` (rosenbrock, beale, himmelblau, saddle)."""
    return LANDSCAPES[check_choice("landscape", name, tuple(LANDSCAPES))]


# --- the loop: any optimizer of the twins down any of these gradients ---

ESCAPE_BOUND = 1e6   # a point with a coordinate this large (or a non-finite one) has diverged


class Descent(NamedTuple):
    """What `descend` recorded. `path`: the start and the point after each step, (steps + 1,) from a
    number, (steps + 1, d) from d coordinates; `diverged`: whether its last point is non-finite or
    past ESCAPE_BOUND, where the steps stopped."""
    path: np.ndarray
    diverged: bool

    @property
    def steps(self):
        """The steps taken: fewer than asked only when the descent diverged."""
        return len(self.path) - 1


def has_diverged(point, bound=ESCAPE_BOUND):
    """True when a coordinate of `point` is not finite or is at least `bound` in size."""
    point = np.asarray(point, dtype=np.float64)
    return not (np.isfinite(point).all() and (np.abs(point) < bound).all())


def descend(grad, optimizer, start, steps, *, bound=ESCAPE_BOUND):
    """`steps` steps of `optimizer` (either twin's: params = optimizer.step(params, grads)) down
    `grad` from `start`, recording every point; stops at the first point that has_diverged.

    `grad(*point)` takes the point's coordinates, grad(w) or grad(w, b), and returns one number
    per coordinate, as the landscapes' *_grad functions do. Returns a Descent (path, diverged)."""
    point = _start_point(start)
    steps = check_positive_int("steps", steps)
    params, path = point, [point]
    with np.errstate(over="ignore", invalid="ignore"):   # a diverging run overflows: has_diverged says so
        for _ in range(steps):
            grads = np.reshape(grad(*np.atleast_1d(point)), point.shape)   # one number per coordinate
            params = optimizer.step(params, grads)
            point = to_numpy(params)
            path.append(point)
            if has_diverged(point, bound):
                return Descent(np.array(path), True)
    return Descent(np.array(path), False)


def _start_point(start):
    """`start` (a number or a sequence of them) as a float64 array, each coordinate checked finite."""
    coordinates = np.ravel(np.asarray(start, dtype=object))
    if coordinates.size == 0:
        check_finite("start", start)   # raises: no coordinate at all
    values = [check_finite("start", value) for value in coordinates]
    return np.array(values, dtype=np.float64).reshape(np.shape(start))


# --- the optimizer race: every optimizer from one start, and the lr that serves each best ---

def race(landscape, optimizers=None, *, start=None, steps=None, lrs=None, backend="scratch"):
    """{optimizer name: its Descent} from one start, each optimizer of the `backend` twin at its lr;
    start, steps and lrs default to the landscape's (an lr it does not list: 0.01)."""
    landscape = landscape_named(landscape) if isinstance(landscape, str) else landscape
    names = OPTIMIZER_NAMES if optimizers is None else [check_choice("optimizer", name, OPTIMIZER_NAMES)
                                                         for name in optimizers]
    start = landscape.start if start is None else start
    steps = landscape.steps if steps is None else steps
    lrs = {**landscape.lrs, **(lrs or {})}
    return {name: descend(landscape.grad, make_optimizer(backend, name, lrs.get(name, 0.01)), start, steps)
            for name in names}


# the learning rates a sweep tries: 1e-4 … 100, four per decade
LR_GRID = tuple(10.0 ** (k / 4) for k in range(-16, 9))


def lr_sweep(landscape, optimizer, lrs=LR_GRID, *, start=None, steps=None):
    """{lr: f at the end of the race} for one optimizer, one race per lr; inf where it diverged."""
    landscape = landscape_named(landscape) if isinstance(landscape, str) else landscape
    finals = {}
    for lr in lrs:
        run = race(landscape, [optimizer], start=start, steps=steps, lrs={optimizer: lr})[optimizer]
        finals[lr] = float("inf") if run.diverged else float(landscape.f(*run.path[-1]))
    return finals


def best_lrs(landscape, optimizers=None, lrs=LR_GRID, *, start=None, steps=None):
    """{optimizer: the lr of `lrs` whose race ends lowest} (criterion: f after the race's steps)."""
    names = OPTIMIZER_NAMES if optimizers is None else optimizers
    best = {}
    for name in names:
        finals = lr_sweep(landscape, name, lrs, start=start, steps=steps)
        best[name] = min(finals, key=finals.get)
    return best
