"""The loop: closed-form answers, the three methods' batches, the trajectory, divergence, reproducibility."""
import importlib

import numpy as np
import pytest

from gdlab.batches import epoch_batches, method_batch_size, steps_per_epoch
from gdlab.descent import fit
from gdlab.errors import DivergenceError
from gdlab.scratch.sums import LineSums
from numerics import assert_allclose_finite


def least_squares(x, y):
    """The closed form through numpy's lstsq: the reference every converged fit must reach."""
    A = np.column_stack([x, np.ones_like(x)])
    return np.linalg.lstsq(A, y, rcond=None)[0]


@pytest.mark.parametrize("backend", ["scratch", "autograd"])
def test_bgd_reaches_the_least_squares_solution(line_data, backend):
    x, y = line_data
    t = fit(x, y, lr=0.3, epochs=5000, tol=1e-12, backend=backend)
    assert t.stop_reason == "tolerance"
    assert_allclose_finite([t.w[-1], t.b[-1]], least_squares(x, y), rtol=1e-9)
    assert_allclose_finite(LineSums.from_data(x, y).optimum(), least_squares(x, y), rtol=1e-12)


def test_the_house_example_is_fitted_exactly(house_data):
    t = fit(*house_data, lr=0.25, epochs=10000, tol=1e-14)
    assert_allclose_finite([t.w[-1], t.b[-1]], [200.0, 100.0], rtol=1e-10)
    assert t.cost[-1] < 1e-15


def test_the_line_through_the_origin_reaches_sum_xy_over_sum_x2(line_data):
    x, y = line_data
    t = fit(x, y, model="wx", lr=0.3, epochs=2000, tol=1e-13)
    assert_allclose_finite(t.w[-1], (x @ y) / (x @ x), rtol=1e-10)
    assert np.all(t.b == 0.0) and np.all(t.grad_b == 0.0)


def test_sum_reduction_is_the_seeds_mse_loss_sum(line_data):
    x, y = line_data
    t = fit(x, y, reduction="sum", lr=0.003, epochs=3000, tol=1e-12)
    assert_allclose_finite([t.w[-1], t.b[-1]], least_squares(x, y), rtol=1e-9)
    assert_allclose_finite(t.cost[0], np.sum(y ** 2), rtol=1e-12)


def test_trajectory_records_every_step(line_data):
    x, y = line_data
    t = fit(x, y, method="mbgd", batch_size=30, lr=0.1, epochs=3, tol=0.0, w0=0.5, b0=-1.0)
    assert t.steps == 3 * 4 == len(t.batches) == len(t.grad_w) == len(t.batch_cost)
    assert len(t.w) == len(t.b) == len(t.cost) == t.steps + 1
    assert (t.w[0], t.b[0]) == (0.5, -1.0)
    assert list(t.epoch) == [0] * 4 + [1] * 4 + [2] * 4
    assert [len(batch) for batch in t.batches[:4]] == [30, 30, 30, 10]
    sums = LineSums.from_data(x, y)
    for k in (0, 5, 11):  # each step's gradient is the batch gradient at the parameters before it
        idx = t.batches[k]
        r = t.w[k] * x[idx] + t.b[k] - y[idx]
        assert_allclose_finite([t.grad_w[k], t.grad_b[k]], [2 * np.mean(r * x[idx]), 2 * np.mean(r)], rtol=1e-12)
        assert_allclose_finite(t.batch_cost[k], np.mean(r * r), rtol=1e-12)
        assert_allclose_finite(t.cost[k], sums.cost(t.w[k], t.b[k]), rtol=1e-12)
        assert_allclose_finite(t.cost[k], np.mean((t.w[k] * x + t.b[k] - y) ** 2), rtol=1e-12)
        assert_allclose_finite(t.w[k + 1], t.w[k] - 0.1 * t.grad_w[k], rtol=1e-15)


@pytest.mark.parametrize("backend", ["scratch", "autograd"])
def test_each_step_is_the_public_cost_and_grad_checked_once_not_every_step(line_data, backend, monkeypatch):
    # fit checks the data once (check_xy) and steps with the twin's unchecked kernel, _cost_and_grad;
    # a per-step check would call the cost module's _checked, which here refuses to run
    from gdlab.twins import twin
    cost_module = importlib.import_module(f"gdlab.{backend}.cost")
    x, y = line_data
    with monkeypatch.context() as patch:
        patch.setattr(cost_module, "_checked", lambda *args: pytest.fail("checked inside the loop"))
        t = fit(x, y, method="mbgd", batch_size=30, lr=0.1, epochs=2, tol=0.0, w0=0.5, b0=-1.0, backend=backend)
    assert t.steps == 2 * 4
    for k in range(t.steps):   # and each step is what the checked public function gives, bit for bit
        idx = t.batches[k]
        public = twin(backend).cost_and_grad(x[idx], y[idx], t.w[k], t.b[k])
        assert (t.batch_cost[k], t.grad_w[k], t.grad_b[k]) == public, k


