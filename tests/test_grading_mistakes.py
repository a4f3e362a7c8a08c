"""gdlab.grading.mistakes: a hint names the mistake only when the value really is that mistake."""
import math

import numpy as np

from gdlab.grading.mistakes import given_yours, name_the_mistake, same

KNOWN = [(0.5, "half: the 1/(2n) convention"), (100.0, "the sum, not the mean")]


def test_same_needs_shape_value_and_finiteness():
    assert same(np.array([1.0, 2.0]), [1.0, 2.0 + 1e-12])
    assert not same(np.array([1.0, 2.0]), [1.0, 2.1])
    assert not same(np.array([[1.0, 2.0]]), [1.0, 2.0])          # another shape
    assert not same(math.nan, math.nan) and not same(math.inf, math.inf)
    assert not same("1.0", 1.0 + 1e-3) and not same(None, 0.0)


def test_name_the_mistake_picks_the_matching_words_or_the_general_hint():
    assert name_the_mistake(0.5, KNOWN, "general") == "half: the 1/(2n) convention"
    assert name_the_mistake(100.0, KNOWN, "general") == "the sum, not the mean"
    assert name_the_mistake(0.7, KNOWN, "general") == "general"
    assert name_the_mistake(math.nan, KNOWN, "general") == "general"


def test_given_yours_forgives_only_an_answer_right_for_the_students_helper():
    assert given_yours(3.0, 3.0, lambda: 9.0) == 3.0
    assert given_yours(9.0, 3.0, lambda: 9.0) == 9.0     # right given their own (wrong) helper
    assert given_yours(7.0, 3.0, lambda: 9.0) == 3.0     # wrong either way: graded on the formula
    assert given_yours(9.0, 3.0, lambda: 1 / 0) == 3.0   # their helper fails: the formula
