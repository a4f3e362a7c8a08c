"""The data messages in both languages: CSV and array errors, image folders, CIFAR-10, checkpoints,
the source line `gdlab train` shows and `gdlab data`'s report; each still names its path or value."""
import re

import pytest

from cnn_helpers import write_image_folder
from gdlab.cli import main
from gdlab.cnn import checkpoint, cifar10, datasets
from gdlab.cnn.net import Net
from gdlab.data import check_xy, load_csv
from gdlab.errors import DataError, GdlabError
from gdlab.i18n import using_language

CJK = re.compile(r"[\u4e00-\u9fff]")


def _message(call, error=DataError):
    with pytest.raises(error) as raised:
        call()
    return str(raised.value)


def _both(call, error=DataError):
    """(English, Chinese) message of the error `call` raises, looked up when it is raised."""
    with using_language("en"):
        english = _message(call, error)
    with using_language("zh"):
        chinese = _message(call, error)
    assert not CJK.search(english) and CJK.search(chinese), (english, chinese)
    return english, chinese


def test_a_missing_csv(tmp_path):
    path = tmp_path / "nowhere.csv"
    english, chinese = _both(lambda: load_csv(path))
    assert english == (f"no such file: {path}; check the path, or use a bundled data set "
                       "(line, house, diabetes: `gdlab data csv` writes them)")
    assert chinese.startswith(f"找不到文件：{path}；") and "`gdlab data csv`" in chinese


def test_a_cell_that_is_not_a_number(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x,y\n1,2\n3,abc\n", encoding="utf-8")
    english, chinese = _both(lambda: load_csv(path))
    assert english == f"{path}, line 3, column 'y': 'abc' is not a number; fix or delete that line"
    assert chinese == f"{path} 第 3 行，'y' 列：'abc' 不是数字；请修正或删除这一行"


def test_x_and_y_of_different_lengths():
    english, chinese = _both(lambda: check_xy([1.0, 2.0, 3.0], [1.0]))
    assert english == "x has 3 values but y has 1; give one y for every x"
    assert "3" in chinese and "1" in chinese and "y" in chinese


def test_a_missing_image_folder(tmp_path):
    english, chinese = _both(lambda: datasets.image_folder(tmp_path / "nowhere"))
    assert english.startswith(f"image folder {tmp_path / 'nowhere'} does not exist;")
    assert str(tmp_path / "nowhere") in chinese and "--data digits" in chinese


def test_cifar10_not_found_names_the_folders_in_both(tmp_path):
    english, chinese = _both(lambda: cifar10.cifar10(tmp_path))
    root = tmp_path.absolute()
    assert english.startswith(f"CIFAR-10 is not under {root}: none of {root}, ")
    assert chinese.startswith(f"{root} 下没有 CIFAR-10：") and "--download" in chinese


def test_a_damaged_cifar10_batch_says_how_to_replace_it(tmp_path):
    path = tmp_path / "test_batch"
    path.write_bytes(b"not a pickle")
    english, chinese = _both(lambda: cifar10.read_batch(path))
    assert f"CIFAR-10 file {path} is corrupt or truncated" in english and "replace it: delete" in english
    assert f"CIFAR-10 文件 {path} 已损坏或不完整" in chinese and "请替换它" in chinese


def test_a_missing_checkpoint(tmp_path):
    path = tmp_path / "missing.pt"
    english, chinese = _both(lambda: checkpoint.load_checkpoint(path, Net()), GdlabError)
    assert english == (f"no checkpoint at {path}; train without --resume first, or give the "
                       "checkpoint's path with --checkpoint")
    assert chinese == (f"{path} 处没有检查点；请先不带 --resume 训练一次，或者用 --checkpoint "
                       "给出检查点的路径")


def test_the_source_line_of_an_image_folder(tmp_path):
    root = write_image_folder(tmp_path / "imgs", per_class=3)
    with using_language("en"):
        assert datasets.load_data(str(root), val_fraction=0.5).source == f"images under {root}"
    with using_language("zh"):
        assert datasets.load_data(str(root), val_fraction=0.5).source == f"{root} 下的图像"


def test_cli_lang_zh_shows_a_data_error_in_chinese(tmp_path, capsys):
    path = tmp_path / "nowhere.csv"
    assert main(["fit", str(path), "--lang", "zh"]) == 2
    err = capsys.readouterr().err
    assert CJK.search(err) and f"找不到文件：{path}" in err
    assert main(["fit", str(path)]) == 2
    assert f"no such file: {path}; check the path" in capsys.readouterr().err


def test_cli_train_lang_zh_unknown_data_set(tmp_path, capsys):
    argv = ["train", "--data-root", str(tmp_path), "--logdir", "", "--no-progress", "--data", "imagenet"]
    assert main([*argv, "--lang", "zh"]) == 2
    assert "未知的数据集，或文件夹不存在：'imagenet'" in capsys.readouterr().err
    assert main(argv) == 2
    assert "unknown data set or missing folder 'imagenet'; choose one of: digits" in capsys.readouterr().err


def test_data_digits_reports_in_the_language_of_gdlab_lang(tmp_path, capsys, monkeypatch):
    out = tmp_path / "digits"
    assert main(["data", "digits", "--out", str(out)]) == 0
    english = capsys.readouterr().out.strip()
    assert re.fullmatch(rf"{re.escape(str(out))}: \d+ train and \d+ val images in 10 class folders", english)
    monkeypatch.setenv("GDLAB_LANG", "zh")
    assert main(["data", "digits", "--out", str(out)]) == 0
    chinese = capsys.readouterr().out.strip()
    assert re.fullmatch(rf"{re.escape(str(out))}：训练集 \d+ 张、验证集 \d+ 张图像，分在 10 个类别文件夹中", chinese)
