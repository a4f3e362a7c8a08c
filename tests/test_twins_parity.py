"""The twins are mirrors: gdlab.scratch and gdlab.autograd give the same answer, or the same error,
for every name they share, on the same awkward input (int arrays, lists, float32, 0-d, one sample,
empty, NaN and inf).

An answer is compared as float64 numbers to 1e-12 (and, where the formula is short, against the
formula itself); a NaN or inf must sit at the same place in both, never compared as a number.
An error must be the same class with the same message, the catalogue's text for the named key.
"""
import importlib
import inspect
import reprlib

import numpy as np
import pytest
import torch

from gdlab import autograd, scratch
from gdlab.errors import GdlabError
from gdlab.i18n import text
from numerics import assert_allclose_finite

NAN, INF = float("nan"), float("inf")
TWINS = {"scratch": scratch, "autograd": autograd}


# --- what the twins share --------------------------------------------------------------------------

COVERED = {"predict", "cost", "cost_grad", "cost_and_grad", "update", "numeric_grad", "gradient_check",
           "OPTIMIZERS", "GD", "Momentum", "Nesterov", "Adagrad", "RMSprop", "Adadelta", "Adam"}


def test_the_twins_share_every_public_name_and_each_is_compared_here():
    assert scratch.__all__ == autograd.__all__
    assert set(scratch.__all__) == COVERED, "a new shared name needs its parity cases in this file"
    for name in ("predict", "cost", "cost_grad", "cost_and_grad", "update", "numeric_grad", "gradient_check"):
        assert inspect.signature(getattr(scratch, name)) == inspect.signature(getattr(autograd, name)), name
    assert scratch.OPTIMIZERS.keys() == autograd.OPTIMIZERS.keys()
    for name, scratch_class in scratch.OPTIMIZERS.items():
        assert autograd.OPTIMIZERS[name] is getattr(autograd, scratch_class.__name__)
        assert inspect.signature(autograd.OPTIMIZERS[name]) == inspect.signature(scratch_class), name


# --- how two results are compared ------------------------------------------------------------------

def float64_numbers(result):
    """A twin's result as a float64 ndarray, after checking it was float64 in the twin's own type."""
    if isinstance(result, tuple):
        return np.array([float64_numbers(part) for part in result])
    if isinstance(result, torch.Tensor):
        assert result.dtype == torch.float64, result.dtype
        return result.detach().numpy()
    if isinstance(result, np.ndarray | np.floating):
        assert result.dtype == np.float64, result.dtype
        return np.asarray(result)
    assert type(result) is float, type(result)
    return np.asarray(result)


def assert_same_numbers(mine, theirs, rtol=1e-12, atol=1e-12):
    """Equal to 1e-12; a NaN or ±inf must be at the same place in both (never compared as a number)."""
    mine, theirs = float64_numbers(mine), float64_numbers(theirs)
    assert mine.shape == theirs.shape
    assert np.array_equal(np.isnan(mine), np.isnan(theirs)), (mine, theirs)
    assert np.array_equal(np.isposinf(mine), np.isposinf(theirs)), (mine, theirs)
    assert np.array_equal(np.isneginf(mine), np.isneginf(theirs)), (mine, theirs)
    finite = np.isfinite(mine)
    assert_allclose_finite(mine[finite], theirs[finite], rtol=rtol, atol=atol)


def outcome(call, twin):
    """("answer", result) or ("error", exception) of call(twin).

    NumPy's floating-point warnings (overflow, 0·inf) are silenced: torch has none, and they are
    not what is compared; the answers and errors are (pyproject makes such a warning an error).
    """
    try:
        with np.errstate(all="ignore"):
            return "answer", call(twin)
    except Exception as error:  # noqa: BLE001  (every error is compared, not only GdlabError)
        return "error", error


def assert_same_answer(call, expected=None):
    """Both twins answer, with the same numbers (and `expected`'s, when given); returns them."""
    (kind_s, mine), (kind_a, theirs) = outcome(call, scratch), outcome(call, autograd)
    assert (kind_s, kind_a) == ("answer", "answer"), (mine, theirs)
    assert_same_numbers(mine, theirs)
    if expected is not None:
        assert_same_numbers(mine, np.asarray(expected, dtype=np.float64))
    return mine, theirs


