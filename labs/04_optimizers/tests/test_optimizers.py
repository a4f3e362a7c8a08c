"""Public tests for lab 4: each step of Momentum and Adam against torch.optim on the same gradients."""
import numpy as np
import pytest
import torch

import lab_optimizers as lab
from gdlab.grading.compare import assert_close


def torch_steps(make_optimizer, params, grads_per_step):
    """The params after each step of a torch optimizer fed the given gradients, float64."""
    p = torch.tensor(params, dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer([p])
    out = []
    for grads in grads_per_step:
        p.grad = torch.tensor(grads, dtype=torch.float64)
        optimizer.step()
        out.append(p.detach().numpy().copy())
    return out


GRADS = [np.array([1.0, -2.0]), np.array([0.5, 0.5]), np.array([-1.5, 1.0]), np.array([0.2, -0.1])]


@pytest.mark.points(2)
def test_momentum_first_step_is_plain_gd():
    new = lab.Momentum(lr=0.1, momentum=0.9).step(np.array([1.0, 1.0]), GRADS[0])
    assert_close(new, np.array([1.0, 1.0]) - 0.1 * GRADS[0], "params after the first momentum step",
                 hint="on the first step velocity = grads")


@pytest.mark.points(3)
@pytest.mark.parametrize("momentum", [0.5, 0.9])
def test_momentum_matches_torch_sgd(momentum):
    ours, params = lab.Momentum(lr=0.1, momentum=momentum), np.array([1.0, -1.0])
    expected = torch_steps(lambda p: torch.optim.SGD(p, lr=0.1, momentum=momentum), params, GRADS)
    for step, (grads, want) in enumerate(zip(GRADS, expected), start=1):
        params = ours.step(params, grads)
        assert_close(params, want, f"params after momentum step {step} (momentum={momentum})", rtol=1e-10,
                     hint="velocity ← momentum·velocity + grads, then params − lr·velocity")


@pytest.mark.points(4)
@pytest.mark.parametrize("lr", [0.01, 0.1])
def test_adam_matches_torch_adam(lr):
    ours, params = lab.Adam(lr=lr), np.array([0.5, 2.0])
    expected = torch_steps(lambda p: torch.optim.Adam(p, lr=lr), params, GRADS)
    for step, (grads, want) in enumerate(zip(GRADS, expected), start=1):
        params = ours.step(params, grads)
        assert_close(params, want, f"params after Adam step {step} (lr={lr})", rtol=1e-10,
                     hint="bias-correct with t counted from 1: m / (1 − beta1^t), v / (1 − beta2^t)")
