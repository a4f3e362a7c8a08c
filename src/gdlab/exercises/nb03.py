"""Exercises of notebook 03: which starts end in the global minimum of the double well, and the
number of BGD steps to a tolerance on the (w, b) cost of a line.

Expected values come from gdlab's reference code: the double-well descent of the figure
(gdlab.plots.descend_1d, landscapes.double_well_minima) and gdlab.fit's own stopping rule.
"""
import math
import numbers

import numpy as np

from gdlab.data import load
from gdlab.descent import fit
from gdlab.exercises.exercise import Exercise, expect
from gdlab.grading.compare import Mismatch
from gdlab.landscapes import double_well_minima
from gdlab.plots.local_global import descend_1d
from gdlab.scratch.sums import LineSums

# 03.1: plain GD (the exact gradient, i.e. BGD) on J(w) = w⁴ − 3w² + w from each start
STARTS = (-2.0, -0.5, 0.0, 0.16, 0.18, 0.5, 1.0, 1.9)
LR_1D, STEPS_1D = 0.02, 200
# 03.2: (data name or arrays, lr, w0, b0, tol) the check tries; all converge (lr below critical)
SMALL = (np.array([1.0, 2.0, 4.0]), np.array([3.0, 2.0, 9.0]))
STEP_CASES = (("line", 0.3, -1.0, 5.0, 1e-10), ("line", 0.1, 0.0, 0.0, 1e-6),
              ("line", 0.4, 3.0, -2.0, 1e-8), ("small", 0.05, 0.0, 0.0, 1e-8))


# --- 03.1 which starts end in the global minimum ---

def ends_in_global(start, lr=LR_1D, steps=STEPS_1D):
    """True when plain GD from `start` ends nearer the global than the local minimum."""
    w_global, w_local = double_well_minima()
    end = descend_1d(start, lr=lr, steps=steps)[-1]
    return abs(end - w_global) < abs(end - w_local)


def _as_starts(answer):
    """The answer as a sorted list of floats, or Mismatch saying what shape it should have."""
    if isinstance(answer, (str, bytes)) or not hasattr(answer, "__iter__"):
        raise Mismatch(f"the starts that end in the global minimum are wrong: wrong type\n"
                       f"  expected: a list of start values, e.g. [-2.0, 1.0]\n"
                       f"  got:      {answer!r}")
    values = []
    for value in answer:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise Mismatch(f"the starts that end in the global minimum are wrong: {value!r} is not a "
                           f"number\n  expected: a list of numbers taken from STARTS = {list(STARTS)}")
        values.append(float(value))
    return sorted(values)


def _same(got, starts):
    return len(got) == len(starts) and all(math.isclose(g, s, abs_tol=1e-12)
                                           for g, s in zip(got, sorted(starts)))


def _test_global_starts(answer):
    got = _as_starts(answer)
    expected = [s for s in STARTS if ends_in_global(s)]
    if _same(got, expected):
        return
    local = [s for s in STARTS if s not in expected]
    mistakes = [
        (local, "these are the starts that end in the *local* minimum; the question asks for the global one"),
        ([s for s in STARTS if s < 0], "the divide is not at w = 0 but at the local maximum of J, where "
                                       "dJ/dw = 4w³ − 6w + 1 = 0 and J″ < 0: every start left of it rolls "
                                       "to the global minimum"),
        ([s for s in STARTS if s <= 0], "the divide is not at w = 0 but at the local maximum of J, where "
                                        "dJ/dw = 4w³ − 6w + 1 = 0 and J″ < 0"),
        (list(STARTS), "not every start: that is the seed's claim that BGD finds the global optimum, which "
                       "holds only for convex costs; on this curve plain GD only goes downhill, so starts "
                       "right of the local maximum end in the local minimum"),
    ]
    hint = next((named for wrong, named in mistakes if _same(got, wrong)),
                "plain GD only goes downhill: a start ends in the valley it starts in, and the valleys "
                "meet at the local maximum of J (dJ/dw = 0, J″ < 0); try descend_1d(start, lr=0.02, "
                "steps=200) for any start you are unsure of")
    extra = len(set(got) - set(expected))
    missing = len(set(expected) - set(got))
    raise Mismatch("the starts that end in the global minimum are wrong: "
                   f"{extra} of yours should not be there, {missing} are missing"
                   f"\n  expected: {len(expected)} of STARTS\n  got:      {got}\n  hint: {hint}")


# --- 03.2 steps to a tolerance ---

def _data(name):
    return load("line") if name == "line" else SMALL


def _reference_steps(x, y, lr, w0, b0, tol):
    """gdlab.fit's count: the first step after which |∇J| ≤ tol·|∇J at the start|."""
    run = fit(x, y, lr=lr, w0=w0, b0=b0, tol=tol, epochs=1_000_000)
    assert run.stop_reason == "tolerance", run.stop_reason   # every case converges
    return run.steps


def _test_steps_to_tolerance(steps_to_tolerance):
    for name, lr, w0, b0, tol in STEP_CASES:
        x, y = _data(name)
        got = steps_to_tolerance(x.copy(), y.copy(), lr, w0, b0, tol)
        expected = _reference_steps(x, y, lr, w0, b0, tol)
        start_norm = math.hypot(*LineSums.from_data(x, y).grad(w0, b0))
        mistakes = [
            (expected + 1, "one step too many: stop as soon as |∇J| ≤ tol·|∇J at the start|, checking "
                           "after each update; count updates, not the points of the path"),
            (expected - 1, "one step too few: the start itself is not a step; count the updates until, "
                           "after one of them, |∇J| ≤ tol·|∇J at the start|"),
            (_reference_steps(x, y, lr, w0, b0, tol / start_norm),
             "that count uses |∇J| ≤ tol, an absolute tolerance; the tolerance is relative, "
             "tol × |∇J at the start| (as gdlab.fit's tol)"),
        ]
        expect(got, expected, f"steps_to_tolerance(x, y, lr={lr:g}, w0={w0:g}, b0={b0:g}, tol={tol:g}) "
                              f"on {name}", mistakes, rtol=0, atol=0,
               hint="a loop: w ← w − lr·∂J/∂w, b ← b − lr·∂J/∂b (both from the old w, b), a step count, "
                    "and after each step the test |∇J| = √(∂J/∂w² + ∂J/∂b²) ≤ tol·|∇J at the start|")


EXERCISES = {
    "03.1": Exercise(question=f"Which of STARTS = {list(STARTS)} end in the global minimum of "
                              f"J(w) = w⁴ − 3w² + w (plain GD, lr = {LR_1D}, {STEPS_1D} steps)?",
                     test=_test_global_starts),
    "03.2": Exercise(question="steps_to_tolerance(x, y, lr, w0, b0, tol): BGD steps on J(w, b) until "
                              "|∇J| ≤ tol·|∇J at the start|.",
                     test=_test_steps_to_tolerance),
}

__all__ = ["EXERCISES", "STARTS", "LR_1D", "STEPS_1D", "ends_in_global"]
