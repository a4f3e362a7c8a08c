"""Each landscape's hand-written gradient against torch.autograd (float64) and a central difference."""
import numpy as np
import pytest
import torch

from gdlab import landscapes
from gdlab.landscapes import LANDSCAPES, double_well, double_well_grad, double_well_minima
from numerics import assert_allclose_finite

POINTS = np.random.default_rng(0).uniform(-2.0, 2.0, size=(20, 2))


@pytest.mark.parametrize("name", list(LANDSCAPES))
def test_gradient_matches_torch_autograd(name):
    landscape = LANDSCAPES[name]
    w = torch.tensor(POINTS[:, 0], dtype=torch.float64, requires_grad=True)
    b = torch.tensor(POINTS[:, 1], dtype=torch.float64, requires_grad=True)
    landscape.f(w, b).sum().backward()
    grad_w, grad_b = landscape.grad(POINTS[:, 0], POINTS[:, 1])
    assert np.isfinite(grad_w).all() and np.isfinite(grad_b).all()
    assert_allclose_finite(grad_w, w.grad.numpy(), rtol=1e-12, atol=1e-10, err_msg=name)
    assert_allclose_finite(grad_b, b.grad.numpy(), rtol=1e-12, atol=1e-10, err_msg=name)


@pytest.mark.parametrize("name", list(LANDSCAPES))
def test_gradient_matches_central_difference(name):
    landscape, h = LANDSCAPES[name], 1e-6
    w, b = POINTS[:, 0], POINTS[:, 1]
    numeric_w = (landscape.f(w + h, b) - landscape.f(w - h, b)) / (2 * h)
    numeric_b = (landscape.f(w, b + h) - landscape.f(w, b - h)) / (2 * h)
    grad_w, grad_b = landscape.grad(w, b)
    assert_allclose_finite(grad_w, numeric_w, rtol=1e-6, atol=1e-5)
    assert_allclose_finite(grad_b, numeric_b, rtol=1e-6, atol=1e-5)


@pytest.mark.parametrize("name", list(LANDSCAPES))
def test_marked_minima_have_zero_gradient(name):
    landscape = LANDSCAPES[name]
    for w, b in landscape.minima:
        assert np.hypot(*landscape.grad(w, b)) < 1e-4, (name, w, b)
        assert landscape.w_range[0] < w < landscape.w_range[1] and landscape.b_range[0] < b < landscape.b_range[1]


def test_known_minimum_values():
    assert landscapes.rosenbrock(1.0, 1.0) == 0.0
    assert landscapes.beale(3.0, 0.5) == 0.0
    assert landscapes.himmelblau(3.0, 2.0) == 0.0
    assert landscapes.saddle(0.0, 1.0) == -0.5
    assert landscapes.saddle_grad(0.0, 0.0) == (0.0, 0.0)   # the saddle point itself


def test_double_well_gradient_and_minima():
    w = torch.linspace(-2, 2, 41, dtype=torch.float64, requires_grad=True)
    double_well(w).sum().backward()
    assert_allclose_finite(double_well_grad(w.detach().numpy()), w.grad.numpy(), rtol=1e-12, atol=1e-12)
    w_global, w_local = double_well_minima()
    assert w_global < 0 < w_local
    assert double_well(w_global) < double_well(w_local)
    assert abs(double_well_grad(w_global)) < 1e-9 and abs(double_well_grad(w_local)) < 1e-9
