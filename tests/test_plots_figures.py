"""What the figures hold: path vertices equal the trajectory, the optimum at the closed form,
contour levels span the surface, bad ranges raise clear errors, and drawing raises no warnings."""
import warnings

import matplotlib
import numpy as np
import pytest

from gdlab import plots
from gdlab.descent import fit
from gdlab.errors import GdlabError
from gdlab.landscapes import race
from gdlab.plots.surface import contour_levels, cost_surface
from gdlab.scratch.sums import LineSums
from numerics import assert_allclose_finite


@pytest.fixture(autouse=True)
def no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


@pytest.fixture(scope="module")
def runs(line_data):
    return plots.compare_methods(*line_data, lr=0.1, epochs=3, w0=-1.0, b0=5.0)


def line_labelled(ax, start):
    return next(line for line in ax.get_lines() if line.get_label().startswith(start))


def test_contour_paths_equal_trajectories_and_optimum_is_least_squares(line_data, runs):
    x, y = line_data
    ax = plots.plot_contour(x, y, runs, num=60)
    for name, label in (("bgd", "BGD"), ("sgd", "SGD"), ("mbgd", "MBGD")):
        w, b = line_labelled(ax, label + ",").get_data()
        np.testing.assert_array_equal(w, runs[name].w)
        np.testing.assert_array_equal(b, runs[name].b)
    w_star, b_star = np.polyfit(x, y, 1)
    star_w, star_b = line_labelled(ax, "least squares").get_data()
    assert_allclose_finite([star_w[0], star_b[0]], [w_star, b_star], rtol=1e-10)
    lo_w, hi_w = ax.get_xlim()
    assert lo_w < min(np.min(t.w) for t in runs.values()) and hi_w > max(np.max(t.w) for t in runs.values())


def test_surface3d_path_is_lifted_onto_the_cost(line_data, runs):
    ax = plots.plot_surface3d(*line_data, {"bgd": runs["bgd"]}, num=30)
    w, b, z = line_labelled(ax, "BGD").get_data_3d()
    np.testing.assert_array_equal(w, runs["bgd"].w)
    np.testing.assert_array_equal(z, runs["bgd"].cost)


def test_contour_levels_span_the_surface(line_data):
    sums = LineSums.from_data(*line_data)
    _, _, cost = cost_surface(sums, (-2, 6), (-3, 5), 50)
    for log in (True, False):
        levels = contour_levels(cost, 15, log)
        assert np.isfinite(levels).all() and np.all(np.diff(levels) > 0)
        assert levels[0] == cost.min() and levels[-1] == cost.max()


def test_contour_levels_reject_flat_and_non_finite_surfaces():
    with pytest.raises(GdlabError, match="flat"):
        contour_levels(np.full((3, 3), 2.0))
    with pytest.raises(GdlabError, match="non-finite"):
        contour_levels(np.full((3, 3), np.inf))


def test_overflowing_grid_gets_a_visible_note(line_data):
    ax = plots.plot_contour(*line_data, w_range=(-1e156, 1e156), b_range=(-1.0, 1.0), num=41)
    assert any("non-finite" in text.get_text() for text in ax.texts)


@pytest.mark.parametrize("w_range, message", [((3, 1), "inverted"), ((1, 1), "empty"),
                                              ((0, np.inf), "finite"), ((1,), "two numbers")])
def test_bad_ranges_raise_clear_errors(line_data, w_range, message):
    with pytest.raises(GdlabError, match=message):
        plots.plot_contour(*line_data, w_range=w_range, num=20)


def test_a_grid_of_one_point_is_an_error(line_data):
    with pytest.raises(GdlabError, match="at least 2 points"):
        plots.plot_contour(*line_data, num=1)


def test_a_path_leaving_a_given_range_is_noted(line_data, runs):
    ax = plots.plot_contour(*line_data, runs, w_range=(1.5, 2.5), b_range=(0.5, 1.5), num=20)
    assert any("outside the plotted range" in text.get_text() for text in ax.texts)


def test_cost_curve_steps_tangent_and_optimum(line_data):
    x, y = line_data
    trajectory = fit(x, y, model="wx", lr=0.05, epochs=6, tol=0.0)
    ax = plots.plot_cost_curve(x, y, trajectory)
    w, cost = line_labelled(ax, "6 steps").get_data()
    np.testing.assert_array_equal(w, trajectory.w)
    np.testing.assert_array_equal(cost, trajectory.cost)
    star_w, _ = line_labelled(ax, "minimum").get_data()
    assert_allclose_finite(star_w[0], np.dot(x, y) / np.dot(x, x), rtol=1e-12)
    v, tangent = line_labelled(ax, "tangent").get_data()
    slope = (tangent[1] - tangent[0]) / (v[1] - v[0])
    assert_allclose_finite(slope, LineSums.from_data(x, y).grad(w[-1])[0], rtol=1e-9)


def test_lr_panel_crawls_converges_oscillates_and_diverges(line_data):
    axes = plots.plot_lr_panel(*line_data, steps=12)
    assert len(axes) == 4
    runs = plots.lr_runs(*line_data, steps=12)
    small, good, near, large = (run[1] for run in runs)
    w_star = LineSums.from_data(*line_data).optimum("wx")[0]
    assert abs(good.w[-1] - w_star) < abs(small.w[-1] - w_star)
    assert np.any(near.w > w_star) and np.any(near.w < w_star)         # crosses the minimum
    assert runs[3][2].startswith("diverged") and large.diverged
    assert any(text.get_text().startswith("diverged") for text in axes[3].texts)
    assert any("outside the plotted range" in text.get_text() for text in axes[3].texts)


