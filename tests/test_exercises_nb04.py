"""Notebook 04's exercises: the right answers pass, each known mistake fails with the hint that names it."""
import math

import pytest

from gdlab.exercises import verdict


def assert_wrong(key, answer, *words):
    result = verdict(key, answer)
    assert result.status == "wrong", result
    for word in words:
        assert word in result.message, f"{word!r} not in the hint:\n{result.message}"


# --- 04.1 steps per epoch, n = 100, batch 32 ---

@pytest.mark.parametrize("right", [4, 4.0], ids=["int", "float"])
def test_steps_per_epoch_right(right):
    assert verdict("04.1", right).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (3, ["drop_last", "round n / batch_size up"]),
    (100 / 32, ["whole number"]),
    (100, ["SGD's count"]),
    (1, ["BGD's count"]),
    (5, ["one step per batch"]),
    ("4", ["wrong type"]),
    (float("nan"), ["not finite"]),
], ids=["floor", "fraction", "sgd", "bgd", "other", "string", "nan"])
def test_steps_per_epoch_mistakes(wrong, words):
    assert_wrong("04.1", wrong, *words)


# --- 04.2 std of a batch-mean gradient, k = 16 ---

def test_std_ratio_right():
    assert verdict("04.2", 0.25).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (1 / 16, ["variance", "square root"]),
    (1.0, ["σ²/k"]),
    (4.0, ["SUM"]),
    (16.0, ["does not grow"]),
    (math.sqrt(84 / (16 * 99)), ["without replacement", "independent"]),
    (0.5, ["square root"]),
    (float("nan"), ["not finite"]),
], ids=["variance", "no-change", "sum", "k", "finite-population", "other", "nan"])
def test_std_ratio_mistakes(wrong, words):
    assert_wrong("04.2", wrong, *words)


# --- 04.3 the lr for batch 20 that keeps lr × steps per epoch ---

def test_scaled_lr_right():
    assert verdict("04.3", 0.2).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (0.05, ["not call for a smaller lr"]),
    (0.1, ["half as far"]),
    (0.1 * math.sqrt(2), ["square-root rule"]),
    (0.4, ["0.1 × 10"]),
    (float("nan"), ["not finite"]),
], ids=["halved", "same", "sqrt", "other", "nan"])
def test_scaled_lr_mistakes(wrong, words):
    assert_wrong("04.3", wrong, *words)


def test_not_done_yet():
    for key in ("04.1", "04.2", "04.3"):
        assert verdict(key, ...).status == "not done yet"


def test_a_known_mistake_gets_the_chinese_hint():
    from gdlab.i18n import using_language
    with using_language("zh"):
        result = verdict("04.1", 3)
    assert result.status == "wrong"
    assert "drop_last=True" in result.message and "向上取整" in result.message, result.message
    assert "一轮（epoch）的步数" in result.message and "you dropped" not in result.message
