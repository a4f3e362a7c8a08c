"""Every picture of the lesson, written to a folder: what `gdlab demo` and `make figures` call."""
from pathlib import Path

from gdlab.data import load
from gdlab.descent import fit
from gdlab.i18n import using_language
from gdlab.landscapes import LANDSCAPES
from gdlab.plots.animate import animate_contour, animate_curve, save_gif
from gdlab.plots.line1d import plot_cost_curve, plot_data, plot_lr_panel
from gdlab.plots.local_global import plot_local_global
from gdlab.plots.palette import new_axes_row, styled
from gdlab.plots.paths import compare_methods, plot_cost_panels
from gdlab.plots.race import plot_landscape, plot_race
from gdlab.plots.surface import plot_contour, plot_surface3d
from gdlab.scratch.sums import LineSums

START_2D = {"w0": -1.0, "b0": 5.0}   # far enough from (w*, b*) ≈ (2, 1) that the paths show


def _method_runs(x, y, epochs):
    """BGD, SGD and MBGD from START_2D with lr 0.1; MBGD's batch is gdlab.batches' default."""
    return compare_methods(x, y, lr=0.1, epochs=epochs, batch_size=None, **START_2D)


def _save(figure_or_ax, path, dpi=100):
    figure = getattr(figure_or_ax, "figure", figure_or_ax)
    figure.savefig(path, dpi=dpi)
    return Path(path)


@styled
def _landscapes_figure():
    axes = new_axes_row(4, figsize=(24.0, 5.6))
    for ax, name in zip(axes, LANDSCAPES):
        plot_landscape(name, ax=ax)
        ax.legend(loc="upper left", fontsize=10)
    return axes[0].figure


def write_demo_figures(out_dir, *, data="line", gif=True):
    """Write the full set of figures (PNG, and two GIFs) for `data` into out_dir; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    x, y = load(data) if isinstance(data, str) else data
    sums = LineSums.from_data(x, y)
    one_d = fit(x, y, model="wx", lr=0.2 * sums.critical_lr("wx"), epochs=8, tol=0.0)
    runs = _method_runs(x, y, epochs=20)
    written = [
        _save(plot_data(x, y, float(one_d.w[2])), out / "01_data_and_errors.png"),
        _save(plot_cost_curve(x, y, one_d), out / "02_cost_curve.png"),
        _save(plot_lr_panel(x, y)[0], out / "03_learning_rates.png"),
        _save(plot_surface3d(x, y, runs), out / "04_cost_surface_3d.png"),
        _save(plot_contour(x, y, runs), out / "05_contour_paths.png"),
        _save(plot_cost_panels(runs, minimum=sums.cost(*sums.optimum()))[0], out / "06_cost_per_step.png"),
        _save(plot_local_global(), out / "07_local_global.png"),
        _save(_landscapes_figure(), out / "08_landscapes.png", dpi=80),
        _save(plot_race("saddle"), out / "09_race_saddle.png"),
        _save(plot_race("rosenbrock"), out / "10_race_rosenbrock.png"),
    ]
    if gif:
        written.append(save_gif(animate_curve(x, y, one_d), out / "11_descent_curve.gif", fps=2))
        short = _method_runs(x, y, epochs=2)
        written.append(save_gif(animate_contour(x, y, short, frames=25, num=80),
                                out / "12_descent_contour.gif", fps=5, dpi=60))
    return written


def write_readme_figures(out_dir="docs/figures", language=None):
    """The four README pictures, small PNGs: the cost curve, the lr panel, the paths, the race
    (in `language`: docs/figures for README.md, docs/figures/zh for README.zh.md)."""
    with using_language(language):
        return _write_readme_figures(Path(out_dir))


def _write_readme_figures(out):
    out.mkdir(parents=True, exist_ok=True)
    x, y = load("line")
    sums = LineSums.from_data(x, y)
    one_d = fit(x, y, model="wx", lr=0.2 * sums.critical_lr("wx"), epochs=8, tol=0.0)
    runs = _method_runs(x, y, epochs=20)
    return [_save(plot_cost_curve(x, y, one_d), out / "cost_curve.png", dpi=80),
            _save(plot_lr_panel(x, y)[0], out / "learning_rates.png", dpi=60),
            _save(plot_contour(x, y, runs), out / "contour_paths.png", dpi=80),
            _save(plot_race("saddle"), out / "race_saddle.png", dpi=80)]
