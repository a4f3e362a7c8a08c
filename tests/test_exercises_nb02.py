"""Notebook 02's exercises: the right answers pass, each known mistake fails with the hint that names it."""
import numpy as np
import pytest

from gdlab import scratch
from gdlab.data import load
from gdlab.exercises import verdict

X, Y = load("line")
N = len(X)
SUM_X2 = float(X @ X)
CURVATURE = 2 * SUM_X2 / N          # J'' of the mean cost, by the formula
CURVATURE_SUM = 2 * SUM_X2          # J'' of the summed cost


def assert_wrong(key, answer, *words):
    result = verdict(key, answer)
    assert result.status == "wrong", result
    for word in words:
        assert word in result.message, f"{word!r} not in the hint:\n{result.message}"


# --- 02.1 the critical lr of the summed cost ---

def test_critical_lr_sum_right():
    assert verdict("02.1", 2 / CURVATURE_SUM).status == "right"
    assert verdict("02.1", 1 / SUM_X2).status == "right"


def test_critical_lr_sum_is_where_descent_starts_to_diverge():
    """The expected value is the true boundary: just below it the error shrinks, just above it grows."""
    w_star = (X @ Y) / SUM_X2
    for factor, shrinks in ((0.99, True), (1.01, False)):
        lr, w = factor * 2 / CURVATURE_SUM, 0.0
        for _ in range(200):
            w -= lr * scratch.cost_grad(X, Y, w, reduction="sum")[0]
        assert (abs(w - w_star) < abs(0.0 - w_star)) == shrinks


@pytest.mark.parametrize("wrong, words", [
    (2 / CURVATURE, ["the mean", "n times smaller"]),
    (1 / CURVATURE_SUM, ["1/J″", "one step"]),
    (2 / SUM_X2, ["factor 2", "square"]),
    (4 / CURVATURE, ["1/(2n)"]),
    (2 / np.linalg.eigvalsh(2 * np.array([[SUM_X2, X.sum()], [X.sum(), N]]))[-1], ["w·x + b"]),
    (1e-4, ["seed's own lr"]),
    (0.5, ["2/J″"]),                         # the general hint
    (float("nan"), ["not finite"]),
    ("0.0064", ["wrong type"]),
], ids=["mean", "one-step", "no-factor-2", "half-convention", "with-b", "seed-lr", "other", "nan", "string"])
def test_critical_lr_sum_mistakes(wrong, words):
    assert_wrong("02.1", wrong, *words)


# --- 02.2 the one-step lr ---

def test_one_step_lr_right_and_lands_on_w_star():
    lr = 1 / CURVATURE
    assert verdict("02.2", lr).status == "right"
    w_star = (X @ Y) / SUM_X2
    for w0 in (-3.0, 0.0, 10.0):
        w1 = w0 - lr * scratch.cost_grad(X, Y, w0)[0]
        assert np.isclose(w1, w_star, rtol=1e-12)


@pytest.mark.parametrize("wrong, words", [
    (2 / CURVATURE, ["critical", "mirror point", "lands at w = 5.3546"]),
    (1 / CURVATURE_SUM, ["the sum"]),
    (2 / CURVATURE_SUM, ["02.1"]),
    (0.25, ["factor is 0", "lands at w"]),
    (float("nan"), ["not finite"]),
    (float("inf"), ["not finite"]),
], ids=["critical", "sum", "sum-critical", "other", "nan", "inf"])
def test_one_step_lr_mistakes(wrong, words):
    assert_wrong("02.2", wrong, *words)


# --- 02.3 the central difference ---

def test_central_difference_right():
    def central_difference(f, w, h=1e-6):
        return (f(w + h) - f(w - h)) / (2 * h)
    assert verdict("02.3", central_difference).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (lambda f, w, h=1e-6: (f(w + h) - f(w)) / h, ["forward difference"]),
    (lambda f, w, h=1e-6: (f(w) - f(w - h)) / h, ["backward difference"]),
    (lambda f, w, h=1e-6: (f(w + h) - f(w - h)) / h, ["2h apart"]),
    (lambda f, w, h=1e-6: (f(w + h) - f(w - h)) / 2 * h, ["(d / 2)·h"]),
    (lambda f, w, h=1e-6: (f(w - h) - f(w + h)) / (2 * h), ["sign"]),
    (lambda f, w, h=1e-6: (f(w + 1e-6) - f(w - 1e-6)) / 2e-6, ["use the h you are given"]),
    (lambda f, w, h=1e-6: 3 * w ** 2, ["exact slope", "use the h you are given"]),
    (lambda f, w, h=1e-6: f(w) / h, ["(f(w + h) − f(w − h)) / (2h)"]),          # the general hint
    (lambda f, w, h=1e-6: float("nan"), ["not finite"]),
    (lambda f, w: (f(w + 1e-6) - f(w - 1e-6)) / 2e-6, ["TypeError"]),   # no h parameter
], ids=["forward", "backward", "over-h", "precedence", "sign", "fixed-h", "exact", "other", "nan", "no-h"])
def test_central_difference_mistakes(wrong, words):
    assert_wrong("02.3", wrong, *words)


def test_central_difference_not_done():
    def central_difference(f, w, h=1e-6):
        raise NotImplementedError("central_difference: write it here")
    assert verdict("02.3", central_difference).status == "not done yet"


def test_a_known_mistake_gets_the_chinese_hint():
    from gdlab.i18n import using_language
    with using_language("zh"):
        result = verdict("02.2", 2 / CURVATURE)
    assert result.status == "wrong"
    assert "临界学习率" in result.message and "反复横跳" in result.message, result.message
    assert "落在 w = 5.3546" in result.message and "mirror point" not in result.message
