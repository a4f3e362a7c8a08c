"""Small image data made by the CNN tests: PNG class folders, CIFAR-10 batches, MNIST idx files."""
import pickle
import struct
from pathlib import Path

import numpy as np
from PIL import Image


def write_image_folder(root, classes=("a", "b"), per_class=4, size=(8, 8), seed=0, mode="L"):
    """root/<class>/<i>.png with random pixels; returns root."""
    rng = np.random.default_rng(seed)
    root = Path(root)
    for name in classes:
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            shape = (size[1], size[0]) if mode == "L" else (size[1], size[0], 3)
            Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8)).save(root / name / f"{i}.png")
    return root


class Py2Pickler(pickle._Pickler):
    """Pickles as Python 2's cPickle wrote the CIFAR-10 archive: str and bytes as Python 2 byte strings.

    Loaded with encoding="latin1" (torchvision's way) the keys are str, with encoding="bytes" (the
    CIFAR-10 web page's way) they are b"data", b"labels": the same two readings as the real files.
    """
    dispatch = dict(pickle._Pickler.dispatch)

    def save_py2_string(self, obj):
        data = obj.encode("latin-1") if isinstance(obj, str) else obj
        if len(data) < 256:
            self.write(pickle.SHORT_BINSTRING + bytes([len(data)]) + data)
        else:
            self.write(pickle.BINSTRING + struct.pack("<i", len(data)) + data)
        self.memoize(obj)
    dispatch[str] = save_py2_string
    dispatch[bytes] = save_py2_string


def cifar10_pixels(n, seed):
    """n random CIFAR-10 rows: (n, 3072) uint8 (1024 red, then green, then blue), labels 0..9."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (n, 3072), dtype=np.uint8), [int(k) for k in rng.integers(0, 10, n)]


def write_cifar10(root, per_batch=4, pixels=cifar10_pixels, test_size=None):
    """CIFAR-10's python format under root/cifar-10-batches-py: data_batch_1..5, test_batch, batches.meta.

    Each batch is a Python 2 pickle of a dict with 'batch_label', 'labels', 'data' (N, 3072) and
    'filenames', as in the real archive; `pixels(n, k)` gives batch k's (data, labels) (k = 5: the
    test batch, of test_size images, default per_batch). Returns {batch name: (data, labels)}.
    """
    folder = Path(root) / "cifar-10-batches-py"
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for k, name in enumerate([f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]):
        n = test_size if name == "test_batch" and test_size else per_batch
        data, labels = pixels(n, k)
        entry = {"batch_label": f"{name} of 5", "labels": labels, "data": data,
                 "filenames": [f"img_{k}_{i}.png" for i in range(n)]}
        with open(folder / name, "wb") as handle:
            Py2Pickler(handle, protocol=2).dump(entry)
        written[name] = (data, labels)
    meta = {"label_names": ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
                            "truck"], "num_cases_per_batch": per_batch, "num_vis": 3072}
    with open(folder / "batches.meta", "wb") as handle:
        Py2Pickler(handle, protocol=2).dump(meta)
    return written


def write_mnist(root, n_train=6, n_test=4, seed=0, name="MNIST"):
    """MNIST's idx files (uncompressed) under root/<name>/raw; returns (train images, train labels)."""
    rng = np.random.default_rng(seed)
    raw = Path(root) / name / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    out = None
    for prefix, n in (("train", n_train), ("t10k", n_test)):
        images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
        labels = rng.integers(0, 10, n).astype(np.uint8)
        (raw / f"{prefix}-images-idx3-ubyte").write_bytes(struct.pack(">IIII", 0x0803, n, 28, 28) + images.tobytes())
        (raw / f"{prefix}-labels-idx1-ubyte").write_bytes(struct.pack(">II", 0x0801, n) + labels.tobytes())
        out = out or (images, labels)
    return out
