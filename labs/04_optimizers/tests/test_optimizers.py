"""Public tests for lab 4: every step of each optimizer against torch.optim, in float64, on the same
gradients, with two settings each. One test per optimizer, so a mistake in one costs only its test;
a failure says which step differs and, when your steps are a known mistake's, names the mistake
(tests/torch_steps.py holds torch's twins and those mistakes)."""
import numpy as np
import pytest

import lab_optimizers as lab
from torch_steps import check_steps, fixed

PARAMS = np.array([1.0, -1.0, 0.5])
GRADS = fixed([[1.0, -2.0, 0.1], [0.5, 0.5, -0.3], [-1.5, 1.0, 0.02], [0.2, -0.1, 0.4], [0.8, 0.3, -0.05]])
STEPS = 5


@pytest.mark.points(2)
def test_momentum_matches_torch_sgd_with_momentum():
    for settings in ({"lr": 0.1, "momentum": 0.9}, {"lr": 0.05, "momentum": 0.5}):
        check_steps(lab.Momentum, "Momentum", settings, PARAMS, GRADS, STEPS)


@pytest.mark.points(2)
def test_nesterov_matches_torch_sgd_with_nesterov():
    for settings in ({"lr": 0.1, "momentum": 0.9}, {"lr": 0.05, "momentum": 0.5}):
        check_steps(lab.Nesterov, "Nesterov", settings, PARAMS, GRADS, STEPS)


@pytest.mark.points(2)
def test_adagrad_matches_torch_adagrad():
    for settings in ({"lr": 0.1}, {"lr": 0.5, "eps": 0.1}):
        check_steps(lab.Adagrad, "Adagrad", settings, PARAMS, GRADS, STEPS)


@pytest.mark.points(2)
def test_rmsprop_matches_torch_rmsprop():
    for settings in ({"lr": 0.01}, {"lr": 0.1, "alpha": 0.9, "eps": 0.1}):
        check_steps(lab.RMSprop, "RMSprop", settings, PARAMS, GRADS, STEPS)


@pytest.mark.points(2)
def test_adadelta_matches_torch_adadelta():
    for settings in ({"lr": 1.0}, {"lr": 0.5, "rho": 0.8, "eps": 1e-3}):
        check_steps(lab.Adadelta, "Adadelta", settings, PARAMS, GRADS, STEPS)


@pytest.mark.points(3)
def test_adam_matches_torch_adam():
    for settings in ({"lr": 0.1}, {"lr": 0.05, "betas": (0.8, 0.99), "eps": 1e-2}):
        check_steps(lab.Adam, "Adam", settings, PARAMS, GRADS, STEPS)
