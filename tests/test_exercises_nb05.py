"""Notebook 05's exercises: the right answers pass, each known mistake fails with the hint that names it."""
import math

import numpy as np
import pytest

from gdlab.exercises import verdict

# --- 05.1 one momentum step: p = 1, velocity 0.5, g = 2, lr 0.1, μ 0.9 ---
V_RIGHT = 0.9 * 0.5 + 2.0          # 2.45
P_RIGHT = 1.0 - 0.1 * V_RIGHT      # 0.755


def assert_wrong(key, answers, *words):
    result = verdict(key, *answers)
    assert result.status == "wrong", result
    for word in words:
        assert word in result.message, f"{word!r} not in the hint:\n{result.message}"


def test_momentum_step_right():
    assert verdict("05.1", V_RIGHT, P_RIGHT).status == "right"


@pytest.mark.parametrize("answers, words", [
    ((0.9 * 0.5 + 0.1 * 2.0, P_RIGHT), ["dampening"]),
    ((0.45, P_RIGHT), ["left out the gradient"]),
    ((2.0, P_RIGHT), ["dropped the old velocity"]),
    ((0.5 + 0.9 * 2.0, P_RIGHT), ["μ multiplies the old velocity"]),
    ((V_RIGHT, 0.8), ["plain GD step"]),
    ((V_RIGHT, 1.0 - 0.1 * 0.65), ["averaged velocity"]),
    ((V_RIGHT, 0.95), ["OLD velocity"]),
    ((V_RIGHT, 1.0 - 0.1 * (2.0 + 0.9 * V_RIGHT)), ["Nesterov"]),
    ((V_RIGHT, 1.0 + 0.1 * V_RIGHT), ["against the velocity"]),
    ((V_RIGHT, 0.7), ["p ← p − lr·v"]),
    ((float("nan"), P_RIGHT), ["not finite"]),
    ((V_RIGHT, float("nan")), ["not finite"]),
], ids=["ema", "no-grad", "no-velocity", "mu-on-g", "gd", "ema-p", "old-v", "nesterov", "sign", "other",
        "nan-v", "nan-p"])
def test_momentum_step_mistakes(answers, words):
    assert_wrong("05.1", answers, *words)


# --- 05.2 Adam's first step: lr 0.01, g = 1000 ---

def adam_by_torch(g=1000.0, lr=0.01):
    import torch
    p = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.Adam([p], lr=lr)
    p.grad = torch.tensor([g], dtype=torch.float64)
    optimizer.step()
    return p.item()


def test_adam_first_step_right_and_as_torch():
    assert verdict("05.2", adam_by_torch()).status == "right"
    assert verdict("05.2", -0.01).status == "right"      # ≈ lr, whatever the gradient's scale


M, V = 0.1 * 1000.0, 0.001 * 1000.0 ** 2


@pytest.mark.parametrize("wrong, words", [
    (-0.01 * M / math.sqrt(V), ["without bias correction"]),
    (-0.01 * M / math.sqrt(V / 0.001), ["corrected v but not m"]),
    (-0.01 * (M / 0.1) / math.sqrt(V), ["corrected m but not v"]),
    (-10.0, ["plain GD step"]),
    (0.01, ["sign"]),
    (-0.02, ["m̂ = g and v̂ = g²"]),
    (float("nan"), ["not finite"]),
], ids=["no-correction", "v-only", "m-only", "gd", "sign", "other", "nan"])
def test_adam_first_step_mistakes(wrong, words):
    assert_wrong("05.2", (wrong,), *words)


# --- 05.3 κ and the rates on the house data ---

def house_numbers():
    x = np.array([1.0, 2.0])
    hessian = 2 * np.array([[np.mean(x * x), np.mean(x)], [np.mean(x), 1.0]])
    mu, big = np.linalg.eigvalsh(hessian)
    kappa = big / mu
    return kappa, (kappa - 1) / (kappa + 1), (math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1)


def test_rates_right():
    assert verdict("05.3", *house_numbers()).status == "right"


@pytest.mark.parametrize("change, words", [
    (lambda k, g, h: (math.sqrt(k), g, h), ["√κ"]),
    (lambda k, g, h: (1 / k, g, h), ["μ/L"]),
    (lambda k, g, h: (2.5, g, h), ["diagonal"]),
    (lambda k, g, h: (k, h, h), ["momentum's rate"]),
    (lambda k, g, h: (k, g, g), ["GD's rate"]),
    (lambda k, g, h: (k, g, h * h), ["optimal momentum β"]),
    (lambda k, g, h: (k, g, 0.5), ["(√κ − 1)/(√κ + 1)"]),
    (lambda k, g, h: (float("nan"), g, h), ["not finite"]),
], ids=["sqrt-kappa", "inverse", "diagonal", "gd-swapped", "hb-swapped", "beta", "other", "nan"])
def test_rates_mistakes(change, words):
    assert_wrong("05.3", change(*house_numbers()), *words)


def test_not_done_yet():
    assert verdict("05.1", ..., ...).status == "not done yet"
    assert verdict("05.2", ...).status == "not done yet"
    assert verdict("05.3", ..., ..., ...).status == "not done yet"


def test_the_hint_is_chinese_in_a_chinese_notebook():
    from gdlab.i18n import using_language
    with using_language("zh"):
        result = verdict("05.2", -0.01 * M / math.sqrt(V))       # Adam without bias correction
        assert result.status == "wrong"
        assert "偏差修正" in result.message and "Adam 第一步之后的 p" in result.message, result.message
        assert "bias correction" not in result.message
    assert "without bias correction" in verdict("05.2", -0.01 * M / math.sqrt(V)).message