def assert_same_error(call, key, **fields):
    """Both twins raise a GdlabError whose message is the catalogue's `key` with `fields`."""
    (kind_s, mine), (kind_a, theirs) = outcome(call, scratch), outcome(call, autograd)
    assert (kind_s, kind_a) == ("error", "error"), (mine, theirs)
    assert type(mine) is type(theirs) is GdlabError, (mine, theirs)
    assert str(mine) == str(theirs) == text(key, **fields)


def numpy_error(values):
    """The error NumPy gives for values that are not numbers (quoted in the message)."""
    with pytest.raises((TypeError, ValueError)) as caught:
        np.asarray(values, dtype=np.float64)
    return caught.value


# --- predict, cost, cost_grad, cost_and_grad -------------------------------------------------------

def line_formula(x, y, w, b, reduction="mean"):
    """J, grad_w, grad_b from the formulas, in float64 NumPy, independent of both twins."""
    x, y = np.atleast_1d(np.asarray(x, dtype=np.float64)), np.atleast_1d(np.asarray(y, dtype=np.float64))
    r = float(w) * x + float(b) - y
    s = 1.0 / len(x) if reduction == "mean" else 1.0
    return s * np.sum(r * r), 2 * s * np.sum(r * x), 2 * s * np.sum(r)


X3, Y3 = np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.5, 7.0])

LINE_CASES = {
    "int arrays": (np.array([1, 2, 3]), np.array([2, 4, 7]), 2, 1, "mean"),
    "lists": ([1.0, 2.0, 3.0], [2.0, 4.5, 7.0], 2.0, 1.0, "mean"),
    "lists of ints": ([1, 2, 3], [2, 4, 7], 2, 1, "sum"),
    "float32 data": (X3.astype(np.float32) / 3, Y3.astype(np.float32) / 3, 2.1, 0.3, "mean"),
    "float32 w, b": (X3, Y3, np.float32(1.7), np.float32(0.1), "mean"),
    "0-d arrays w, b": (X3, Y3, np.array(1.7), np.array(0.1), "sum"),
    "0-d data": (np.float64(2.0), np.array(3.0), 1.0, 0.5, "mean"),
    "numbers as data": (2.0, 3.0, 1.0, 0.5, "sum"),
    "one sample": (np.array([2.0]), [3.0], 1.0, 0.5, "mean"),
    "bool data": (np.array([True, False, True]), np.array([1, 0, 2]), 1.5, 0.0, "mean"),
}


@pytest.mark.parametrize("x, y, w, b, reduction", LINE_CASES.values(), ids=LINE_CASES.keys())
def test_cost_and_its_gradient_agree_on_awkward_data(x, y, w, b, reduction):
    j, grad_w, grad_b = line_formula(x, y, w, b, reduction)
    assert_same_answer(lambda twin: float(twin.cost(x, y, w, b, reduction)), j)
    assert_same_answer(lambda twin: twin.cost_grad(x, y, w, b, reduction), [grad_w, grad_b])
    assert_same_answer(lambda twin: twin.cost_and_grad(x, y, w, b, reduction), [j, grad_w, grad_b])
    # the autograd twin's cost is a float64 0-d tensor; the scratch twin's a Python float
    assert isinstance(scratch.cost(x, y, w, b, reduction), float)
    assert autograd.cost(x, y, w, b, reduction).dtype == torch.float64


def test_an_overflow_of_finite_values_is_inf_in_both_not_an_error():
    # what a diverging descent meets: the data and w are finite, their squares are not
    x, y = np.array([1e200, 2e200]), np.array([0.0, 1.0])
    mine, theirs = assert_same_answer(lambda twin: twin.cost_and_grad(x, y, 1e200, 0.0))
    assert np.isposinf(mine[0]) and np.isposinf(theirs[0])


# the loop's kernel: cost_and_grad without the checks, for data gdlab.descent.fit has checked once
KERNELS = {name: importlib.import_module(f"gdlab.{name}.cost")._cost_and_grad for name in TWINS}


