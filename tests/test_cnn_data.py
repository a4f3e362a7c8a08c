"""Data loading for the CNN: the real loaders on small data made here, and bad input."""
import urllib.error
import urllib.request

import numpy as np
import pytest
import torch
from PIL import Image
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader
from torchvision import transforms
from torchvision.datasets import cifar

from cnn_helpers import write_cifar10, write_image_folder, write_mnist
from gdlab.cli import main
from gdlab.cnn import datasets
from gdlab.cnn.tensors import DeviceBatches, channel_stats, decode_all, normalise
from gdlab.cnn.train import load_data
from gdlab.data import write_csv
from gdlab.errors import DataError, GdlabError


@pytest.fixture(scope="module")
def digits_root(tmp_path_factory):
    return datasets.write_digits(tmp_path_factory.mktemp("data") / "digits", seed=0, val_fraction=0.2)


@pytest.fixture
def offline(monkeypatch):
    """Every download fails as it does without a network."""
    def refuse(*args, **kwargs):
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution (test: offline)")
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.fixture
def cifar_md5_off(monkeypatch):
    """Handmade batches cannot match the real archive's md5 sums: check only that each file is there."""
    monkeypatch.setattr(cifar, "check_integrity", lambda path, md5=None: __import__("os").path.isfile(path))


def test_csv_dataset_with_a_dataloader(tmp_path):
    path = write_csv(tmp_path / "xy.csv", [1.0, 2.0, 3.0, 4.0, 5.0], [3.0, 5.0, 7.0, 9.0, 11.0])
    dataset = datasets.CsvDataset(path)
    assert len(dataset) == 5
    x, y = dataset[2]
    assert x.shape == (1,) and float(x) == 3.0 and float(y) == 7.0
    loader = DataLoader(dataset, batch_size=2, shuffle=True, generator=torch.Generator().manual_seed(0))
    batches = list(loader)
    assert [len(bx) for bx, _ in batches] == [2, 2, 1]
    xs = torch.cat([bx for bx, _ in batches]).flatten()
    ys = torch.cat([by for _, by in batches]).flatten()
    assert sorted(xs.tolist()) == [1.0, 2.0, 3.0, 4.0, 5.0]
    torch.testing.assert_close(ys, 2 * xs + 1)                 # pairs stay together when shuffled
    assert len(datasets.CsvDataset("house")) == 2


def test_digits_tree_holds_every_digit_once_split_per_class(digits_root):
    bunch = load_digits()
    files = {split: sorted(digits_root.glob(f"{split}/*/*.png")) for split in ("train", "val")}
    assert len(files["train"]) + len(files["val"]) == 1797
    indices = [int(f.stem) for f in files["train"] + files["val"]]
    assert sorted(indices) == list(range(1797))
    for digit in range(10):
        n_class = int((bunch.target == digit).sum())
        n_val = len(list((digits_root / "val" / str(digit)).glob("*.png")))
        assert n_val == round(0.2 * n_class), digit
    for f in files["val"][:20]:
        index, label = int(f.stem), int(f.parent.name)
        assert bunch.target[index] == label
        pixels = np.asarray(Image.open(f))
        assert pixels.shape == (8, 8) and pixels.dtype == np.uint8
        np.testing.assert_array_equal(pixels, np.round(bunch.images[index] * 255 / 16).astype(np.uint8))
    assert "seed=0" in (digits_root / "README.txt").read_text()
    assert not list(digits_root.parent.glob(".digits-*"))     # the staging folder is gone


def test_digits_split_follows_the_seed(tmp_path, digits_root):
    other = datasets.write_digits(tmp_path / "d1", seed=1)
    again = datasets.write_digits(tmp_path / "d0", seed=0)
    names = lambda root: sorted(p.name for p in root.glob("val/*/*.png"))   # noqa: E731
    assert names(again) == names(digits_root)
    assert names(other) != names(digits_root)


def test_imagefolder_with_transforms_gives_the_nets_input(digits_root):
    folder = datasets.image_folder(digits_root / "val", datasets.decode_transform(32))
    assert folder.classes == [str(d) for d in range(10)]
    data = decode_all(folder)
    assert data.images.shape == (len(folder), 3, 32, 32) and data.images.dtype == torch.float32
    assert torch.equal(data.images[:, 0], data.images[:, 2])           # gray copied into 3 channels
    assert 0.0 <= float(data.images.min()) and float(data.images.max()) <= 1.0
    assert torch.bincount(data.labels).tolist() == [len(list((digits_root / "val" / str(d)).glob("*")))
                                                    for d in range(10)]
    # a plain DataLoader over the same folder gives the same tensors
    images, labels = next(iter(DataLoader(folder, batch_size=16, shuffle=False)))
    torch.testing.assert_close(images, data.images[:16], rtol=0, atol=0)
    assert torch.equal(labels, data.labels[:16])


