"""Notebook 06's exercises: the right answers pass, each known mistake fails with the hint that names it."""
import numpy as np
import pytest
import torch

from gdlab.data import load
from gdlab.exercises import verdict

X, Y = load("line")
N = len(X)


def hessian(model="wxb"):
    """The Hessian of the SUMMED squared error, written out: 2·[[Σx², Σx], [Σx, n]]."""
    if model == "wx":
        return np.array([[2 * np.sum(X * X)]])
    return 2 * np.array([[np.sum(X * X), np.sum(X)], [np.sum(X), N]])


def critical(model="wxb"):
    return 2 / np.linalg.eigvalsh(hessian(model))[-1]


def assert_wrong(key, answer, *words):
    result = verdict(key, answer)
    assert result.status == "wrong", result
    for word in words:
        assert word in result.message, f"{word!r} not in the hint:\n{result.message}"


# --- 06.1 the critical lr with reduction='sum' ---

def test_critical_lr_sum_right():
    assert verdict("06.1", critical()).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (critical() * N, ["for reduction='mean'", "n times smaller"]),
    (critical() * N * N, ["SMALLER"]),
    (critical() / 2, ["1/λ_max"]),
    (critical("wx"), ["without b"]),
    (1e-4, ["2 / λ_max"]),
    (float("nan"), ["not finite"]),
], ids=["mean", "times-n", "no-2", "wx", "seed-lr", "nan"])
def test_critical_lr_sum_mistakes(wrong, words):
    assert_wrong("06.1", wrong, *words)


# --- 06.2 w.grad after two backward calls ---

def grad_w_once():
    r = 1.5 * X + 0.0 - Y
    return float(2 * np.mean(r * X))


def test_accumulated_grad_right():
    assert verdict("06.2", 2 * grad_w_once()).status == "right"


@pytest.mark.parametrize("wrong, words", [
    (grad_w_once(), ["ONE backward", "adds to it"]),
    (0.0, ["zero_grad()"]),
    (-2 * grad_w_once(), ["sign"]),
    (3 * grad_w_once(), ["each .backward() adds"]),
    (float("nan"), ["not finite"]),
], ids=["once", "zero", "sign", "three", "nan"])
def test_accumulated_grad_mistakes(wrong, words):
    assert_wrong("06.2", wrong, *words)


# --- 06.3 torch_grad(x, y, w, b) ---

def torch_grad(x, y, w, b, reduction="mean", scale=1.0, as_tensors=False):
    w = torch.tensor(float(w), dtype=torch.float64, requires_grad=True)
    b = torch.tensor(float(b), dtype=torch.float64, requires_grad=True)
    cost = torch.nn.functional.mse_loss(w * torch.as_tensor(x) + b, torch.as_tensor(y), reduction=reduction)
    (scale * cost).backward()
    return (w.grad, b.grad) if as_tensors else (w.grad.item(), b.grad.item())


def test_torch_grad_right():
    assert verdict("06.3", torch_grad).status == "right"
    assert verdict("06.3", lambda *a: torch_grad(*a, as_tensors=True)).status == "right"   # 0-d tensors too


def uses_notebook_data(x, y, w, b):
    return torch_grad(X, Y, w, b)


@pytest.mark.parametrize("wrong, words", [
    (lambda *a: torch_grad(*a, reduction="sum"), ["SUM", "reduction='sum'"]),
    (lambda *a: torch_grad(*a, scale=0.5), ["half the gradient"]),
    (lambda *a: torch_grad(*a, scale=-1.0), ["sign is flipped"]),
    (lambda *a: torch_grad(*a)[0], ["two numbers"]),
    (lambda *a: ("1.0", "2.0"), ["should be a number", ".item()"]),
    (lambda *a: (torch.ones(3), torch.ones(3)), ["shape (3,)"]),
    (uses_notebook_data, ["x = [1, 2, 4]"]),
    (lambda *a: (float("nan"), float("nan")), ["not finite"]),
], ids=["sum", "half", "sign", "one-number", "strings", "vector", "global-data", "nan"])
def test_torch_grad_mistakes(wrong, words):
    assert_wrong("06.3", wrong, *words)


def test_a_failing_function_is_wrong_and_a_stub_is_not_done():
    def broken(x, y, w, b):
        return w.grad.item()            # w is a float here: AttributeError
    assert verdict("06.3", broken).status == "wrong"

    def stub(x, y, w, b):
        raise NotImplementedError("torch_grad: write it here")
    assert verdict("06.3", stub).status == "not done yet"
    assert verdict("06.1", ...).status == "not done yet"


def test_the_hint_is_chinese_in_a_chinese_notebook():
    from gdlab.i18n import using_language
    with using_language("zh"):
        result = verdict("06.2", grad_w_once())                 # one backward's gradient, not two
        assert result.status == "wrong"
        assert "只调用一次 backward" in result.message and "两次 .backward() 之后的 w.grad" in result.message, \
            result.message
        assert "ONE backward" not in result.message
        assert "直线数据在 (w, b) = (1.5, 0) 处的 grad_w" in verdict("06.3", lambda *a: (float("nan"), 0.0)).message
    assert "ONE backward" in verdict("06.2", grad_w_once()).message
