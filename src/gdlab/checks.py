"""Checks of user-given settings and data; each failure says what was wrong and how to fix it.

The data and parameter checks at the end are shared by the two twins (gdlab.scratch and
gdlab.autograd), so the same awkward input gets the same answer or the same error from both.
They read only shapes and Python numbers, never a whole array, except to explain a result that
already came out non-finite.
"""
import math
import numbers
import reprlib

import numpy as np

from gdlab.errors import GdlabError
from gdlab.i18n import text


def check_lr(lr):
    """A learning rate must be a positive finite number."""
    if isinstance(lr, bool) or not isinstance(lr, numbers.Real) or not math.isfinite(lr) or lr <= 0:
        raise GdlabError(text("core.checks.lr", value=lr))
    return float(lr)


def check_positive_int(name, value, hint=""):
    """A count (epochs, steps) must be an integer >= 1; `hint` (from the catalogue) is appended."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise GdlabError(text("core.checks.positive_int", name=name, value=value, hint=hint))
    return int(value)


def check_batch_size(batch_size, n):
    """A batch holds between 1 and n samples."""
    check_positive_int("batch_size", batch_size, text("core.checks.batch_size_hint", n=n))
    if batch_size > n:
        raise GdlabError(text("core.checks.batch_too_large", batch_size=batch_size, n=n))
    return int(batch_size)


def check_choice(name, value, choices):
    """`value` must be one of `choices`."""
    if value not in choices:
        raise GdlabError(text("core.checks.choice", name=name, value=value, choices=", ".join(choices)))
    return value


def check_finite(name, value):
    """A start value or hyperparameter must be a finite real number."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise GdlabError(text("core.checks.finite", name=name, value=value))
    return float(value)


def check_nonnegative(name, value):
    """A hyperparameter such as momentum or weight decay must be finite and >= 0."""
    value = check_finite(name, value)
    if value < 0:
        raise GdlabError(text("core.checks.nonnegative", name=name, value=value))
    return value


def check_seed(seed):
    """A seed is a whole number >= 0 (every random choice is made from it)."""
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise GdlabError(text("core.checks.seed", value=seed))
    return int(seed)


def check_fraction(name, value, upper_open=False):
    """A decay rate such as β, ρ or α: a number in [0, 1] ([0, 1) with upper_open)."""
    value = check_nonnegative(name, value)
    if value > 1 or (upper_open and value == 1):
        interval = "[0, 1)" if upper_open else "[0, 1]"
        raise GdlabError(text("core.checks.fraction", name=name, interval=interval, value=value))
    return value


def check_writable_folder(name, folder):
    """Create `folder` if needed and make sure files can be written there, before any work is done."""
    import os
    from pathlib import Path
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GdlabError(text("core.checks.folder_not_created", name=name, folder=folder,
                              reason=error.strerror)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise GdlabError(text("core.checks.folder_not_writable", name=name, folder=folder))
    return folder


def check_positive(name, value):
    """A step such as the h of a central difference must be a positive finite number."""
    value = check_finite(name, value)
    if value <= 0:
        raise GdlabError(text("core.checks.positive", name=name, value=value))
    return value


def check_numbers(name, values):
    """Numbers (a number, a list, an array of any dtype) as a float64 ndarray; an error naming them otherwise."""
    try:
        return np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise GdlabError(text("core.checks.not_numbers", name=name, type=type(values).__name__,
                              error=error)) from None


def check_samples(x, y):
    """x and y, one number per sample (n,), n >= 1 each, as (n,) arrays or tensors; 0-d is one sample."""
    if x.ndim != 1:
        x = _one_sample("x", x)
    if y.ndim != 1:
        y = _one_sample("y", y)
    if len(x) != len(y):
        raise GdlabError(text("core.checks.samples_mismatch", n_x=len(x), n_y=len(y)))
    if len(x) == 0:
        raise GdlabError(text("core.checks.samples_empty"))
    return x, y


def _one_sample(name, values):
    if values.ndim > 1:
        raise GdlabError(text("core.checks.samples_not_1d", name=name, shape=tuple(values.shape)))
    return values.reshape(1)


def is_number(value):
    """A Python or NumPy real number (float and int first: numbers.Real is slow, and this runs every step)."""
    return isinstance(value, (float, int)) or isinstance(value, numbers.Real)


def check_number(name, value):
    """A parameter of the line (w or b): one number (a Python or NumPy number, a 0-d array or tensor)."""
    if is_number(value) or getattr(value, "ndim", None) == 0:
        return value
    raise GdlabError(text("core.checks.one_number", name=name, value=reprlib.repr(value)))


def check_cost_arguments(x, y, w, b, reduction, reductions, as_float64):
    """The arguments of a twin's cost, in one order for both twins: the reduction, w, b, then x and
    y, made (n,) float64 by `as_float64(name, values)` (the twin's own array or tensor type)."""
    check_choice("reduction", reduction, reductions)
    check_number("w", w)
    check_number("b", b)
    return check_samples(as_float64("x", x), as_float64("y", y))


def check_same_shape(name, shape, other, expected):
    """`name` must have the shape of `other` (a gradient and its parameters); shapes are tuples or torch.Size."""
    if shape != expected:
        raise GdlabError(text("core.checks.same_shape", name=name, other=other, shape=tuple(shape),
                              expected=tuple(expected)))


def explain_non_finite(x, y, w, b):
    """Why a cost came out NaN or inf: a non-finite sample or parameter raises, naming it; an
    overflow of finite values (a diverging descent) returns, and the cost stays inf.

    x, y (n,) float64 ndarrays; w, b numbers. Called only once a result is non-finite: a NaN or
    inf in x, y, w or b always makes the cost (and Σ r) non-finite, so nothing escapes this test.
    """
    for name, values in (("x", x), ("y", y)):
        bad = np.flatnonzero(~np.isfinite(values))
        if bad.size:
            raise GdlabError(text("core.checks.samples_not_finite", name=name, index=int(bad[0]),
                                  value=float(values[bad[0]]), count=bad.size))
    check_finite("w", float(w))
    check_finite("b", float(b))
