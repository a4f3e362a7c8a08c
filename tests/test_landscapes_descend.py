"""gdlab.landscapes.descend, the one loop of the race and the double-well figure: every recorded
point recomputed from the optimizer's formula, divergence read from the point itself, the same path
with either twin's optimizer, and clear errors for a bad start."""
import numpy as np
import pytest

from gdlab.errors import GdlabError
from gdlab.landscapes import (ESCAPE_BOUND, LANDSCAPES, Descent, descend, double_well_grad,
                              has_diverged, race, saddle_grad)
from gdlab.scratch.optimizers import GD, Momentum
from gdlab.twins import OPTIMIZER_NAMES, make_optimizer
from numerics import assert_allclose_finite


def test_each_point_is_one_gd_step_from_the_last():
    run = descend(saddle_grad, GD(lr=0.05), (1.8, 1e-3), 30)
    assert isinstance(run, Descent) and run.path.shape == (31, 2) and run.steps == 30
    assert not run.diverged
    np.testing.assert_array_equal(run.path[0], [1.8, 1e-3])
    for k in range(30):
        w, b = run.path[k]
        expected = run.path[k] - 0.05 * np.array(saddle_grad(w, b))
        np.testing.assert_array_equal(run.path[k + 1], expected, err_msg=f"step {k + 1}")


def test_momentum_keeps_its_velocity_across_the_steps():
    run = descend(double_well_grad, Momentum(lr=0.01, momentum=0.9), -2.0, 20)
    assert run.path.shape == (21,)                      # a number start: a path of numbers
    velocity, w = 0.0, -2.0
    for k in range(20):
        g = double_well_grad(w)
        velocity = g if k == 0 else 0.9 * velocity + g
        w = w - 0.01 * velocity
        assert_allclose_finite(run.path[k + 1], w, rtol=1e-14, atol=0, err_msg=f"step {k + 1}")


@pytest.mark.parametrize("name", OPTIMIZER_NAMES)
def test_the_twins_optimizers_give_the_same_path(name):
    landscape = LANDSCAPES["himmelblau"]
    lr = landscape.lrs[name]
    scratch = descend(landscape.grad, make_optimizer("scratch", name, lr), landscape.start, 60)
    autograd = descend(landscape.grad, make_optimizer("autograd", name, lr), landscape.start, 60)
    assert scratch.diverged == autograd.diverged is False
    assert_allclose_finite(autograd.path, scratch.path, rtol=1e-10, atol=1e-12, err_msg=name)


def test_divergence_stops_at_the_first_exploding_point():
    run = descend(double_well_grad, GD(lr=0.2), 3.0, 40)
    assert run.diverged and run.steps == 3 and run.path.shape == (4,)
    assert abs(run.path[-1]) >= ESCAPE_BOUND and np.all(np.abs(run.path[:-1]) < ESCAPE_BOUND)
    # the same run with a looser bound goes on until a point is no longer finite
    loose = descend(double_well_grad, GD(lr=0.2), 3.0, 40, bound=np.inf)
    assert loose.diverged and not np.isfinite(loose.path[-1]) and np.isfinite(loose.path[:-1]).all()
    np.testing.assert_array_equal(loose.path[:4], run.path)


def test_a_run_that_diverges_on_its_last_step_says_so():
    full = descend(double_well_grad, GD(lr=0.2), 3.0, 40)
    exact = descend(double_well_grad, GD(lr=0.2), 3.0, full.steps)
    assert exact.steps == full.steps and exact.diverged
    assert not descend(double_well_grad, GD(lr=0.2), 3.0, full.steps - 1).diverged


@pytest.mark.parametrize("point, diverged", [((1.0, -2.0), False), ((np.nan, 0.0), True), ((0.0, -np.inf), True),
                                             ((ESCAPE_BOUND, 0.0), True), ((0.0, -ESCAPE_BOUND), True),
                                             ((np.nextafter(ESCAPE_BOUND, 0), 0.0), False)])
def test_has_diverged(point, diverged):
    assert has_diverged(point) is diverged


@pytest.mark.parametrize("start", [[], [1.0, float("nan")], "ab", [True], float("inf")])
def test_a_bad_start_is_named(start):
    with pytest.raises(GdlabError, match="start must be a finite number"):
        descend(double_well_grad, GD(lr=0.1), start, 3)


@pytest.mark.parametrize("steps", [0, -1, 2.5, True])
def test_bad_steps_are_named(steps):
    with pytest.raises(GdlabError, match="steps must be a whole number >= 1"):
        descend(double_well_grad, GD(lr=0.1), 0.0, steps)


def test_race_runs_either_twin():
    scratch = race("saddle", ["adam", "gd"], steps=40)
    autograd = race("saddle", ["adam", "gd"], steps=40, backend="autograd")
    assert list(scratch) == list(autograd) == ["adam", "gd"]
    for name in scratch:
        assert_allclose_finite(autograd[name].path, scratch[name].path, rtol=1e-10, atol=1e-12, err_msg=name)
