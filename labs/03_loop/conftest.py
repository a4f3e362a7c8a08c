"""Shared by lab 3's public and hidden tests: descend graded apart from epoch_batches, and the
mistake named.

`descend_checker` runs the student's descend with make_batches = gdlab's own epoch_batches, so
descend is graded on the same batches as gdlab.fit whatever shuffle the student's epoch_batches
uses (any seeded shuffle is right, see README.md). `hints` and descend_hint recognise the usual
wrong answers and say which mistake gave them, in the student's language (the words are in the
catalogue, gdlab/i18n/{en,zh}/lab03_loop.py).
"""
from types import SimpleNamespace

import numpy as np
import pytest

from gdlab.batches import epoch_batches
from gdlab.descent import fit
from gdlab.grading.compare import assert_close
from gdlab.grading.mistakes import name_the_mistake
from gdlab.i18n import text


def order_hint(orders, n, varying="epoch"):
    """Words for orders of one epoch (or one seed) that should all differ: not shuffled, or the same."""
    if any(np.array_equal(order, np.arange(n)) for order in orders):
        return text("lab03_loop.order.not_shuffled")
    if varying == "seed":
        return text("lab03_loop.order.seed_ignored")
    return text("lab03_loop.order.same_every_epoch")


def descend_hint(costs, expected, settings, full, called):
    """Words for wrong descend costs: `expected` are gdlab.fit's, `full` the costs of as many steps on
    all the data (None for BGD), `called` whether descend took its batches from make_batches."""
    if not called:
        return text("lab03_loop.descend.never_called")
    per_epoch = (len(expected) - 1) // settings["epochs"]
    known = [(expected[1:], text("lab03_loop.descend.first_cost_missing")),
             (expected[::per_epoch], text("lab03_loop.descend.once_per_epoch"))]
    if full is not None:
        known.append((full, text("lab03_loop.descend.full_gradient")))
    return name_the_mistake(costs, known, text("lab03_loop.descend.otherwise"))


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
    run = text("lab03_loop.what.run", method=method, lr=settings["lr"], epochs=settings["epochs"])
    assert_close(costs, trajectory.cost, text("lab03_loop.what.full_costs", run=run), rtol=rtol, hint=hint)
    assert_close(np.array([w, b]), np.array([trajectory.w[-1], trajectory.b[-1]]),
                 text("lab03_loop.what.final_parameters", run=run), rtol=rtol, hint=hint)


@pytest.fixture(scope="session")
def descend_checker():
    """check_descend(descend, x, y, settings, method): descend graded on gdlab's own batches."""
    return check_descend


@pytest.fixture(scope="session")
def hints():
    """The words that name a mistake in epoch_batches: hints.order(orders, n, varying="epoch")."""
    return SimpleNamespace(order=order_hint)
