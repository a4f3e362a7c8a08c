"""Notebook 07's exercises: the right answers pass, each known mistake fails with the hint that names it."""
import math

import pytest
import torch
import torch.nn.functional as F

from gdlab.exercises import verdict


def assert_wrong(key, answers, *words):
    result = verdict(key, *answers)
    assert result.status == "wrong", result
    for word in words:
        assert word in result.message, f"{word!r} not in the hint:\n{result.message}"


# --- 07.1 batches per epoch and the last batch's size ---

def right_batches(n, batch_size):
    batches = math.ceil(n / batch_size)
    return batches, n - batch_size * (batches - 1)


def test_batches_right():
    assert verdict("07.1", right_batches).status == "right"


@pytest.mark.parametrize("function, words", [
    (lambda n, b: (n // b, n % b), ["rounds down"]),
    (lambda n, b: (math.ceil(n / b), n % b), ["n % batch_size is 0", "full one"]),
    (lambda n, b: (n / b, n - b * (math.ceil(n / b) - 1)), ["not a whole number"]),
    (lambda n, b: (n // b + 1, n % b), ["no extra batch"]),
    (lambda n, b: (math.ceil(n / b), b), ["only what is left"]),
    (lambda n, b: (math.ceil(n / b), 0), ["never empty"]),
    (lambda n, b: math.ceil(n / b), ["two numbers"]),
    (lambda n, b: (float("nan"), 4), ["not finite"]),
    (lambda n, b: (math.ceil(n / b), float("nan")), ["not finite"]),
    (lambda n, b: 1 / 0, ["ZeroDivisionError"]),
], ids=["floor", "mod-last", "float", "plus-one", "full-last", "zero-last", "one-number", "nan", "nan-last",
        "raises"])
def test_batches_mistakes(function, words):
    assert_wrong("07.1", (function,), *words)


def test_batches_matches_a_real_dataloader():
    from gdlab.exercises.nb07 import CASES, loader_batches
    for n, batch_size in CASES:
        assert loader_batches(n, batch_size) == right_batches(n, batch_size)


# --- 07.2 the shapes of a batch ---

def test_shapes_right_as_tuples_lists_or_sizes():
    assert verdict("07.2", (64, 3, 32, 32), (64,)).status == "right"
    assert verdict("07.2", [64, 3, 32, 32], [64]).status == "right"
    assert verdict("07.2", torch.Size([64, 3, 32, 32]), torch.Size([64])).status == "right"


@pytest.mark.parametrize("answers, words", [
    (((3, 32, 32), (64,)), ["one image"]),
    (((64, 32, 32, 3), (64,)), ["channels first"]),
    (((64, 3, 8, 8), (64,)), ["Resize"]),
    (((64, 1, 8, 8), (64,)), ["RGB"]),
    (((64, 1, 32, 32), (64,)), ["RGB"]),
    (((64, 3, 32, 32), (64, 1)), ["1-d"]),
    (((64, 3, 32, 32), (64, 10)), ["one-hot"]),
    (((64, 3, 32, 32), ()), ["one label"]),
    (((32, 3, 32, 32), (64,)), ["(batch_size, channels, height, width)"]),
    (((64.0, 3, 32, 32), (64,)), ["tuple of whole numbers"]),
    (((float("nan"), 3, 32, 32), (64,)), ["tuple of whole numbers"]),
    ((64 * 3 * 32 * 32, (64,)), ["tuple of whole numbers"]),
], ids=["no-batch", "channels-last", "no-resize", "grey-8", "grey-32", "column", "one-hot", "scalar",
        "other", "float", "nan", "number"])
def test_shapes_mistakes(answers, words):
    assert_wrong("07.2", answers, *words)


def test_shapes_expected_is_what_the_transform_gives():
    from gdlab.exercises.nb07 import sample_shape
    assert sample_shape() == (3, 32, 32)


# --- 07.3 one_hot ---

def test_one_hot_right():
    assert verdict("07.3", lambda label: F.one_hot(torch.tensor(label), 10).float()).status == "right"
    assert verdict("07.3", lambda label: torch.eye(10)[label]).status == "right"
    assert verdict("07.3", lambda label: F.one_hot(torch.tensor(label), 10)).status == "right"  # by value


@pytest.mark.parametrize("function, words", [
    (lambda label: torch.eye(10)[label].numpy(), ["torch tensor"]),
    (lambda label: torch.eye(10)[label].unsqueeze(0), ["(10,)"]),
    (lambda label: torch.eye(10)[label - 1], ["too early"]),       # labels taken as 1..10
    (lambda label: torch.eye(10)[(label + 1) % 10], ["too late"]),
    (lambda label: torch.ones(10), ["all ones"]),
    (lambda label: 1 - torch.eye(10)[label], ["upside down"]),
    (lambda label: torch.full((10,), float("nan")), ["not finite"]),
    (lambda label: torch.tensor(label), ["(10,)"]),
    (lambda label: 2 * torch.eye(10)[label], ["10 zeros with a 1"]),
], ids=["numpy", "row", "early", "late", "ones", "flipped", "nan", "index", "other"])
def test_one_hot_mistakes(function, words):
    assert_wrong("07.3", (function,), *words)


def test_not_done_yet():
    assert verdict("07.1", ...).status == "not done yet"
    assert verdict("07.2", ..., ...).status == "not done yet"

    def stub(label):
        raise NotImplementedError("one_hot: write it here")
    assert verdict("07.3", stub).status == "not done yet"


def test_the_hint_is_chinese_in_a_chinese_notebook():
    from gdlab.i18n import using_language
    with using_language("zh"):
        result = verdict("07.1", lambda n, b: (n // b, n % b))          # rounds down
        assert result.status == "wrong"
        assert "向下取整" in result.message and "的批次数" in result.message, result.message
        assert "rounds down" not in result.message
        shapes = verdict("07.2", (64, 32, 32, 3), (64,)).message        # channels last
        assert "通道放在前面" in shapes and "批次中图像的形状" in shapes and "由 4 个数组成的形状" in shapes, shapes
    assert "rounds down" in verdict("07.1", lambda n, b: (n // b, n % b)).message
