"""Shared by lab 5's public and hidden tests: each function graded given the student's own helpers,
and the mistake named.

cost calls predict, and cost_grad and sgd_steps call cost, in the student's process (the graph
lives there), so the reference cannot be fed in. Instead `fair` grades a function against the
formula, or against what it should give with the student's own helper when that is what it gave:
a mistake in predict or cost costs points once (`yours` computes those answers). `hints` recognise
the usual wrong answers (float32, the 1/(2n) cost, gradients that accumulate ...), and
`naming_errors` turns the errors of the usual autograd mistakes into failures that name them.
"""
from functools import partial
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from gdlab import scratch
from gdlab.grading.compare import Mismatch
from gdlab.grading.mistakes import given_yours, name_the_mistake


FLOAT32 = "torch.tensor(w0, requires_grad=True) of a Python float makes a float32 tensor, good to 7 " \
          "digits only: use dtype=torch.float64"


def looks_float32(got, expected):
    """True when `got` is a float32 tensor, or holds a float32 value near (not at) `expected`."""
    if isinstance(got, torch.Tensor):
        return got.dtype == torch.float32
    if expected is None:
        return False
    try:
        got, expected = np.ravel(np.asarray(got, dtype=np.float64)), np.ravel(np.asarray(expected, np.float64))
    except Exception:
        return False
    if got.shape != expected.shape or not np.all(np.isfinite(got)):
        return False
    near = np.isclose(got, expected, rtol=1e-4) & ~np.isclose(got, expected, rtol=1e-12, atol=0)
    return bool(np.any(near & (got.astype(np.float32).astype(np.float64) == got)))


def cost_of_your_predict(lab, x, y, w, b):
    """J of the student's own predictions, a float."""
    return ((lab.predict(x, w, b) - y) ** 2).mean().item()


def gradient_of_your_cost(lab, x, y, w, b):
    """(dJ/dw, dJ/db) of the student's own cost at (w, b), by backward() where that cost runs."""
    w = lab.torch.tensor(float(w), dtype=torch.float64, requires_grad=True)  # lab.torch: the student's
    b = lab.torch.tensor(float(b), dtype=torch.float64, requires_grad=True)
    lab.cost(x, y, w, b).backward()
    return np.array([w.grad.item(), b.grad.item()])


def descent_on_your_cost(lab, x, y, lr, steps, w0, b0):
    """(w, b) after `steps` plain gradient steps on the student's own cost."""
    params = np.array([w0, b0], dtype=np.float64)
    for _ in range(steps):
        params = params - lr * gradient_of_your_cost(lab, x, y, *params)
    return params


def predict_hint(got, x, w, b):
    if looks_float32(got, None):
        return f"the result is float32: {FLOAT32}"
    x = np.asarray(x, dtype=np.float64)
    return name_the_mistake(got, [(w * x, "you left out b: y_hat = w·x + b"),
                                  (b * x + w, "w and b are swapped: w multiplies x, b is added")],
                            "a tensor in, a tensor out: w * x + b")


def cost_hint(got, x, y, w, b):
    if isinstance(got, float):
        return "cost returned a Python number: return the 0-d tensor itself, in the graph (no .item())"
    r = w * np.asarray(x, dtype=np.float64) + b - np.asarray(y, dtype=np.float64)
    j, n = float(np.mean(r ** 2)), r.size
    if looks_float32(got, j):
        return f"the cost is float32: {FLOAT32}"
    return name_the_mistake(got, [
        (j / 2, "that is half of J: the 1/(2n) convention; in this lab J = (1/n)·Σr², without the 1/2"),
        (j * n, "that is the sum of the squared residuals: J is their mean, .mean() not .sum()"),
        (np.sqrt(j), "that is the square root of J (the RMSE): J has no square root")],
        "a 0-d tensor: the mean of the squared residuals, ((predict(x, w, b) - y) ** 2).mean()")


def returned_tensors(got):
    """True when `got` is a tuple or list that holds tensors (w.grad instead of w.grad.item())."""
    return isinstance(got, (tuple, list)) and any(isinstance(g, torch.Tensor) for g in got)


