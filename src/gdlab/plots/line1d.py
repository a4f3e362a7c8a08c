"""The 1-D lesson, y = w·x: the data with its errors, the cost parabola J(w), and the learning rate.

J(w) = (1/n) Σ (w·x_i − y_i)² is a parabola in w; its slope dJ/dw is the gradient, and one step
is w ← w − lr·dJ/dw. Plain GD on it converges for lr < 2/J'' (the critical learning rate),
oscillates across the minimum just below that (反复横跳) and diverges above it.
"""
from collections.abc import Sequence

import numpy as np
from matplotlib.collections import LineCollection

from gdlab.data import check_xy
from gdlab.descent import fit
from gdlab.errors import DivergenceError
from gdlab.i18n import text
from gdlab.plots.palette import (DATA_COLOR, ERROR_COLOR, LINE_COLOR, OKABE_ITO, new_axes,
                                 new_axes_row, styled)
from gdlab.plots.ranges import check_grid, check_range, clip_note, cover, note
from gdlab.scratch.sums import LineSums

LR_FACTORS = (0.05, 0.3, 0.95, 1.4)   # × the critical lr: crawls, good, oscillates, diverges
LR_KEYS = ("crawls", "good", "oscillates", "diverges")   # their titles: plots.lr_panel.<key>


class _LrTitles(Sequence):
    """The titles of LR_FACTORS' panels in the current language, looked up when read."""
    def __getitem__(self, index):
        return [text(f"plots.lr_panel.{key}") for key in LR_KEYS][index]

    def __len__(self):
        return len(LR_KEYS)


LR_TITLES = _LrTitles()


@styled
def plot_data(x, y, w, b=0.0, *, ax=None, errors=True):
    """The samples, the line y = w·x + b, and each sample's error as a vertical segment."""
    x, y = check_xy(x, y)
    ax = new_axes(ax)
    ax.scatter(x, y, color=DATA_COLOR, s=36, zorder=3, label=text("plots.data.samples"))
    grid = np.linspace(x.min(), x.max(), 2) if x.min() < x.max() else x[:1] + np.array([-1.0, 1.0])
    sign = "+" if b >= 0 else "−"
    ax.plot(grid, w * grid + b, color=LINE_COLOR, zorder=2,
            label=f"$\\hat y = {w:.3g}\\,x$" + (f" {sign} {abs(b):.3g}" if b else ""))
    if errors:
        y_hat = w * x + b
        segments = np.stack([np.column_stack([x, y]), np.column_stack([x, y_hat])], axis=1)
        ax.add_collection(LineCollection(segments, colors=ERROR_COLOR, linewidths=1.5,
                                         linestyles="--", label=text("plots.data.errors")))
    ax.set(xlabel="$x$", ylabel="$y$", title=text("plots.data.title"))
    ax.legend(loc="best")
    return ax


def cost_curve_range(sums, w_values=()):
    """A w range centred on the optimum w* that holds the given w values (the start, the steps)."""
    w_star = sums.optimum("wx")[0]
    distance = max([abs(v - w_star) for v in w_values if np.isfinite(v)], default=0.0)
    half = max(1.2 * distance, 1.0, 0.5 * abs(w_star))
    return w_star - half, w_star + half


@styled
def plot_cost_curve(x, y, trajectory=None, *, w=None, w_range=None, num=400, tangent=True, ax=None):
    """J(w) for y = w·x, the optimum w*, the descent steps of `trajectory` on the curve, and the
    tangent (slope = gradient dJ/dw) at the current w (the last step, or `w`)."""
    ax = new_axes(ax)
    draw_cost_curve(ax, x, y, trajectory, w=w, w_range=w_range, num=num, tangent=tangent)
    return ax


