"""Data for the CNN (seed section 2): a torch Dataset over the regression CSVs, ImageFolder trees
with transforms, scikit-learn's bundled digits written as an ImageFolder tree, CIFAR-10 (read by
gdlab.cnn.cifar10, downloaded only when asked), torchvision's MNIST / FashionMNIST (downloaded
when online, a clear error when not), and load_data(): any of them decoded for training.

An ImageFolder tree has one folder per class:   root/train/<class>/*.png   root/val/<class>/*.png
(or just root/<class>/*.png, split into train and val by a seed).
"""
import urllib.error
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image, UnidentifiedImageError
from torch.utils.data import Dataset
from torchvision import datasets as tv_datasets
from torchvision import transforms

# CIFAR-10's reader is gdlab.cnn.cifar10; its public names are datasets' too (notebook 08 uses them from here)
from gdlab.cnn.cifar10 import CIFAR10_CLASSES, Cifar10Batches, cifar10, ensure_cifar10, find_cifar10  # noqa: F401
from gdlab.cnn.tensors import ImageTensors, channel_stats, decode_all, normalise, split
from gdlab.data import load
from gdlab.errors import DataError, GdlabError
from gdlab.files import replace_folder, staged_folder
from gdlab.i18n import text

DIGITS = "digits"
CIFAR10 = "cifar10"
TORCHVISION = {"cifar10": ("CIFAR-10", tv_datasets.CIFAR10),
               "mnist": ("MNIST", tv_datasets.MNIST),
               "fashionmnist": ("FashionMNIST", tv_datasets.FashionMNIST)}
DIGITS_MARKER = "scikit-learn's handwritten digits (UCI optdigits), 8x8 gray PNGs, written by gdlab."
GRAYSCALE = ("mnist", "fashionmnist")   # 1-channel sets: Grayscale(3) gives the Net its 3 channels
IMAGE_DATASETS = (DIGITS, *TORCHVISION)


class CsvDataset(Dataset):
    """The pairs (x, y) of a regression CSV or bundled set (line, house, diabetes), one per index."""

    def __init__(self, name_or_path):
        x, y = load(name_or_path)                       # checked by gdlab.data.check_xy
        self.x = torch.as_tensor(x, dtype=torch.float32).unsqueeze(1)   # (n, 1)
        self.y = torch.as_tensor(y, dtype=torch.float32).unsqueeze(1)   # (n, 1)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, index):
        return self.x[index], self.y[index]


def decode_transform(image_size=32, grayscale=False):
    """PIL image -> float tensor (3, size, size) in [0, 1]: Resize gives the Net its 32x32."""
    steps = [transforms.Grayscale(num_output_channels=3)] if grayscale else []
    return transforms.Compose(steps + [transforms.Resize((image_size, image_size)), transforms.ToTensor()])


def image_transform(mean, std, image_size=32, grayscale=False):
    """decode_transform followed by Normalize(mean, std): what a DataLoader over an ImageFolder needs."""
    return transforms.Compose([decode_transform(image_size, grayscale), transforms.Normalize(mean, std)])


def load_rgb(path):
    """ImageFolder's loader: the image at `path` as RGB; a DataError naming the file if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return Image.open(handle).convert("RGB")
    except (OSError, UnidentifiedImageError) as error:
        raise DataError(text("data.images.unreadable", path=path, error=error)) from None


def image_folder(root, transform=None):
    """torchvision ImageFolder over `root` (one sub-folder per class), with clear errors for bad trees."""
    root = Path(root)
    if not root.is_dir():
        raise DataError(text("data.images.no_folder", root=root))
    try:
        return tv_datasets.ImageFolder(root, transform=transform, loader=load_rgb)
    except FileNotFoundError as error:
        raise DataError(text("data.images.no_images", root=root, error=error)) from None


def write_digits(root, seed=0, val_fraction=0.2):
    """Write scikit-learn's 1797 handwritten digits (8x8, gray) as PNGs in an ImageFolder tree.

    root/train/<digit>/<index>.png and root/val/<digit>/<index>.png, split per class by `seed`,
    `val_fraction` of each class in val. Written to a temporary folder, then renamed: a tree is
    complete or absent. Returns root.
    """
    from sklearn.datasets import load_digits
    if not 0.0 < val_fraction < 1.0:
        raise GdlabError(text("data.digits.val_fraction", value=repr(val_fraction)))
    root = Path(root)
    _check_replaceable(root)
    bunch = load_digits()
    pixels = np.round(bunch.images * (255.0 / 16.0)).astype(np.uint8)   # (1797, 8, 8), 0..16 -> 0..255
    rng = np.random.default_rng(seed)
    root.parent.mkdir(parents=True, exist_ok=True)
    counts = {"train": 0, "val": 0}
    with staged_folder(root) as staging:
        for digit in range(10):
            indices = rng.permutation(np.flatnonzero(bunch.target == digit))
            n_val = max(1, int(round(val_fraction * len(indices))))
            for part, chosen in (("val", indices[:n_val]), ("train", indices[n_val:])):
                folder = staging / part / str(digit)
                folder.mkdir(parents=True)
                for index in chosen:
                    Image.fromarray(pixels[index]).save(folder / f"{index:04d}.png")
                counts[part] += len(chosen)
        (staging / "README.txt").write_text(
            f"{DIGITS_MARKER}\n"
            f"seed={seed} val_fraction={val_fraction} train={counts['train']} val={counts['val']}\n",
            encoding="utf-8")
        replace_folder(staging, root, remove_old_tree=True)   # _check_replaceable: empty, or digits we wrote
    return root


def _check_replaceable(root):
    """A digits tree replaces only an empty folder or an earlier digits tree: never the user's own files."""
    if not root.exists():
        return
    if not root.is_dir():
        raise GdlabError(text("data.digits.out_is_file", root=root))
    marker = root / "README.txt"
    ours = marker.is_file() and marker.read_text(encoding="utf-8", errors="replace").startswith(DIGITS_MARKER)
    if any(root.iterdir()) and not ours:
        raise GdlabError(text("data.digits.out_not_ours", root=root))


