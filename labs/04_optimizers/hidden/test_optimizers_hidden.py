"""Hidden tests for lab 4: other settings, longer runs, the state the optimizer keeps."""
import numpy as np
import pytest
import torch

import lab_optimizers as lab
from gdlab import scratch
from gdlab.grading.compare import assert_close


@pytest.mark.points(2)
def test_momentum_velocity_after_two_steps():
    opt = lab.Momentum(lr=0.2, momentum=0.8)
    params = opt.step(np.zeros(3), np.array([1.0, 2.0, 3.0]))
    opt.step(params, np.array([1.0, 0.0, -1.0]))
    assert_close(opt.velocity, np.array([1.8, 1.6, 1.4]), "velocity after two steps")


@pytest.mark.points(2)
def test_adam_state_after_three_steps():
    opt, params = lab.Adam(lr=0.05, betas=(0.8, 0.99)), np.array([1.0, -1.0])
    reference = scratch.Adam(lr=0.05, betas=(0.8, 0.99))
    for grads in ([0.3, -0.1], [0.2, 0.4], [-0.5, 0.1]):
        params = opt.step(params, np.array(grads))
        reference.step(np.array([1.0, -1.0]), np.array(grads))
    assert_close(opt.m, reference.m, "Adam's m after three steps", rtol=1e-12)
    assert_close(opt.v, reference.v, "Adam's v after three steps", rtol=1e-12)
    assert opt.t == 3, f"Adam's t after three steps should be 3, got {opt.t!r}"


@pytest.mark.points(2)
@pytest.mark.parametrize("name", ["momentum", "adam"])
def test_fifty_steps_on_a_quadratic_match_torch(name):
    rng = np.random.default_rng(0)
    a = np.array([3.0, 0.5])
    params = rng.normal(size=2)
    p = torch.tensor(params, dtype=torch.float64, requires_grad=True)
    if name == "momentum":
        ours, theirs = lab.Momentum(lr=0.05, momentum=0.7), torch.optim.SGD([p], lr=0.05, momentum=0.7)
    else:
        ours, theirs = lab.Adam(lr=0.05, betas=(0.9, 0.999), eps=1e-8), torch.optim.Adam([p], lr=0.05)
    for _ in range(50):
        params = ours.step(params, a * params)  # gradient of ½ Σ a·p²
        theirs.zero_grad()
        (0.5 * (torch.tensor(a) * p ** 2).sum()).backward()
        theirs.step()
    assert_close(params, p.detach().numpy(), f"{name} after 50 steps", rtol=1e-9)
