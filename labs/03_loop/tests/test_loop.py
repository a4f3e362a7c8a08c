"""Public tests for lab 3: the batches of an epoch, and the loop against gdlab.fit step for step.

epoch_batches is checked for what every right answer has in common (any seeded shuffle is right);
descend is given gdlab's own batches (make_batches, in descend_checker), so its grade never depends
on your epoch_batches. `hints` name the mistake (conftest.py).
"""
import numpy as np
import pytest

import lab_loop as lab
from gdlab.data import load
from gdlab.grading.compare import assert_equal
from gdlab.i18n import text


def orders(n, batch_size, seed, epochs):
    """The sample order of each epoch: your batches, joined."""
    return [np.concatenate(lab.epoch_batches(n, batch_size, epoch, seed)) for epoch in epochs]


@pytest.mark.points(1)
def test_bgd_keeps_the_data_order():
    got = lab.epoch_batches(10, 10, 3, seed=1)
    assert_equal(len(got), 1, text("lab03_loop.what.bgd_batch_count"),
                 hint=text("lab03_loop.batches.bgd_one_batch"))
    assert_equal(np.asarray(got[0]), np.arange(10), text("lab03_loop.what.bgd_batch"),
                 hint=text("lab03_loop.batches.bgd_keeps_order"))


@pytest.mark.points(2)
@pytest.mark.parametrize("n, batch_size", [(10, 3), (7, 2), (9, 4)])
def test_batches_cover_every_sample_once(n, batch_size):
    got = lab.epoch_batches(n, batch_size, 0, seed=1)
    sizes = [batch_size] * (n // batch_size) + ([n % batch_size] if n % batch_size else [])
    hint = text("lab03_loop.batches.keep_the_last") if len(got) == n // batch_size else \
        text("lab03_loop.batches.how_many")
    assert_equal(len(got), len(sizes), text("lab03_loop.what.batch_count", n=n, batch_size=batch_size),
                 hint=hint)
    assert_equal([len(batch) for batch in got], sizes, text("lab03_loop.what.batch_sizes"), hint=hint)
    assert_equal(np.sort(np.concatenate(got)), np.arange(n), text("lab03_loop.what.sorted_indices"),
                 hint=text("lab03_loop.batches.every_index_once"))


@pytest.mark.points(2)
def test_each_epoch_is_shuffled_afresh(hints):
    got = orders(12, 4, 0, range(4))
    differ = all(not np.array_equal(a, b) for i, a in enumerate(got) for b in got[i + 1:])
    shuffled = not any(np.array_equal(order, np.arange(12)) for order in got)
    assert differ and shuffled, text("lab03_loop.what.epochs_shuffled", hint=hints.order(got, 12))


@pytest.mark.points(1)
def test_the_same_seed_and_epoch_give_the_same_order():
    first, again = orders(12, 4, 5, [2]) + orders(12, 4, 5, [2])
    assert_equal(again, first, text("lab03_loop.what.same_order_twice"),
                 hint=text("lab03_loop.order.global_state"))


@pytest.mark.points(1)
def test_another_seed_gives_another_order(hints):
    got = orders(12, 4, 0, [1]) + orders(12, 4, 1, [1])
    assert not np.array_equal(*got), text("lab03_loop.what.two_seeds", hint=hints.order(got, 12, "seed"))


@pytest.mark.points(2)
def test_bgd_one_epoch_matches_fit(descend_checker):
    x, y = load("line")
    descend_checker(lab.descend, x, y, dict(lr=0.1, epochs=1, batch_size=len(x)), "bgd")


@pytest.mark.points(4)
@pytest.mark.parametrize("method, batch_size", [("sgd", 1), ("mbgd", 16)])
def test_several_epochs_match_fit(method, batch_size, descend_checker):
    x, y = load("line")
    descend_checker(lab.descend, x, y, dict(lr=0.05, epochs=3, batch_size=batch_size, seed=2), method)