def draw_cost_curve(ax, x, y, trajectory=None, *, w=None, w_range=None, num=400, tangent=True):
    """plot_cost_curve's picture on `ax`; returns the Line2D of the steps (None without a trajectory),
    whose data are exactly the trajectory's w and cost (an animation redraws it)."""
    x, y = check_xy(x, y)
    sums = LineSums.from_data(x, y)
    steps_w = np.asarray(trajectory.w) if trajectory is not None else np.array([])
    current = float(steps_w[-1]) if w is None and steps_w.size else w
    shown = [*steps_w[:1]] + ([w] if w is not None else [])
    low_high = cost_curve_range(sums, shown) if w_range is None else check_range("w_range", w_range)
    if w_range is None and steps_w.size:   # grow to hold the steps, up to 4× (divergence: clipped)
        low_high, _ = cover(low_high, steps_w)
    outside = int(np.count_nonzero(~((steps_w >= low_high[0]) & (steps_w <= low_high[1]))))
    grid = np.linspace(*low_high, check_grid(num))
    ax.plot(grid, sums.cost(grid), color=OKABE_ITO["blue"], label=text("plots.cost_curve.cost"), zorder=1)
    w_star = sums.optimum("wx")[0]
    ax.plot([w_star], [sums.cost(w_star)], "*", color=OKABE_ITO["green"], markersize=16,
            markeredgecolor="black", zorder=4, label=text("plots.cost_curve.minimum", w=w_star))
    steps_line = None
    if steps_w.size:
        (steps_line,) = ax.plot(steps_w, trajectory.cost, "o-", color=OKABE_ITO["vermillion"], markersize=6,
                                linewidth=1.5, zorder=3, label=text("plots.cost_curve.steps", steps=trajectory.steps,
                                                                    lr=trajectory.config.lr))
        ax.plot(steps_w[:1], trajectory.cost[:1], "s", color=OKABE_ITO["vermillion"], markersize=10,
                markeredgecolor="black", zorder=5, label=text("plots.start"))
        clip_note(ax, outside, steps_w.size, text("plots.points"))
    if tangent and current is not None:
        _draw_tangent(ax, sums, float(current), low_high)
    top = float(sums.cost(grid).max())
    ax.set(xlim=low_high, ylim=(-0.04 * top, 1.08 * top), xlabel="$w$", ylabel="$J(w)$",
           title=text("plots.cost_curve.title"))
    ax.legend(loc="upper center", fontsize=10)
    return steps_line


def _draw_tangent(ax, sums, w, w_range):
    """The tangent at w: J(w) + dJ/dw·(v − w) over a short stretch around w."""
    grad_w = float(sums.grad(w)[0])
    half = 0.18 * (w_range[1] - w_range[0])
    v = np.array([w - half, w + half])
    ax.plot(v, sums.cost(w) + grad_w * (v - w), color=OKABE_ITO["black"], linestyle="--",
            linewidth=1.8, zorder=2, label=text("plots.cost_curve.tangent", grad_w=grad_w))


def lr_runs(x, y, lrs=None, *, steps=12, w0=0.0):
    """[(lr, trajectory, divergence message or None)]: BGD on y = w·x, `steps` steps from w0 for
    each lr; the default lrs are LR_FACTORS × the critical learning rate 2/J''."""
    x, y = check_xy(x, y)
    critical = LineSums.from_data(x, y).critical_lr("wx")
    lrs = [f * critical for f in LR_FACTORS] if lrs is None else list(lrs)
    runs = []
    for lr in lrs:
        settings = dict(model="wx", method="bgd", lr=lr, epochs=steps, max_steps=steps, tol=0.0, w0=w0)
        try:
            runs.append((lr, fit(x, y, **settings), None))
        except DivergenceError as error:
            runs.append((lr, error.trajectory, text("plots.diverged_at_step", step=error.step)))
    return runs


@styled
def plot_lr_panel(x, y, lrs=None, *, steps=12, w0=0.0, axes=None, titles=None):
    """Side by side, the same start and step count with each learning rate; returns the axes."""
    runs = lr_runs(x, y, lrs, steps=steps, w0=w0)
    axes = new_axes_row(len(runs), axes, figsize=(4.6 * len(runs), 4.4))
    sums = LineSums.from_data(*check_xy(x, y))
    critical = sums.critical_lr("wx")
    titles = titles or (list(LR_TITLES) if lrs is None else [None] * len(runs))
    for ax, (lr, trajectory, diverged), title in zip(axes, runs, titles):
        plot_cost_curve(x, y, trajectory, tangent=False, ax=ax)
        ax.get_legend().remove()
        ax.set_title((f"{title}\n" if title else "") + text("plots.lr_panel.lr", lr=lr, ratio=lr / critical))
        if diverged:
            note(ax, diverged, y=0.9)
    axes[0].legend(loc="upper center", fontsize=9)
    return axes
