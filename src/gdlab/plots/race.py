"""The optimizer race drawn: a test landscape's contour map with its minima, and each optimizer's
path on it (gdlab.landscapes.race runs the race; these functions only draw).

It makes the seed's last picture live: which optimizers escape the saddle, which crawl along
the Rosenbrock valley.
"""
import numpy as np

from gdlab.i18n import text
from gdlab.landscapes import landscape_named, race
from gdlab.plots.palette import OKABE_ITO, OPTIMIZER_COLORS, OPTIMUM_COLOR, new_axes, styled
from gdlab.plots.paths import draw_path, start_end_handles
from gdlab.plots.ranges import clip_note
from gdlab.plots.surface import draw_contour


def landscape_grid(landscape, num=300):
    """(w_values, b_values, f) over the landscape's own range."""
    w_values = np.linspace(*landscape.w_range, num)
    b_values = np.linspace(*landscape.b_range, num)
    return w_values, b_values, landscape.f(w_values[None, :], b_values[:, None])


def landscape_title_name(landscape):
    """The landscape's name for a title, from the catalogue (plots.landscape.name.<name>) when it
    has one there, else the name as it is."""
    try:
        return text(f"plots.landscape.name.{landscape.name}")
    except KeyError:   # a landscape made in a notebook
        return landscape.name.capitalize()


@styled
def plot_landscape(landscape, *, num=300, levels=25, colorbar=True, ax=None):
    """Contour map of a test landscape with its minima marked."""
    landscape = landscape_named(landscape) if isinstance(landscape, str) else landscape
    ax = new_axes(ax, figsize=(7.5, 6.0))
    draw_contour(ax, *landscape_grid(landscape, num), levels=levels, log=landscape.log_levels,
                 colorbar=colorbar, label="$f(w, b)$")
    minima = np.array(landscape.minima)
    ax.plot(minima[:, 0], minima[:, 1], "*", color=OPTIMUM_COLOR, markersize=18, markeredgecolor="black",
            linestyle="none", zorder=6,
            label=text("plots.landscape.minimum" if len(minima) == 1 else "plots.landscape.minima"))
    ax.set(xlim=landscape.w_range, ylim=landscape.b_range, xlabel="$w$", ylabel="$b$",
           title=f"{landscape_title_name(landscape)}\n{landscape.formula}")
    return ax


@styled
def plot_race(landscape, runs=None, *, ax=None, **race_options):
    """Every optimizer's path on the landscape's contour map. `runs` ({optimizer: Descent}) defaults
    to race(landscape, **race_options); the lrs in the labels are the landscape's and race_options'."""
    landscape = landscape_named(landscape) if isinstance(landscape, str) else landscape
    runs = race(landscape, **race_options) if runs is None else runs
    lrs = {**landscape.lrs, **(race_options.get("lrs") or {})}
    ax = plot_landscape(landscape, ax=ax)
    outside = total = 0
    for name, run in runs.items():
        label = text("plots.race.path_diverged" if run.diverged else "plots.race.path", optimizer=name,
                     lr=lrs.get(name, 0.01))
        draw_path(ax, run.path[:, 0], run.path[:, 1], label=label,
                  color=OPTIMIZER_COLORS.get(name, OKABE_ITO["black"]), markersize=0)
        outside += _points_outside(landscape, run.path)
        total += len(run.path)
    clip_note(ax, outside, total, text("plots.path_points"))
    if runs:
        w0, b0 = next(iter(runs.values())).path[0]
        ax.set_title(text("plots.race.title", landscape=landscape_title_name(landscape),
                          steps=max(run.steps for run in runs.values()), w0=w0, b0=b0) + f"\n{landscape.formula}")
    handles, _ = ax.get_legend_handles_labels()
    ax.legend(handles=handles + start_end_handles(), loc="upper center", bbox_to_anchor=(0.5, -0.12),
              fontsize=10, ncol=3)
    return ax


def _points_outside(landscape, path):
    """How many (w, b) points of `path` lie outside the landscape's plotting range."""
    (w_low, w_high), (b_low, b_high) = landscape.w_range, landscape.b_range
    inside = (path[:, 0] >= w_low) & (path[:, 0] <= w_high) & (path[:, 1] >= b_low) & (path[:, 1] <= b_high)
    return int(np.count_nonzero(~inside))
