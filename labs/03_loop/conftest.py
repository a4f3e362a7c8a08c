"""Shared by lab 3's public and hidden tests: descend graded apart from epoch_batches, and the
mistake named.

`descend_checker` runs the student's descend with make_batches = gdlab's own epoch_batches, so
descend is graded on the same batches as gdlab.fit whatever shuffle the student's epoch_batches
uses (any seeded shuffle is right, see README.md). `hints` and descend_hint recognise the usual
wrong answers and say which mistake gave them.
"""
from types import SimpleNamespace

import numpy as np
import pytest

from gdlab.batches import epoch_batches
from gdlab.descent import fit
from gdlab.grading.compare import assert_close
from gdlab.grading.mistakes import name_the_mistake


def order_hint(orders, n, varying="epoch"):
    """Words for orders of one epoch (or one seed) that should all differ: not shuffled, or the same."""
    if any(np.array_equal(order, np.arange(n)) for order in orders):
        return "the order is 0..n-1, not shuffled: when batch_size < n, shuffle first"
    if varying == "seed":
        return "two seeds give the same order: the seed is ignored; seed the generator with both seed " \
               "and epoch, np.random.default_rng([seed, epoch])"
    return "two epochs have the same order: reshuffle every epoch, with a generator seeded with both " \
           "seed and epoch, np.random.default_rng([seed, epoch])"


def descend_hint(costs, expected, settings, full, called):
    """Words for wrong descend costs: `expected` are gdlab.fit's, `full` the costs of as many steps on
    all the data (None for BGD), `called` whether descend took its batches from make_batches."""
    if not called:
        return "descend never called make_batches: take each epoch's batches from " \
               "make_batches(n, batch_size, epoch, seed)"
    per_epoch = (len(expected) - 1) // settings["epochs"]
    known = [(expected[1:], "costs has one entry per step: record the cost before the first step too "
                            "(steps + 1)"),
             (expected[::per_epoch], "costs has one entry per epoch: record the cost after every step "
                                     "(steps + 1 in all)")]
    if full is not None:
        known.append((full, "each step used the gradient of all the data: take it on the batch only, "
                            "cost_and_grad(x[batch], y[batch], w, b)"))
    return name_the_mistake(costs, known, "one step per batch, in make_batches' order; the full-data "
                                          "cost before the first step and after every step")


def check_descend(descend, x, y, settings, method, rtol=1e-9):
    """descend(x, y, **settings) given gdlab's batches, against gdlab.fit: the costs, then (w, b)."""
    calls = []

    def reference_batches(n, batch_size, epoch, seed):  # gdlab's epoch_batches, counting its calls
        calls.append(epoch)
        return epoch_batches(n, batch_size, epoch, seed)

    w, b, costs = descend(x, y, **settings, make_batches=reference_batches)
    batch_size = settings["batch_size"] if method == "mbgd" else None
    trajectory = fit(x, y, method=method, batch_size=batch_size, tol=0,
                     **{k: v for k, v in settings.items() if k != "batch_size"})
    full = None if method == "bgd" else fit(  # as many steps, each on all the data
        x, y, method="bgd", lr=settings["lr"], epochs=len(trajectory.cost) - 1, tol=0,
        w0=settings.get("w0", 0.0), b0=settings.get("b0", 0.0)).cost
    hint = descend_hint(costs, trajectory.cost, settings, full, called=bool(calls))
    what = f"{method} with lr={settings['lr']}, {settings['epochs']} epoch(s)"
    assert_close(costs, trajectory.cost, f"the full-data costs of {what}", rtol=rtol, hint=hint)
    assert_close(np.array([w, b]), np.array([trajectory.w[-1], trajectory.b[-1]]), f"(w, b) after {what}",
                 rtol=rtol, hint=hint)


@pytest.fixture(scope="session")
def descend_checker():
    """check_descend(descend, x, y, settings, method): descend graded on gdlab's own batches."""
    return check_descend


@pytest.fixture(scope="session")
def hints():
    """The words that name a mistake in epoch_batches: hints.order(orders, n, varying="epoch")."""
    return SimpleNamespace(order=order_hint)
