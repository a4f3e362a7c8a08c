"""The one place the sample order comes from, so the same seed gives the same batches in both twins.

BGD (批量梯度下降法) uses every sample per step, SGD (随机梯度下降法) one, MBGD (小批量梯度下降法) k:
one rule with the batch size as the only difference. Each epoch is a fresh permutation drawn from
the seed and the epoch number; the last batch of an epoch may be smaller (like DataLoader's
drop_last=False). BGD keeps the data's order: its one batch is all of it either way.
"""
import numpy as np

from gdlab.checks import check_batch_size, check_choice
from gdlab.errors import GdlabError
from gdlab.i18n import text

METHODS = ("bgd", "sgd", "mbgd")
# MBGD's batch when none is given (at most n). On the lesson's line data (n = 100) that is 10 equal
# batches, 10 steps per epoch between BGD's 1 and SGD's 100, as every figure, notebook 04 and the demo
# show; 32 (Keras's default) suits image sets, and `gdlab train` keeps it (cnn/config.py).
MBGD_BATCH_SIZE = 10


def method_batch_size(method, n, batch_size=None):
    """The batch size a method uses on n samples: BGD n, SGD 1, MBGD the given k (default
    min(MBGD_BATCH_SIZE, n))."""
    check_choice("method", method, METHODS)
    if method == "mbgd":
        return check_batch_size(min(MBGD_BATCH_SIZE, n) if batch_size is None else batch_size, n)
    fixed = n if method == "bgd" else 1
    if batch_size is not None and batch_size != fixed:
        raise GdlabError(text("core.batches.fixed_size", batch_size=batch_size, method=method, fixed=fixed))
    return fixed


def epoch_order(n, epoch, seed, shuffle=True):
    """The sample order of one epoch: a permutation of range(n) from (seed, epoch)."""
    if not shuffle:
        return np.arange(n)
    return np.random.default_rng([seed, epoch]).permutation(n)


def epoch_batches(n, batch_size, epoch, seed):
    """The index arrays of one epoch's batches, in order; BGD's single batch is arange(n)."""
    check_batch_size(batch_size, n)
    order = epoch_order(n, epoch, seed, shuffle=batch_size < n)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]


def batch_stream(n, batch_size, seed):
    """(epoch, batch) pairs for ever, epoch by epoch; BGD's one batch is the same array each epoch."""
    if batch_size == n:
        everything = epoch_order(n, 0, seed, shuffle=False)
        epoch = 0
        while True:
            yield epoch, everything
            epoch += 1
    epoch = 0
    while True:
        for batch in epoch_batches(n, batch_size, epoch, seed):
            yield epoch, batch
        epoch += 1


def steps_per_epoch(n, batch_size):
    """ceil(n / batch_size): the number of updates in one pass over the data."""
    return -(-n // batch_size)
