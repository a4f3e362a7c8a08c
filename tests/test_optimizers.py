"""The hand-written optimizers: closed-form first steps, named state, and every step against torch.optim."""
import math

import numpy as np
import pytest
import torch

from gdlab.crosscheck import VARIANTS, compare_optimizer
from gdlab.errors import GdlabError
from gdlab.scratch import optimizers as opt
from gdlab.twins import make_optimizer, optimizer_options
from numerics import assert_allclose_finite


@pytest.mark.parametrize("name, options", VARIANTS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(VARIANTS)])
def test_every_step_equals_torch_optim_on_a_matrix_problem(name, options):
    row = compare_optimizer(name, options, steps=30)
    assert row.ok, f"{row.case}: params differ by {row.params:.2e}, grads by {row.grad:.2e}"
    assert row.params <= 1e-12


@pytest.mark.parametrize("name", ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam"])
def test_defaults_are_torch_optims(name):
    torch_class = {"gd": torch.optim.SGD, "momentum": torch.optim.SGD, "nesterov": torch.optim.SGD,
                   "adagrad": torch.optim.Adagrad, "rmsprop": torch.optim.RMSprop,
                   "adadelta": torch.optim.Adadelta, "adam": torch.optim.Adam}[name]
    import inspect
    theirs = {k: p.default for k, p in inspect.signature(torch_class).parameters.items()}
    mine = optimizer_options(name) | {"lr": opt.OPTIMIZERS[name]().lr}
    for option, default in mine.items():
        if option == "momentum" and name in ("momentum", "nesterov"):
            assert default == 0.9  # torch's SGD default is 0 (no momentum): ours names the common 0.9
            continue
        assert default == theirs[option], f"{name}.{option}: ours {default!r}, torch {theirs[option]!r}"


def test_gd_step_is_w_minus_lr_g():
    assert_allclose_finite(opt.GD(lr=0.1).step(np.array([1.0, 2.0]), np.array([10.0, 20.0])), [0.0, 0.0], atol=1e-15)


def test_momentum_velocity_by_hand():
    m = opt.Momentum(lr=0.1, momentum=0.5)
    p = m.step(np.array([1.0]), np.array([2.0]))     # velocity = g = 2
    assert_allclose_finite(m.velocity, [2.0]) ; assert_allclose_finite(p, [0.8])
    p = m.step(p, np.array([2.0]))                   # velocity = 0.5·2 + 2 = 3
    assert_allclose_finite(m.velocity, [3.0]) ; assert_allclose_finite(p, [0.5])


def test_nesterov_looks_ahead_by_hand():
    n = opt.Nesterov(lr=0.1, momentum=0.5)
    p = n.step(np.array([1.0]), np.array([2.0]))     # velocity 2, direction g + μ·v = 3
    assert_allclose_finite(p, [0.7])


def test_adam_first_step_is_lr_times_sign():
    # m̂ = g, v̂ = g² after bias correction, so the first step is lr·g/(|g| + eps) ≈ lr·sign(g)
    a = opt.Adam(lr=0.01)
    p = a.step(np.array([0.0, 0.0]), np.array([3.0, -1e-3]))
    assert a.t == 1
    assert_allclose_finite(a.m, [0.3, -1e-4]) ; assert_allclose_finite(a.v, [0.009, 1e-9])
    assert_allclose_finite(p, [-0.01 * 3 / (3 + 1e-8), 0.01 * 1e-3 / (1e-3 + 1e-8)], rtol=1e-12)


def test_adagrad_accumulates_squares():
    a = opt.Adagrad(lr=1.0, eps=0.0)
    p = a.step(np.array([0.0]), np.array([3.0]))     # sum_sq 9: step 3/3 = 1
    p = a.step(p, np.array([4.0]))                   # sum_sq 25: step 4/5
    assert_allclose_finite(a.sum_sq, [25.0]) ; assert_allclose_finite(p, [-1.8])


def test_rmsprop_and_adadelta_state_names():
    r = opt.RMSprop(lr=0.1, alpha=0.5, eps=0.0)
    p = r.step(np.array([0.0]), np.array([2.0]))     # square_avg = 0.5·4 = 2, step 0.1·2/√2
    assert_allclose_finite(r.square_avg, [2.0]) ; assert_allclose_finite(p, [-0.1 * math.sqrt(2)])
    d = opt.Adadelta(lr=1.0, rho=0.5, eps=1e-6)
    d.step(np.array([0.0]), np.array([1.0]))
    assert d.square_avg.shape == d.acc_delta.shape == (1,)
    assert_allclose_finite(d.square_avg, [0.5])


def test_state_can_be_set_in_a_notebook():
    m = opt.Momentum(lr=0.1, momentum=0.9)
    m.velocity = np.array([10.0])
    p = m.step(np.array([0.0]), np.array([0.0]))     # velocity 9, step −0.9
    assert_allclose_finite(p, [-0.9])


def test_bad_hyperparameters_are_named():
    with pytest.raises(GdlabError, match="lr must be a positive finite number, got 0"):
        opt.Adam(lr=0)
    with pytest.raises(GdlabError, match="lr must be a positive finite number, got nan"):
        make_optimizer("autograd", "adam", float("nan"))
    with pytest.raises(GdlabError, match="momentum must be >= 0"):
        opt.Momentum(momentum=-0.5)
    with pytest.raises(GdlabError, match="optimizer 'adam' has no option momentum; its options are: betas"):
        make_optimizer("scratch", "adam", 0.1, momentum=0.9)
    with pytest.raises(GdlabError, match="unknown optimizer 'adamw'; choose one of: gd, momentum"):
        make_optimizer("scratch", "adamw", 0.1)
