"""Shared by lab 5's public and hidden tests: each function graded given the student's own helpers,
and the mistake named.

cost calls predict, and cost_grad and sgd_steps call cost, in the student's process (the graph
lives there), so the reference cannot be fed in. Instead `fair` grades a function against the
formula, or against what it should give with the student's own helper when that is what it gave:
a mistake in predict or cost costs points once (`yours` computes those answers). `hints` recognise
the usual wrong answers (float32, the 1/(2n) cost, gradients that accumulate ...), and
`naming_errors` turns the errors of the usual autograd mistakes into failures that name them.
Every hint comes from the catalogue (gdlab/i18n/*/lab05_autograd.py), in the student's language.
"""
from functools import partial
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from gdlab import scratch
from gdlab.grading.compare import Mismatch
from gdlab.grading.mistakes import given_yours, name_the_mistake
from gdlab.i18n import text


def hint(key, **values):
    """The hint `key` of lab 5's catalogue (gdlab/i18n/*/lab05_autograd.py), in the current language."""
    return text(f"lab05_autograd.{key}", **values)


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
        return hint("float32.predict")
    x = np.asarray(x, dtype=np.float64)
    return name_the_mistake(got, [(w * x, hint("predict.without_b")), (b * x + w, hint("predict.swapped"))],
                            hint("predict.hint"))


def cost_hint(got, x, y, w, b):
    if isinstance(got, float):
        return hint("cost.python_number")
    r = w * np.asarray(x, dtype=np.float64) + b - np.asarray(y, dtype=np.float64)
    j, n = float(np.mean(r ** 2)), r.size
    if looks_float32(got, j):
        return hint("float32.cost")
    return name_the_mistake(got, [(j / 2, hint("cost.half")), (j * n, hint("cost.sum")),
                                  (np.sqrt(j), hint("cost.root"))], hint("cost.hint"))


def returned_tensors(got):
    """True when `got` is a tuple or list that holds tensors (w.grad instead of w.grad.item())."""
    return isinstance(got, (tuple, list)) and any(isinstance(g, torch.Tensor) for g in got)


def cost_grad_hint(got, expected, n):
    if returned_tensors(got):
        return hint("cost_grad.tensors")
    if looks_float32(got, expected):
        return hint("float32.cost_grad")
    expected = np.asarray(expected, dtype=np.float64)
    return name_the_mistake(got, [
        (-expected, hint("cost_grad.sign")),
        (expected / 2, hint("cost_grad.half")),
        (expected * n, hint("cost_grad.sum")),
        (expected[::-1], hint("cost_grad.swapped"))],
        hint("cost_grad.hint"))


def sgd_hint(got, expected, x, y, lr, steps, w0, b0):
    if returned_tensors(got):
        return hint("sgd.tensors")
    if looks_float32(got, expected):
        return hint("float32.sgd")
    params, total = np.array([w0, b0], dtype=np.float64), np.zeros(2)
    for _ in range(steps):  # what comes out when the gradients add up, step after step
        total = total + np.array(scratch.cost_grad(x, y, *params))
        params = params - lr * total
    return name_the_mistake(got, [(params, hint("sgd.accumulate"))], hint("sgd.hint"))


# (words in torch's error, the catalogue key of the mistake) for the errors the usual autograd mistakes raise
COST_GRAD_ERRORS = [
    ("'NoneType'", "error.grad_none"),
    ("does not require grad", "error.no_graph"),
    ("has no attribute 'backward'", "error.cost_number")]
SGD_ERRORS = [
    ("leaf Variable that requires grad is being used in an in-place operation", "error.in_place_leaf"),
    ("'NoneType'", "error.not_a_leaf"),
    *COST_GRAD_ERRORS[1:]]


def call_naming_errors(errors, function, *args, **kwargs):
    """function(*args, **kwargs); an error listed in `errors` becomes a failure that names the mistake."""
    try:
        return function(*args, **kwargs)
    except Exception as error:
        for words, key in errors:
            if words in str(error):
                raise Mismatch(f"{type(error).__name__}: {str(error).splitlines()[0]}\n"
                               + hint("hint_line", hint=hint(key))) \
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
