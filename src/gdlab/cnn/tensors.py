"""The fast path: every image decoded once into one tensor held on the device, batches sliced from it.

A DataLoader over an ImageFolder opens, decodes, resizes and normalises every image again in every
epoch and copies each batch to the device; for small data sets (digits, CIFAR-10, MNIST) it is
cheaper to decode once: images (N, 3, 32, 32) float32 and labels (N,) int64 live on the device,
and an epoch is a seeded permutation of indices.
"""
from dataclasses import dataclass

import torch

from gdlab.cnn.net import INPUT_SHAPE
from gdlab.errors import DataError
from gdlab.i18n import text


@dataclass
class ImageTensors:
    images: torch.Tensor    # (N, 3, H, W) float32
    labels: torch.Tensor    # (N,) int64
    classes: list           # class names, index = label

    def __len__(self):
        return len(self.labels)

    def to(self, device):
        return ImageTensors(self.images.to(device), self.labels.to(device), self.classes)

    def subset(self, indices):
        return ImageTensors(self.images[indices], self.labels[indices], self.classes)


def decode_all(dataset, expected_shape=INPUT_SHAPE):
    """Every (image, label) of `dataset` into ImageTensors; each image must have `expected_shape`.

    `dataset` yields (tensor image, int label), e.g. an ImageFolder with decode_transform(). An image
    of another shape raises a DataError naming the file, the shape the Net takes, and the fix.
    """
    n = len(dataset)
    if n == 0:
        raise DataError(text("data.tensors.empty"))
    images = torch.empty((n, *expected_shape), dtype=torch.float32)
    labels = torch.empty(n, dtype=torch.int64)
    for i in range(n):
        image, label = dataset[i]
        if not isinstance(image, torch.Tensor) or tuple(image.shape) != tuple(expected_shape):
            shape = tuple(image.shape) if isinstance(image, torch.Tensor) else type(image).__name__
            raise DataError(text("data.tensors.shape", name=_name(dataset, i), shape=shape,
                                 expected="x".join(map(str, expected_shape)),
                                 height=expected_shape[1], width=expected_shape[2]))
        images[i] = image
        labels[i] = label
    return ImageTensors(images, labels, list(getattr(dataset, "classes", range(int(labels.max()) + 1))))


def _name(dataset, index):
    samples = getattr(dataset, "samples", None)
    return samples[index][0] if samples else f"#{index}"


def channel_stats(images):
    """Per-channel mean and standard deviation of (N, C, H, W) images, as two lists of floats."""
    mean = images.mean(dim=(0, 2, 3))
    std = images.std(dim=(0, 2, 3)).clamp_min(1e-6)
    return mean.tolist(), std.tolist()


def normalise(data, mean, std):
    """(image - mean) / std per channel, as transforms.Normalize does; returns new ImageTensors."""
    mean = torch.as_tensor(mean, dtype=data.images.dtype, device=data.images.device).view(1, -1, 1, 1)
    std = torch.as_tensor(std, dtype=data.images.dtype, device=data.images.device).view(1, -1, 1, 1)
    return ImageTensors((data.images - mean) / std, data.labels, data.classes)


def split(data, val_fraction, seed):
    """Split ImageTensors into (train, val) by a seeded permutation; val holds val_fraction of them."""
    n = len(data)
    n_val = int(round(val_fraction * n))
    if not 1 <= n_val < n:
        raise DataError(text("data.tensors.split", n=n, val_fraction=val_fraction))
    order = torch.randperm(n, generator=torch.Generator().manual_seed(seed))
    return data.subset(order[n_val:]), data.subset(order[:n_val])


class DeviceBatches:
    """Mini-batches sliced from ImageTensors already on the device; shuffled by (seed, epoch).

    `augment(images, generator)`, if given, transforms each batch (gdlab.cnn.augment.random_affine).
    The order and the augmentation of epoch e depend only on seed and e, so a run resumed at
    epoch e sees the same batches as one that never stopped. A `sampler` (e.g. torch's
    DistributedSampler, which gives each process its share of the indices) replaces the
    permutation: the batches are then its indices, in its order, `seed` seeds the augmentation only.
    """

    def __init__(self, data, batch_size, shuffle=True, seed=0, augment=None, sampler=None):
        self.data, self.batch_size, self.shuffle, self.seed = data, batch_size, shuffle, seed
        self.augment, self.sampler = augment, sampler
        self.epoch = 0

    def set_epoch(self, epoch):
        self.epoch = epoch
        if self.sampler is not None:
            self.sampler.set_epoch(epoch)     # DistributedSampler: a new shuffle each epoch

    def __len__(self):
        n = len(self.sampler) if self.sampler is not None else len(self.data)
        return -(-n // self.batch_size)

    def __iter__(self):
        n = len(self.data)
        if not self.shuffle and self.sampler is None:
            for start in range(0, n, self.batch_size):
                end = start + self.batch_size
                yield self.data.images[start:end], self.data.labels[start:end]
            return
        epoch_seed = self.seed * 1_000_003 + self.epoch
        device = self.data.images.device
        if self.sampler is not None:
            order = torch.tensor(list(self.sampler), dtype=torch.int64).to(device)
        else:
            order = torch.randperm(n, generator=torch.Generator().manual_seed(epoch_seed)).to(device)
        generator = torch.Generator(device=device).manual_seed(epoch_seed) if self.augment else None
        for start in range(0, len(order), self.batch_size):
            index = order[start:start + self.batch_size]
            images = self.data.images[index]
            yield (self.augment(images, generator) if self.augment else images), self.data.labels[index]
