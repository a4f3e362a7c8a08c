"""Exercises of notebook 07 (data): batches per epoch and the last one's size, a batch's shapes,
and a one-hot target_transform for the seed's MSELoss (compared by value: any dtype).

The expected answers come from torch itself: a real DataLoader over range(n), gdlab's image
transform applied to an 8x8 grey image, torch.nn.functional.one_hot; each known mistake is
computed from the same numbers, so its hint names it.
"""
import torch
import torch.nn.functional as F
from PIL import Image
from torch.utils.data import DataLoader

from gdlab.cnn.datasets import image_transform
from gdlab.exercises.exercise import Exercise, expect
from gdlab.grading.compare import Mismatch, check_kind, check_shape

BATCH_SIZE = 64          # 07.2 asks about DataLoader(train_set, batch_size=64)
DIGIT_SIZE = 8           # scikit-learn's digits are 8x8 grey images
CLASSES = 10
# (n, batch_size) for 07.1: a remainder, an exact fit, fewer samples than a batch, batch_size 1
CASES = ((100, 16), (1438, 64), (128, 32), (5, 8), (7, 1), (1, 4))


# --- 07.1 batches per epoch and the size of the last one ---

def loader_batches(n, batch_size):
    """(number of batches, size of the last) of DataLoader(range(n), batch_size): counted, not computed."""
    sizes = [len(batch) for batch in DataLoader(range(n), batch_size=batch_size)]
    return len(sizes), sizes[-1]


def _test_1(batches_and_last):
    for n, batch_size in CASES:
        answer = batches_and_last(n, batch_size)
        what = f"batches_and_last({n}, {batch_size})"
        if not (isinstance(answer, (tuple, list)) and len(answer) == 2):
            raise Mismatch(f"{what} should return two numbers (batches, last_size), got {answer!r}")
        batches, last = answer
        expected_batches, expected_last = loader_batches(n, batch_size)
        floor = n // batch_size
        expect(batches, expected_batches, f"the number of batches of {what}",
               mistakes=[(n / batch_size, "n / batch_size is not a whole number of batches: round UP, "
                                          "the samples left over make one more, smaller batch"),
                         (floor, "that rounds down: the samples left over still make a last, smaller batch "
                                 "(DataLoader drops it only with drop_last=True), so round up: "
                                 "ceil(n / batch_size)"),
                         (floor + 1, "when batch_size divides n there is no extra batch: "
                                     "ceil(n / batch_size), not n // batch_size + 1")],
               hint="ceil(n / batch_size): every full batch, plus one for the rest if any")
        expect(last, expected_last, f"the size of the last batch of {what}",
               mistakes=[(n % batch_size, "n % batch_size is 0 when batch_size divides n, but then the last "
                                          "batch is a full one: batch_size samples"),
                         (batch_size, "the last batch holds only what is left after the full ones: "
                                      "n − batch_size·(batches − 1)"),
                         (0, "a batch is never empty: the last one holds n − batch_size·(batches − 1) samples")],
               hint="n − batch_size·(batches − 1)")


# --- 07.2 the shapes of a batch ---

def sample_shape():
    """The shape of one digit after the notebook's transform: an 8x8 grey PNG read as RGB."""
    picture = Image.new("L", (DIGIT_SIZE, DIGIT_SIZE)).convert("RGB")   # what ImageFolder's loader gives
    return tuple(image_transform([0.0] * 3, [1.0] * 3)(picture).shape)


def _as_shape(answer, what):
    """A tuple of ints from a tuple, list or torch.Size; a Mismatch that says what a shape is otherwise."""
    if isinstance(answer, (tuple, list, torch.Size)) and all(isinstance(k, int) and not isinstance(k, bool)
                                                            for k in answer):
        return tuple(answer)
    raise Mismatch(f"{what} should be a shape: a tuple of whole numbers like (2, 3), got {answer!r}")


def _check_shape(answer, expected, what, mistakes, hint):
    got = _as_shape(answer, what)
    if got == expected:
        return
    named = next((text for wrong, text in mistakes if got == wrong), hint)
    raise Mismatch(f"{what} is wrong\n  expected: a shape of {len(expected)} numbers\n  got:      {got}\n"
                   f"  hint: {named}")


def _test_2(images_shape, labels_shape):
    channels, height, width = sample_shape()
    b = BATCH_SIZE
    expected_images = (b, channels, height, width)
    _check_shape(images_shape, expected_images, "the shape of the batch's images", [
        ((channels, height, width), "that is one image; a DataLoader stacks batch_size of them along a new "
                                    "first axis"),
        ((b, height, width, channels), "PyTorch keeps channels first: (batch, channels, height, width); "
                                       "channels last is how PIL and matplotlib hold pictures"),
        ((b, channels, DIGIT_SIZE, DIGIT_SIZE), "Resize((32, 32)) comes before ToTensor: the Net gets "
                                                "32x32, not the PNG's 8x8"),
        ((b, 1, DIGIT_SIZE, DIGIT_SIZE), "the PNGs are 8x8 grey, but the loader reads them as RGB (3 channels) "
                                         "and Resize makes them 32x32"),
        ((b, 1, height, width), "the loader reads every image as RGB: 3 channels, even for grey digits"),
    ], hint="(batch_size, channels, height, width) after Resize((32, 32)), RGB and ToTensor")
    _check_shape(labels_shape, (b,), "the shape of the batch's labels", [
        ((b, 1), "one label per image, not a column: the labels are a 1-d tensor of class indices"),
        ((b, CLASSES), "ImageFolder's label is the class index (one int), not a one-hot vector; "
                       "that would take a target_transform"),
        ((), "that is one label; the batch holds batch_size of them"),
    ], hint="one class index per image")


# --- 07.3 a one-hot target_transform ---

def _test_3(one_hot):
    for label in (0, 3, CLASSES - 1):
        expected = F.one_hot(torch.tensor(label), CLASSES).float()       # (10,) float
        got = one_hot(label)
        what = f"one_hot({label})"
        check_kind(got, "tensor", what, hint="return a torch tensor: MSELoss compares tensors "
                                             "(torch.zeros(10), then set one entry)")
        check_shape(got, expected.shape, what, hint="one vector of 10 numbers per label: shape (10,), "
                                                    "not (1, 10); the DataLoader adds the batch axis")
        wrong_place = torch.roll(expected, -1)
        expect(got, expected, what,
               mistakes=[(wrong_place, "the 1 is one place too early: label k goes at index k (indices start "
                                       "at 0, like the class folders 0..9)"),
                         (torch.roll(expected, 1), "the 1 is one place too late: label k goes at index k"),
                         (torch.ones(CLASSES), "all ones: only the entry of the label is 1, the other 9 are 0"),
                         (1 - expected, "that is upside down: 1 at the label, 0 elsewhere")],
               hint="10 zeros with a 1 at index `label`")


EXERCISES = {
    "07.1": Exercise(question="batches_and_last(n, batch_size): how many batches one epoch of "
                              "DataLoader(..., batch_size) takes over n samples, and the size of the last.",
                     test=_test_1),
    "07.2": Exercise(question=f"The shapes of the images and of the labels of one batch of "
                              f"DataLoader(train_set, batch_size={BATCH_SIZE}) over the digits.",
                     test=_test_2),
    "07.3": Exercise(question="one_hot(label): a target_transform that turns class index 0..9 into the float "
                              "vector the seed's MSELoss compares with the Net's 10 scores.",
                     test=_test_3),
}

__all__ = ["EXERCISES", "BATCH_SIZE", "loader_batches", "sample_shape"]
