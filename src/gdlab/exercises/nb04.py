"""Exercises of notebook 04 (BGD, SGD and MBGD): steps per epoch, the noise of a batch gradient,
and the learning rate that keeps an epoch's reach when the batch grows.

Each expected answer is computed with gdlab's own code (gdlab.batches) or from the formula it
states; the hints name the mistakes seen in class.
"""
import math

from gdlab.batches import steps_per_epoch
from gdlab.exercises.exercise import Exercise, expect

LINE_N = 100                 # samples in the bundled line data set
BATCH = 32                   # 04.1
NOISE_BATCH = 16             # 04.2
OLD_BATCH, NEW_BATCH, OLD_LR = 10, 20, 0.1   # 04.3


def _test_1(steps):
    expected = steps_per_epoch(LINE_N, BATCH)
    expect(steps, expected, f"the number of steps in one epoch (n = {LINE_N}, batch_size = {BATCH})",
           mistakes=[(LINE_N // BATCH, "you dropped the last, smaller batch (DataLoader's drop_last=True); "
                                       "gdlab keeps it, so round n / batch_size up"),
                     (LINE_N / BATCH, "a step uses a whole batch: the count is a whole number, "
                                      "n / batch_size rounded up"),
                     (LINE_N, "that is SGD's count (one sample per step); here each step uses a batch"),
                     (1, "that is BGD's count (all samples in one step)")],
           hint="one step per batch; the batches cover the n samples once, the last one may be smaller")


def _test_2(ratio):
    k = NOISE_BATCH
    expected = 1 / math.sqrt(k)
    without_replacement = math.sqrt((LINE_N - k) / (k * (LINE_N - 1)))
    expect(ratio, expected, f"std of the batch-mean gradient (k = {k}) / std of one sample's gradient",
           mistakes=[(1 / k, "1/k is the factor of the variance; the standard deviation shrinks by its "
                             "square root"),
                     (1.0, "averaging k independent gradients does shrink their spread: the variance "
                           "of a mean of k is σ²/k"),
                     (math.sqrt(k), "that is how much LARGER the std of a SUM of k gradients is; the batch "
                                    "gradient is their mean"),
                     (k, "the std of a mean shrinks; it does not grow with k"),
                     (without_replacement, "that includes the finite-population factor (n − k)/(n − 1) of "
                                           "sampling without replacement from n = 100; the question asks "
                                           "for k independent samples")],
           hint="Var(mean of k independent values) = σ²/k; take the square root", rtol=1e-3)


def _test_3(lr):
    expected = OLD_LR * steps_per_epoch(LINE_N, OLD_BATCH) / steps_per_epoch(LINE_N, NEW_BATCH)
    expect(lr, expected, f"the lr for batch_size {NEW_BATCH} that keeps lr × (steps per epoch)",
           mistakes=[(OLD_LR / 2, "a bigger batch does not call for a smaller lr: its gradient is less "
                                  "noisy, not larger; with half the steps per epoch each must go further"),
                     (OLD_LR, "with the same lr an epoch now takes half as many steps, so it reaches "
                              "half as far"),
                     (OLD_LR * math.sqrt(2), "√2 is the square-root rule (it keeps the noise variance "
                                             "per epoch); the question asks for lr × steps per epoch")],
           hint="steps per epoch go from 100/10 to 100/20; lr × steps must stay 0.1 × 10", rtol=1e-6)


EXERCISES = {
    "04.1": Exercise(question=f"How many steps does one epoch of MBGD take on n = {LINE_N} samples with "
                              f"batch_size = {BATCH}?", test=_test_1),
    "04.2": Exercise(question=f"By what factor is the std of a batch gradient of k = {NOISE_BATCH} "
                              "independent samples smaller than one sample's (std_k / std_1)?", test=_test_2),
    "04.3": Exercise(question=f"Batch {OLD_BATCH}, lr {OLD_LR} on n = {LINE_N}: which lr gives batch "
                              f"{NEW_BATCH} the same lr × steps per epoch?", test=_test_3),
}
