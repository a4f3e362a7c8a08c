"""Colours, type size and fonts for the classroom projector, applied per figure, never globally.

The Okabe–Ito palette (Okabe & Ito 2008) stays distinguishable for the common colour-vision
deficiencies; surfaces use viridis (perceptually uniform, readable in grey). `styled` wraps a
drawing function in matplotlib.rc_context, so rcParams are back as they were when it returns.
The fonts follow the language of the texts (gdlab.i18n.fonts): Chinese figures get Noto Sans CJK SC.
"""
import functools

import matplotlib
from cycler import cycler
from matplotlib.figure import Figure

from gdlab.i18n.fonts import figure_fonts

OKABE_ITO = {"black": "#000000", "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73",
             "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7"}
_C = OKABE_ITO
CYCLE = [_C["blue"], _C["vermillion"], _C["green"], _C["orange"], _C["purple"], _C["sky"], _C["black"]]
METHOD_COLORS = {"bgd": _C["blue"], "sgd": _C["vermillion"], "mbgd": _C["green"]}
OPTIMIZER_COLORS = {"gd": _C["black"], "momentum": _C["orange"], "nesterov": _C["sky"],
                    "adagrad": _C["green"], "rmsprop": _C["blue"], "adadelta": _C["purple"],
                    "adam": _C["vermillion"]}
DATA_COLOR, LINE_COLOR, ERROR_COLOR = _C["blue"], _C["vermillion"], _C["orange"]
OPTIMUM_COLOR = _C["yellow"]   # on dark viridis and beside black edges it stands out
CMAP = "viridis"

STYLE = {
    "font.size": 13, "axes.titlesize": 14, "axes.labelsize": 14, "legend.fontsize": 11,
    "xtick.labelsize": 12, "ytick.labelsize": 12, "lines.linewidth": 2.2, "lines.markersize": 7,
    "axes.prop_cycle": cycler(color=CYCLE), "axes.grid": True, "grid.alpha": 0.3,
    "legend.framealpha": 0.85, "figure.dpi": 100, "savefig.dpi": 100, "savefig.bbox": "tight",
}


def styled(draw):
    """Run `draw` inside rc_context(STYLE and the current language's fonts): its figures get the
    style, nothing else does. A text keeps the fonts it was made with, even drawn later."""
    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context({**STYLE, **figure_fonts()}):
            return draw(*args, **kwargs)
    return wrapper


def new_axes(ax=None, *, projection=None, figsize=(7.0, 5.0)):
    """`ax` itself, or the axes of a new Figure (not registered with pyplot, so no global state)."""
    if ax is not None:
        return ax
    figure = Figure(figsize=figsize, layout="constrained")
    return figure.add_subplot(projection=projection)


def new_axes_row(count, axes=None, *, figsize=None, projections=None):
    """`axes` (checked to hold `count`), or `count` new axes side by side in one Figure."""
    if axes is not None:
        axes = list(axes)
        if len(axes) != count:
            raise ValueError(f"this picture needs {count} axes, got {len(axes)}")
        return axes
    figure = Figure(figsize=figsize or (5.0 * count, 4.6), layout="constrained")
    projections = projections or [None] * count
    return [figure.add_subplot(1, count, i + 1, projection=p) for i, p in enumerate(projections)]
