"""CIFAR-10, the data set the seed's Net was made for, read from the folder torchvision downloads.

<root>/cifar-10-batches-py/ holds what the archive (https://www.cs.toronto.edu/~kriz/cifar.html)
unpacks to: data_batch_1 .. data_batch_5 (50000 training images, 10000 each), test_batch (10000)
and batches.meta (the class names). Each batch is a Python 2 pickle of a dict:
  data    (N, 3072) uint8, one image per row: 1024 red values (32 rows of 32), then 1024 green,
          then 1024 blue, so row.reshape(3, 32, 32) is the image, channels first;
  labels  N ints in 0..9, indices into CIFAR10_CLASSES.
torchvision.datasets.CIFAR10 reads the same files but first checks their md5 sums against the
real archive's, which a small folder written by a test or a teacher cannot pass; this reader
checks shapes and labels instead, and uses torchvision only to download.
"""
import pickle
from pathlib import Path

import numpy as np
import torch
from torch.utils.data import Dataset

from gdlab.errors import DataError, GdlabError
from gdlab.i18n import text

FOLDER = "cifar-10-batches-py"
TRAIN_FILES = tuple(f"data_batch_{i}" for i in range(1, 6))
TEST_FILE = "test_batch"
FILES = (*TRAIN_FILES, TEST_FILE, "batches.meta")
# the PyTorch tutorial's short names for batches.meta's airplane, automobile, ..., truck
CIFAR10_CLASSES = ("plane", "car", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")
SOURCE = "https://www.cs.toronto.edu/~kriz/cifar.html"
# what a batch may refer to: numpy's array and dtype (by their NumPy 1 and 2 names); _codecs.encode
# is how Python 3 writes bytes at protocol 2. Anything else is refused: unpickling can run code.
ALLOWED_GLOBALS = {("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "_reconstruct"),
                   ("numpy.core.multiarray", "scalar"), ("numpy._core.multiarray", "scalar"),
                   ("numpy", "ndarray"), ("numpy", "dtype"), ("_codecs", "encode")}


def search_folders(root):
    """Where find_cifar10 looks, in order: root itself, root/cifar-10-batches-py, root/cifar10/cifar-10-batches-py.

    The last is where gdlab's --data cifar10 put torchvision's download before this reader existed.
    """
    root = Path(root).absolute()
    return [root, root / FOLDER, root / "cifar10" / FOLDER]


def missing_files(folder):
    """The CIFAR-10 files that `folder` lacks (all of them if it is not a folder)."""
    return [name for name in FILES if not (Path(folder) / name).is_file()]


def find_cifar10(root):
    """The cifar-10-batches-py folder under `root` (or `root` itself) if it holds every file, else None."""
    return next((folder for folder in search_folders(root) if not missing_files(folder)), None)


def not_found_message(root):
    """Why CIFAR-10 was not found under `root` (the folders searched, the files missing) and the fixes."""
    folders = search_folders(root)
    partial = [f for f in folders if f.is_dir() and len(missing_files(f)) < len(FILES)]
    lacks = "".join(text("data.cifar10.lacks", folder=f, files=", ".join(missing_files(f))) for f in partial)
    return text("data.cifar10.not_found", root=folders[0], folders=", ".join(map(str, folders)), lacks=lacks,
                source=SOURCE, folder=folders[1])


class _BatchUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) not in ALLOWED_GLOBALS:
            raise pickle.UnpicklingError(text("data.cifar10.refused_global", module=module, name=name))
        return super().find_class(module, name)


def read_batch(path):
    """One batch file -> (images (N, 3, 32, 32) uint8, labels list of N ints); DataError if it is damaged."""
    path = Path(path)
    fix = text("data.cifar10.fix", folder=path.parent, source=SOURCE)
    try:
        with open(path, "rb") as handle:
            # Python 2 strings: latin1 gives str keys and lets numpy read the raw pixel bytes
            entry = _BatchUnpickler(handle, encoding="latin1").load()
    except Exception as error:   # a damaged pickle can fail in many ways: EOFError, UnpicklingError, ...
        raise DataError(text("data.cifar10.corrupt", path=path, error_type=type(error).__name__, error=error,
                             fix=fix)) from None
    if isinstance(entry, dict):  # written by Python 3 with bytes keys: b"data", b"labels"
        entry = {k.decode("latin1") if isinstance(k, bytes) else k: v for k, v in entry.items()}
    data, labels = (entry.get("data"), entry.get("labels")) if isinstance(entry, dict) else (None, None)
    if not (isinstance(data, np.ndarray) and data.dtype == np.uint8 and data.ndim == 2 and data.shape[1] == 3072):
        shape = f"{data.dtype} {data.shape}" if isinstance(data, np.ndarray) else type(data).__name__
        raise DataError(text("data.cifar10.not_a_batch", path=path, shape=shape, fix=fix))
    labels = list(labels) if isinstance(labels, (list, tuple, np.ndarray)) else []
    if len(labels) != len(data) or not all(isinstance(k, (int, np.integer)) and 0 <= k < 10 for k in labels):
        raise DataError(text("data.cifar10.bad_labels", path=path, labels=len(labels), images=len(data), fix=fix))
    return data.reshape(-1, 3, 32, 32), [int(k) for k in labels]


class Cifar10Batches(Dataset):
    """The training batches (train=True) or the test batch of a cifar-10-batches-py folder.

    Yields (image, label): image a float tensor (3, 32, 32) in [0, 1] (channels red, green, blue),
    passed through `transform` if given (e.g. transforms.Normalize), label an int in 0..9.
    """

    def __init__(self, folder, train=True, transform=None):
        parts = [read_batch(Path(folder) / name) for name in (TRAIN_FILES if train else (TEST_FILE,))]
        self.data = np.concatenate([images for images, _ in parts])        # (N, 3, 32, 32) uint8
        self.labels = [label for _, labels in parts for label in labels]   # (N,) ints
        self.classes = list(CIFAR10_CLASSES)
        self.transform = transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        image = torch.from_numpy(self.data[index]).float().div(255)        # (3, 32, 32), as ToTensor gives
        return (self.transform(image) if self.transform else image), self.labels[index]


def cifar10(root, train=True, transform=None):
    """CIFAR-10 found under `root` (find_cifar10) as a Dataset of (3x32x32 float tensor, int label).

    train=True: the 50000 training images; train=False: the 10000 test images. A DataError names
    the folders searched and the fixes when the files are not there.
    """
    folder = find_cifar10(root)
    if folder is None:
        raise DataError(not_found_message(root))
    return Cifar10Batches(folder, train, transform)


def ensure_cifar10(root, download=False):
    """The cifar-10-batches-py folder under `root`, downloaded by torchvision first if missing and asked."""
    folder = find_cifar10(root)
    if folder is not None:
        return folder
    if not download:
        raise DataError(not_found_message(root))
    from torchvision.datasets import CIFAR10
    try:        # downloads, checks the archive's md5 and unpacks it into root/cifar-10-batches-py
        CIFAR10(str(Path(root).absolute()), train=False, download=True)
    except (OSError, RuntimeError) as error:   # urllib's URLError is an OSError
        reason = " ".join(str(error).split())[:200]
        raise GdlabError(text("data.cifar10.download_failed", root=Path(root).absolute(), reason=reason,
                              source=SOURCE)) from None
    folder = find_cifar10(root)
    if folder is None:               # torchvision reported success but the files are not all there
        raise DataError(not_found_message(root))
    return folder