def test_the_kernel_has_one_name_and_signature_in_both_twins_and_is_not_public():
    assert inspect.signature(KERNELS["scratch"]) == inspect.signature(KERNELS["autograd"])
    assert inspect.signature(KERNELS["scratch"]) == inspect.signature(scratch.cost_and_grad)
    for twin in TWINS.values():
        assert not hasattr(twin, "_cost_and_grad") and "_cost_and_grad" not in twin.__all__


def as_twin_data(name, x, y):
    """What fit hands the twin's kernel: float64 ndarrays for scratch, tensors of them for autograd."""
    return (x, y) if name == "scratch" else (torch.from_numpy(x), torch.from_numpy(y))


KERNEL_CASES = {
    "mean": (X3, Y3, 2.0, 1.0, "mean"),
    "sum": (X3, Y3, -0.5, 3.25, "sum"),
    "one sample": (np.array([2.0]), np.array([3.0]), 1.0, 0.5, "mean"),
    "a batch of the line data, by index": (np.linspace(-1, 2, 50)[[3, 17, 41]], np.arange(3.0), 0.7, -0.2,
                                           "mean"),
    "overflow of finite values": (np.array([1e200, 2e200]), np.array([0.0, 1.0]), 1e200, 0.0, "mean"),
}


@pytest.mark.parametrize("x, y, w, b, reduction", KERNEL_CASES.values(), ids=KERNEL_CASES.keys())
def test_the_kernel_gives_cost_and_grads_answer_bit_for_bit(x, y, w, b, reduction):
    results = {}
    for name, twin in TWINS.items():
        with np.errstate(over="ignore"):
            public = twin.cost_and_grad(x, y, w, b, reduction)
            results[name] = KERNELS[name](*as_twin_data(name, x, y), w, b, reduction)
        assert all(type(value) is float for value in results[name]), results[name]
        assert not np.any(np.isnan(public))
        assert results[name] == public, name   # the same operations: equal, not merely close
    assert_same_numbers(results["scratch"], results["autograd"])
    with np.errstate(over="ignore"):
        assert_same_numbers(results["scratch"], line_formula(x, y, w, b, reduction))


def test_the_kernel_checks_nothing_a_nan_in_is_a_nan_out():
    # the public functions name the NaN (test_bad_data_or_parameters_give_the_same_error); fit's
    # check_xy keeps it out of the loop, so the kernel does not look for it
    x, y = np.array([1.0, NAN, 3.0]), np.array([2.0, 4.0, 6.0])
    for name in TWINS:
        assert np.all(np.isnan(KERNELS[name](*as_twin_data(name, x, y), 2.0, 0.0, "mean")))


LINE_ERRORS = {
    "empty": ((np.array([]), np.array([]), 1.0, 0.0, "mean"), "core.checks.samples_empty", {}),
    "empty lists, sum": (([], [], 1.0, 0.0, "sum"), "core.checks.samples_empty", {}),
    "lengths differ": ((X3, Y3[:2], 1.0, 0.0, "mean"), "core.checks.samples_mismatch", {"n_x": 3, "n_y": 2}),
    "one y for three x (no broadcasting)": ((X3, [2.0], 1.0, 0.0, "mean"), "core.checks.samples_mismatch",
                                            {"n_x": 3, "n_y": 1}),
    "2-d x": ((np.ones((2, 3)), np.ones((2, 3)), 1.0, 0.0, "mean"), "core.checks.samples_not_1d",
              {"name": "x", "shape": (2, 3)}),
    "2-d y": ((X3, Y3.reshape(3, 1), 1.0, 0.0, "mean"), "core.checks.samples_not_1d",
              {"name": "y", "shape": (3, 1)}),
    "NaN in x": (([1.0, NAN, NAN], Y3, 1.0, 0.0, "mean"), "core.checks.samples_not_finite",
                 {"name": "x", "index": 1, "value": NAN, "count": 2}),
    "inf in y": ((X3, np.array([2.0, 4.0, INF]), 1.0, 0.0, "sum"), "core.checks.samples_not_finite",
                 {"name": "y", "index": 2, "value": INF, "count": 1}),
    "-inf in float32 x": ((np.array([-np.inf, 1, 2], np.float32), Y3, 0.0, 0.0, "mean"),
                          "core.checks.samples_not_finite", {"name": "x", "index": 0, "value": -INF, "count": 1}),
    "w is NaN": ((X3, Y3, NAN, 0.0, "mean"), "core.checks.finite", {"name": "w", "value": NAN}),
    "b is inf": ((X3, Y3, 1.0, INF, "mean"), "core.checks.finite", {"name": "b", "value": INF}),
    "w is an array": ((X3, Y3, np.array([1.0, 2.0, 3.0]), 0.0, "mean"), "core.checks.one_number",
                      {"name": "w", "value": reprlib.repr(np.array([1.0, 2.0, 3.0]))}),
    "b is a list": ((X3, Y3, 1.0, [0.5], "mean"), "core.checks.one_number", {"name": "b", "value": "[0.5]"}),
    "unknown reduction, checked first": ((np.array([]), [], [1.0], 0.0, "median"), "core.checks.choice",
                                         {"name": "reduction", "value": "median", "choices": "mean, sum"}),
}