def test_normalise_and_device_batches(digits_root):
    data = decode_all(datasets.image_folder(digits_root / "val", datasets.decode_transform(32)))
    mean, std = channel_stats(data.images)
    normed = normalise(data, mean, std)
    torch.testing.assert_close(normed.images.mean(dim=(0, 2, 3)), torch.zeros(3), atol=1e-5, rtol=0)
    torch.testing.assert_close(normed.images.std(dim=(0, 2, 3)), torch.ones(3), atol=1e-5, rtol=0)
    reference = transforms.Normalize(mean, std)(data.images[0])
    torch.testing.assert_close(normed.images[0], reference)
    batches = DeviceBatches(normed, batch_size=50, seed=3)
    batches.set_epoch(1)
    first = [labels for _, labels in batches]
    assert len(first) == len(batches) == -(-len(normed) // 50)
    assert sorted(torch.cat(first).tolist()) == sorted(normed.labels.tolist())   # a permutation
    assert all(torch.equal(a, b) for a, b in zip(first, [labels for _, labels in batches]))
    batches.set_epoch(2)
    assert not torch.equal(torch.cat(first), torch.cat([labels for _, labels in batches]))


def test_cifar10_python_batches_through_torchvision(tmp_path, cifar_md5_off):
    written = write_cifar10(tmp_path / "cifar10", per_batch=4)
    train = datasets.torchvision_dataset("cifar10", tmp_path / "cifar10", train=True,
                                         transform=datasets.decode_transform(32), download=False)
    assert len(train) == 20 and train.classes[3] == "cat"
    data = decode_all(train)
    rows, labels = written["data_batch_2"]
    # CIFAR-10 rows hold 1024 red, 1024 green, 1024 blue values, row by row: (3, 32, 32) / 255
    expected = torch.from_numpy(rows.reshape(-1, 3, 32, 32).astype(np.float32) / 255)
    torch.testing.assert_close(data.images[4:8], expected, rtol=0, atol=1e-6)
    assert data.labels[4:8].tolist() == labels
    images = load_data("cifar10", tmp_path, seed=0)
    assert (len(images.train), len(images.val)) == (20, 4)
    assert images.train.images.shape == (20, 3, 32, 32) and torch.isfinite(images.train.images).all()


def test_mnist_idx_files_get_three_channels_and_32_pixels(tmp_path):
    pixels, labels = write_mnist(tmp_path / "mnist", n_train=6, n_test=4)
    images = load_data("mnist", tmp_path)
    assert images.train.images.shape == (6, 3, 32, 32) and images.val.images.shape == (4, 3, 32, 32)
    assert images.train.labels.tolist() == labels.tolist()
    assert torch.equal(images.train.images[:, 0], images.train.images[:, 1])


def test_a_folder_without_train_and_val_is_split_by_seed(tmp_path):
    root = write_image_folder(tmp_path / "pets", classes=("cat", "dog"), per_class=10, size=(40, 30), mode="RGB")
    images = load_data(str(root), val_fraction=0.2, seed=0)
    assert (len(images.train), len(images.val)) == (16, 4)
    assert images.train.classes == ["cat", "dog"]
    assert images.train.images.shape[1:] == (3, 32, 32)


# ---------------------------------------------------------------- bad input

def test_missing_folder_is_named(tmp_path):
    with pytest.raises(DataError, match=r"image folder .*nowhere does not exist.*--data digits"):
        datasets.image_folder(tmp_path / "nowhere")


def test_empty_folder_and_folder_without_images(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match=r"empty has no images in class sub-folders.*root/<class>/"):
        datasets.image_folder(tmp_path / "empty")
    (tmp_path / "noimages" / "cat").mkdir(parents=True)
    (tmp_path / "noimages" / "cat" / "notes.txt").write_text("not an image")
    with pytest.raises(DataError, match="noimages has no images"):
        datasets.image_folder(tmp_path / "noimages")


def test_unreadable_image_names_the_file(tmp_path):
    root = write_image_folder(tmp_path / "imgs", per_class=2)
    broken = root / "b" / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n this is not really a png")
    folder = datasets.image_folder(root, datasets.decode_transform(32))
    with pytest.raises(DataError, match=r"cannot read image .*broken\.png.*delete or replace that file"):
        decode_all(folder)


def test_images_the_net_cannot_take_say_which_transform_fixes_it(tmp_path):
    root = write_image_folder(tmp_path / "big", per_class=2, size=(28, 28))
    folder = datasets.image_folder(root, transforms.ToTensor())
    with pytest.raises(DataError, match=r"0\.png has shape \(3, 28, 28\), but the Net takes 3x32x32 .*"
                                        r"transforms\.Resize\(\(32, 32\)\)"):
        decode_all(folder)


def test_offline_download_names_the_data_set_and_the_alternative(tmp_path, offline):
    for name, title in (("cifar10", "CIFAR-10"), ("mnist", "MNIST"), ("fashionmnist", "FashionMNIST")):
        with pytest.raises(GdlabError, match=rf"{title} could not be downloaded into .*--data digits"):
            datasets.torchvision_dataset(name, tmp_path / name, download=True)


def test_not_downloaded_without_download(tmp_path):
    with pytest.raises(GdlabError, match=r"CIFAR-10 is not downloaded into .*--data digits"):
        datasets.torchvision_dataset("cifar10", tmp_path / "c", download=False)


@pytest.mark.parametrize("argv, message", [
    (["--data", "imagenet"], "unknown data set or missing folder 'imagenet'; choose one of: digits, cifar10"),
    (["--data", "cifar10", "--download"], "CIFAR-10 could not be downloaded into"),
    (["--data", "digits", "--device", "cuda:3"], "device 'cuda:3' is not available on this machine; available:"),
    (["--data", "digits", "--device", "tpu"], "unknown device 'tpu'"),
    (["--epochs", "0"], "epochs must be a whole number >= 1, got 0"),
    (["--lr", "-1"], "lr must be a positive finite number, got -1.0"),
    (["--resume"], "--resume needs --checkpoint PATH"),
])
def test_cli_bad_input_is_one_clean_line(tmp_path, capsys, offline, argv, message):
    code = main(["train", "--data-root", str(tmp_path), "--logdir", "", "--no-progress", *argv])
    captured = capsys.readouterr()
    assert code == 2
    assert message in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert captured.err.count("error:") == 1
