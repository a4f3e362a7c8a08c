"""Exercises of notebook 02: the critical learning rate of the seed's summed cost, the learning rate
that lands on w* in one step, and a central-difference slope.

Expected values come from gdlab's reference code (LineSums.hessian / critical_lr, scratch.numeric_grad,
scratch.cost_grad); each known mistake (1/J″ for 2/J″, the mean for the sum, the factor 2 of the
square forgotten, the model with b, a forward difference ...) gets the hint that names it.
"""
import math
import numbers

import numpy as np

from gdlab import scratch
from gdlab.data import load
from gdlab.exercises.exercise import Exercise, Said, expect
from gdlab.i18n import text
from gdlab.scratch.sums import LineSums

SEED_LR = 1e-4   # the seed's torch.optim.SGD(model.parameters(), lr=1e-4)


def _sums():
    return LineSums.from_data(*load("line"))


# --- 02.1 the critical learning rate of the seed's cost, MSELoss(reduction='sum') ---

def _test_critical_lr_sum(answer):
    sums = _sums()
    curvature = sums.hessian("wx", "sum")[0, 0]          # J_sum'' = 2Σx²
    expected = sums.critical_lr("wx", "sum")             # 2 / J_sum''
    mistakes = [
        (sums.critical_lr("wx", "mean"), text("nb02.critical.mean")),
        (1 / curvature, text("nb02.critical.one_step")),
        (2 / (curvature / 2), text("nb02.critical.no_factor_2")),
        (2 * sums.critical_lr("wx", "mean"), text("nb02.critical.half_convention")),
        (sums.critical_lr("wxb", "sum"), text("nb02.critical.with_b")),
        (SEED_LR, text("nb02.critical.seed_lr")),
    ]
    expect(answer, expected, text("nb02.critical.what"), mistakes, hint=text("nb02.critical.hint"))


# --- 02.2 the learning rate that lands on w* in one step ---

def _landing(answer, sums):
    """Where one step from w0 = 0 with lr = answer lands, as a sentence (or '' if not a number)."""
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real) or not math.isfinite(answer):
        return ""
    landed = 0.0 - float(answer) * sums.grad(0.0)[0]
    return text("nb02.one_step.landing", landed=landed, w_star=sums.optimum("wx")[0])


def _test_one_step_lr(answer):
    sums = _sums()
    curvature = sums.hessian("wx")[0, 0]                 # J'' = 2Σx²/n
    expected = 1 / curvature
    landing = _landing(answer, sums)
    mistakes = [
        (2 / curvature, text("nb02.one_step.critical") + landing),
        (1 / sums.hessian("wx", "sum")[0, 0], text("nb02.one_step.sum") + landing),
        (sums.critical_lr("wx", "sum"), text("nb02.one_step.sum_critical") + landing),
    ]
    expect(answer, expected, text("nb02.one_step.what"), mistakes, hint=text("nb02.one_step.hint") + landing)


# --- 02.3 the central difference ---

def _cube(w):
    return w ** 3


def _test_central_difference(central_difference):
    for f, name, w, h in ((_cube, "w³", 1.0, 0.1), (np.sin, "sin(w)", 0.5, 0.01)):
        got = central_difference(f, w, h)
        expected = scratch.numeric_grad(lambda p: f(p[0]), [w], h=h)[0]
        what = text("nb02.central.what", w=w, h=h, name=name)
        forward = (f(w + h) - f(w)) / h
        mistakes = [
            (forward, text("nb02.central.forward")),
            ((f(w) - f(w - h)) / h, text("nb02.central.backward")),
            (2 * expected, text("nb02.central.twice")),
            (expected * h * h, text("nb02.central.precedence")),
            (-expected, text("nb02.central.sign")),
            (float(scratch.numeric_grad(lambda p: f(p[0]), [w], h=1e-6)[0]),
             text("nb02.central.fixed_h", h=h)),
        ]
        expect(got, expected, what, mistakes, hint=text("nb02.central.hint"))
    x, y = load("line")
    got = central_difference(lambda w: scratch.cost(x, y, w), 0.0)
    expect(got, scratch.cost_grad(x, y, 0.0)[0], text("nb02.central.what_cost"),
           hint=text("nb02.central.hint_cost"), rtol=1e-7, atol=1e-8)


EXERCISES = {
    "02.1": Exercise(question=Said("nb02.q1"), test=_test_critical_lr_sum),
    "02.2": Exercise(question=Said("nb02.q2"), test=_test_one_step_lr),
    "02.3": Exercise(question=Said("nb02.q3"), test=_test_central_difference),
}

__all__ = ["EXERCISES", "SEED_LR"]
