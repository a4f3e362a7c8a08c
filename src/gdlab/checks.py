"""Checks of user-given settings; each failure says what was wrong and how to fix it."""
import math
import numbers

from gdlab.errors import GdlabError


def check_lr(lr):
    """A learning rate must be a positive finite number."""
    if isinstance(lr, bool) or not isinstance(lr, numbers.Real) or not math.isfinite(lr) or lr <= 0:
        raise GdlabError(f"lr must be a positive finite number, got {lr!r}; try lr=0.1 or smaller")
    return float(lr)


def check_positive_int(name, value, hint=""):
    """A count (epochs, steps) must be an integer >= 1."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise GdlabError(f"{name} must be a whole number >= 1, got {value!r}{hint}")
    return int(value)


def check_batch_size(batch_size, n):
    """A batch holds between 1 and n samples."""
    check_positive_int("batch_size", batch_size, f"; use 1 (SGD) up to the number of samples, {n}")
    if batch_size > n:
        raise GdlabError(f"batch_size {batch_size} is larger than the data ({n} samples); "
                         f"use at most {n} (that is BGD)")
    return int(batch_size)


def check_choice(name, value, choices):
    """`value` must be one of `choices`."""
    if value not in choices:
        raise GdlabError(f"unknown {name} {value!r}; choose one of: {', '.join(choices)}")
    return value


def check_finite(name, value):
    """A start value or hyperparameter must be a finite real number."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise GdlabError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def check_nonnegative(name, value):
    """A hyperparameter such as momentum or weight decay must be finite and >= 0."""
    value = check_finite(name, value)
    if value < 0:
        raise GdlabError(f"{name} must be >= 0, got {value!r}")
    return value


def check_seed(seed):
    """A seed is a whole number >= 0 (every random choice is made from it)."""
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise GdlabError(f"seed must be a whole number >= 0, got {seed!r}")
    return int(seed)


def check_fraction(name, value, upper_open=False):
    """A decay rate such as β, ρ or α: a number in [0, 1] ([0, 1) with upper_open)."""
    value = check_nonnegative(name, value)
    if value > 1 or (upper_open and value == 1):
        interval = "[0, 1)" if upper_open else "[0, 1]"
        raise GdlabError(f"{name} must be in {interval}, got {value!r}; the default is a good start")
    return value


def check_writable_folder(name, folder):
    """Create `folder` if needed and make sure files can be written there, before any work is done."""
    import os
    from pathlib import Path
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GdlabError(f"{name} {folder}: cannot create that folder ({error.strerror}); "
                         "choose a folder you can write to") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise GdlabError(f"{name} {folder}: this folder is not writable; choose a folder you can write to")
    return folder
