"""Hidden tests for lab 3: every sample once per epoch, later epochs, other seeds, a single step."""
import numpy as np
import pytest

import lab_loop as lab
from gdlab.data import load
from gdlab.grading.compare import assert_equal


@pytest.mark.points(1)
def test_every_sample_once_per_epoch():
    got = lab.epoch_batches(23, 5, 4, seed=9)
    assert_equal([len(batch) for batch in got], [5, 5, 5, 5, 3], "the batch sizes for n=23, batch_size=5",
                 hint="ceil(n / batch_size) batches; the last batch may be smaller: keep it")
    assert_equal(np.sort(np.concatenate(got)), np.arange(23), "the sorted indices of one epoch")


@pytest.mark.points(2)
def test_later_epochs_are_shuffled_afresh(hints):
    got = [np.concatenate(lab.epoch_batches(15, 4, epoch, seed=5)) for epoch in range(8)]
    differ = all(not np.array_equal(a, b) for i, a in enumerate(got) for b in got[i + 1:])
    assert differ, f"epochs 0..7 of 15 samples: {hints.order(got, 15)}"


@pytest.mark.points(1)
def test_one_sgd_epoch_on_house(descend_checker):
    descend_checker(lab.descend, *load("house"), dict(lr=0.01, epochs=1, batch_size=1, seed=0), "sgd")


@pytest.mark.points(2)
def test_many_epochs_of_mbgd_with_another_seed(descend_checker):
    settings = dict(lr=0.02, epochs=5, batch_size=8, seed=11, w0=1.0, b0=-1.0)
    descend_checker(lab.descend, *load("line"), settings, "mbgd")
