"""Naming a student's mistake by its value, and grading a function given the student's own helpers.

Used by the labs' conftest.py files (trusted side: they run in the grader, never in the student's
process). A hint that names the mistake is found by recomputing the usual wrong answers
(half the cost, the sum for the mean, a flipped sign ...) and seeing which one the student's equals.
"""
import numpy as np


def same(got, value, rtol=1e-9):
    """True when `got` is finite, has value's shape and equals it to rtol; never for NaN."""
    try:
        got = np.asarray(got, dtype=np.float64)
    except Exception:  # not numbers at all (None, a string, a handle): no known mistake
        return False
    value = np.asarray(value, dtype=np.float64)
    return got.shape == value.shape and bool(np.all(np.isfinite(got))) \
        and bool(np.allclose(got, value, rtol=rtol, atol=1e-12))


def name_the_mistake(got, known, otherwise):
    """The words of the first (value, words) in `known` whose value `got` equals, else `otherwise`."""
    return next((words for value, words in known if same(got, value)), otherwise)


def given_yours(got, expected, yours):
    """What `got` is graded against: `expected`, or `yours()` (the right answer given the student's
    own helper) when `got` equals that instead, so a helper's mistake is not charged twice."""
    if same(got, expected):
        return expected
    try:
        mine = yours()
    except Exception:  # the helper is missing or fails: grade against the formula
        return expected
    return mine if same(got, mine) else expected