@pytest.mark.parametrize("function", ["cost", "cost_grad", "cost_and_grad"])
@pytest.mark.parametrize("arguments, key, fields", LINE_ERRORS.values(), ids=LINE_ERRORS.keys())
def test_bad_data_or_parameters_give_the_same_error(function, arguments, key, fields):
    assert_same_error(lambda twin: getattr(twin, function)(*arguments), key, **fields)


@pytest.mark.parametrize("function", ["predict", "cost", "cost_grad", "cost_and_grad"])
@pytest.mark.parametrize("x", [["1.0", "two"], [[1.0, 2.0], [3.0]]], ids=["words", "ragged"])
def test_data_that_are_not_numbers_give_the_same_error(function, x):
    call = (lambda twin: twin.predict(x, 2.0)) if function == "predict" else \
        (lambda twin: getattr(twin, function)(x, [1.0, 2.0], 2.0))
    assert_same_error(call, "core.checks.not_numbers", name="x", type="list", error=numpy_error(x))


def test_none_as_data_is_read_as_nan_by_both():
    # NumPy reads None as NaN, and both twins convert through NumPy: a NaN prediction, a NaN sample
    assert_same_answer(lambda twin: twin.predict(None, 2.0, 1.0), NAN)
    for function in ("cost", "cost_grad", "cost_and_grad"):
        assert_same_error(lambda twin: getattr(twin, function)(None, 1.0, 2.0, 1.0),
                          "core.checks.samples_not_finite", name="x", index=0, value=NAN, count=1)


PREDICT_CASES = {
    "int array": (np.array([1, 2, 3]), 2, 1),
    "list": ([0.5, 1.5], 2.0, -1.0),
    "float32": (X3.astype(np.float32) / 3, 2.1, 0.3),
    "float32 w": (X3, np.float32(1.7), 0.0),
    "0-d": (np.array(2.0), 3.0, 1.0),
    "a number": (2.0, 3.0, 1.0),
    "empty": (np.array([]), 2.0, 1.0),
    "NaN and inf pass through, in place": (np.array([1.0, NAN, INF, -INF]), 2.0, 1.0),
    "a grid of x": (np.arange(6).reshape(2, 3), 0.5, 0.25),
    "w and b broadcast as lists": (np.array([[1.0], [2.0]]), [1.0, 2.0, 3.0], [0.0, 0.5, 1.0]),
}


@pytest.mark.parametrize("x, w, b", PREDICT_CASES.values(), ids=PREDICT_CASES.keys())
def test_predict_agrees_on_awkward_input(x, w, b):
    with np.errstate(invalid="ignore"):
        expected = np.asarray(w, dtype=np.float64) * np.asarray(x, dtype=np.float64) + np.asarray(b, np.float64)
    assert_same_answer(lambda twin: twin.predict(x, w, b), expected)


