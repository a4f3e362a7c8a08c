"""The cost of y = w·x + b over (w, b): a 3-D surface and a contour map, the least-squares
optimum, and descent paths on top. The grid comes from LineSums: O(G²) after one look at the data.
"""
import numpy as np

from gdlab.data import check_xy
from gdlab.errors import GdlabError
from gdlab.i18n import text
from gdlab.plots.palette import CMAP, OKABE_ITO, OPTIMUM_COLOR, new_axes, new_axes_row, styled
from gdlab.plots.paths import METHOD_COLORS, draw_path, path_label, start_end_handles
from gdlab.plots.ranges import check_grid, check_range, clip_note, cover, note
from gdlab.scratch.sums import LineSums


def contour_levels(values, count=20, log=None):
    """`count` levels from the lowest to the highest finite value; log-spaced above the minimum
    (so the valley floor shows) when the values span more than two decades, or when log=True."""
    finite = np.asarray(values, dtype=np.float64)
    finite = finite[np.isfinite(finite)]
    if finite.size == 0:
        raise GdlabError(text("core.surface.all_non_finite"))
    low, high = float(finite.min()), float(finite.max())
    if not high > low:
        raise GdlabError(text("core.surface.flat", value=low))
    if log is None:
        log = high - low > 100 * (np.median(finite) - low)
    if log:
        levels = low + np.geomspace(1e-4 * (high - low), high - low, count - 1)
        levels = np.concatenate([[low], levels])
    else:
        levels = np.linspace(low, high, count)
    levels[-1] = high
    return levels


