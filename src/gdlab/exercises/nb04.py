"""Exercises of notebook 04 (BGD, SGD and MBGD): steps per epoch, the noise of a batch gradient,
and the learning rate that keeps an epoch's reach when the batch grows.

Each expected answer is computed with gdlab's own code (gdlab.batches) or from the formula it
states; the hints name the mistakes seen in class.
"""
import math

from gdlab.batches import steps_per_epoch
from gdlab.exercises.exercise import Exercise, Said, expect
from gdlab.i18n import text

LINE_N = 100                 # samples in the bundled line data set
BATCH = 32                   # 04.1
NOISE_BATCH = 16             # 04.2
OLD_BATCH, NEW_BATCH, OLD_LR = 10, 20, 0.1   # 04.3


def _test_1(steps):
    expected = steps_per_epoch(LINE_N, BATCH)
    expect(steps, expected, text("nb04.steps.what", n=LINE_N, batch=BATCH),
           mistakes=[(LINE_N // BATCH, text("nb04.steps.drop_last")),
                     (LINE_N / BATCH, text("nb04.steps.fraction")),
                     (LINE_N, text("nb04.steps.sgd")),
                     (1, text("nb04.steps.bgd"))],
           hint=text("nb04.steps.hint"))


def _test_2(ratio):
    k = NOISE_BATCH
    expected = 1 / math.sqrt(k)
    without_replacement = math.sqrt((LINE_N - k) / (k * (LINE_N - 1)))
    expect(ratio, expected, text("nb04.noise.what", k=k),
           mistakes=[(1 / k, text("nb04.noise.variance")),
                     (1.0, text("nb04.noise.no_change")),
                     (math.sqrt(k), text("nb04.noise.sum")),
                     (k, text("nb04.noise.k")),
                     (without_replacement, text("nb04.noise.without_replacement"))],
           hint=text("nb04.noise.hint"), rtol=1e-3)


def _test_3(lr):
    expected = OLD_LR * steps_per_epoch(LINE_N, OLD_BATCH) / steps_per_epoch(LINE_N, NEW_BATCH)
    expect(lr, expected, text("nb04.lr.what", batch=NEW_BATCH),
           mistakes=[(OLD_LR / 2, text("nb04.lr.halved")),
                     (OLD_LR, text("nb04.lr.same")),
                     (OLD_LR * math.sqrt(2), text("nb04.lr.sqrt"))],
           hint=text("nb04.lr.hint"), rtol=1e-6)


EXERCISES = {
    "04.1": Exercise(question=Said("nb04.q1", n=LINE_N, batch=BATCH), test=_test_1),
    "04.2": Exercise(question=Said("nb04.q2", k=NOISE_BATCH), test=_test_2),
    "04.3": Exercise(question=Said("nb04.q3", old_batch=OLD_BATCH, old_lr=OLD_LR, n=LINE_N,
                                   new_batch=NEW_BATCH), test=_test_3),
}
