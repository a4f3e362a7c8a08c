"""Exercises of notebook 08 (the CNN): the output size of a convolution or pooling, the flattened
size the seed's Net would need for 64x64 images, the parameters of two of its layers, and the
learning rate that makes the seed's summed MSELoss and the mean one take the same steps.

The expected answers come from torch itself (layers run on zeros, gdlab's Net, gradients of the
two reductions); each known mistake is computed from the same numbers, so its hint names it.
"""
import math

import torch
import torch.nn as nn

from gdlab.cnn.net import Net, net_sequential
from gdlab.exercises.exercise import Exercise, expect
from gdlab.grading.compare import Mismatch, assert_close

# 08.1: (size, kernel, stride, padding) — the Net's four layers, then padding, stride 2 and a floor
CASES = ((32, 5, 1, 0), (28, 2, 2, 0), (14, 5, 1, 0), (10, 2, 2, 0),
         (28, 3, 1, 1), (7, 3, 2, 1), (5, 2, 2, 0), (64, 5, 1, 0))
SIDE = 64               # 08.2 asks for 64x64 images
SEED_LR, BATCH = 1e-4, 32   # 08.4: the seed's SGD lr and gdlab's batch size


# --- 08.1 the output size of a convolution or a pooling ---

def torch_out_size(size, kernel, stride=1, padding=0):
    """The side of nn.Conv2d(1, 1, kernel, stride, padding)'s output on a size x size input (run, not computed)."""
    layer = nn.Conv2d(1, 1, kernel, stride=stride, padding=padding)
    with torch.no_grad():
        return layer(torch.zeros(1, 1, size, size)).shape[-1]


# the known wrong formulas, each with the hint that names it; a function is diagnosed over all CASES
OUT_SIZE_MISTAKES = (
    (lambda size, kernel, stride, padding: (size + 2 * padding - kernel) // stride,
     "that is one too small: the kernel fits at positions 0, stride, 2·stride, ... so count them: "
     "(size + 2·padding − kernel) // stride + 1"),
    (lambda size, kernel, stride, padding: (size + 2 * padding - kernel) / stride + 1,
     "a size is a whole number: round down, // stride (a last window that does not fit is dropped)"),
    (lambda size, kernel, stride, padding: math.ceil((size + 2 * padding - kernel) / stride) + 1,
     "round down, not up: a window that would reach past the edge is dropped (// stride)"),
    (lambda size, kernel, stride, padding: (size + padding - kernel) // stride + 1,
     "padding adds pixels on both sides: size + 2·padding"),
    (lambda size, kernel, stride, padding: (size - kernel) // stride + 1,
     "you left out the padding: size + 2·padding"),
    (lambda size, kernel, stride, padding: size // stride,
     "the kernel's size counts too: (size + 2·padding − kernel) // stride + 1"),
    (lambda size, kernel, stride, padding: size + 2 * padding - kernel + 1,
     "the stride divides: a pooling with stride 2 halves the size"),
)


def _close(got, expected):
    try:
        assert_close(got, expected)
    except (Mismatch, TypeError):
        return False
    return True


def _test_1(out_size):
    answers = [(case, out_size(*case)) for case in CASES]
    wrong = [(case, got) for case, got in answers if not _close(got, torch_out_size(*case))]
    if not wrong:
        return
    hint = next((text for formula, text in OUT_SIZE_MISTAKES
                 if all(_close(got, formula(*case)) for case, got in answers)),
                "(size + 2·padding − kernel) // stride + 1, as in nn.Conv2d's and nn.MaxPool2d's docs")
    case, got = wrong[0]
    assert_close(got, torch_out_size(*case), f"out_size{case}", hint=hint)


# --- 08.2 the flattened size for 64x64 images ---

def flat_size(side=SIDE):
    """How many numbers the Net's conv blocks give fc1 for one side x side RGB image (run, not computed)."""
    features = net_sequential()[:7]                          # conv, relu, pool, conv, relu, pool, flatten
    with torch.no_grad():
        return features(torch.zeros(1, 3, side, side)).shape[1]