def ensure_digits(root, seed=0, val_fraction=0.2):
    """The digits tree at root, written first if it is not there yet; returns (root, written)."""
    root = Path(root)
    if (root / "train").is_dir() and (root / "val").is_dir():
        return root, False
    return write_digits(root, seed, val_fraction), True


def torchvision_dataset(name, root, train=True, transform=None, download=True):
    """CIFAR-10, MNIST or FashionMNIST from torchvision under `root`, downloaded if missing and allowed.

    When the files are not there and cannot be downloaded (offline), a GdlabError names the data set
    and the offline alternative, --data digits.
    """
    if name not in TORCHVISION:
        raise GdlabError(text("data.torchvision.unknown", name=repr(name), choices=", ".join(IMAGE_DATASETS)))
    title, cls = TORCHVISION[name]
    try:
        return cls(str(root), train=train, transform=transform, download=download)
    except (urllib.error.URLError, OSError, RuntimeError) as error:
        reason = " ".join(str(error).split())[:200]
        key = "data.torchvision.download_failed" if download else "data.torchvision.not_downloaded"
        raise GdlabError(text(key, title=title, root=root, reason=reason)) from None


# ---------------------------------------------------------------- decoded for training

@dataclass
class ImageData:
    train: object               # ImageTensors, normalised
    val: object
    mean: list                  # per-channel statistics of the training images
    std: list
    source: str                 # where the images came from, for the user


def load_data(data, data_root="data", val_fraction=0.2, seed=0, max_images=None, download=False):
    """Decode a data set into normalised (train, val) ImageTensors of 3x32x32 images.

    For CIFAR-10, val is its test batch; `download` lets torchvision fetch it into data_root.
    """
    name = data.lower() if isinstance(data, str) else data
    if name == DIGITS:
        root, written = ensure_digits(Path(data_root) / "digits", seed=0)
        train, val = _folder_splits(root, val_fraction, seed, max_images)
        source = text("data.source.digits_wrote" if written else "data.source.digits_read", root=root)
    elif name == CIFAR10:
        folder = ensure_cifar10(data_root, download)
        train, val = (_cifar10_tensors(folder, part, max_images, seed) for part in (True, False))
        source = text("data.source.cifar10", folder=folder)
    elif name in TORCHVISION:
        root = Path(data_root) / name
        transform = decode_transform(32, name in GRAYSCALE)
        train, val = (decode_all(_limit(torchvision_dataset(name, root, part, transform), max_images, seed))
                      for part in (True, False))
        source = text("data.source.torchvision", title=TORCHVISION[name][0], root=root)
    elif Path(data).exists():
        train, val = _folder_splits(Path(data), val_fraction, seed, max_images)
        source = text("data.source.folder", folder=data)
    else:
        raise DataError(text("data.load.unknown", data=repr(data), choices=", ".join(IMAGE_DATASETS)))
    if train.classes != val.classes:
        raise DataError(text("data.load.class_mismatch", train=train.classes, val=val.classes))
    mean, std = channel_stats(train.images)
    return ImageData(normalise(train, mean, std), normalise(val, mean, std), mean, std, source)


def _cifar10_tensors(folder, train, max_images, seed):
    """decode_all(_limit(Cifar10Batches(...))) in one conversion, not image by image (8 s for 60000)."""
    dataset = Cifar10Batches(folder, train)
    index = getattr(_limit(dataset, max_images, seed), "indices", slice(None))
    images = torch.from_numpy(dataset.data[index]).float().div_(255)          # (N, 3, 32, 32) in [0, 1]
    return ImageTensors(images, torch.as_tensor(dataset.labels, dtype=torch.int64)[index], dataset.classes)


def _folder_splits(root, val_fraction, seed, max_images):
    transform = decode_transform(32)
    if (root / "train").is_dir() and (root / "val").is_dir():
        return (decode_all(_limit(image_folder(root / part, transform), max_images, seed))
                for part in ("train", "val"))
    everything = decode_all(_limit(image_folder(root, transform), max_images, seed))
    return split(everything, val_fraction, seed)


def _limit(dataset, max_images, seed):
    """At most max_images of `dataset`, chosen by `seed` (all of them when None)."""
    if max_images is None or max_images >= len(dataset):
        return dataset
    order = torch.randperm(len(dataset), generator=torch.Generator().manual_seed(seed))
    subset = torch.utils.data.Subset(dataset, sorted(order[:max_images].tolist()))
    subset.classes = dataset.classes
    subset.samples = [dataset.samples[i] for i in subset.indices] if hasattr(dataset, "samples") else None
    return subset
