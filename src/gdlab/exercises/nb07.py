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
from gdlab.exercises.exercise import Exercise, Said, expect
from gdlab.grading.compare import Mismatch, check_kind, check_shape
from gdlab.i18n import text

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
            raise Mismatch(text("nb07.not_two_numbers", what=what, answer=answer))
        batches, last = answer
        expected_batches, expected_last = loader_batches(n, batch_size)
        floor = n // batch_size
        expect(batches, expected_batches, text("nb07.what.batches", what=what),
               mistakes=[(n / batch_size, text("nb07.batches.float")),
                         (floor, text("nb07.batches.floor")),
                         (floor + 1, text("nb07.batches.plus_one"))],
               hint=text("nb07.batches.hint"))
        expect(last, expected_last, text("nb07.what.last", what=what),
               mistakes=[(n % batch_size, text("nb07.last.mod")),
                         (batch_size, text("nb07.last.full")),
                         (0, text("nb07.last.zero"))],
               hint=text("nb07.last.hint"))


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
    raise Mismatch(text("nb07.not_a_shape", what=what, answer=answer))


def _check_shape(answer, expected, what, mistakes, hint):
    got = _as_shape(answer, what)
    if got == expected:
        return
    named = next((said for wrong, said in mistakes if got == wrong), hint)
    raise Mismatch("\n".join([text("grading.compare.wrong", what=what),
                               text("grading.compare.expected", value=text("nb07.a_shape_of", count=len(expected))),
                               text("grading.compare.got", value=got),
                               text("grading.compare.hint", hint=named)]))


def _test_2(images_shape, labels_shape):
    channels, height, width = sample_shape()
    b = BATCH_SIZE
    expected_images = (b, channels, height, width)
    _check_shape(images_shape, expected_images, text("nb07.what.images_shape"), [
        ((channels, height, width), text("nb07.images.one_image")),
        ((b, height, width, channels), text("nb07.images.channels_last")),
        ((b, channels, DIGIT_SIZE, DIGIT_SIZE), text("nb07.images.no_resize")),
        ((b, 1, DIGIT_SIZE, DIGIT_SIZE), text("nb07.images.grey_8")),
        ((b, 1, height, width), text("nb07.images.grey")),
    ], hint=text("nb07.images.hint"))
    _check_shape(labels_shape, (b,), text("nb07.what.labels_shape"), [
        ((b, 1), text("nb07.labels.column")),
        ((b, CLASSES), text("nb07.labels.one_hot")),
        ((), text("nb07.labels.scalar")),
    ], hint=text("nb07.labels.hint"))


# --- 07.3 a one-hot target_transform ---

def _test_3(one_hot):
    for label in (0, 3, CLASSES - 1):
        expected = F.one_hot(torch.tensor(label), CLASSES).float()       # (10,) float
        got = one_hot(label)
        what = f"one_hot({label})"
        check_kind(got, "tensor", what, hint=text("nb07.one_hot.tensor"))
        check_shape(got, expected.shape, what, hint=text("nb07.one_hot.shape"))
        wrong_place = torch.roll(expected, -1)
        expect(got, expected, what,
               mistakes=[(wrong_place, text("nb07.one_hot.early")),
                         (torch.roll(expected, 1), text("nb07.one_hot.late")),
                         (torch.ones(CLASSES), text("nb07.one_hot.ones")),
                         (1 - expected, text("nb07.one_hot.flipped"))],
               hint=text("nb07.one_hot.hint"))


EXERCISES = {
    "07.1": Exercise(question=Said("nb07.q1"), test=_test_1),
    "07.2": Exercise(question=Said("nb07.q2", batch_size=BATCH_SIZE), test=_test_2),
    "07.3": Exercise(question=Said("nb07.q3"), test=_test_3),
}

__all__ = ["EXERCISES", "BATCH_SIZE", "loader_batches", "sample_shape"]
