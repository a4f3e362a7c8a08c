"""Exercises of notebook 01: the cost at one slope, the 1/(2n) cost, the least-squares slope w*.

Every expected value comes from gdlab's reference code (scratch.cost, LineSums.optimum); each
known mistake (the sum for the mean, the 1/(2n) convention, the slope of y = w·x + b ...) is
computed from the same data, so its hint names it.
"""
import numpy as np

from gdlab import scratch
from gdlab.data import load
from gdlab.exercises.exercise import Exercise, expect
from gdlab.scratch.sums import LineSums

W_ASKED = 3.0   # 01.1 asks for J at this slope
# small data sets beside `line`, so that a function must use its arguments (not the notebook's x, y)
SMALL = (np.array([1.0, 2.0, 4.0]), np.array([3.0, 2.0, 9.0]))
TILTED = (np.array([-1.0, 0.5, 2.0, 3.0]), np.array([-2.0, 1.0, 3.0, 7.0]))


def _cases():
    """[(name, x, y)]: the notebook's data and two small sets."""
    return [("line", *load("line")), ("x=[1, 2, 4], y=[3, 2, 9]", *SMALL),
            ("x=[-1, 0.5, 2, 3], y=[-2, 1, 3, 7]", *TILTED)]


def _call(function, *args):
    """function(*args) on copies, so that a function that changes its input changes nothing here."""
    return function(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])


# --- 01.1 the cost at w = 3 ---

def _test_cost_at(answer):
    x, y = load("line")
    r = W_ASKED * x - y
    n = len(x)
    expected = scratch.cost(x, y, W_ASKED)
    mistakes = [
        (expected / 2, "that is exactly half of J: the 1/(2n) convention (Andrew Ng's course). "
                       "This notebook's cost, the seed's 均方误差, is the plain mean (1/n)·Σ rᵢ²"),
        (expected * n, "that is n times J: the sum Σ rᵢ² (what MSELoss(reduction='sum') gives), "
                       "not the mean; divide by n"),
        (expected * n / 2, "that is (1/2)·Σ rᵢ²: the sum instead of the mean, and halved; J = (1/n)·Σ rᵢ²"),
        (float(np.sqrt(expected)), "that is √J (the root mean squared error); J itself has no root"),
        (float(np.mean(np.abs(r))), "that is the mean absolute error; square each error instead"),
        (float(np.mean(r)), "that is the mean error, not squared: positive and negative errors "
                            "cancel; square each error first, then take the mean"),
        (float(np.mean(r)) ** 2, "that is the square of the mean error; square each error first, "
                                 "then take the mean"),
    ]
    expect(answer, expected, f"J({W_ASKED:g})", mistakes,
           hint=f"one number: J({W_ASKED:g}) = (1/n)·Σ ({W_ASKED:g}·xᵢ − yᵢ)² over the `line` data")


# --- 01.2 the 1/(2n) cost as a function ---

def _test_half_cost(half_cost):
    x_line, y_line = load("line")
    for name, x, y in _cases():
        n = len(x)
        for w in ((0.0, 1.5, W_ASKED) if name == "line" else (2.0,)):
            got = _call(half_cost, x, y, w)
            expected = scratch.cost(x, y, w) / 2
            total = scratch.cost(x, y, w, reduction="sum")
            r = w * x - y
            mistakes = [
                (2 * expected, "that is twice the answer: (1/n)·Σ rᵢ², the mean. The 1/(2n) "
                               "convention is exactly half of it"),
                (total / 2, "that is (1/2)·Σ rᵢ²: the sum instead of the mean; divide by 2n"),
                (total, "that is Σ rᵢ², the sum; the 1/(2n) cost divides it by 2n"),
                (total * n / 2, "that is n² times the answer: Python reads `s / 2 * n` as "
                                "(s / 2)·n; write s / (2 * n)"),
                (float(np.mean(r)) / 2, "that is the mean error halved, not squared: square each "
                                        "residual first"),
            ]
            if name != "line":
                mistakes.append((scratch.cost(x_line, y_line, w) / 2,
                                 "that is the cost of the notebook's `line` data: use the x and y "
                                 "passed to the function, not the notebook's globals"))
            expect(got, expected, f"half_cost(x, y, {w:g}) on {name}", mistakes,
                   hint="J(w) = 1/(2n)·Σ (w·xᵢ − yᵢ)², one number, from the arguments x, y, w")


# --- 01.3 the least-squares slope of y = w·x ---

def _test_best_slope(best_slope):
    x_line, y_line = load("line")
    w_line = LineSums.from_data(x_line, y_line).optimum("wx")[0]
    for name, x, y in _cases():
        sums = LineSums.from_data(x, y)
        got = _call(best_slope, x, y)
        expected = sums.optimum("wx")[0]
        mistakes = [
            (sums.optimum("wxb")[0], "that is the slope of the best line y = w·x + b (centred "
                                     "sums Σ(x−x̄)(y−ȳ)/Σ(x−x̄)²); this model has no b: set "
                                     "dJ/dw = (2/n)·Σ (w·xᵢ − yᵢ)·xᵢ to 0"),
            (float(np.mean(y) / np.mean(x)), "that is ȳ/x̄ (Σy/Σx), the line through the origin "
                                             "and the centre of the data, not the least-squares one"),
            (float(np.mean(y / x)), "that is the mean of yᵢ/xᵢ: each point's own slope, averaged; "
                                    "least squares weighs them by xᵢ²"),
            (float(x @ y / x.sum()), "that is Σxy/Σx: the denominator is Σx² (the vertex of "
                                     "a·w² + b·w + c is at −b/2a)"),
            (float(x @ x / (x @ y)), "that is Σx²/Σxy, upside down"),
        ]
        if name == "line":
            mistakes.append((2.0, "2 is the slope the data were made with (y = 2x + 1 + noise); the "
                                  "best line through the origin must tilt steeper to reach points "
                                  "lifted by b = 1"))
        else:
            mistakes.append((w_line, "that is w* of the notebook's `line` data: use the x and y "
                                     "passed to the function, not the notebook's globals"))
        expect(got, expected, f"best_slope(x, y) on {name}", mistakes,
               hint="the w where dJ/dw = 0; expanding J(w) = (Σx²/n)·w² − 2(Σxy/n)·w + Σy²/n "
                    "gives the vertex of the parabola")


EXERCISES = {
    "01.1": Exercise(question=f"The cost J(w) of the `line` data at w = {W_ASKED:g} (one number).",
                     test=_test_cost_at),
    "01.2": Exercise(question="half_cost(x, y, w): the cost in the 1/(2n) convention, 1/(2n)·Σ (w·xᵢ − yᵢ)².",
                     test=_test_half_cost),
    "01.3": Exercise(question="best_slope(x, y): the least-squares slope w* of y = w·x (no b).",
                     test=_test_best_slope),
}

__all__ = ["EXERCISES", "W_ASKED"]
