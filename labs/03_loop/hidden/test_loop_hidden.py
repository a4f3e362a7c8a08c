"""Hidden tests for lab 3: every sample once per epoch, later epochs, other seeds, a single step."""
import numpy as np
import pytest

import lab_loop as lab
from gdlab.data import load
from gdlab.grading.compare import assert_equal
from gdlab.i18n import text


@pytest.mark.points(1)
def test_every_sample_once_per_epoch():
    got = lab.epoch_batches(23, 5, 4, seed=9)
    assert_equal([len(batch) for batch in got], [5, 5, 5, 5, 3],
                 text("lab03_loop.what.batch_sizes_for", n=23, batch_size=5),
                 hint=text("lab03_loop.batches.how_many_keep_the_last"))
    assert_equal(np.sort(np.concatenate(got)), np.arange(23), text("lab03_loop.what.sorted_indices"))


@pytest.mark.points(2)
def test_later_epochs_are_shuffled_afresh(hints):
    got = [np.concatenate(lab.epoch_batches(15, 4, epoch, seed=5)) for epoch in range(8)]
    differ = all(not np.array_equal(a, b) for i, a in enumerate(got) for b in got[i + 1:])
    assert differ, text("lab03_loop.what.later_epochs_shuffled", hint=hints.order(got, 15))


@pytest.mark.points(1)
def test_one_sgd_epoch_on_house(descend_checker):
    descend_checker(lab.descend, *load("house"), dict(lr=0.01, epochs=1, batch_size=1, seed=0), "sgd")


@pytest.mark.points(2)
def test_many_epochs_of_mbgd_with_another_seed(descend_checker):
    settings = dict(lr=0.02, epochs=5, batch_size=8, seed=11, w0=1.0, b0=-1.0)
    descend_checker(lab.descend, *load("line"), settings, "mbgd")