def cost_grad_hint(got, expected, n):
    if returned_tensors(got):
        return "return two Python floats: w.grad.item(), b.grad.item()"
    if looks_float32(got, expected):
        return f"the gradient is float32, so w or b was: {FLOAT32}"
    expected = np.asarray(expected, dtype=np.float64)
    return name_the_mistake(got, [
        (-expected, "the sign is flipped: read w.grad as it is, J's gradient points uphill"),
        (expected / 2, "that is half the gradient: a cost with 1/(2n) instead of the mean"),
        (expected * n, "that is the gradient of the sum: the cost is the mean"),
        (expected[::-1], "grad_w and grad_b are swapped: return (grad_w, grad_b), in this order")],
        "requires_grad=True on w and b, then cost(...).backward(), then w.grad, b.grad")


def sgd_hint(got, expected, x, y, lr, steps, w0, b0):
    if returned_tensors(got):
        return "return two Python floats: w.item(), b.item()"
    if looks_float32(got, expected):
        return f"w and b are float32: {FLOAT32}"
    params, total = np.array([w0, b0], dtype=np.float64), np.zeros(2)
    for _ in range(steps):  # what comes out when the gradients add up, step after step
        total = total + np.array(scratch.cost_grad(x, y, *params))
        params = params - lr * total
    return name_the_mistake(got, [
        (params, "the gradients accumulate: .backward() adds to w.grad, so call optimizer.zero_grad() "
                 "before every backward")],
        "each step: optimizer.zero_grad(), cost(x, y, w, b).backward(), optimizer.step()")


# (words in torch's error, the mistake) for the errors that the usual autograd mistakes raise
COST_GRAD_ERRORS = [
    ("'NoneType'", "w.grad is None: make w and b with requires_grad=True, then call cost(...).backward() "
                   "before reading w.grad"),
    ("does not require grad", "the cost is not in a graph: make w and b with requires_grad=True"),
    ("has no attribute 'backward'", "your cost returned a number: it must return a tensor in the graph")]
SGD_ERRORS = [
    ("leaf Variable that requires grad is being used in an in-place operation",
     "w -= lr * w.grad changes a leaf in place while autograd records: do it under torch.no_grad() "
     "(or use optimizer.step())"),
    ("'NoneType'", "w.grad is None: after w = w - lr * w.grad, w is a new tensor, not a leaf, and backward() "
                   "does not fill its .grad; update the leaf in place under torch.no_grad() (with "
                   "torch.no_grad(): w -= lr * w.grad), or use optimizer.step()"),
    *COST_GRAD_ERRORS[1:]]


def call_naming_errors(errors, function, *args, **kwargs):
    """function(*args, **kwargs); an error listed in `errors` becomes a failure that names the mistake."""
    try:
        return function(*args, **kwargs)
    except Exception as error:
        for words, mistake in errors:
            if words in str(error):
                raise Mismatch(f"{type(error).__name__}: {str(error).splitlines()[0]}\n  hint: {mistake}") \
                    from None
        raise


@pytest.fixture(scope="session")
def fair():
    """fair(got, expected, yours): the value `got` is graded against (see given_yours)."""
    return given_yours


@pytest.fixture(scope="session")
def yours():
    """What the student's own helpers give: yours.cost(lab, x, y, w, b) (from their predict),
    yours.gradient(lab, x, y, w, b) and yours.descent(lab, x, y, lr, steps, w0, b0) (from their cost)."""
    return SimpleNamespace(cost=cost_of_your_predict, gradient=gradient_of_your_cost,
                           descent=descent_on_your_cost)


@pytest.fixture(scope="session")
def hints():
    """The words that name a mistake: hints.predict, .cost, .cost_grad, .sgd (see above)."""
    return SimpleNamespace(predict=predict_hint, cost=cost_hint, cost_grad=cost_grad_hint, sgd=sgd_hint)


@pytest.fixture(scope="session")
def naming_errors():
    """naming_errors.sgd_steps(lab.sgd_steps, ...) calls it; a usual autograd error names the mistake."""
    return SimpleNamespace(cost_grad=partial(call_naming_errors, COST_GRAD_ERRORS),
                           sgd_steps=partial(call_naming_errors, SGD_ERRORS))
