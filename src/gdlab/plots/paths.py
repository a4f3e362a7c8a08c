"""BGD, SGD and MBGD from the same start with the same lr: their paths and their cost per step.

BGD (批量梯度下降法) uses all samples per step: smooth but one step per epoch. SGD (随机梯度下降法)
one sample: n steps per epoch, noisy. MBGD (小批量梯度下降法) a small batch: in between.
"""
import numpy as np
from matplotlib.lines import Line2D

from gdlab.descent import fit
from gdlab.i18n import text
from gdlab.plots.palette import CYCLE, METHOD_COLORS, OKABE_ITO, new_axes, new_axes_row, styled

METHOD_NAMES = {"bgd": "BGD", "sgd": "SGD", "mbgd": "MBGD"}


def compare_methods(x, y, *, methods=("bgd", "sgd", "mbgd"), lr=0.1, epochs=10, batch_size=None,
                    w0=0.0, b0=0.0, seed=0, optimizer="gd"):
    """{method: Trajectory} for y = w·x + b, each from (w0, b0) with the same lr and epochs; MBGD's
    batch is `batch_size` (None: gdlab.batches' default). A run that diverges stops there (its
    trajectory says so) instead of raising."""
    runs = {}
    for method in methods:
        runs[method] = fit(x, y, model="wxb", method=method, lr=lr, epochs=epochs, tol=0.0,
                           batch_size=batch_size if method == "mbgd" else None, w0=w0, b0=b0,
                           seed=seed, optimizer=optimizer, on_divergence="stop")
    return runs


def path_label(name, trajectory):
    """'SGD, 1000 steps' (+ ', diverged'), in the current language."""
    key = "plots.path.label_diverged" if trajectory.diverged else "plots.path.label"
    return text(key, method=METHOD_NAMES.get(name, name), steps=trajectory.steps)


def draw_path(ax, w, b, *, label, color, z=None, markersize=3.0):
    """The path through the (w, b) points (and heights z on 3-D axes), its start ● and end ✕.
    Returns the path's Line2D, whose data are exactly w and b (an animation redraws it)."""
    w, b = np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)
    style = dict(color=color, linewidth=1.8, marker="o", markersize=markersize, zorder=4)
    if z is None:
        (line,) = ax.plot(w, b, label=label, **style)
        ends = [([w[0]], [b[0]]), ([w[-1]], [b[-1]])]
    else:
        z = np.asarray(z, dtype=np.float64)
        (line,) = ax.plot(w, b, z, label=label, axlim_clip=True, **style)
        ends = [([w[0]], [b[0]], [z[0]]), ([w[-1]], [b[-1]], [z[-1]])]
    for point, marker in zip(ends, ("o", "X")):
        extra = {"axlim_clip": True} if z is not None else {}
        ax.plot(*point, marker=marker, color=color, markersize=11, markeredgecolor="white",
                markeredgewidth=1.5, linestyle="none", zorder=5, label="_nolegend_", **extra)
    return line


def start_end_handles():
    """Legend entries explaining the start and end markers."""
    kwargs = dict(color=OKABE_ITO["black"], linestyle="none", markersize=10, markeredgecolor="white")
    return [Line2D([], [], marker="o", label=text("plots.start"), **kwargs),
            Line2D([], [], marker="X", label=text("plots.end"), **kwargs)]


@styled
def plot_cost_per_step(trajectories, *, yscale="linear", minimum=None, ax=None):
    """The full-data cost J(w, b) after each step, one line per method; `minimum` draws J*."""
    if yscale not in ("linear", "log"):
        raise ValueError(f"yscale must be 'linear' or 'log', got {yscale!r}")
    ax = new_axes(ax)
    for i, (name, trajectory) in enumerate(trajectories.items()):
        color = METHOD_COLORS.get(name, CYCLE[i % len(CYCLE)])
        cost = np.asarray(trajectory.cost)
        ax.plot(np.arange(cost.size), cost, color=color, linewidth=1.8, label=path_label(name, trajectory))
    if minimum is not None:
        ax.axhline(minimum, color=OKABE_ITO["black"], linestyle=":", linewidth=1.5,
                   label=text("plots.cost_per_step.minimum", cost=minimum))
    ax.set_yscale(yscale)
    if len(trajectories) and max(t.steps for t in trajectories.values()) > 50:
        ax.set_xscale("symlog", linthresh=10)
    ax.set(xlabel=text("plots.cost_per_step.step_symlog" if ax.get_xscale() == "symlog"
                       else "plots.cost_per_step.step"),
           ylabel=text("plots.cost_per_step.cost_log") if yscale == "log" else "$J(w, b)$",
           title=text(f"plots.cost_per_step.title_{yscale}"))
    ax.set_xlim(left=0)
    ax.legend(loc="best")
    return ax


@styled
def plot_cost_panels(trajectories, *, minimum=None, axes=None):
    """Cost per step on a linear and on a log scale, side by side."""
    axes = new_axes_row(2, axes, figsize=(12.0, 4.6))
    plot_cost_per_step(trajectories, yscale="linear", minimum=minimum, ax=axes[0])
    plot_cost_per_step(trajectories, yscale="log", minimum=minimum, ax=axes[1])
    return axes
