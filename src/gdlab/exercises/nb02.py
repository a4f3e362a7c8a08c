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
from gdlab.exercises.exercise import Exercise, expect
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
        (sums.critical_lr("wx", "mean"), "that is the critical lr of the mean (1/n)·Σ r². The seed's "
                                         "cost is the sum, n times larger, and so are its slope and "
                                         "J″: its critical learning rate is n times smaller"),
        (1 / curvature, "that is 1/J″: the learning rate that lands on w* in one step (the factor "
                        "1 − lr·J″ is 0). Divergence starts where the factor reaches −1, at lr = 2/J″"),
        (2 / (curvature / 2), "that is twice the answer: J″ of Σ (w·xᵢ − yᵢ)² is 2·Σx²; the factor 2 "
                              "that differentiating the square brings down is missing"),
        (2 * sums.critical_lr("wx", "mean"), "that is the critical lr of the 1/(2n) convention "
                                             "(Andrew Ng's cost); the seed sums the squares"),
        (sums.critical_lr("wxb", "sum"), "that is the critical lr of y = w·x + b (2/λ_max of its 2×2 "
                                         "Hessian); this exercise is about y = w·x, one parameter"),
        (SEED_LR, "that is the seed's own lr = 1e-4: safely below the critical one on this data, "
                  "but not the critical one"),
    ]
    expect(answer, expected, "the critical learning rate of Σ (w·xᵢ − yᵢ)² on `line`", mistakes,
           hint="the critical lr is 2/J″, with J″ the second derivative of the summed cost Σ (w·xᵢ − yᵢ)²")


# --- 02.2 the learning rate that lands on w* in one step ---

def _landing(answer, sums):
    """Where one step from w0 = 0 with lr = answer lands, as a sentence (or '' if not a number)."""
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real) or not math.isfinite(answer):
        return ""
    landed = 0.0 - float(answer) * sums.grad(0.0)[0]
    return (f" One step from w = 0 with your lr lands at w = {landed:.6g}; "
            f"w* = {sums.optimum('wx')[0]:.6g}.")


def _test_one_step_lr(answer):
    sums = _sums()
    curvature = sums.hessian("wx")[0, 0]                 # J'' = 2Σx²/n
    expected = 1 / curvature
    landing = _landing(answer, sums)
    mistakes = [
        (2 / curvature, "that is 2/J″, the critical learning rate: the factor 1 − lr·J″ is −1, so the "
                        "step jumps to the mirror point 2w* − w and back, forever (反复横跳). If you "
                        "took J″ = Σx²/n, the factor 2 from differentiating the square is missing."
                        + landing),
        (1 / sums.hessian("wx", "sum")[0, 0], "that is 1/J″ of the sum Σ r²; this notebook's cost is the "
                                              "mean (1/n)·Σ r²" + landing),
        (sums.critical_lr("wx", "sum"), "that is 2/J″ of the sum Σ r² (the critical lr of 02.1); here "
                                        "the cost is the mean and the factor 1 − lr·J″ must be 0"
                                        + landing),
    ]
    expect(answer, expected, "the learning rate that lands on w* in one step", mistakes,
           hint="each step multiplies w − w* by 1 − lr·J″; choose lr so that this factor is 0." + landing)


# --- 02.3 the central difference ---

def _cube(w):
    return w ** 3


def _test_central_difference(central_difference):
    for f, name, w, h in ((_cube, "w³", 1.0, 0.1), (np.sin, "sin(w)", 0.5, 0.01)):
        got = central_difference(f, w, h)
        expected = scratch.numeric_grad(lambda p: f(p[0]), [w], h=h)[0]
        what = f"central_difference(f, {w:g}, h={h:g}) for f(w) = {name}"
        forward = (f(w + h) - f(w)) / h
        mistakes = [
            (forward, "that is the forward difference (f(w + h) − f(w))/h; the central one looks both "
                      "ways: (f(w + h) − f(w − h))/(2h)"),
            ((f(w) - f(w - h)) / h, "that is the backward difference (f(w) − f(w − h))/h; use "
                                    "(f(w + h) − f(w − h))/(2h)"),
            (2 * expected, "that is twice the answer: the two points are 2h apart, divide by 2h"),
            (expected * h * h, "Python reads `d / 2 * h` as (d / 2)·h: write d / (2 * h)"),
            (-expected, "the sign is flipped: f(w + h) comes first"),
            (float(scratch.numeric_grad(lambda p: f(p[0]), [w], h=1e-6)[0]),
             f"that is the exact slope (or a central difference with a tiny h), but this check passes "
             f"h = {h:g} and wants (f(w + h) − f(w − h))/(2h) with it: use the h you are given"),
        ]
        expect(got, expected, what, mistakes, hint="(f(w + h) − f(w − h)) / (2h), one number")
    x, y = load("line")
    got = central_difference(lambda w: scratch.cost(x, y, w), 0.0)
    expect(got, scratch.cost_grad(x, y, 0.0)[0], "central_difference(J, 0.0) with the default h",
           hint="with the default h = 1e-6 the central difference of J at 0 should match "
                "dJ/dw = (2/n)·Σ (w·xᵢ − yᵢ)·xᵢ to about 1e-8", rtol=1e-7, atol=1e-8)


EXERCISES = {
    "02.1": Exercise(question="The critical learning rate of the seed's cost Σ (w·xᵢ − yᵢ)² "
                              "(MSELoss(reduction='sum')) on `line`, y = w·x.",
                     test=_test_critical_lr_sum),
    "02.2": Exercise(question="The learning rate that lands on w* in one step from any start "
                              "(cost: the mean, y = w·x, `line`).",
                     test=_test_one_step_lr),
    "02.3": Exercise(question="central_difference(f, w, h=1e-6): the slope of f at w, "
                              "(f(w + h) − f(w − h)) / 2h.",
                     test=_test_central_difference),
}

__all__ = ["EXERCISES", "SEED_LR"]
