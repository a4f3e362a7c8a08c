"""CIFAR-10 from a tiny folder in the archive's own format (Python 2 pickles), and accuracy per class.

Each image is a pattern with a known value at each (channel, row, column): a mix-up of channels,
rows or columns shows. No test needs the network.
"""
import json
import os
import pickle
import re
import urllib.error
import urllib.request

import numpy as np
import pytest
import torch
import torch.nn as nn
import torchvision
from torch.utils.data import DataLoader
from torchvision import transforms
from torchvision.datasets import cifar

from cnn_helpers import Py2Pickler, write_cifar10
from gdlab.cli import main
from gdlab.cnn import cifar10 as cifar10_module
from gdlab.cnn.datasets import CIFAR10_CLASSES, _limit, cifar10, ensure_cifar10, find_cifar10, load_data, write_digits
from gdlab.cnn.evaluate import accuracy_lines, per_class_accuracy
from gdlab.cnn.tensors import decode_all, normalise
from gdlab.errors import DataError, GdlabError

PER_BATCH, TEST_SIZE = 8, 20       # 40 training images, 20 test images: two of each class


def value(i, k, c, r, x):
    """Image i of batch k (k = 5: test_batch) at channel c (0 red, 1 green, 2 blue), row r, column x."""
    return (7 * i + 31 * k + 85 * c + 5 * r + 3 * x) % 256


def patterns(n, k):
    """Batch k's rows as the archive lays them out: 1024 red values row by row, then green, then blue."""
    j = np.arange(3072)                                   # position in a row
    c, r, x = j // 1024, (j % 1024) // 32, j % 32
    data = np.stack([value(i, k, c, r, x) for i in range(n)]).astype(np.uint8)    # (n, 3072)
    return data, [(i + k) % 10 for i in range(n)]


def expected_image(i, k):
    c, r, x = np.indices((3, 32, 32))
    return torch.from_numpy(value(i, k, c, r, x).astype(np.float32) / 255)      # (3, 32, 32)


@pytest.fixture
def root(tmp_path):
    write_cifar10(tmp_path / "data", per_batch=PER_BATCH, pixels=patterns, test_size=TEST_SIZE)
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def one_thread():                  # the same numbers run after run
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


# ---------------------------------------------------------------- the reader

def test_reader_returns_the_pixels_and_labels_written(root):
    train, test = cifar10(root, train=True), cifar10(root, train=False)
    assert (len(train), len(test)) == (5 * PER_BATCH, TEST_SIZE)
    assert train.classes == list(CIFAR10_CLASSES) == ["plane", "car", "bird", "cat", "deer", "dog", "frog",
                                                      "horse", "ship", "truck"]
    for index in range(len(train)):                       # batches 1..5 in order, images in order
        k, i = divmod(index, PER_BATCH)
        image, label = train[index]
        assert image.dtype == torch.float32 and image.shape == (3, 32, 32)
        torch.testing.assert_close(image, expected_image(i, k), rtol=0, atol=1e-7)
        assert label == (i + k) % 10 and isinstance(label, int)
    image, label = test[3]
    assert label == 8
    # channel order by hand: image 3 of the test batch at row 2, column 1 is (red, green, blue)
    assert [(7 * 3 + 31 * 5 + 85 * c + 5 * 2 + 3 * 1) % 256 for c in range(3)] == [189, 18, 103]
    assert [round(float(v) * 255) for v in image[:, 2, 1]] == [189, 18, 103]
    assert sorted(test.labels) == [k for k in range(10) for _ in range(2)]


def test_reader_agrees_with_torchvision(root, monkeypatch):
    """torchvision reads the same files (its md5 check off: these are not the archive's files)."""
    monkeypatch.setattr(cifar, "check_integrity", lambda path, md5=None: os.path.isfile(path))
    for train in (True, False):
        theirs = torchvision.datasets.CIFAR10(str(root), train=train, transform=transforms.ToTensor())
        ours = cifar10(root, train=train)
        assert len(theirs) == len(ours)
        for index in range(len(ours)):
            torch.testing.assert_close(ours[index][0], theirs[index][0], rtol=0, atol=0)
            assert ours[index][1] == theirs[index][1]