# --- update --------------------------------------------------------------------------------------

UPDATE_CASES = {
    "numbers": (3.0, 2.0, 0.1),
    "ints": (3, 2, 1),
    "lists": ([1.0, 2.0], [10.0, -10.0], 0.5),
    "int arrays": (np.array([1, 2]), np.array([10, -10]), 0.5),
    "float32": (np.float32([0.1, 0.2]), np.float32([0.3, 0.7]), 0.1),
    "0-d arrays": (np.array(1.5), np.array(-2.0), 0.25),
    "empty": (np.array([]), np.array([]), 0.1),
    "a matrix": (np.arange(6.0).reshape(2, 3), np.ones((2, 3)), 0.5),
    "NaN and inf pass through": (np.array([1.0, 2.0, 3.0]), np.array([NAN, INF, 0.0]), 0.1),
}


@pytest.mark.parametrize("w, grad_w, lr", UPDATE_CASES.values(), ids=UPDATE_CASES.keys())
def test_update_agrees_on_awkward_input(w, grad_w, lr):
    expected = np.asarray(w, dtype=np.float64) - lr * np.asarray(grad_w, dtype=np.float64)
    assert_same_answer(lambda twin: twin.update(w, grad_w, lr), expected)


UPDATE_ERRORS = {
    "lr 0": ((1.0, 2.0, 0), "core.checks.lr", {"value": 0}),
    "lr negative": (([1.0], [2.0], -0.1), "core.checks.lr", {"value": -0.1}),
    "lr NaN": ((1.0, 2.0, NAN), "core.checks.lr", {"value": NAN}),
    "lr True": ((1.0, 2.0, True), "core.checks.lr", {"value": True}),
    "grad of another shape": (([1.0, 2.0], [1.0, 2.0, 3.0], 0.1), "core.checks.same_shape",
                              {"name": "grad_w", "other": "w", "shape": (3,), "expected": (2,)}),
    "one number, a gradient array (no broadcasting)": ((1.0, [1.0, 2.0], 0.1), "core.checks.same_shape",
                                                       {"name": "grad_w", "other": "w", "shape": (2,),
                                                        "expected": ()}),
}


@pytest.mark.parametrize("arguments, key, fields", UPDATE_ERRORS.values(), ids=UPDATE_ERRORS.keys())
def test_update_refuses_alike(arguments, key, fields):
    assert_same_error(lambda twin: twin.update(*arguments), key, **fields)


def test_update_on_words_gives_the_same_error():
    assert_same_error(lambda twin: twin.update(["a"], [1.0], 0.1), "core.checks.not_numbers",
                      name="w", type="list", error=numpy_error(["a"]))


# --- numeric_grad and gradient_check -------------------------------------------------------------

def quadratic(p):
    """3a² + ab − 2b: only + and ×, so NumPy and torch round it alike, bit for bit."""
    return 3 * p[0] * p[0] + p[0] * p[1] - 2 * p[1]


def quadratic_grad(p):
    return [6 * p[0] + p[1], p[0] - 2]


def cube(p):
    return p * p * p


NUMERIC_CASES = {
    "int list": (quadratic, [1, 2], 1e-6),
    "tuple of floats": (quadratic, (0.5, -1.5), 1e-3),
    "float32": (quadratic, np.float32([0.1, 0.7]), 1e-6),
    "0-d": (cube, np.array(1.5), 1e-4),
    "a number": (cube, 2.0, 1e-4),
    "empty": (lambda p: 0.0, [], 1e-6),
    "f is NaN": (lambda p: p[0] * NAN, [1.0, 2.0], 1e-6),
}


@pytest.mark.parametrize("f, params, h", NUMERIC_CASES.values(), ids=NUMERIC_CASES.keys())
def test_numeric_grad_agrees_on_awkward_params(f, params, h):
    assert_same_answer(lambda twin: twin.numeric_grad(f, params, h))


def test_numeric_grad_is_the_central_difference():
    # exact for a quadratic; with h = 0.5 every value on the way is exact in float64
    assert_same_answer(lambda twin: twin.numeric_grad(quadratic, [1, 2], h=0.5), [8.0, -1.0])


