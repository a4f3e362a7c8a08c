"""Several minima: on J(w) = w⁴ − 3w² + w plain GD ends in the global or the local minimum
(全局最优 / 局部最优) depending only on where it starts (the steps: gdlab.landscapes.descend)."""
import numpy as np

from gdlab.i18n import text
from gdlab.landscapes import descend, double_well, double_well_grad, double_well_minima
from gdlab.plots.palette import CYCLE, OKABE_ITO, new_axes, styled
from gdlab.plots.ranges import check_grid, check_range, clip_note
from gdlab.scratch.optimizers import GD


@styled
def plot_local_global(starts=(-2.0, 0.4, 1.9), *, lr=0.02, steps=40, w_range=(-2.2, 2.2), num=400, ax=None):
    """The double-well cost, its global and local minimum, and one GD path per start."""
    ax = new_axes(ax)
    w_range = check_range("w_range", w_range)
    grid = np.linspace(*w_range, check_grid(num))
    ax.plot(grid, double_well(grid), color=OKABE_ITO["blue"], label="$J(w) = w^4 - 3w^2 + w$")
    w_global, w_local = double_well_minima()
    ax.plot([w_global], [double_well(w_global)], "*", color=OKABE_ITO["green"], markersize=18,
            markeredgecolor="black", zorder=5, label=text("plots.local_global.global_minimum", w=w_global))
    ax.plot([w_local], [double_well(w_local)], "P", color=OKABE_ITO["yellow"], markersize=14,
            markeredgecolor="black", zorder=5, label=text("plots.local_global.local_minimum", w=w_local))
    outside = total = 0
    for i, start in enumerate(starts):
        path, diverged = descend(double_well_grad, GD(lr=lr), start, steps)
        end = text("plots.local_global.diverged" if diverged
                   else "plots.local_global.global" if abs(path[-1] - w_global) < abs(path[-1] - w_local)
                   else "plots.local_global.local")
        ax.plot(path, double_well(path), "o-", color=CYCLE[(i + 1) % len(CYCLE)], markersize=5,
                linewidth=1.2, zorder=4, label=text("plots.local_global.path", start=start, end=end))
        outside += int(np.count_nonzero((path < w_range[0]) | (path > w_range[1])))
        total += path.size
    clip_note(ax, outside, total, text("plots.path_points"))
    ax.set(xlim=w_range, xlabel="$w$", ylabel="$J(w)$", title=text("plots.local_global.title", lr=lr, steps=steps))
    ax.legend(loc="upper center", fontsize=10)
    return ax
