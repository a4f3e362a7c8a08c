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


def cifar10_pixels(n, seed):
    """n random CIFAR-10 rows: (n, 3072) uint8 (1024 red, then green, then blue), labels 0..9."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (n, 3072), dtype=np.uint8), [int(k) for k in rng.integers(0, 10, n)]


def write_cifar10(root, per_batch=4):
    """CIFAR-10's python format under root/cifar-10-batches-py: data_batch_1..5, test_batch, batches.meta.

    Each batch is a pickled dict with 'batch_label', 'labels', 'data' (N, 3072) and 'filenames', as in
    the real archive. Returns {batch name: (data, labels)}.
    """
    folder = Path(root) / "cifar-10-batches-py"
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for k, name in enumerate([f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]):
        data, labels = cifar10_pixels(per_batch, seed=k)
        entry = {"batch_label": f"{name} of 5", "labels": labels, "data": data,
                 "filenames": [f"img_{k}_{i}.png" for i in range(per_batch)]}
        with open(folder / name, "wb") as handle:
            pickle.dump(entry, handle, protocol=2)
        written[name] = (data, labels)
    meta = {"label_names": ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
                            "truck"], "num_cases_per_batch": per_batch, "num_vis": 3072}
    with open(folder / "batches.meta", "wb") as handle:
        pickle.dump(meta, handle, protocol=2)
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