def _test_2(answer):
    expected = flat_size()
    after_conv1 = SIDE - 4
    after_block1 = after_conv1 // 2
    after_conv2 = after_block1 - 4
    expect(answer, expected, f"the flattened size for {SIDE}x{SIDE} images",
           mistakes=[(flat_size(32), "that is fc1's 16·5·5 for 32x32 images; redo the sizes from 64"),
                     (flat_size(32) * (SIDE // 32) ** 2, "the sizes do not scale with the image: a 5x5 convolution "
                                                         "takes 4 pixels off each side length, then pooling halves it"),
                     (16 * (SIDE // 4) ** 2, "you only halved twice: each 5x5 convolution (no padding) also "
                                             "takes 4 off the side length: 64 → 60 → 30 → ..."),
                     (16 * (SIDE - 8) ** 2, "you left out the poolings: each MaxPool2d(2, 2) halves the side"),
                     (6 * after_block1 ** 2, "that is after the first block; the second conv (6 → 16 channels) "
                                             "and pool follow"),
                     (16 * after_conv2 ** 2, "you left out the second pooling: it halves the side once more"),
                     (16 * (((SIDE - 5) // 2 - 5) // 2) ** 2, "a 5x5 kernel takes 4 pixels off the side, "
                                                              "not 5: size − kernel + 1"),
                     ((after_conv2 // 2) ** 2, "times the 16 channels: every channel is flattened")],
           hint="follow one side: 64 → conv 5x5 → pool 2 → conv 5x5 → pool 2, then channels × side × side")


# --- 08.3 the parameters of conv2 and fc1 ---

def layer_parameters():
    """(number of parameters of Net().conv2, of Net().fc1), counted by torch."""
    net = Net()
    return (sum(p.numel() for p in net.conv2.parameters()), sum(p.numel() for p in net.fc1.parameters()))


def _test_3(conv2_params, fc1_params):
    expected_conv2, expected_fc1 = layer_parameters()
    c_in, c_out, k = 6, 16, 5
    expect(conv2_params, expected_conv2, "the parameters of conv2 = nn.Conv2d(6, 16, 5)",
           mistakes=[(c_in * c_out * k * k, "you left out the biases: one per output channel"),
                     (c_out * k * k + c_out, "each of the 16 filters spans all 6 input channels: "
                                             "16 · 6 · 5 · 5 weights"),
                     (c_in * c_out * k * k + c_in * c_out, "one bias per output channel (16), not one per "
                                                           "(input, output) pair"),
                     (c_in * c_out * k + c_out, "a 5x5 kernel has 5 · 5 weights per input channel")],
           hint="weights out_channels · in_channels · k · k, plus one bias per output channel")
    n_in, n_out = 16 * 5 * 5, 120
    expect(fc1_params, expected_fc1, "the parameters of fc1 = nn.Linear(16·5·5, 120)",
           mistakes=[(n_in * n_out, "you left out the biases: one per output"),
                     (n_in * n_out + n_in, "one bias per OUTPUT (120), not per input"),
                     (n_in + n_out, "a Linear layer connects every input to every output: in · out weights"),
                     (expected_conv2, "that is conv2's count; fc1 is nn.Linear(400, 120)")],
           hint="in_features · out_features weights plus out_features biases")


# --- 08.4 the lr for reduction='mean' that takes the seed's steps ---

def mean_lr(sum_lr=SEED_LR, batch=BATCH, classes=10):
    """The lr with which SGD on MSELoss(reduction='mean') steps as SGD(lr=sum_lr) on reduction='sum'.

    Measured on gradients: 'mean' divides the summed loss by the number of ELEMENTS it adds up.
    """
    generator = torch.Generator().manual_seed(0)
    scores = torch.randn(batch, classes, generator=generator, dtype=torch.float64, requires_grad=True)
    target = torch.randn(batch, classes, generator=generator, dtype=torch.float64)
    grad_sum, = torch.autograd.grad(nn.MSELoss(reduction="sum")(scores, target), scores)
    grad_mean, = torch.autograd.grad(nn.MSELoss(reduction="mean")(scores, target), scores)
    return sum_lr * float((grad_sum / grad_mean).mean())


def _test_4(answer):
    expected = mean_lr()
    expect(answer, expected, "the lr for MSELoss(reduction='mean')",
           mistakes=[(SEED_LR * BATCH, "MSELoss's 'mean' divides by every element it adds up: "
                                       f"{BATCH} images × 10 scores, not only the {BATCH} images"),
                     (SEED_LR / (BATCH * 10), "the other way round: the mean's gradient is SMALLER, so its lr "
                                              "must be LARGER: lr · (number of elements)"),
                     (SEED_LR / BATCH, "the other way round, and the mean runs over every element: "
                                       f"lr · {BATCH} · 10"),
                     (SEED_LR, "the two losses differ by a constant factor, and so do their gradients: SGD's "
                               "step lr · gradient changes with it")],
           hint="'mean' = 'sum' / (number of elements); SGD steps lr · gradient", rtol=1e-9)


EXERCISES = {
    "08.1": Exercise(question="out_size(size, kernel, stride, padding): the side length after nn.Conv2d or "
                              "nn.MaxPool2d on a size x size input.", test=_test_1),
    "08.2": Exercise(question=f"How many numbers would fc1 get for {SIDE}x{SIDE} images (instead of 16·5·5 "
                              "for 32x32)?", test=_test_2),
    "08.3": Exercise(question="The number of parameters (weights and biases) of the Net's conv2 and of its fc1.",
                     test=_test_3),
    "08.4": Exercise(question=f"The seed trains with MSELoss(reduction='sum') and SGD(lr={SEED_LR:g}) on batches "
                              f"of {BATCH}: which lr makes SGD on reduction='mean' take the same steps?",
                     test=_test_4),
}

__all__ = ["EXERCISES", "CASES", "flat_size", "layer_parameters", "mean_lr", "torch_out_size"]
