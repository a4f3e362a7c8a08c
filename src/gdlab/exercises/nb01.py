"""Exercises of notebook 01: the cost at one slope, the 1/(2n) cost, the least-squares slope w*.

Every expected value comes from gdlab's reference code (scratch.cost, LineSums.optimum); each
known mistake (the sum for the mean, the 1/(2n) convention, the slope of y = w·x + b ...) is
computed from the same data, so its hint names it.
"""
import numpy as np

from gdlab import scratch
from gdlab.data import load
from gdlab.exercises.exercise import Exercise, Said, expect
from gdlab.i18n import text
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
        (expected / 2, text("nb01.cost_at.half")),
        (expected * n, text("nb01.cost_at.sum")),
        (expected * n / 2, text("nb01.cost_at.half_sum")),
        (float(np.sqrt(expected)), text("nb01.cost_at.rmse")),
        (float(np.mean(np.abs(r))), text("nb01.cost_at.mae")),
        (float(np.mean(r)), text("nb01.cost_at.mean_error")),
        (float(np.mean(r)) ** 2, text("nb01.cost_at.square_of_mean")),
    ]
    expect(answer, expected, f"J({W_ASKED:g})", mistakes, hint=text("nb01.cost_at.hint", w=W_ASKED))


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
                (2 * expected, text("nb01.half_cost.twice")),
                (total / 2, text("nb01.half_cost.half_sum")),
                (total, text("nb01.half_cost.sum")),
                (total * n / 2, text("nb01.half_cost.precedence")),
                (float(np.mean(r)) / 2, text("nb01.half_cost.unsquared")),
            ]
            if name != "line":
                mistakes.append((scratch.cost(x_line, y_line, w) / 2, text("nb01.half_cost.globals")))
            expect(got, expected, text("nb01.half_cost.what", w=w, name=name), mistakes,
                   hint=text("nb01.half_cost.hint"))


# --- 01.3 the least-squares slope of y = w·x ---

def _test_best_slope(best_slope):
    x_line, y_line = load("line")
    w_line = LineSums.from_data(x_line, y_line).optimum("wx")[0]
    for name, x, y in _cases():
        sums = LineSums.from_data(x, y)
        got = _call(best_slope, x, y)
        expected = sums.optimum("wx")[0]
        mistakes = [
            (sums.optimum("wxb")[0], text("nb01.best_slope.with_b")),
            (float(np.mean(y) / np.mean(x)), text("nb01.best_slope.ratio_of_means")),
            (float(np.mean(y / x)), text("nb01.best_slope.mean_of_ratios")),
            (float(x @ y / x.sum()), text("nb01.best_slope.no_square")),
            (float(x @ x / (x @ y)), text("nb01.best_slope.inverted")),
        ]
        if name == "line":
            mistakes.append((2.0, text("nb01.best_slope.true_slope")))
        else:
            mistakes.append((w_line, text("nb01.best_slope.globals")))
        expect(got, expected, text("nb01.best_slope.what", name=name), mistakes,
               hint=text("nb01.best_slope.hint"))


EXERCISES = {
    "01.1": Exercise(question=Said("nb01.q1", w=W_ASKED), test=_test_cost_at),
    "01.2": Exercise(question=Said("nb01.q2"), test=_test_half_cost),
    "01.3": Exercise(question=Said("nb01.q3"), test=_test_best_slope),
}

__all__ = ["EXERCISES", "Said", "W_ASKED"]
