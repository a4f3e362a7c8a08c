"""Hidden tests for lab 4: other settings, 50 steps on a long valley (the gradients depend on the
params, so an early error grows), and the state each optimizer keeps, against torch.optim's."""
import numpy as np
import pytest

import lab_optimizers as lab
from gdlab.grading.compare import assert_close, assert_equal
from gdlab.i18n import text
from torch_steps import check_steps, quadratic

START = np.random.default_rng(0).normal(size=3)
VALLEY = quadratic([3.0, 0.05, 1.0])
STEPS, RTOL = 50, 1e-9


def assert_state(mine, theirs, names):
    """The student's state attributes against torch's state, {attribute: torch's name}."""
    for attribute, torch_name in names.items():
        assert_close(getattr(mine, attribute), theirs.state(torch_name),
                     text("lab04_optimizers.state_after", attribute=attribute, steps=STEPS), rtol=RTOL, atol=1e-12,
                     hint=text("lab04_optimizers.state_hint", attribute=attribute))


@pytest.mark.points(1)
def test_momentum_on_a_long_valley_and_its_velocity():
    settings = {"lr": 0.05, "momentum": 0.7}
    mine, theirs = check_steps(lab.Momentum, "Momentum", settings, START, VALLEY, STEPS, RTOL)
    assert_state(mine, theirs, {"velocity": "momentum_buffer"})


@pytest.mark.points(1)
def test_nesterov_on_a_long_valley_and_its_velocity():
    settings = {"lr": 0.05, "momentum": 0.8}
    mine, theirs = check_steps(lab.Nesterov, "Nesterov", settings, START, VALLEY, STEPS, RTOL)
    assert_state(mine, theirs, {"velocity": "momentum_buffer"})


@pytest.mark.points(1)
def test_adagrad_on_a_long_valley_and_its_sum_sq():
    mine, theirs = check_steps(lab.Adagrad, "Adagrad", {"lr": 0.3, "eps": 1e-3}, START, VALLEY, STEPS, RTOL)
    assert_state(mine, theirs, {"sum_sq": "sum"})


@pytest.mark.points(1)
def test_rmsprop_on_a_long_valley_and_its_square_avg():
    settings = {"lr": 0.02, "alpha": 0.95, "eps": 1e-4}
    mine, theirs = check_steps(lab.RMSprop, "RMSprop", settings, START, VALLEY, STEPS, RTOL)
    assert_state(mine, theirs, {"square_avg": "square_avg"})


@pytest.mark.points(1)
def test_adadelta_on_a_long_valley_and_its_averages():
    settings = {"lr": 2.0, "rho": 0.95, "eps": 1e-4}
    mine, theirs = check_steps(lab.Adadelta, "Adadelta", settings, START, VALLEY, STEPS, RTOL)
    assert_state(mine, theirs, {"square_avg": "square_avg", "acc_delta": "acc_delta"})


@pytest.mark.points(2)
def test_adam_on_a_long_valley_and_its_moments():
    settings = {"lr": 0.05, "betas": (0.9, 0.999), "eps": 1e-6}
    mine, theirs = check_steps(lab.Adam, "Adam", settings, START, VALLEY, STEPS, RTOL)
    assert_state(mine, theirs, {"m": "exp_avg", "v": "exp_avg_sq"})
    assert_equal(mine.t, STEPS, text("lab04_optimizers.adam_t_after", steps=STEPS),
                 hint=text("lab04_optimizers.adam_t_hint"))