def test_data_plot_draws_one_error_segment_per_sample(line_data):
    x, y = line_data
    ax = plots.plot_data(x, y, w=1.5, b=0.2)
    segments = ax.collections[-1].get_segments()
    assert len(segments) == len(x)
    assert_allclose_finite([s[1, 1] for s in segments], 1.5 * x + 0.2)


def test_cost_per_step_lines_hold_the_full_data_cost(runs):
    axes = plots.plot_cost_panels(runs, minimum=0.08)
    assert axes[1].get_yscale() == "log"
    _, cost = line_labelled(axes[0], "SGD").get_data()
    np.testing.assert_array_equal(cost, runs["sgd"].cost)


def test_race_paths_are_torch_optims_steps():
    """The race steps with the scratch Adam; torch.optim.Adam with autograd's gradient is the reference."""
    import torch
    from gdlab.landscapes import rosenbrock
    runs = race("rosenbrock", ["adam"], steps=50)
    params = torch.tensor([-1.5, 2.5], dtype=torch.float64, requires_grad=True)
    adam = torch.optim.Adam([params], lr=0.05)
    expected = [params.detach().clone().numpy()]
    for _ in range(50):
        adam.zero_grad()
        rosenbrock(params[0], params[1]).backward()
        adam.step()
        expected.append(params.detach().clone().numpy())
    assert_allclose_finite(runs["adam"].path, np.array(expected), rtol=1e-10, atol=1e-12)
    assert not runs["adam"].diverged
    ax = plots.plot_race("rosenbrock", runs)
    w, b = line_labelled(ax, "adam (").get_data()
    np.testing.assert_array_equal(w, runs["adam"].path[:, 0])
    np.testing.assert_array_equal(b, runs["adam"].path[:, 1])


def test_titles_show_the_landscapes_formula_not_a_docstring():
    from gdlab.landscapes import LANDSCAPES, Landscape, saddle, saddle_grad
    for name, landscape in LANDSCAPES.items():
        assert landscape.formula.startswith("$f = ") and landscape.formula.endswith("$"), name
        assert plots.plot_landscape(name, num=20).get_title().endswith("\n" + landscape.formula)
    assert plots.plot_race("saddle", steps=5).get_title().endswith("\n" + LANDSCAPES["saddle"].formula)
    mine = Landscape("mine", saddle, saddle_grad, formula="$f = w^2 - b^2 + b^4/2$", minima=((0.0, 1.0),),
                     w_range=(-2.0, 2.0), b_range=(-1.6, 1.6), start=(1.0, 0.1), steps=10)
    assert plots.plot_landscape(mine, num=20).get_title() == "Mine\n$f = w^2 - b^2 + b^4/2$"


def test_race_on_the_saddle_all_optimizers_and_unknown_names():
    runs = race("saddle")
    assert set(runs) == {"gd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam"}
    assert all(np.isfinite(run.path).all() and not run.diverged and run.steps == 120 for run in runs.values())
    escaped = [name for name, run in runs.items() if abs(run.path[-1, 1]) > 0.5]
    assert "adam" in escaped and "rmsprop" in escaped                  # they leave the saddle
    with pytest.raises(GdlabError, match="unknown landscape"):
        race("everest")
    with pytest.raises(GdlabError, match="unknown optimizer"):
        race("saddle", ["lbfgs"])


def test_local_global_start_decides_the_minimum():
    from gdlab.landscapes import descend, double_well, double_well_grad, double_well_minima
    from gdlab.scratch.optimizers import GD
    w_global, w_local = double_well_minima()
    assert abs(descend(double_well_grad, GD(lr=0.02), -2.0, 200).path[-1] - w_global) < 1e-6
    assert abs(descend(double_well_grad, GD(lr=0.02), 1.9, 200).path[-1] - w_local) < 1e-6
    ax = plots.plot_local_global(starts=(-2.0, 1.9), steps=40)
    for start, end in ((-2.0, "global"), (1.9, "local")):
        w, cost = line_labelled(ax, f"GD from $w_0 = {start:g}$ → {end}").get_data()
        np.testing.assert_array_equal(w, descend(double_well_grad, GD(lr=0.02), start, 40).path)
        np.testing.assert_array_equal(cost, double_well(w))


def test_local_global_says_which_start_diverged():
    ax = plots.plot_local_global(starts=(-2.0, 3.0), lr=0.2, steps=40)
    labels = [line.get_label() for line in ax.get_lines()]
    assert "GD from $w_0 = 3$ → diverged" in labels and "GD from $w_0 = -2$ → diverged" not in labels


def test_drawing_changes_no_global_matplotlib_state(line_data, runs):
    before = dict(matplotlib.rcParams)
    import matplotlib.pyplot as plt
    figures = plt.get_fignums()
    plots.plot_contour(*line_data, runs, num=30)
    plots.plot_cost_curve(*line_data)
    assert dict(matplotlib.rcParams) == before
    assert plt.get_fignums() == figures


def test_plot_functions_draw_on_a_given_axes(line_data):
    from matplotlib.figure import Figure
    ax = Figure().add_subplot()
    assert plots.plot_cost_curve(*line_data, ax=ax) is ax
    assert plots.plot_local_global(ax=Figure().add_subplot()) is not ax
