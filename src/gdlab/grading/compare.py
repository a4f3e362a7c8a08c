"""Comparisons for graded tests: type, then shape, then finiteness, then values, each failure a lesson.

np.testing.assert_allclose treats NaN as equal to NaN, so a student function returning NaN
where the answer is NaN would pass; these helpers reject NaN and inf before any value is
compared, and say what was expected, what came back, its shape, and a hint.
"""
import numbers

import numpy as np


class Mismatch(AssertionError):
    """A student's value differs from the expected one; the message explains how (safe to show)."""


def _kind(value):
    """'number', 'array', 'tensor', or the type's name."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, numbers.Real) or isinstance(value, (np.floating, np.integer)):
        return "number"
    if isinstance(value, np.ndarray) and value.ndim == 0 and value.dtype.kind in "fiu":
        return "number"  # np.sum(...) on some paths gives a 0-d array; it is a number all the same
    if isinstance(value, np.ndarray):
        return "array"
    if type(value).__module__.startswith("torch") and type(value).__name__ in ("Tensor", "Parameter"):
        return "tensor"
    return type(value).__name__


def _show(value, limit=300):
    """A short printable form of a value for a message."""
    if _kind(value) == "tensor":
        value = value.detach().cpu().numpy()
    if _kind(value) == "number" and not isinstance(value, bool):
        value = float(value) if isinstance(value, (float, np.floating, np.ndarray)) else value
    # floatmode="unique": as many digits as it takes to tell two different floats apart
    text = np.array2string(np.asarray(value), floatmode="unique", threshold=12) \
        if isinstance(value, np.ndarray) else repr(value)
    return text if len(text) <= limit else text[:limit] + " ..."


def _fail(what, expected, got, hint, detail=""):
    lines = [f"{what} is wrong{': ' + detail if detail else ''}",
             f"  expected: {expected}",
             f"  got:      {got}"]
    if hint:
        lines.append(f"  hint: {hint}")
    raise Mismatch("\n".join(lines))


def check_kind(got, kind, what="the result", hint=""):
    """Fail unless `got` is a 'number' (Python or NumPy real), an 'array' (np.ndarray) or a 'tensor'."""
    found = _kind(got)
    if found != kind:
        _fail(what, f"a {kind}", f"a {found} ({_show(got)})", hint, "wrong type")
    return got


def check_shape(got, shape, what="the result", hint=""):
    """Fail unless the array or tensor `got` has exactly `shape`."""
    found = tuple(got.shape)
    if found != tuple(shape):
        _fail(what, f"shape {tuple(shape)}", f"shape {found}", hint or
              "check which axis you sum over and whether you kept one value per sample", "wrong shape")
    return got


def check_finite(got, what="the result", hint=""):
    """Fail if `got` holds NaN or inf (a student's NaN must never pass as 'close')."""
    values = np.asarray(got.detach().cpu().numpy() if _kind(got) == "tensor" else got, dtype=np.float64)
    if not np.all(np.isfinite(values)):
        _fail(what, "finite numbers", _show(got), hint or
              "NaN or inf usually means a division by zero, a log of 0, or a step that diverged",
              "not finite")
    return values


def assert_close(got, expected, what="the result", *, rtol=1e-7, atol=1e-10, hint=""):
    """The graded comparison: same kind (number / array / tensor), same shape, finite, then close.

    `expected` decides the kind and shape; a tensor's dtype is not checked, only its values.
    """
    kind = _kind(expected)
    if kind not in ("number", "array", "tensor"):
        raise TypeError(f"assert_close compares numbers, arrays or tensors, got expected of type "
                        f"{type(expected).__name__}")
    check_kind(got, kind, what, hint)
    if kind != "number":
        check_shape(got, expected.shape, what, hint)
    got_values = check_finite(got, what, hint)
    expected_values = np.asarray(expected.detach().cpu().numpy() if kind == "tensor" else expected,
                                 dtype=np.float64)
    assert np.all(np.isfinite(expected_values)), "the expected value itself is not finite"
    close = np.isclose(got_values, expected_values, rtol=rtol, atol=atol)
    if not np.all(close):
        detail = ""
        if kind != "number":
            first = np.unravel_index(int(np.argmin(close)), close.shape)
            detail = (f"{int(close.size - close.sum())} of {close.size} values differ, first at index "
                      f"{tuple(int(i) for i in first)}: expected {float(expected_values[first])!r}, "
                      f"got {float(got_values[first])!r}; shape {tuple(expected_values.shape)}")
        _fail(what, _show(expected), _show(got), hint, detail)
    return got


def assert_equal(got, expected, what="the result", hint=""):
    """Exact equality for integers, index arrays and the like (same kind and shape first)."""
    if isinstance(expected, np.ndarray):
        check_kind(got, "array", what, hint)
        check_shape(got, expected.shape, what, hint)
        if not np.array_equal(got, expected):
            _fail(what, _show(expected), _show(got), hint)
    elif got != expected:
        _fail(what, _show(expected), _show(got), hint)
    return got
