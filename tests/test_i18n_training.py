"""CNN training speaks the chosen language: errors, the progress lines of `gdlab train`, its last lines."""
import re

import pytest
import torch

from gdlab.cli import main
from gdlab.cnn.config import TrainConfig
from gdlab.cnn.datasets import write_digits
from gdlab.cnn.device import describe_device, pick_device
from gdlab.cnn.distributed import torchrun_environment
from gdlab.cnn.evaluate import accuracy_lines, class_accuracy
from gdlab.cnn.train import make_torch_optimizer
from gdlab.errors import GdlabError
from gdlab.i18n import using_language

CJK = re.compile(r"[\u4e00-\u9fff]")


def error_in(language, make_error):
    with using_language(language), pytest.raises(GdlabError) as raised:
        make_error()
    return str(raised.value)


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch):
    monkeypatch.delenv("GDLAB_LANG", raising=False)


@pytest.mark.parametrize("make_error, english, kept", [
    (lambda: pick_device("tpu"), "unknown device 'tpu'; choose auto or one of the devices here: ", "'tpu'"),
    (lambda: TrainConfig(resume=True), "--resume needs --checkpoint PATH: the file an earlier run saved",
     "--checkpoint PATH"),
    (lambda: TrainConfig(val_fraction=1.5), "val_fraction must be between 0 and 1, got 1.5; try 0.2", "1.5"),
    (lambda: make_torch_optimizer("lbfgs", [torch.zeros(1, requires_grad=True)], 0.1),
     "unknown optimizer 'lbfgs'; choose one of: adam, sgd, adamw, rmsprop", "adam, sgd, adamw, rmsprop"),
    (lambda: torchrun_environment({}), "--ddp needs the variables torchrun sets (RANK, LOCAL_RANK, WORLD_SIZE, "
     "MASTER_ADDR, MASTER_PORT missing); launch it with torchrun",
     "torchrun --nproc-per-node 2 -m gdlab train --ddp --device cpu"),
    (lambda: class_accuracy(torch.tensor([0]), torch.tensor([2]), ["cat", "dog"]),
     "label 2 has no class: the 2 classes ['cat', 'dog'] take labels 0..1", "['cat', 'dog']"),
])
def test_errors_in_english_and_in_chinese(make_error, english, kept):
    assert error_in("en", make_error).startswith(english)
    chinese = error_in("zh", make_error)
    assert CJK.search(chinese) and kept in chinese
    assert english[:20] not in chinese


def test_device_and_accuracy_lines_in_both_languages():
    with using_language("en"):
        assert describe_device("cpu").startswith("using CPU (")
        assert accuracy_lines({"cat": 50.0}, ["cat", "dog"]) == [
            "Accuracy for class: cat   is 50.0 %", "No images of class: dog (no accuracy)"]
    with using_language("zh"):
        assert describe_device("cpu").startswith("使用 CPU（")
        assert f"{torch.get_num_threads()} 个线程" in describe_device("cpu")
        assert accuracy_lines({"cat": 50.0}, ["cat", "dog"]) == [
            "类别 cat   的准确率：50.0 %", "这些类别没有图像：dog（无法计算准确率）"]


@pytest.fixture(scope="module")
def data_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("data")
    write_digits(root / "digits", seed=0)
    return root


def train_lines(data_root, tmp_path, capsys, *lang):
    assert main(["train", "--data", "digits", "--data-root", str(data_root), "--max-images", "60",
                 "--epochs", "1", "--batch-size", "16", "--logdir", str(tmp_path / "runs"), "--no-histograms",
                 "--no-progress", "--device", "cpu", "--checkpoint", str(tmp_path / "c.pt"), *lang]) == 0
    return capsys.readouterr().out


def test_gdlab_train_progress_lines_in_chinese_and_english(data_root, tmp_path, capsys):
    chinese = train_lines(data_root, tmp_path, capsys, "--lang", "zh")
    assert re.search(r"^使用 CPU（", chinese, flags=re.MULTILINE)
    assert re.search(r"：训练集 60 张、验证集 60 张图像，10 个类别$", chinese, flags=re.MULTILINE)
    assert f"TensorBoard 运行记录：{tmp_path / 'runs'}" in chinese
    assert f"（查看：tensorboard --logdir {tmp_path / 'runs'}）" in chinese
    assert re.search(r"^第 1 轮后：验证集准确率 \d\.\d{4}，验证集损失 \d+\.\d{4}（本次训练 1 轮，用时 [\d.]+ s，设备 cpu）$",
                     chinese, flags=re.MULTILINE)
    assert re.search(r"^类别 \d +的准确率：\d+\.\d %$", chinese, flags=re.MULTILINE)
    assert f"检查点：{tmp_path / 'c.pt'}" in chinese
    assert "val accuracy" not in chinese and "Accuracy for class" not in chinese
    english = train_lines(data_root, tmp_path, capsys)
    assert re.search(r"^using CPU \(", english, flags=re.MULTILINE)
    assert re.search(r": 60 train, 60 val images, 10 classes$", english, flags=re.MULTILINE)
    assert re.search(r"^val accuracy \d\.\d{4}, val loss \d+\.\d{4} after epoch 1 \(1 run in [\d.]+ s on cpu\)$",
                     english, flags=re.MULTILINE)
    assert f"checkpoint: {tmp_path / 'c.pt'}" in english
    assert not CJK.search(english.replace(str(tmp_path), ""))


def test_gdlab_train_errors_in_chinese(tmp_path, capsys):
    assert main(["train", "--resume", "--logdir", "", "--lang", "zh"]) == 2
    err = capsys.readouterr().err
    assert "--resume 需要 --checkpoint PATH" in err and "Traceback" not in err
    assert main(["train", "--resume", "--logdir", ""]) == 2
    assert "--resume needs --checkpoint PATH: the file an earlier run saved" in capsys.readouterr().err


def test_resumed_and_epoch_lines_in_chinese(data_root, tmp_path, capsys):
    argv = ["train", "--data", "digits", "--data-root", str(data_root), "--max-images", "40", "--batch-size", "16",
            "--logdir", "", "--schedule", "constant", "--device", "cpu", "--checkpoint", str(tmp_path / "c.pt"),
            "--lang", "zh"]
    assert main([*argv, "--epochs", "1", "--no-progress"]) == 0
    capsys.readouterr()
    assert main([*argv, "--epochs", "2", "--resume"]) == 0
    captured = capsys.readouterr()
    assert f"已从 {tmp_path / 'c.pt'} 恢复：已完成 1 轮，继续训练" in captured.out
    assert re.search(r"^第 2/2 轮：训练集损失 \d+\.\d{4}，准确率 \d\.\d{3} \| 验证集损失", captured.err, flags=re.MULTILINE)
    assert "epoch 2/2" not in captured.err
