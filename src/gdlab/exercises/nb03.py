"""Exercises of notebook 03: which starts end in the global minimum of the double well, and the
number of BGD steps to a tolerance on the (w, b) cost of a line.

Expected values come from gdlab's reference code: the double-well descent of the figure
(gdlab.landscapes.descend with plain GD, double_well_minima) and gdlab.fit's own stopping rule.
"""
import math
import numbers

import numpy as np

from gdlab.data import load
from gdlab.descent import fit
from gdlab.exercises.exercise import Exercise, Said, expect
from gdlab.grading.compare import Mismatch
from gdlab.i18n import text
from gdlab.landscapes import descend, double_well_grad, double_well_minima
from gdlab.scratch.optimizers import GD
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
    end = descend(double_well_grad, GD(lr=lr), start, steps).path[-1]
    return abs(end - w_global) < abs(end - w_local)


def _wrong(detail, expected, got=None, hint=None):
    """Mismatch: the starts are wrong, with the detail, the expected (and got) lines, and a hint."""
    lines = [text("nb03.starts.wrong", detail=detail),
             text("grading.compare.expected", value=expected)]
    if got is not None:
        lines.append(text("grading.compare.got", value=got))
    if hint is not None:
        lines.append(text("grading.compare.hint", hint=hint))
    return Mismatch("\n".join(lines))


def _as_starts(answer):
    """The answer as a sorted list of floats, or Mismatch saying what shape it should have."""
    if isinstance(answer, (str, bytes)) or not hasattr(answer, "__iter__"):
        raise _wrong(text("grading.compare.wrong_type"), text("nb03.starts.a_list"), repr(answer))
    values = []
    for value in answer:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise _wrong(text("nb03.starts.not_a_number", value=repr(value)),
                         text("nb03.starts.numbers_from", starts=list(STARTS)))
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
        (local, text("nb03.starts.local")),
        ([s for s in STARTS if s < 0], text("nb03.starts.below_0")),
        ([s for s in STARTS if s <= 0], text("nb03.starts.up_to_0")),
        (list(STARTS), text("nb03.starts.all")),
    ]
    hint = next((named for wrong, named in mistakes if _same(got, wrong)), text("nb03.starts.hint"))
    extra = len(set(got) - set(expected))
    missing = len(set(expected) - set(got))
    raise _wrong(text("nb03.starts.extra_missing", extra=extra, missing=missing),
                 text("nb03.starts.count_of", count=len(expected)), got, hint)


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
            (expected + 1, text("nb03.steps.too_many")),
            (expected - 1, text("nb03.steps.too_few")),
            (_reference_steps(x, y, lr, w0, b0, tol / start_norm), text("nb03.steps.absolute")),
        ]
        expect(got, expected, text("nb03.steps.what", lr=lr, w0=w0, b0=b0, tol=tol, name=name),
               mistakes, rtol=0, atol=0, hint=text("nb03.steps.hint"))


EXERCISES = {
    "03.1": Exercise(question=Said("nb03.q1", starts=list(STARTS), lr=LR_1D, steps=STEPS_1D),
                     test=_test_global_starts),
    "03.2": Exercise(question=Said("nb03.q2"), test=_test_steps_to_tolerance),
}

__all__ = ["EXERCISES", "STARTS", "LR_1D", "STEPS_1D", "ends_in_global"]
