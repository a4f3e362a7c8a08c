"""The optimizer race: plain GD, momentum, Nesterov, Adagrad, RMSprop, Adadelta and Adam from one
start on one landscape, each stepping with the SCRATCH optimizers (gdlab.scratch.optimizers).

It makes the seed's last picture live: which optimizers escape the saddle, which crawl along
the Rosenbrock valley. `params = opt.step(params, grads)` with the landscape's hand-written gradient.
Who wins depends on each optimizer's lr: `best_lrs` sweeps a log grid per optimizer and keeps the
lr whose race ends lowest, for a race in which every optimizer has its own best lr.
"""
import numpy as np

from gdlab.checks import check_choice, check_finite, check_positive_int
from gdlab.i18n import text
from gdlab.landscapes import LANDSCAPES
from gdlab.plots.palette import OKABE_ITO, OPTIMIZER_COLORS, OPTIMUM_COLOR, new_axes, styled
from gdlab.plots.paths import draw_path, start_end_handles
from gdlab.plots.ranges import clip_note
from gdlab.plots.surface import draw_contour
from gdlab.scratch.optimizers import OPTIMIZERS

ESCAPE_BOUND = 1e6   # |params| past this (or non-finite) ends a run: it diverged


def landscape_named(name):
    """The Landscape called `name` (rosenbrock, beale, himmelblau, saddle)."""
    return LANDSCAPES[check_choice("landscape", name, tuple(LANDSCAPES))]


def descend(landscape, optimizer, start, steps):
    """(k + 1, 2) array of (w, b): the start and each step's params, stopping early on divergence."""
    params = np.array(start, dtype=np.float64)
    points = [params]
    for _ in range(steps):
        grad_w, grad_b = landscape.grad(params[0], params[1])
        params = optimizer.step(params, np.array([grad_w, grad_b]))
        points.append(params)
        if not (np.all(np.isfinite(params)) and np.abs(params).max() < ESCAPE_BOUND):
            break
    return np.array(points)


def race(landscape, optimizers=None, *, start=None, steps=None, lrs=None):
    """{optimizer name: (k + 1, 2) path} from one start; lrs default to the landscape's choice."""
    landscape = landscape_named(landscape) if isinstance(landscape, str) else landscape
    names = list(OPTIMIZERS) if optimizers is None else [check_choice("optimizer", o, tuple(OPTIMIZERS))
                                                          for o in optimizers]
    start = landscape.start if start is None else tuple(check_finite("start", v) for v in start)
    steps = landscape.steps if steps is None else check_positive_int("steps", steps)
    lrs = {**landscape.lrs, **(lrs or {})}
    return {name: descend(landscape, OPTIMIZERS[name](lr=lrs.get(name, 0.01)), start, steps)
            for name in names}


# the learning rates a sweep tries: 1e-4 … 100, four per decade
LR_GRID = tuple(10.0 ** (k / 4) for k in range(-16, 9))


def lr_sweep(landscape, optimizer, lrs=LR_GRID, *, start=None, steps=None):
    """{lr: f at the end of the race} for one optimizer, one race per lr; inf where the run diverged."""
    landscape = landscape_named(landscape) if isinstance(landscape, str) else landscape
    steps = landscape.steps if steps is None else check_positive_int("steps", steps)
    finals = {}
    for lr in lrs:
        path = race(landscape, [optimizer], start=start, steps=steps, lrs={optimizer: lr})[optimizer]
        diverged = len(path) - 1 < steps
        finals[lr] = float("inf") if diverged else float(landscape.f(*path[-1]))
    return finals


def best_lrs(landscape, optimizers=None, lrs=LR_GRID, *, start=None, steps=None):
    """{optimizer: the lr of `lrs` whose race ends lowest} (criterion: f after the race's steps)."""
    names = list(OPTIMIZERS) if optimizers is None else optimizers
    best = {}
    for name in names:
        finals = lr_sweep(landscape, name, lrs, start=start, steps=steps)
        best[name] = min(finals, key=finals.get)
    return best


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
    formula = (landscape.f.__doc__ or "").split(":")[0]   # "f = (1 − w)² + 100·(b − w²)²"
    ax.set(xlim=landscape.w_range, ylim=landscape.b_range, xlabel="$w$", ylabel="$b$",
           title=f"{landscape_title_name(landscape)}\n{formula}")
    return ax


@styled
def plot_race(landscape, paths=None, *, ax=None, **race_options):
    """Every optimizer's path on the landscape's contour map; `paths` defaults to race(landscape)."""
    landscape = landscape_named(landscape) if isinstance(landscape, str) else landscape
    paths = race(landscape, **race_options) if paths is None else paths
    ax = plot_landscape(landscape, ax=ax)
    outside = total = 0
    for name, path in paths.items():
        steps = len(path) - 1
        escaped = steps < landscape.steps if not race_options.get("steps") else steps < race_options["steps"]
        label = text("plots.race.path_diverged" if escaped else "plots.race.path", optimizer=name,
                     lr=_lr_of(landscape, name, race_options))
        draw_path(ax, path[:, 0], path[:, 1], label=label, color=OPTIMIZER_COLORS.get(name, OKABE_ITO["black"]),
                  markersize=0)
        inside = ((path[:, 0] >= landscape.w_range[0]) & (path[:, 0] <= landscape.w_range[1])
                  & (path[:, 1] >= landscape.b_range[0]) & (path[:, 1] <= landscape.b_range[1]))
        outside, total = outside + int(np.count_nonzero(~inside)), total + len(path)
    clip_note(ax, outside, total, text("plots.path_points"))
    steps = max((len(p) - 1 for p in paths.values()), default=0)
    if paths:
        w0, b0 = next(iter(paths.values()))[0]
        ax.set_title(text("plots.race.title", landscape=landscape_title_name(landscape), steps=steps,
                          w0=w0, b0=b0))
    handles, _ = ax.get_legend_handles_labels()
    ax.legend(handles=handles + start_end_handles(), loc="upper center", bbox_to_anchor=(0.5, -0.12),
              fontsize=10, ncol=3)
    return ax


def _lr_of(landscape, name, race_options):
    return {**landscape.lrs, **(race_options.get("lrs") or {})}.get(name, 0.01)
