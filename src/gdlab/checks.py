"""Checks of user-given settings; each failure says what was wrong and how to fix it."""
import math
import numbers

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
