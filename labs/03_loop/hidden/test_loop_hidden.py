"""Hidden tests for lab 3: every sample once per epoch, other seeds, a later epoch, a single step."""
import numpy as np
import pytest

import lab_loop as lab
from gdlab.batches import epoch_batches
from gdlab.data import load
from gdlab.descent import fit
from gdlab.grading.compare import assert_close, assert_equal


@pytest.mark.points(1)
def test_every_sample_once_per_epoch():
    order = np.sort(np.concatenate(lab.epoch_batches(23, 5, 0, seed=9)))
    assert_equal(order, np.arange(23), "the sorted indices of one epoch")


@pytest.mark.points(2)
@pytest.mark.parametrize("epoch", [3, 7])
def test_a_later_epoch_matches_reference(epoch):
    got = np.concatenate(lab.epoch_batches(15, 4, epoch, seed=5))
    assert_equal(got, np.concatenate(epoch_batches(15, 4, epoch, 5)), f"the order of epoch {epoch}")


@pytest.mark.points(1)
def test_one_sgd_step_on_house():
    x, y = load("house")
    w, b, costs = lab.descend(x, y, lr=0.01, epochs=1, batch_size=1, seed=0)
    trajectory = fit(x, y, method="sgd", lr=0.01, epochs=1, seed=0, tol=0)
    assert_close(costs, trajectory.cost, "the costs of one SGD epoch on the house data", rtol=1e-9)


@pytest.mark.points(2)
def test_many_epochs_of_mbgd_with_another_seed():
    x, y = load("line")
    w, b, costs = lab.descend(x, y, lr=0.02, epochs=5, batch_size=8, seed=11, w0=1.0, b0=-1.0)
    trajectory = fit(x, y, method="mbgd", batch_size=8, lr=0.02, epochs=5, seed=11, w0=1.0, b0=-1.0, tol=0)
    assert_close(costs, trajectory.cost, "the costs of 5 MBGD epochs, seed 11", rtol=1e-9)
