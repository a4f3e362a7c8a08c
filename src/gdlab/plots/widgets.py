"""Sliders for JupyterLab (ipywidgets): lr, steps, batch size, optimizer, start point.

Under each widget is a plain drawing function (`draw_1d`, `draw_2d`) that takes the slider
values and returns the Figure; the tests call those directly. The widgets only wire them up.
"""
from gdlab.batches import MBGD_BATCH_SIZE
from gdlab.data import load
from gdlab.descent import fit
from gdlab.errors import GdlabError
from gdlab.i18n import text
from gdlab.plots.line1d import plot_cost_curve, plot_data
from gdlab.plots.palette import new_axes_row, styled
from gdlab.plots.paths import compare_methods, plot_cost_per_step
from gdlab.plots.ranges import note
from gdlab.plots.surface import plot_contour
from gdlab.scratch.sums import LineSums
from gdlab.twins import OPTIMIZER_NAMES


@styled
def draw_1d(x, y, *, lr=0.1, steps=10, w0=0.0):
    """y = w·x: the data with the line after `steps` BGD steps, and the steps on J(w)."""
    axes = new_axes_row(2, figsize=(12.0, 4.8))
    run = fit(x, y, model="wx", lr=lr, epochs=steps, max_steps=steps, tol=0.0, w0=w0, on_divergence="stop")
    plot_data(x, y, float(run.w[-1]), ax=axes[0])
    plot_cost_curve(x, y, run, ax=axes[1])
    if run.diverged:
        critical = LineSums.from_data(x, y).critical_lr("wx")
        note(axes[1], text("plots.widgets.diverged", step=run.steps, critical=critical), y=0.9)
    return axes[0].figure


@styled
def draw_2d(x, y, *, method="mbgd", lr=0.1, epochs=5, batch_size=None, optimizer="gd", w0=0.0, b0=0.0, seed=0):
    """y = w·x + b: one method's path on the contour map and its cost per step. MBGD's batch is
    `batch_size`, at most n (None: gdlab.batches' default)."""
    axes = new_axes_row(2, figsize=(13.0, 5.2))
    batch_size = None if batch_size is None else min(batch_size, len(x))   # a slider may pass n
    runs = compare_methods(x, y, methods=(method,), lr=lr, epochs=epochs, batch_size=batch_size,
                           w0=w0, b0=b0, seed=seed, optimizer=optimizer)
    plot_contour(x, y, runs, num=120, ax=axes[0])
    sums = LineSums.from_data(x, y)
    plot_cost_per_step(runs, yscale="log", minimum=sums.cost(*sums.optimum()), ax=axes[1])
    return axes[0].figure


def _descriptions():
    """{control: its label in the current language} for the sliders and menus."""
    names = ("lr", "steps", "start_w", "start_b", "method", "optimizer", "epochs", "batch_size")
    return {name: text(f"plots.widgets.{name}") for name in names}


def _interactive(draw, data, controls):
    """An ipywidgets.interactive that redraws `draw(x, y, **values)` into an Output area."""
    import ipywidgets as widgets
    from IPython.display import display

    x, y = load(data) if isinstance(data, str) else data
    output = widgets.Output()

    def redraw(**values):
        output.clear_output(wait=True)
        with output:
            try:
                display(draw(x, y, **values))
            except GdlabError as error:   # a setting the sliders allow but the data does not
                print(text("plots.widgets.error", error=error))

    box = widgets.interactive(redraw, **controls)
    return widgets.VBox([box, output])


def widget_1d(data="line"):
    """Sliders for lr, steps and the start w over the 1-D picture (data: a name, a path or (x, y))."""
    import ipywidgets as widgets
    words = _descriptions()
    controls = dict(lr=widgets.FloatLogSlider(value=0.1, base=10, min=-3, max=0.3, description=words["lr"]),
                    steps=widgets.IntSlider(value=10, min=1, max=60, description=words["steps"]),
                    w0=widgets.FloatSlider(value=0.0, min=-3.0, max=6.0, step=0.1, description=words["start_w"]))
    return _interactive(draw_1d, data, controls)


def widget_2d(data="line"):
    """Sliders for method, optimizer, lr, epochs, batch size and the start (w, b)."""
    import ipywidgets as widgets
    words = _descriptions()
    controls = dict(method=widgets.Dropdown(options=["bgd", "sgd", "mbgd"], value="mbgd", description=words["method"]),
                    optimizer=widgets.Dropdown(options=list(OPTIMIZER_NAMES), value="gd",
                                               description=words["optimizer"]),
                    lr=widgets.FloatLogSlider(value=0.1, base=10, min=-3, max=0.3, description=words["lr"]),
                    epochs=widgets.IntSlider(value=5, min=1, max=50, description=words["epochs"]),
                    batch_size=widgets.IntSlider(value=MBGD_BATCH_SIZE, min=1, max=100,
                                                 description=words["batch_size"]),
                    w0=widgets.FloatSlider(value=0.0, min=-4.0, max=6.0, step=0.1, description=words["start_w"]),
                    b0=widgets.FloatSlider(value=0.0, min=-4.0, max=6.0, step=0.1, description=words["start_b"]))
    return _interactive(draw_2d, data, controls)