def test_transform_dataloader_and_load_data(root):
    normalized = cifar10(root, train=False, transform=transforms.Normalize((0.5,) * 3, (0.5,) * 3))
    torch.testing.assert_close(normalized[0][0], (expected_image(0, 5) - 0.5) / 0.5)
    images, labels = next(iter(DataLoader(cifar10(root, train=False), batch_size=6, shuffle=False)))
    assert images.shape == (6, 3, 32, 32) and labels.tolist() == [5, 6, 7, 8, 9, 0]
    # load_data converts all at once: the same as decode_all image by image, then normalised
    loaded = load_data("cifar10", root, seed=3, max_images=12)
    for got, dataset in ((loaded.train, cifar10(root)), (loaded.val, cifar10(root, train=False))):
        expected = normalise(decode_all(_limit(dataset, 12, seed=3)), loaded.mean, loaded.std)
        assert torch.equal(got.images, expected.images) and torch.equal(got.labels, expected.labels)
        assert got.classes == list(CIFAR10_CLASSES)


def test_python3_pickles_with_bytes_keys_are_read_too(root):
    """The CIFAR-10 page reads the batches with encoding='bytes': b'data', b'labels'; such files work too."""
    folder = root / "cifar-10-batches-py"
    data, labels = patterns(4, 0)
    with open(folder / "data_batch_1", "wb") as handle:
        pickle.dump({b"data": data, b"labels": labels, b"batch_label": b"training batch 1 of 5"}, handle)
    train = cifar10(root)
    assert len(train) == 4 + 4 * PER_BATCH and train.labels[:4] == [0, 1, 2, 3]
    torch.testing.assert_close(train[2][0], expected_image(2, 0), rtol=0, atol=1e-7)


# ---------------------------------------------------------------- finding the folder

def test_find_cifar10_on_complete_and_incomplete_folders(root, tmp_path):
    folder = root / "cifar-10-batches-py"
    assert find_cifar10(root) == folder.absolute()
    assert find_cifar10(folder) == folder.absolute()                  # the folder itself
    assert find_cifar10(tmp_path / "nowhere") is None
    (tmp_path / "empty").mkdir()
    assert find_cifar10(tmp_path / "empty") is None
    legacy = tmp_path / "old"                      # where gdlab's torchvision download used to go
    write_cifar10(legacy / "cifar10", per_batch=1)
    assert find_cifar10(legacy) == (legacy / "cifar10" / "cifar-10-batches-py").absolute()


@pytest.mark.parametrize("name", cifar10_module.FILES)
def test_a_folder_missing_any_file_is_incomplete(root, name):
    (root / "cifar-10-batches-py" / name).unlink()
    assert find_cifar10(root) is None
    with pytest.raises(DataError, match=rf"cifar-10-batches-py lacks {name}\."):
        cifar10(root)


# ---------------------------------------------------------------- gdlab train

