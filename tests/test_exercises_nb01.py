"""Notebook 01's exercises: the right answers pass, each known mistake fails with the hint that names it."""
import numpy as np
import pytest

from gdlab.data import load
from gdlab.exercises import verdict

X, Y = load("line")


def cost_at(w):
    return float(((w * X - Y) ** 2).mean())


def assert_wrong(key, answer, *words):
    result = verdict(key, answer)
    assert result.status == "wrong", result
    for word in words:
        assert word in result.message, f"{word!r} not in the hint:\n{result.message}"


# --- 01.1 the cost at w = 3 ---

def test_cost_at_3_right():
    assert verdict("01.1", cost_at(3.0)).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (cost_at(3.0) / 2, ["exactly half", "1/(2n)"]),
    (cost_at(3.0) * len(X), ["sum", "not the mean"]),
    (cost_at(3.0) * len(X) / 2, ["sum instead of the mean"]),
    (np.sqrt(cost_at(3.0)), ["root"]),
    (float(np.mean(np.abs(3.0 * X - Y))), ["absolute"]),
    (float(np.mean(3.0 * X - Y)), ["cancel"]),
    (cost_at(1.5), ["(1/n)·Σ (3·xᵢ − yᵢ)²"]),          # another w: the general hint
    (3.0 * X - Y, ["wrong type", "one number"]),        # the losses, not their mean
    (float("nan"), ["not finite"]),
], ids=["half", "sum", "half-sum", "rmse", "mae", "mean-error", "other-w", "array", "nan"])
def test_cost_at_3_mistakes(wrong, words):
    assert_wrong("01.1", wrong, *words)


# --- 01.2 the 1/(2n) cost ---

def half_cost(x, y, w):
    r = w * x - y
    return float(r @ r) / (2 * len(x))


def test_half_cost_right():
    assert verdict("01.2", half_cost).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (lambda x, y, w: ((w * x - y) ** 2).mean(), ["twice", "exactly half"]),
    (lambda x, y, w: ((w * x - y) ** 2).sum() / 2, ["sum instead of the mean"]),
    (lambda x, y, w: ((w * x - y) ** 2).sum() / 2 * len(x), ["(s / 2)·n"]),
    (lambda x, y, w: (w * x - y).mean() / 2, ["not squared"]),
    (lambda x, y, w: half_cost(X, Y, w), ["globals"]),          # ignores its x, y
    (lambda x, y, w: float("nan"), ["not finite"]),
    (lambda x, y, w: 1 / 0, ["ZeroDivisionError"]),
], ids=["mean", "half-sum", "precedence", "unsquared", "globals", "nan", "raises"])
def test_half_cost_mistakes(wrong, words):
    assert_wrong("01.2", wrong, *words)


def test_half_cost_not_done():
    def half_cost_stub(x, y, w):
        raise NotImplementedError("half_cost: write it here")
    assert verdict("01.2", half_cost_stub).status == "not done yet"
    assert verdict("01.2", ...).status == "not done yet"


# --- 01.3 the least-squares slope ---

def test_best_slope_right():
    assert verdict("01.3", lambda x, y: (x @ y) / (x @ x)).status == "right"
    assert verdict("01.3", lambda x, y: np.linalg.lstsq(x[:, None], y, rcond=None)[0][0]).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (lambda x, y: np.polyfit(x, y, 1)[0], ["y = w·x + b", "no b"]),
    (lambda x, y: y.mean() / x.mean(), ["ȳ/x̄"]),
    (lambda x, y: (y / x).mean(), ["own slope"]),
    (lambda x, y: (x @ y) / x.sum(), ["Σx²"]),
    (lambda x, y: (x @ x) / (x @ y), ["upside down"]),
    (lambda x, y: 2.0, ["made with", "b = 1"]),
    (lambda x, y: (X @ Y) / (X @ X), ["globals"]),
    (lambda x, y: float("nan"), ["not finite"]),
], ids=["with-b", "ratio-of-means", "mean-of-ratios", "no-square", "inverted", "true-slope", "globals", "nan"])
def test_best_slope_mistakes(wrong, words):
    assert_wrong("01.3", wrong, *words)


def test_a_known_mistake_gets_the_chinese_hint():
    from gdlab.exercises.nb01 import EXERCISES
    from gdlab.i18n import using_language
    with using_language("zh"):
        result = verdict("01.1", cost_at(3.0) / 2)
        question = str(EXERCISES["01.1"].question)
    assert result.status == "wrong"
    assert "1/(2n) 的约定" in result.message and "均方误差" in result.message, result.message
    assert "exactly half" not in result.message
    assert question.startswith("`line` 数据在 w = 3 处的代价")
    assert str(EXERCISES["01.1"].question).startswith("The cost J(w)")   # back in English outside
