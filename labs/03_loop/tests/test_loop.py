"""Public tests for lab 3: the batches of an epoch, and the loop against gdlab.fit step for step."""
import numpy as np
import pytest

import lab_loop as lab
from gdlab.batches import epoch_batches
from gdlab.data import load
from gdlab.descent import fit
from gdlab.grading.compare import assert_close, assert_equal


@pytest.mark.points(2)
@pytest.mark.parametrize("n, batch_size", [(10, 10), (10, 3), (7, 1)])
def test_first_epoch_batches_match_reference(n, batch_size):
    got = lab.epoch_batches(n, batch_size, 0, seed=1)
    expected = epoch_batches(n, batch_size, 0, 1)
    assert_equal(len(got), len(expected), f"the number of batches for n={n}, batch_size={batch_size}",
                 hint="ceil(n / batch_size) batches; the last one may be smaller")
    for i, (g, e) in enumerate(zip(got, expected)):
        assert_equal(np.asarray(g), e, f"batch {i} of epoch 0",
                     hint="order = np.random.default_rng([seed, epoch]).permutation(n) when batch_size < n")


@pytest.mark.points(2)
def test_each_epoch_is_shuffled_afresh():
    first, second = (np.concatenate(lab.epoch_batches(12, 4, epoch, seed=0)) for epoch in (0, 1))
    assert not np.array_equal(first, second), \
        "epochs 0 and 1 give the same order: reshuffle every epoch (the rng depends on [seed, epoch])"
    assert_equal(second, np.concatenate(epoch_batches(12, 4, 1, 0)), "the order of epoch 1")


@pytest.mark.points(2)
def test_bgd_one_epoch_matches_fit():
    x, y = load("line")
    w, b, costs = lab.descend(x, y, lr=0.1, epochs=1, batch_size=len(x))
    trajectory = fit(x, y, method="bgd", lr=0.1, epochs=1, tol=0)
    assert_close(costs, trajectory.cost, "the costs of one BGD step", hint="record the cost before the first step too")
    assert_close(w, trajectory.w[-1], "w after one BGD step")


@pytest.mark.points(4)
@pytest.mark.parametrize("method, batch_size", [("sgd", 1), ("mbgd", 16)])
def test_several_epochs_match_fit(method, batch_size):
    x, y = load("line")
    w, b, costs = lab.descend(x, y, lr=0.05, epochs=3, batch_size=batch_size, seed=2)
    trajectory = fit(x, y, method=method, batch_size=batch_size if method == "mbgd" else None, lr=0.05,
                     epochs=3, seed=2, tol=0)
    assert_close(costs, trajectory.cost, f"the full-data costs of {method} over 3 epochs", rtol=1e-9,
                 hint="one step per batch; a fresh shuffle each epoch from [seed, epoch]")
    assert_close(np.array([w, b]), np.array([trajectory.w[-1], trajectory.b[-1]]), "(w, b) at the end",
                 rtol=1e-9)
