"""Notebook 08's exercises: the right answers pass, each known mistake fails with the hint that names it."""
import math

import pytest
import torch
import torch.nn as nn

from gdlab.exercises import verdict


def assert_wrong(key, answers, *words):
    result = verdict(key, *answers)
    assert result.status == "wrong", result
    for word in words:
        assert word in result.message, f"{word!r} not in the hint:\n{result.message}"


# --- 08.1 out_size ---

def right_out_size(size, kernel, stride=1, padding=0):
    return (size + 2 * padding - kernel) // stride + 1


def test_out_size_right_and_as_torch():
    from gdlab.exercises.nb08 import CASES, torch_out_size
    assert verdict("08.1", right_out_size).status == "right"
    for size, kernel, stride, padding in CASES:     # the formula is what torch's layers do
        assert right_out_size(size, kernel, stride, padding) == torch_out_size(size, kernel, stride, padding)
        pool = nn.MaxPool2d(kernel, stride, padding)(torch.zeros(1, 1, size, size))
        assert pool.shape[-1] == right_out_size(size, kernel, stride, padding)


@pytest.mark.parametrize("function, words", [
    (lambda s, k, st, p: (s + 2 * p - k) // st, ["one too small"]),
    (lambda s, k, st, p: (s + 2 * p - k) / st + 1, ["whole number"]),
    (lambda s, k, st, p: math.ceil((s + 2 * p - k) / st) + 1, ["round down, not up"]),
    (lambda s, k, st, p: (s + p - k) // st + 1, ["both sides"]),
    (lambda s, k, st, p: (s - k) // st + 1, ["left out the padding"]),
    (lambda s, k, st, p: s // st, ["kernel's size counts"]),
    (lambda s, k, st, p: s + 2 * p - k + 1, ["stride divides"]),
    (lambda s, k, st, p: float("nan"), ["not finite"]),
    (lambda s, k, st=1, p=0: s + k, ["(size + 2·padding − kernel) // stride + 1"]),
], ids=["no-plus-one", "true-division", "ceil", "one-side-padding", "no-padding", "no-kernel", "no-stride",
        "nan", "other"])
def test_out_size_mistakes(function, words):
    assert_wrong("08.1", (function,), *words)


# --- 08.2 the flattened size for 64x64 images ---

def test_flat_size_right():
    assert verdict("08.2", 16 * 13 * 13).status == "right"      # 64 → 60 → 30 → 26 → 13


@pytest.mark.parametrize("wrong, words", [
    (16 * 5 * 5, ["32x32"]),
    (16 * 5 * 5 * 4, ["do not scale"]),
    (16 * 16 * 16, ["only halved twice"]),
    (16 * 56 * 56, ["left out the poolings"]),
    (6 * 30 * 30, ["first block"]),
    (16 * 26 * 26, ["second pooling"]),
    (16 * 12 * 12, ["not 5"]),
    (13 * 13, ["16 channels"]),
    (1000, ["follow one side"]),
    (float("nan"), ["not finite"]),
], ids=["32x32", "area", "pools-only", "convs-only", "block1", "no-pool2", "kernel-5", "no-channels", "other",
        "nan"])
def test_flat_size_mistakes(wrong, words):
    assert_wrong("08.2", (wrong,), *words)


# --- 08.3 parameters of conv2 and fc1 ---

def test_parameters_right():
    assert verdict("08.3", 16 * 6 * 5 * 5 + 16, 400 * 120 + 120).status == "right"


@pytest.mark.parametrize("answers, words", [
    ((2400, 48120), ["biases: one per output channel"]),
    ((16 * 25 + 16, 48120), ["all 6 input channels"]),
    ((2400 + 96, 48120), ["not one per"]),
    ((6 * 16 * 5 + 16, 48120), ["5 · 5 weights"]),
    ((2416, 48000), ["biases: one per output"]),
    ((2416, 48400), ["OUTPUT"]),
    ((2416, 520), ["every input to every output"]),
    ((2416, 2416), ["conv2's count"]),
    ((2417, 48120), ["plus one bias per output channel"]),
    ((2416, float("nan")), ["not finite"]),
], ids=["conv-no-bias", "conv-no-in", "conv-bias-pairs", "conv-k", "fc-no-bias", "fc-bias-in", "fc-sum",
        "fc-conv", "conv-other", "nan"])
def test_parameters_mistakes(answers, words):
    assert_wrong("08.3", answers, *words)


def test_parameters_are_torchs_count():
    from gdlab.exercises.nb08 import layer_parameters
    assert layer_parameters() == (2416, 48120)


# --- 08.4 the lr for reduction='mean' ---

def test_mean_lr_right_and_takes_the_same_step():
    from gdlab.exercises.nb08 import mean_lr
    assert verdict("08.4", 1e-4 * 32 * 10).status == "right"
    torch.manual_seed(0)
    x, y = torch.randn(32, 5), torch.randn(32, 10)
    steps = []
    for reduction, lr in (("sum", 1e-4), ("mean", mean_lr())):
        torch.manual_seed(1)
        layer = nn.Linear(5, 10).double()
        optimizer = torch.optim.SGD(layer.parameters(), lr=lr)
        nn.MSELoss(reduction=reduction)(layer(x.double()), y.double()).backward()
        optimizer.step()
        steps.append(layer.weight.detach().clone())
    assert torch.allclose(steps[0], steps[1], rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("wrong, words", [
    (1e-4 * 32, ["every element"]),
    (1e-4 / 320, ["LARGER"]),
    (1e-4 / 32, ["the other way round"]),
    (1e-4, ["constant factor"]),
    (0.01, ["'mean' = 'sum' / (number of elements)"]),
    (float("nan"), ["not finite"]),
], ids=["batch-only", "inverted", "inverted-batch", "same", "other", "nan"])
def test_mean_lr_mistakes(wrong, words):
    assert_wrong("08.4", (wrong,), *words)


def test_not_done_yet():
    assert verdict("08.2", ...).status == "not done yet"
    assert verdict("08.3", ..., ...).status == "not done yet"

    def stub(size, kernel, stride=1, padding=0):
        raise NotImplementedError("out_size: write it here")
    assert verdict("08.1", stub).status == "not done yet"


def test_the_hint_is_chinese_in_a_chinese_notebook():
    from gdlab.i18n import using_language
    with using_language("zh"):
        result = verdict("08.1", lambda s, k, st, p: (s - k) // st + 1)      # no padding
        assert result.status == "wrong"
        assert "你漏掉了填充" in result.message, result.message
        assert "left out the padding" not in result.message
        biases = verdict("08.3", 2400, 48120).message                       # conv2 without its biases
        assert "你漏掉了偏置" in biases and "conv2 = nn.Conv2d(6, 16, 5) 的参数个数" in biases, biases
    assert "left out the padding" in verdict("08.1", lambda s, k, st, p: (s - k) // st + 1).message
