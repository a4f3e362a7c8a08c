"""Plotting ranges: checked when given, grown to hold a path when chosen for you, or a visible note.

An empty or inverted range, a non-finite end or a grid of one point is a clear error; a path
that leaves the range widens it (up to `max_growth` times) or is clipped with a note on the figure.
"""
import math

import numpy as np

from gdlab.errors import GdlabError
from gdlab.i18n import text


def check_range(name, value):
    """(low, high) with both finite and low < high."""
    try:
        low, high = (float(v) for v in value)
    except (TypeError, ValueError):
        raise GdlabError(text("core.ranges.not_two_numbers", name=name, value=value)) from None
    if not (math.isfinite(low) and math.isfinite(high)):
        raise GdlabError(text("core.ranges.not_finite", name=name, low=low, high=high))
    if low >= high:
        problem = "core.ranges.inverted" if low > high else "core.ranges.empty"
        raise GdlabError(text(problem, name=name, low=low, high=high))
    return low, high


def check_grid(num):
    """A grid needs at least 2 points per axis to draw a curve or a surface."""
    if isinstance(num, bool) or not isinstance(num, (int, np.integer)) or num < 2:
        raise GdlabError(text("core.ranges.grid", value=num))
    return int(num)


def around(values, pad=0.15, min_half_width=0.5):
    """A range holding all finite `values` with `pad` of its width on each side."""
    values = np.asarray(values, dtype=np.float64)
    values = values[np.isfinite(values)]
    low, high = float(values.min()), float(values.max())
    half = max((high - low) / 2 * (1 + 2 * pad), min_half_width)
    middle = (low + high) / 2
    return middle - half, middle + half


def cover(value_range, values, max_growth=4.0):
    """Widen `value_range` to hold the finite `values`, taken in order (a path's early steps first),
    as long as it stays within `max_growth` × its width; returns (range, number of values outside)."""
    low, high = value_range
    values = np.asarray(values, dtype=np.float64)
    margin, limit = 0.05 * (high - low), max_growth * (high - low)
    for value in values[np.isfinite(values)]:
        new_low, new_high = min(low, value - margin), max(high, value + margin)
        if new_high - new_low > limit:
            break
        low, high = new_low, new_high
    outside = int(np.count_nonzero(~((values >= low) & (values <= high))))
    return (low, high), outside


def note(ax, text, *, y=0.02):
    """A visible note in the lower part of the axes (clipped path, divergence, ...)."""
    kwargs = dict(ha="center", va="bottom", fontsize=11,
                  bbox=dict(boxstyle="round", facecolor="white", edgecolor="0.5", alpha=0.9))
    if getattr(ax, "name", "") == "3d":
        return ax.text2D(0.5, y, text, transform=ax.transAxes, **kwargs)
    return ax.text(0.5, y, text, transform=ax.transAxes, zorder=10, **kwargs)


def clip_note(ax, outside, total, what=None):
    """Say on the figure how many of the path's points (`what`: text("plots.points") by default)
    lie outside the plotted range."""
    if outside:
        what = text("plots.points") if what is None else what
        return note(ax, text("plots.clipped", outside=outside, total=total, what=what))
    return None