@pytest.mark.parametrize("method, expected", [("bgd", 100), ("sgd", 1), ("mbgd", 10)])
def test_the_batch_size_is_the_only_difference(method, expected):
    assert method_batch_size(method, 100) == expected
    assert steps_per_epoch(100, expected) == -(-100 // expected)


@pytest.mark.parametrize("n, expected", [(2, 2), (10, 10), (442, 10)])
def test_mbgd_default_batch_is_min_10_n(n, expected):
    # the one default (gdlab.batches.MBGD_BATCH_SIZE) that fit, `gdlab fit` and `gdlab plot` share
    assert method_batch_size("mbgd", n) == expected


def test_each_epoch_is_a_fresh_permutation_from_the_seed():
    epochs = [np.concatenate(epoch_batches(10, 3, e, seed=7)) for e in range(3)]
    for order in epochs:
        assert sorted(order) == list(range(10))
    assert not np.array_equal(epochs[0], epochs[1])
    assert np.array_equal(epochs[0], np.concatenate(epoch_batches(10, 3, 0, seed=7)))
    assert not np.array_equal(epochs[0], np.concatenate(epoch_batches(10, 3, 0, seed=8)))
    assert np.array_equal(np.concatenate(epoch_batches(10, 10, 0, seed=7)), np.arange(10))


def test_both_twins_see_the_same_batches(line_data):
    kwargs = dict(method="mbgd", batch_size=7, lr=0.05, epochs=2, tol=0.0, seed=3)
    a = fit(*line_data, backend="scratch", **kwargs)
    b = fit(*line_data, backend="autograd", **kwargs)
    assert a.steps == b.steps == 2 * 15
    assert all(np.array_equal(p, q) for p, q in zip(a.batches, b.batches))


@pytest.mark.parametrize("method", ["bgd", "sgd", "mbgd"])
@pytest.mark.parametrize("optimizer", ["gd", "adam", "rmsprop"])
def test_the_same_seed_gives_bit_identical_trajectories(line_data, method, optimizer):
    kwargs = dict(method=method, optimizer=optimizer, lr=0.05, epochs=2, tol=0.0, seed=11)
    a, b = fit(*line_data, **kwargs), fit(*line_data, **kwargs)
    for name in ("w", "b", "cost", "batch_cost", "grad_w", "grad_b"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    if method != "bgd":
        c = fit(*line_data, **(kwargs | {"seed": 12}))
        assert not np.array_equal(a.w, c.w)


def test_budget_and_tolerance_stop_the_loop(line_data):
    t = fit(*line_data, lr=0.1, epochs=1000, max_steps=17, tol=0.0)
    assert (t.steps, t.stop_reason) == (17, "budget")
    t = fit(*line_data, lr=0.3, epochs=100000, tol=1e-6)
    assert t.stop_reason == "tolerance" and t.steps < 1000
    grad = np.hypot(*LineSums.from_data(*line_data).grad(t.w[-1], t.b[-1]))
    grad0 = np.hypot(*LineSums.from_data(*line_data).grad(0.0, 0.0))
    assert grad <= 1e-6 * grad0 and np.hypot(*LineSums.from_data(*line_data).grad(t.w[-2], t.b[-2])) > 1e-6 * grad0


def test_starting_at_the_optimum_takes_no_step(house_data):
    t = fit(*house_data, w0=200.0, b0=100.0)
    assert t.steps == 0 and t.stop_reason == "tolerance" and t.cost[-1] == 0.0


def test_divergence_says_where_and_keeps_the_trajectory(line_data):
    x, y = line_data
    critical = LineSums.from_data(x, y).critical_lr()
    with pytest.raises(DivergenceError) as caught:
        fit(x, y, lr=1.2 * critical, epochs=1000)
    error = caught.value
    assert error.lr == 1.2 * critical and error.step == error.trajectory.steps > 5
    message = str(error)
    assert f"at step {error.step} with lr={1.2 * critical:g}" in message
    assert f"diverges for lr > {critical:.4g}" in message and f"try lr={critical / 2:.3g}" in message
    t = error.trajectory
    assert t.diverged and len(t.w) == t.steps + 1 and np.all(np.isfinite(t.w))
    assert np.all(np.diff(t.cost[1:]) > 0)  # past the critical lr every step overshoots further


def test_just_below_the_critical_lr_oscillates_but_converges(line_data):
    x, y = line_data
    critical = LineSums.from_data(x, y).critical_lr()
    t = fit(x, y, lr=0.98 * critical, epochs=20000, tol=1e-8)
    assert t.stop_reason == "tolerance"
    assert np.any(np.diff(np.sign(np.diff(t.w))) != 0)  # w zig-zags (反复横跳) on its way down


def test_stop_on_divergence_returns_the_steps(line_data):
    t = fit(*line_data, lr=5.0, on_divergence="stop")
    assert t.diverged and t.summary()["diverged"] is True
    assert not np.isfinite(t.cost[-1]) or t.cost[-1] > 1e6 * t.cost[0]


def test_nan_never_passes_silently(line_data):
    with pytest.raises(DivergenceError, match="is not finite|past"):
        fit(*line_data, lr=1e150, epochs=10)