@pytest.mark.parametrize("h, key, fields", [
    (0, "core.checks.positive", {"name": "h", "value": 0.0}),
    (-1e-6, "core.checks.positive", {"name": "h", "value": -1e-6}),
    (NAN, "core.checks.finite", {"name": "h", "value": NAN}),
])
def test_numeric_grad_refuses_a_bad_step_alike(h, key, fields):
    assert_same_error(lambda twin: twin.numeric_grad(quadratic, [1.0, 2.0], h), key, **fields)


GRADIENT_CHECK_CASES = {
    "right, int list": (quadratic, quadratic_grad, [1, 2], True),
    "right, float32": (quadratic, quadratic_grad, np.float32([0.1, 0.7]), True),
    "wrong by half": (quadratic, lambda p: np.array(quadratic_grad(p)) / 2, [1.0, 2.0], False),
    "right, 0-d": (cube, lambda p: 3 * p * p, np.array(1.5), True),
    "nothing to check": (lambda p: 0.0, lambda p: [], [], True),
}


@pytest.mark.parametrize("f, grad, params, ok", GRADIENT_CHECK_CASES.values(), ids=GRADIENT_CHECK_CASES.keys())
def test_gradient_check_agrees(f, grad, params, ok):
    results = {name: twin.gradient_check(f, grad, params) for name, twin in TWINS.items()}
    for verdict, error in results.values():
        assert verdict is ok and type(error) is float and np.isfinite(error)
        assert (error < 1e-7) if ok else (error > 0.1)
    assert_same_numbers(results["scratch"][1], results["autograd"][1])


def test_a_nan_gradient_never_passes_the_check_in_either_twin():
    for twin in TWINS.values():
        ok, error = twin.gradient_check(quadratic, lambda p: [NAN, 0.0], [1.0, 2.0])
        assert ok is False and np.isnan(error)


@pytest.mark.parametrize("grad, rtol, key, fields", [
    (lambda p: [1.0, 2.0, 3.0], 1e-6, "core.checks.same_shape",
     {"name": "grad(params)", "other": "params", "shape": (3,), "expected": (2,)}),
    (quadratic_grad, -1.0, "core.checks.nonnegative", {"name": "rtol", "value": -1.0}),
])
def test_gradient_check_refuses_alike(grad, rtol, key, fields):
    assert_same_error(lambda twin: twin.gradient_check(quadratic, grad, [1.0, 2.0], rtol=rtol), key, **fields)


# --- the optimizers' step --------------------------------------------------------------------------

OPTIMIZER_CASES = [(name, {}) for name in scratch.OPTIMIZERS] + [
    ("momentum", {"momentum": 0.5, "dampening": 0.1, "weight_decay": 0.01}),
    ("adam", {"betas": [0.8, 0.99], "amsgrad": True}),
    ("rmsprop", {"centered": True, "momentum": 0.5}),
]

STEP_INPUTS = {
    "int lists": ([1, -2], [[3, -1], [2, 2], [0, 1]]),
    "float32 arrays": (np.float32([0.5, 0.25]), [np.float32([1.5, -0.5])] * 3),
    "0-d": (np.array(2.0), [0.5, -1.0, 0.25]),
    "a number": (2.0, [1, 1, 1]),
    "a matrix": (np.arange(6.0).reshape(2, 3), [np.ones((2, 3)), -np.ones((2, 3)), np.eye(2, 3)]),
    "empty": (np.array([]), [[], [], []]),
    "NaN and inf grads pass through": ([1.0, 2.0, 3.0], [[NAN, 1.0, 0.0], [0.0, INF, 1.0], [1.0, 1.0, 1.0]]),
}