def test_cli_trains_on_cifar10_and_prints_accuracy_per_class(root, capsys):
    argv = ["train", "--data", "cifar10", "--data-root", str(root), "--epochs", "1", "--batch-size", "8",
            "--logdir", "", "--no-progress", "--device", "cpu"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"data: CIFAR-10 in {(root / 'cifar-10-batches-py').absolute()}: 40 train, 20 val images, 10 classes" in out
    lines = re.findall(r"^Accuracy for class: (\w+) +is (\d+\.\d) %$", out, flags=re.MULTILINE)
    assert [name for name, _ in lines] == list(CIFAR10_CLASSES)
    assert all(percent in ("0.0", "50.0", "100.0") for _, percent in lines)    # two test images per class
    assert main([*argv, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result["class_accuracy"]) == list(CIFAR10_CLASSES) and result["val_images"] == 20
    assert [f"{v:.1f}" for v in result["class_accuracy"].values()] == [p for _, p in lines]   # same seed
    # every class has 2 of the 20 images: the mean of the classes' accuracies is the overall accuracy
    assert sum(result["class_accuracy"].values()) / 10 == pytest.approx(100 * result["val_accuracy"])


def test_cli_prints_accuracy_per_digit(tmp_path, capsys):
    write_digits(tmp_path / "digits", seed=0)
    assert main(["train", "--data", "digits", "--data-root", str(tmp_path), "--epochs", "1", "--max-images",
                 "200", "--logdir", "", "--no-progress", "--device", "cpu"]) == 0
    out = capsys.readouterr().out
    named = re.findall(r"^Accuracy for class: (\d) +is \d+\.\d %$", out, flags=re.MULTILINE)
    absent = re.findall(r"^No images of class: (.*) \(no accuracy\)$", out, flags=re.MULTILINE)
    assert sorted(named + [d for line in absent for d in line.split(", ")]) == [str(d) for d in range(10)]


def test_missing_cifar10_names_the_folders_and_the_fixes(tmp_path, capsys, monkeypatch):
    def no_download(*args, **kwargs):
        raise AssertionError("nothing may be downloaded without --download")
    monkeypatch.setattr(torchvision.datasets, "CIFAR10", no_download)
    monkeypatch.setattr(urllib.request, "urlopen", no_download)
    code = main(["train", "--data", "cifar10", "--data-root", str(tmp_path), "--logdir", "", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and err.count("error:") == 1
    assert f"CIFAR-10 is not under {tmp_path.absolute()}: none of " in err
    assert str((tmp_path / "cifar-10-batches-py").absolute()) in err
    assert "holds data_batch_1..5, test_batch and batches.meta" in err
    assert "Rerun with --download (about 170 MB)" in err and "cifar-10-python.tar.gz" in err
    assert "--data digits" in err


def test_download_asks_torchvision_only_when_missing(tmp_path, monkeypatch):
    calls = []

    def fake_cifar10(root, train, download):          # stands in for torchvision's download and unpack
        calls.append((root, train, download))
        write_cifar10(root, per_batch=1)
    monkeypatch.setattr(torchvision.datasets, "CIFAR10", fake_cifar10)
    folder = ensure_cifar10(tmp_path, download=True)
    assert folder == (tmp_path / "cifar-10-batches-py").absolute()
    assert calls == [(str(tmp_path.absolute()), False, True)]
    assert ensure_cifar10(tmp_path, download=True) == folder and len(calls) == 1    # there now: no download


def test_offline_download_says_so(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):                      # every download fails as it does without a network
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution (test: offline)")
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    with pytest.raises(GdlabError, match=rf"CIFAR-10 could not be downloaded into {re.escape(str(tmp_path))} "
                                         r"\(.*offline.*\)\. This machine may be offline: .*--data digits"):
        ensure_cifar10(tmp_path, download=True)


# ---------------------------------------------------------------- damaged files

def _py2_pickle(path, entry):
    with open(path, "wb") as handle:
        Py2Pickler(handle, protocol=2).dump(entry)


def _truncate(path):
    path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])


@pytest.mark.parametrize("damage, message", [
    (_truncate, r"is corrupt or truncated \(UnpicklingError: pickle data was truncated\)"),
    (lambda path: path.write_bytes(b""), r"is corrupt or truncated \(EOFError"),
    (lambda path: path.write_bytes(b"GIF89a not a pickle"), r"is corrupt or truncated \(UnpicklingError"),
    (lambda path: _py2_pickle(path, {"data": np.zeros((2, 100), np.uint8), "labels": [0, 1]}),
     r"is not a CIFAR-10 batch: its 'data' is uint8 \(2, 100\), expected uint8 \(N, 3072\)"),
    (lambda path: _py2_pickle(path, {"data": np.zeros((2, 3072), np.uint8), "labels": [0, 12]}),
     r"has 2 labels for 2 images, or labels outside 0\.\.9"),
    (lambda path: _py2_pickle(path, [1, 2, 3]), r"is not a CIFAR-10 batch: its 'data' is NoneType"),
], ids=["truncated", "empty", "not-a-pickle", "wrong-shape", "bad-label", "not-a-dict"])
def test_a_damaged_batch_is_named_with_the_fix(root, damage, message):
    path = root / "cifar-10-batches-py" / "data_batch_2"
    damage(path)
    with pytest.raises(DataError, match=rf"CIFAR-10 file {re.escape(str(path.absolute()))} {message}.*"
                                        r"delete .*cifar-10-batches-py and rerun with --download"):
        cifar10(root)


class Payload:                                       # a pickle that would run code when loaded
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_a_batch_that_would_run_code_is_refused(root, tmp_path):
    marker = str(tmp_path / "code-ran")
    with open(root / "cifar-10-batches-py" / "test_batch", "wb") as handle:
        pickle.dump({"data": Payload(marker), "labels": []}, handle, protocol=2)
    with pytest.raises(DataError, match=r"test_batch is corrupt or truncated \(UnpicklingError: it refers to "
                                        r"posix\.mkdir, which a CIFAR-10 batch never holds\)"):
        cifar10(root, train=False)
    assert not os.path.exists(marker)


def test_cli_names_a_truncated_batch_in_one_line(root, capsys):
    _truncate(root / "cifar-10-batches-py" / "data_batch_4")
    code = main(["train", "--data", "cifar10", "--data-root", str(root), "--logdir", "", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and err.count("error:") == 1
    assert "data_batch_4 is corrupt or truncated" in err


# ---------------------------------------------------------------- accuracy per class

class PixelVote(nn.Module):
    """A fixed model: predicts the class number written in each image's top-left red pixel."""

    def forward(self, x):                              # x: (B, 3, 32, 32)
        return nn.functional.one_hot(x[:, 0, 0, 0].long(), 4).float()     # (B, 4) logits


def test_per_class_accuracy_against_a_hand_count():
    labels = [0, 0, 0, 1, 1, 2, 2, 2, 2]              # cat x3, dog x2, bird x4, fish none
    votes = [0, 1, 0, 1, 1, 2, 0, 3, 2]               # right: cat 2 of 3, dog 2 of 2, bird 2 of 4
    images = torch.zeros(9, 3, 32, 32)
    images[:, 0, 0, 0] = torch.tensor(votes, dtype=torch.float32)
    loader = DataLoader(list(zip(images, labels)), batch_size=4)   # batches cross the classes
    model = PixelVote().train()
    accuracy = per_class_accuracy(model, loader, ["cat", "dog", "bird", "fish"])
    assert accuracy == {"cat": 200 / 3, "dog": 100.0, "bird": 50.0}          # fish has no images
    assert model.training                                          # put back as it was
    assert accuracy_lines(accuracy, ["cat", "dog", "bird", "fish"]) == [
        "Accuracy for class: cat   is 66.7 %", "Accuracy for class: dog   is 100.0 %",
        "Accuracy for class: bird  is 50.0 %", "No images of class: fish (no accuracy)"]
    with pytest.raises(GdlabError, match=r"label 2 has no class: the 2 classes \['cat', 'dog'\] take labels 0\.\.1"):
        per_class_accuracy(model, loader, ["cat", "dog"])


def test_per_class_accuracy_over_a_cifar10_loader(root):
    """A model that always answers "cat" is right on every cat and on nothing else."""
    always_cat = nn.Sequential(nn.Flatten(1), nn.Linear(3072, 10))
    with torch.no_grad():
        always_cat[1].weight.zero_()
        always_cat[1].bias.copy_(torch.eye(10)[3])
    loader = DataLoader(cifar10(root, train=False), batch_size=7)
    accuracy = per_class_accuracy(always_cat, loader, CIFAR10_CLASSES)
    assert accuracy == {name: (100.0 if name == "cat" else 0.0) for name in CIFAR10_CLASSES}