def draw_contour(ax, w_values, b_values, values, *, levels=20, log=None, colorbar=True, label="$J(w, b)$"):
    """Filled contours with lines on top; non-finite values are left blank with a note."""
    grid = np.ma.masked_invalid(values)
    levels = contour_levels(values, levels, log) if np.ndim(levels) == 0 else np.asarray(levels)
    filled = ax.contourf(w_values, b_values, grid, levels=levels, cmap=CMAP, alpha=0.55)
    ax.contour(w_values, b_values, grid, levels=levels, colors="0.35", linewidths=0.6, alpha=0.7)
    if colorbar:
        bar = ax.figure.colorbar(filled, ax=ax, label=label, format="%.3g")
        bar.set_ticks(levels[:: max(1, len(levels) // 6)])
    bad = int(np.count_nonzero(~np.isfinite(values)))
    if bad:
        note(ax, text("plots.surface.non_finite", count=bad), y=0.9)
    return filled


def cost_surface(sums, w_range, b_range, num=200):
    """(w_values, b_values, J) with J[i, j] = J(w_values[j], b_values[i])."""
    w_values = np.linspace(*check_range("w_range", w_range), check_grid(num))
    b_values = np.linspace(*check_range("b_range", b_range), check_grid(num))
    with np.errstate(over="ignore", invalid="ignore"):   # huge ranges overflow: reported, not warned
        return w_values, b_values, sums.cost_grid(w_values, b_values)


def surface_ranges(sums, trajectories=(), w_range=None, b_range=None):
    """Ranges centred on the optimum holding every start; grown (up to 4×) to hold the paths.
    Returns (w_range, b_range, points outside them)."""
    w_star, b_star = sums.optimum()
    starts = [(t.w[0], t.b[0]) for t in trajectories]
    half = max([1.0] + [1.3 * max(abs(w - w_star), abs(b - b_star)) for w, b in starts])
    auto_w, auto_b = w_range is None, b_range is None
    w_range = (w_star - half, w_star + half) if auto_w else check_range("w_range", w_range)
    b_range = (b_star - half, b_star + half) if auto_b else check_range("b_range", b_range)
    all_w = np.concatenate([np.asarray(t.w) for t in trajectories] or [np.zeros(0)])
    all_b = np.concatenate([np.asarray(t.b) for t in trajectories] or [np.zeros(0)])
    if auto_w:
        w_range, _ = cover(w_range, all_w)
    if auto_b:
        b_range, _ = cover(b_range, all_b)
    inside = (all_w >= w_range[0]) & (all_w <= w_range[1]) & (all_b >= b_range[0]) & (all_b <= b_range[1])
    return w_range, b_range, int(np.count_nonzero(~inside))


def _optimum_marker(ax, sums, z=None):
    w_star, b_star = sums.optimum()
    point = ([w_star], [b_star]) if z is None else ([w_star], [b_star], [z])
    ax.plot(*point, marker="*", color=OPTIMUM_COLOR, markersize=20, markeredgecolor="black",
            linestyle="none", zorder=6, label=text("plots.surface.optimum", w=w_star, b=b_star))


@styled
def plot_contour(x, y, trajectories=None, *, w_range=None, b_range=None, num=200, levels=20,
                 log_levels=True, ax=None):
    """Contour map of J(w, b) with the optimum and the paths of `trajectories` ({name: Trajectory}).
    Levels are log-spaced above the minimum by default, so the long valley of the bowl shows."""
    ax = new_axes(ax, figsize=(7.5, 6.0))
    draw_cost_contour(ax, x, y, trajectories, w_range=w_range, b_range=b_range, num=num, levels=levels,
                      log_levels=log_levels)
    return ax


def draw_cost_contour(ax, x, y, trajectories=None, *, w_range=None, b_range=None, num=200, levels=20,
                      log_levels=True):
    """plot_contour's picture on `ax`; returns {name: the Line2D of its path} (an animation redraws them)."""
    sums = LineSums.from_data(*check_xy(x, y))
    trajectories = trajectories or {}
    w_range, b_range, outside = surface_ranges(sums, trajectories.values(), w_range, b_range)
    w_values, b_values, cost = cost_surface(sums, w_range, b_range, num)
    draw_contour(ax, w_values, b_values, cost, levels=levels, log=log_levels)
    lines = _draw_paths(ax, trajectories)
    _optimum_marker(ax, sums)
    total = sum(t.steps + 1 for t in trajectories.values())
    clip_note(ax, outside, total, text("plots.path_points"))
    ax.set(xlim=w_range, ylim=b_range, xlabel="$w$", ylabel="$b$", title=text("plots.surface.contour_title"))
    handles, _ = ax.get_legend_handles_labels()
    ax.legend(handles=handles + (start_end_handles() if trajectories else []), loc="upper right", fontsize=10)
    return lines


def _draw_paths(ax, trajectories, lifted=False):
    """{name: the Line2D of its path}: each trajectory's (w, b), at the height of its cost if `lifted`."""
    return {name: draw_path(ax, t.w, t.b, z=t.cost if lifted else None, label=path_label(name, t),
                            color=METHOD_COLORS.get(name, OKABE_ITO["orange"]))
            for name, t in trajectories.items()}


@styled
def plot_surface3d(x, y, trajectories=None, *, w_range=None, b_range=None, num=60, ax=None):
    """J(w, b) as a 3-D surface with the optimum and the paths lifted onto it."""
    sums = LineSums.from_data(*check_xy(x, y))
    trajectories = trajectories or {}
    ax = new_axes(ax, projection="3d", figsize=(7.5, 6.0))
    w_range, b_range, outside = surface_ranges(sums, trajectories.values(), w_range, b_range)
    w_values, b_values, cost = cost_surface(sums, w_range, b_range, num)
    bad = ~np.isfinite(cost)
    if bad.all():
        raise GdlabError(text("core.surface.all_non_finite"))
    if bad.any():   # drawn flat at the largest finite value, and said so
        cost = np.where(bad, cost[~bad].max(), cost)
        note(ax, text("plots.surface.overflow", count=int(bad.sum())), y=0.9)
    W, B = np.meshgrid(w_values, b_values)
    ax.plot_surface(W, B, cost, cmap=CMAP, alpha=0.55, linewidth=0, antialiased=True)
    _draw_paths(ax, trajectories, lifted=True)
    _optimum_marker(ax, sums, z=sums.cost(*sums.optimum()))
    clip_note(ax, outside, sum(t.steps + 1 for t in trajectories.values()), text("plots.path_points"))
    ax.set(xlim=w_range, ylim=b_range, zlim=(0, float(cost.max())), xlabel="$w$", ylabel="$b$",
           zlabel="$J(w, b)$", title=text("plots.surface.title"))
    ax.view_init(elev=32, azim=-125)
    ax.legend(loc="upper left", fontsize=9)
    return ax


@styled
def plot_surface_pair(x, y, trajectories=None, *, w_range=None, b_range=None, num=120, axes=None):
    """The 3-D surface and the contour map side by side."""
    axes = new_axes_row(2, axes, figsize=(14.0, 6.0), projections=["3d", None])
    plot_surface3d(x, y, trajectories, w_range=w_range, b_range=b_range, num=min(num, 80), ax=axes[0])
    plot_contour(x, y, trajectories, w_range=w_range, b_range=b_range, num=num, ax=axes[1])
    return axes