@pytest.mark.parametrize("inputs", STEP_INPUTS.values(), ids=STEP_INPUTS.keys())
@pytest.mark.parametrize("name, options", OPTIMIZER_CASES, ids=[f"{n}{o or ''}" for n, o in OPTIMIZER_CASES])
def test_every_optimizer_steps_alike_on_awkward_params(name, options, inputs):
    start, grads = inputs
    optimizers = {twin: twin.OPTIMIZERS[name](0.1, **options) for twin in (scratch, autograd)}
    params = {scratch: start, autograd: start}
    for g in grads:   # each twin's own result is passed back to it, as in a loop
        params[scratch], params[autograd] = assert_same_answer(lambda twin: optimizers[twin].step(params[twin], g))
    # and params given afresh each step (a list, a copy) update the same way too
    optimizers = {twin: twin.OPTIMIZERS[name](0.1, **options) for twin in (scratch, autograd)}
    values = start
    for g in grads:
        values = np.array(values, dtype=np.float64).tolist()
        values, _ = assert_same_answer(lambda twin: optimizers[twin].step(values, g))


def test_the_first_step_of_plain_gd_is_the_formula_on_int_lists():
    assert_same_answer(lambda twin: twin.GD(lr=0.5).step([1, -2], [3, -1]), [-0.5, -1.5])


def test_a_float64_leaf_tensor_is_updated_in_place_by_the_autograd_twin():
    # torch.optim's way, kept: the loop's parameter tensor is the one torch.optim updates
    params = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
    optimizer = autograd.Momentum(lr=0.1)
    assert optimizer.step(params, [1.0, 1.0]) is params
    assert_allclose_finite(params.detach().numpy(), [0.9, 1.9])
    assert optimizer.step([0.0, 0.0], [1.0, 1.0]) is params   # other params: copied in, then stepped
    assert_allclose_finite(params.detach().numpy(), [-0.19, -0.19])


OPTIMIZER_ERRORS = {
    "lr 0": (lambda twin: twin.Adam(lr=0), "core.checks.lr", {"value": 0}),
    "lr None": (lambda twin: twin.GD(lr=None), "core.checks.lr", {"value": None}),
    "momentum negative": (lambda twin: twin.Momentum(0.1, -0.5), "core.checks.nonnegative",
                          {"name": "momentum", "value": -0.5}),
    "betas not two": (lambda twin: twin.Adam(betas=(0.9,)), "core.optimizers.betas", {"value": (0.9,)}),
    "beta1 of 1": (lambda twin: twin.Adam(betas=(1.0, 0.999)), "core.checks.fraction",
                   {"name": "beta1", "interval": "[0, 1)", "value": 1.0}),
    "grads of another shape": (lambda twin: twin.GD(lr=0.1).step([1.0, 2.0], [1.0, 2.0, 3.0]),
                               "core.checks.same_shape",
                               {"name": "grads", "other": "params", "shape": (3,), "expected": (2,)}),
    "one gradient for two params (no broadcasting)": (lambda twin: twin.Adam().step([1.0, 2.0], 1.0),
                                                      "core.checks.same_shape",
                                                      {"name": "grads", "other": "params", "shape": (),
                                                       "expected": (2,)}),
    "params change shape": (lambda twin: _two_steps(twin.Momentum(lr=0.1), [1.0, 2.0], [1.0, 2.0, 3.0]),
                            "core.optimizers.shape_changed", {"shape": (3,), "expected": (2,)}),
    "params are words": (lambda twin: twin.Adagrad().step(["a", "b"], [1.0, 1.0]), "core.checks.not_numbers",
                         {"name": "params", "type": "list", "error": numpy_error(["a", "b"])}),
}


def _two_steps(optimizer, first, second):
    params = optimizer.step(first, np.ones(len(first)))
    optimizer.step(second, np.ones(len(second)))
    return params


@pytest.mark.parametrize("call, key, fields", OPTIMIZER_ERRORS.values(), ids=OPTIMIZER_ERRORS.keys())
def test_optimizers_refuse_alike(call, key, fields):
    assert_same_error(call, key, **fields)


def test_a_misspelt_option_is_the_same_python_error_in_both():
    (_, mine), (_, theirs) = (outcome(lambda twin: twin.Adam(lr=0.1, beta=0.9), t) for t in TWINS.values())
    assert type(mine) is type(theirs) is TypeError and str(mine) == str(theirs)
    assert "beta" in str(mine)
