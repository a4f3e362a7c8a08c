"""The hand-written prediction, cost and gradient against closed forms, torch and central differences."""
import numpy as np
import pytest
import torch

from gdlab import autograd, scratch
from numerics import assert_allclose_finite


def test_predict_is_the_line():
    assert_allclose_finite(scratch.predict([0.0, 1.0, 2.0], 3.0, 1.0), [1.0, 4.0, 7.0])
    assert_allclose_finite(scratch.predict([0.0, 1.0, 2.0], 3.0), [0.0, 3.0, 6.0])
    assert_allclose_finite(autograd.predict(torch.tensor([0.0, 1.0, 2.0], dtype=torch.float64), 3.0, 1.0),
                           [1.0, 4.0, 7.0])


def test_cost_by_hand_on_two_points():
    # y = w·x with w = 1 on (1, 2), (2, 3): residuals -1, -1 -> mean 1, sum 2
    x, y = np.array([1.0, 2.0]), np.array([2.0, 3.0])
    assert scratch.cost(x, y, 1.0) == 1.0
    assert scratch.cost(x, y, 1.0, reduction="sum") == 2.0
    # grad_w = 2/n Σ r·x = (2/2)(-1 - 2) = -3, grad_b = (2/2)(-2) = -2
    assert scratch.cost_grad(x, y, 1.0) == (-3.0, -2.0)
    assert scratch.cost_grad(x, y, 1.0, reduction="sum") == (-6.0, -4.0)


@pytest.mark.parametrize("reduction", ["mean", "sum"])
def test_cost_matches_torch_mse_loss(line_data, reduction):
    x, y = line_data
    expected = torch.nn.MSELoss(reduction=reduction)(torch.from_numpy(1.5 * x - 0.5), torch.from_numpy(y)).item()
    assert_allclose_finite(scratch.cost(x, y, 1.5, -0.5, reduction), expected, rtol=1e-13)
    assert_allclose_finite(autograd.cost(x, y, 1.5, -0.5, reduction).item(), expected, rtol=1e-13)


@pytest.mark.parametrize("reduction", ["mean", "sum"])
@pytest.mark.parametrize("w, b", [(0.0, 0.0), (1.5, -0.5), (3.0, 2.0)])
def test_gradient_matches_backward_and_central_differences(line_data, reduction, w, b):
    x, y = line_data
    mine = scratch.cost_grad(x, y, w, b, reduction)
    assert_allclose_finite(mine, autograd.cost_grad(x, y, w, b, reduction), rtol=1e-12)
    numeric = scratch.numeric_grad(lambda p: scratch.cost(x, y, p[0], p[1], reduction), [w, b])
    assert_allclose_finite(mine, numeric, rtol=1e-6, atol=1e-7)
    cost, grad_w, grad_b = scratch.cost_and_grad(x, y, w, b, reduction)
    assert (grad_w, grad_b) == mine and cost == scratch.cost(x, y, w, b, reduction)


@pytest.mark.parametrize("twin", [scratch, autograd], ids=["scratch", "autograd"])
def test_gradient_check_accepts_the_right_gradient_and_rejects_a_wrong_one(line_data, twin):
    # one signature in both twins: gradient_check(f, grad, params) -> (ok, largest relative error)
    x, y = line_data
    f = lambda p: twin.cost(x, y, p[0], p[1])  # noqa: E731
    right = lambda p: twin.cost_grad(x, y, p[0], p[1])  # noqa: E731
    wrong = lambda p: np.array(right(p)) / 2  # forgot the 2 in 2/n  # noqa: E731
    ok, error = twin.gradient_check(f, right, [0.5, 0.5])
    assert ok is True and 0 <= error < 1e-7
    ok, error = twin.gradient_check(f, wrong, [0.5, 0.5])
    assert ok is False and error > 0.1


def test_autograd_gradient_check_agrees_with_torch_gradcheck(line_data):
    x, y = map(torch.from_numpy, line_data)
    f = lambda p: autograd.cost(x, y, p[0], p[1])  # noqa: E731
    params = torch.tensor([0.5, 0.5], dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(f, (params,), eps=1e-6, rtol=1e-6, atol=0.0)   # the reference
    ok, error = autograd.gradient_check(f, lambda p: autograd.cost_grad(x, y, p[0], p[1]), params)
    assert ok and error < 1e-7
    numeric = autograd.numeric_grad(lambda p: autograd.cost(x, y, p[0], p[1]).item(), [0.5, 0.5])
    assert_allclose_finite(numeric.numpy(), scratch.cost_grad(*line_data, 0.5, 0.5), rtol=1e-6)


def test_one_update_is_w_minus_lr_times_gradient():
    assert scratch.update(3.0, 2.0, 0.1) == pytest.approx(2.8, rel=1e-15)
    assert_allclose_finite(scratch.update(np.array([1.0, 2.0]), np.array([10.0, -10.0]), 0.5), [-4.0, 7.0])
    assert_allclose_finite(autograd.update(torch.tensor([1.0, 2.0]), torch.tensor([10.0, -10.0]), 0.5).numpy(),
                           [-4.0, 7.0])


def test_unknown_reduction_is_named():
    with pytest.raises(ValueError, match="unknown reduction 'median'; choose one of: mean, sum"):
        scratch.cost(np.ones(2), np.ones(2), 1.0, reduction="median")
    with pytest.raises(ValueError, match="unknown reduction"):
        autograd.cost(torch.ones(2), torch.ones(2), 1.0, reduction="median")


def test_residual_and_cost_broadcast_over_a_grid_of_parameters():
    x, y = np.array([1.0, 2.0]), np.array([3.0, 5.0])
    w, b = np.array([[2.0], [1.0]]), np.array([[1.0], [0.0]])   # two (w, b) pairs, one per row
    from gdlab.scratch.cost import residual
    r = residual(x, y, w, b)
    assert_allclose_finite(r, [[0.0, 0.0], [-2.0, -3.0]], atol=0)


def test_sums_reject_an_unknown_reduction():
    from gdlab.scratch.sums import LineSums
    sums = LineSums.from_data(np.array([1.0, 2.0]), np.array([3.0, 5.0]))
    for method in (sums.cost, sums.grad):
        with pytest.raises(ValueError, match="unknown reduction 'average'"):
            method(1.0, 0.0, "average")
