"""Notebook 03's exercises: the right answers pass, each known mistake fails with the hint that names it."""
import math

import numpy as np
import pytest

from gdlab import scratch
from gdlab.descent import fit
from gdlab.exercises import verdict
from gdlab.exercises.nb03 import STARTS, STEP_CASES, ends_in_global

W_MAX = float(np.sort(np.roots([4.0, 0.0, -6.0, 1.0]).real)[1])   # the local maximum of the double well
GLOBAL = [s for s in STARTS if s < W_MAX]


def assert_wrong(key, answer, *words):
    result = verdict(key, answer)
    assert result.status == "wrong", result
    for word in words:
        assert word in result.message, f"{word!r} not in the hint:\n{result.message}"


# --- 03.1 which starts end in the global minimum ---

def test_the_divide_is_the_local_maximum():
    """The reference descent agrees with the reasoning: left of the local maximum means global."""
    assert [s for s in STARTS if ends_in_global(s)] == GLOBAL
    assert any(s < W_MAX for s in STARTS) and any(s > W_MAX for s in STARTS)
    assert 0 < W_MAX < 0.18 and 0.16 in GLOBAL   # a divide guessed at w = 0 is caught


@pytest.mark.parametrize("answer", [GLOBAL, tuple(reversed(GLOBAL)), np.array(GLOBAL),
                                    [int(s) if s == int(s) else s for s in GLOBAL]],
                         ids=["list", "reversed-tuple", "array", "ints"])
def test_global_starts_right(answer):
    assert verdict("03.1", answer).status == "right"


@pytest.mark.parametrize("wrong, words", [
    ([s for s in STARTS if s > W_MAX], ["*local* minimum"]),
    ([s for s in STARTS if s < 0], ["not at w = 0", "local maximum"]),
    ([s for s in STARTS if s <= 0], ["not at w = 0"]),
    (list(STARTS), ["seed's claim", "convex"]),
    ([-2.0, 0.5], ["valleys meet", "1 of yours should not be there"]),
    ([float("nan")], ["valleys meet"]),
    (float("nan"), ["wrong type", "a list"]),
    ("-2.0, -0.5", ["wrong type"]),
    ([-2.0, "0"], ["is not a number"]),
], ids=["local", "below-0", "up-to-0", "all", "other", "nan-in-list", "nan", "string", "string-item"])
def test_global_starts_mistakes(wrong, words):
    assert_wrong("03.1", wrong, *words)


# --- 03.2 steps to a tolerance ---

def steps_to_tolerance(x, y, lr, w0, b0, tol):
    w, b = w0, b0
    grad_w, grad_b = scratch.cost_grad(x, y, w, b)
    start_norm = math.hypot(grad_w, grad_b)
    steps = 0
    while math.hypot(grad_w, grad_b) > tol * start_norm:
        w, b = w - lr * grad_w, b - lr * grad_b
        grad_w, grad_b = scratch.cost_grad(x, y, w, b)
        steps += 1
    return steps


def test_steps_to_tolerance_right():
    assert verdict("03.2", steps_to_tolerance).status == "right"


def test_every_case_is_clear_of_the_boundary():
    """At each case's count the gradient ratio is clearly past tol and one step earlier clearly not,
    so rounding in a student's gradient cannot move the count."""
    from gdlab.exercises.nb03 import _data
    from gdlab.scratch.sums import LineSums
    for name, lr, w0, b0, tol in STEP_CASES:
        x, y = _data(name)
        sums = LineSums.from_data(x, y)
        run = fit(x, y, lr=lr, w0=w0, b0=b0, tol=tol, epochs=1_000_000)
        start = math.hypot(*sums.grad(w0, b0))
        ratio = [math.hypot(*sums.grad(run.w[k], run.b[k])) / (tol * start) for k in (-2, -1)]
        assert ratio[0] > 1.005 and ratio[1] < 0.995, (name, ratio)


def _off_by(k):
    return lambda *args: steps_to_tolerance(*args) + k


def _absolute(x, y, lr, w0, b0, tol):
    w, b, steps = w0, b0, 0
    grad_w, grad_b = scratch.cost_grad(x, y, w, b)
    while math.hypot(grad_w, grad_b) > tol:
        w, b = w - lr * grad_w, b - lr * grad_b
        grad_w, grad_b = scratch.cost_grad(x, y, w, b)
        steps += 1
    return steps


def _sequential(x, y, lr, w0, b0, tol):
    """b updated with the new w's gradient: a different path, a different count."""
    w, b, steps = w0, b0, 0
    start = math.hypot(*scratch.cost_grad(x, y, w, b))
    while math.hypot(*scratch.cost_grad(x, y, w, b)) > tol * start:
        w = w - lr * scratch.cost_grad(x, y, w, b)[0]
        b = b - lr * scratch.cost_grad(x, y, w, b)[1]
        steps += 1
    return steps


@pytest.mark.parametrize("wrong, words", [
    (_off_by(1), ["one step too many"]),
    (_off_by(-1), ["one step too few"]),
    (_absolute, ["absolute tolerance", "relative"]),
    (_sequential, ["both from the old w, b"]),
    (lambda *args: float("nan"), ["not finite"]),
    (lambda *args: 241, ["on line is wrong"]),          # the count printed in the notebook, hard-coded
], ids=["plus-one", "minus-one", "absolute", "sequential", "nan", "hard-coded"])
def test_steps_to_tolerance_mistakes(wrong, words):
    assert_wrong("03.2", wrong, *words)


def test_a_known_mistake_gets_the_chinese_hint():
    from gdlab.i18n import using_language
    with using_language("zh"):
        result = verdict("03.1", [s for s in STARTS if s > W_MAX])
        steps = verdict("03.2", _off_by(1))
    assert result.status == "wrong" and steps.status == "wrong"
    assert "「落入全局最小值的起点」不对" in result.message, result.message
    assert "*局部*最小值" in result.message and "提示：" in result.message, result.message
    assert "多了一步" in steps.message and "one step too many" not in steps.message, steps.message
