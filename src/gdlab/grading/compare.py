"""Comparisons for graded tests: type, then shape, then finiteness, then values, each failure a lesson.

np.testing.assert_allclose treats NaN as equal to NaN, so a student function returning NaN
where the answer is NaN would pass; these helpers reject NaN and inf before any value is
compared, and say what was expected, what came back, its shape, and a hint. Every word they
write comes from the catalogue (gdlab.i18n, domain `grading`), in the current language.
"""
import numbers

import numpy as np

from gdlab.i18n import text


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
    __tracebackhide__ = True   # pytest shows the test's line, not the comparison's insides
    what = text("grading.compare.the_result") if what is None else what
    lines = [text("grading.compare.wrong_because", what=what, detail=detail) if detail
             else text("grading.compare.wrong", what=what),
             text("grading.compare.expected", value=expected),
             text("grading.compare.got", value=got)]
    if hint:
        lines.append(text("grading.compare.hint", hint=hint))
    raise Mismatch("\n".join(lines))


def _kind_word(kind):
    """'number', 'array', 'tensor', 'bool' in the current language; another type's name as it is."""
    return text(f"grading.compare.kind.{kind}") if kind in ("number", "array", "tensor", "bool") else kind


def check_kind(got, kind, what=None, hint=""):
    """Fail unless `got` is a 'number' (Python or NumPy real), an 'array' (np.ndarray) or a 'tensor'.
    (`what` names the value in the message; None: "the result".)"""
    __tracebackhide__ = True   # pytest shows the test's line, not the comparison's insides
    found = _kind(got)
    if found != kind:
        _fail(what, text("grading.compare.a_kind", kind=_kind_word(kind)),
              text("grading.compare.a_kind_shown", kind=_kind_word(found), value=_show(got)), hint,
              text("grading.compare.wrong_type"))
    return got


def check_shape(got, shape, what=None, hint=""):
    """Fail unless the array or tensor `got` has exactly `shape`."""
    __tracebackhide__ = True   # pytest shows the test's line, not the comparison's insides
    found = tuple(got.shape)
    if found != tuple(shape):
        _fail(what, text("grading.compare.shape", shape=tuple(shape)), text("grading.compare.shape", shape=found),
              hint or text("grading.compare.shape_hint"), text("grading.compare.wrong_shape"))
    return got


def check_finite_values(got, what=None, hint=""):
    """Fail if `got` holds NaN or inf (a student's NaN must never pass as 'close'); else its values as a
    float64 array. (gdlab.checks.check_finite is another thing: one user setting, as a float.)"""
    __tracebackhide__ = True   # pytest shows the test's line, not the comparison's insides
    values = np.asarray(got.detach().cpu().numpy() if _kind(got) == "tensor" else got, dtype=np.float64)
    if not np.all(np.isfinite(values)):
        _fail(what, text("grading.compare.finite_numbers"), _show(got),
              hint or text("grading.compare.finite_hint"), text("grading.compare.not_finite"))
    return values


def assert_close(got, expected, what=None, *, rtol=1e-7, atol=1e-10, hint=""):
    """The graded comparison: same kind (number / array / tensor), same shape, finite, then close.

    `expected` decides the kind and shape; a tensor's dtype is not checked, only its values.
    """
    __tracebackhide__ = True   # pytest shows the test's line, not the comparison's insides
    kind = _kind(expected)
    if kind not in ("number", "array", "tensor"):
        raise TypeError(f"assert_close compares numbers, arrays or tensors, got expected of type "
                        f"{type(expected).__name__}")
    check_kind(got, kind, what, hint)
    if kind != "number":
        check_shape(got, expected.shape, what, hint)
    got_values = check_finite_values(got, what, hint)
    expected_values = np.asarray(expected.detach().cpu().numpy() if kind == "tensor" else expected,
                                 dtype=np.float64)
    assert np.all(np.isfinite(expected_values)), "the expected value itself is not finite"
    close = np.isclose(got_values, expected_values, rtol=rtol, atol=atol)
    if not np.all(close):
        detail = ""
        if kind != "number":
            first = np.unravel_index(int(np.argmin(close)), close.shape)
            detail = text("grading.compare.values_differ", count=int(close.size - close.sum()),
                          size=close.size, index=tuple(int(i) for i in first),
                          expected=repr(float(expected_values[first])), got=repr(float(got_values[first])),
                          shape=tuple(expected_values.shape))
        _fail(what, _show(expected), _show(got), hint, detail)
    return got


def assert_equal(got, expected, what=None, hint=""):
    """Exact equality for integers, index arrays and the like (same kind and shape first)."""
    __tracebackhide__ = True   # pytest shows the test's line, not the comparison's insides
    if isinstance(expected, np.ndarray):
        check_kind(got, "array", what, hint)
        check_shape(got, expected.shape, what, hint)
        if not np.array_equal(got, expected):
            _fail(what, _show(expected), _show(got), hint)
    elif got != expected:
        _fail(what, _show(expected), _show(got), hint)
    return got
