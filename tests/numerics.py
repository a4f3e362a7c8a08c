"""Comparisons for tests that never let NaN or inf pass."""
import numpy as np


def assert_allclose_finite(actual, expected, rtol=1e-12, atol=0.0, err_msg=""):
    """assert_allclose that also fails on NaN or inf (assert_allclose alone treats NaN == NaN)."""
    actual, expected = np.asarray(actual, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    assert np.all(np.isfinite(actual)), f"{err_msg} non-finite values in {actual}"
    assert np.all(np.isfinite(expected)), f"{err_msg} non-finite values in expected {expected}"
    np.testing.assert_allclose(actual, expected, rtol=rtol, atol=atol, err_msg=err_msg)
