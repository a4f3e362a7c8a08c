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
from gdlab.exercises.exercise import Exercise, Said, expect
from gdlab.grading.compare import Mismatch, assert_close
from gdlab.i18n import text

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


# the known wrong formulas, each with the catalogue key of the hint that names it; a function is
# diagnosed over all CASES
OUT_SIZE_MISTAKES = (
    (lambda size, kernel, stride, padding: (size + 2 * padding - kernel) // stride,
     "nb08.out_size.no_plus_one"),
    (lambda size, kernel, stride, padding: (size + 2 * padding - kernel) / stride + 1,
     "nb08.out_size.true_division"),
    (lambda size, kernel, stride, padding: math.ceil((size + 2 * padding - kernel) / stride) + 1,
     "nb08.out_size.ceil"),
    (lambda size, kernel, stride, padding: (size + padding - kernel) // stride + 1,
     "nb08.out_size.one_side_padding"),
    (lambda size, kernel, stride, padding: (size - kernel) // stride + 1,
     "nb08.out_size.no_padding"),
    (lambda size, kernel, stride, padding: size // stride,
     "nb08.out_size.no_kernel"),
    (lambda size, kernel, stride, padding: size + 2 * padding - kernel + 1,
     "nb08.out_size.no_stride"),
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
    key = next((key for formula, key in OUT_SIZE_MISTAKES
                if all(_close(got, formula(*case)) for case, got in answers)), "nb08.out_size.hint")
    hint = text(key)
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
    expect(answer, expected, text("nb08.what.flat_size", side=SIDE),
           mistakes=[(flat_size(32), text("nb08.flat.32x32", side=SIDE)),
                     (flat_size(32) * (SIDE // 32) ** 2, text("nb08.flat.scaled")),
                     (16 * (SIDE // 4) ** 2, text("nb08.flat.pools_only")),
                     (16 * (SIDE - 8) ** 2, text("nb08.flat.convs_only")),
                     (6 * after_block1 ** 2, text("nb08.flat.block1")),
                     (16 * after_conv2 ** 2, text("nb08.flat.no_pool2")),
                     (16 * (((SIDE - 5) // 2 - 5) // 2) ** 2, text("nb08.flat.kernel_5")),
                     ((after_conv2 // 2) ** 2, text("nb08.flat.no_channels"))],
           hint=text("nb08.flat.hint"))


# --- 08.3 the parameters of conv2 and fc1 ---

def layer_parameters():
    """(number of parameters of Net().conv2, of Net().fc1), counted by torch."""
    net = Net()
    return (sum(p.numel() for p in net.conv2.parameters()), sum(p.numel() for p in net.fc1.parameters()))


def _test_3(conv2_params, fc1_params):
    expected_conv2, expected_fc1 = layer_parameters()
    c_in, c_out, k = 6, 16, 5
    expect(conv2_params, expected_conv2, text("nb08.what.conv2"),
           mistakes=[(c_in * c_out * k * k, text("nb08.conv2.no_bias")),
                     (c_out * k * k + c_out, text("nb08.conv2.no_in")),
                     (c_in * c_out * k * k + c_in * c_out, text("nb08.conv2.bias_pairs")),
                     (c_in * c_out * k + c_out, text("nb08.conv2.kernel"))],
           hint=text("nb08.conv2.hint"))
    n_in, n_out = 16 * 5 * 5, 120
    expect(fc1_params, expected_fc1, text("nb08.what.fc1"),
           mistakes=[(n_in * n_out, text("nb08.fc1.no_bias")),
                     (n_in * n_out + n_in, text("nb08.fc1.bias_in")),
                     (n_in + n_out, text("nb08.fc1.sum")),
                     (expected_conv2, text("nb08.fc1.conv2"))],
           hint=text("nb08.fc1.hint"))


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
    expect(answer, expected, text("nb08.what.mean_lr"),
           mistakes=[(SEED_LR * BATCH, text("nb08.mean_lr.batch_only", batch=BATCH)),
                     (SEED_LR / (BATCH * 10), text("nb08.mean_lr.inverted")),
                     (SEED_LR / BATCH, text("nb08.mean_lr.inverted_batch", batch=BATCH)),
                     (SEED_LR, text("nb08.mean_lr.same"))],
           hint=text("nb08.mean_lr.hint"), rtol=1e-9)


EXERCISES = {
    "08.1": Exercise(question=Said("nb08.q1"), test=_test_1),
    "08.2": Exercise(question=Said("nb08.q2", side=SIDE), test=_test_2),
    "08.3": Exercise(question=Said("nb08.q3"), test=_test_3),
    "08.4": Exercise(question=Said("nb08.q4", lr=SEED_LR, batch=BATCH), test=_test_4),
}

__all__ = ["EXERCISES", "CASES", "flat_size", "layer_parameters", "mean_lr", "torch_out_size"]
