"""The numerical core and the CLI speak the chosen language: errors, fit's summary, crosscheck's table."""
import json
import re

import numpy as np
import pytest

from gdlab.checks import check_batch_size, check_lr, check_writable_folder
from gdlab.cli import main
from gdlab.config import FitConfig
from gdlab.crosscheck import Report, TwinDifference
from gdlab.descent import fit
from gdlab.errors import DivergenceError, GdlabError
from gdlab.i18n import set_language, using_language
from gdlab.plots.ranges import check_range
from gdlab.twins import make_optimizer

CJK = re.compile(r"[\u4e00-\u9fff]")


def _message(call, language):
    with using_language(language), pytest.raises(GdlabError) as caught:
        call()
    return str(caught.value)


@pytest.mark.parametrize("call, english, named", [
    (lambda: check_lr(-0.5), "lr must be a positive finite number, got -0.5; try lr=0.1 or smaller", "-0.5"),
    (lambda: check_batch_size(50, 20), "batch_size 50 is larger than the data (20 samples); "
                                       "use at most 20 (that is BGD)", "50"),
    (lambda: FitConfig(method="newton"), "unknown method 'newton'; choose one of: bgd, sgd, mbgd", "'newton'"),
    (lambda: make_optimizer("scratch", "adam", 0.1, momentum=0.5),
     "optimizer 'adam' has no option momentum; its options are: betas", "momentum"),
    (lambda: check_range("w_range", (3, 1)), "w_range must have low < high, got (3, 1): "
                                             "the range is inverted; swap them", "(3, 1)"),
])
def test_core_errors_in_both_languages(call, english, named):
    assert _message(call, "en").startswith(english)
    chinese = _message(call, "zh")
    assert CJK.search(chinese) and named in chinese and "；" in chinese
    assert english.split(";")[-1].strip() not in chinese   # the fix advice is translated too


def test_the_batch_size_hint_follows_the_language():
    chinese = _message(lambda: check_batch_size(0, 20), "zh")
    assert "batch_size" in chinese and "样本数 20" in chinese and "number of samples" not in chinese


def test_a_folder_that_cannot_be_made_names_the_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    english = _message(lambda: check_writable_folder("--logdir", blocker / "sub"), "en")
    chinese = _message(lambda: check_writable_folder("--logdir", blocker / "sub"), "zh")
    assert "cannot create that folder" in english
    assert str(blocker / "sub") in chinese and "无法创建这个文件夹" in chinese


def test_the_divergence_error_is_translated_and_keeps_the_numbers():
    x, y = np.arange(1.0, 6.0), 2.0 * np.arange(1.0, 6.0)
    for language, words in (("en", "gradient descent diverged at step"), ("zh", "梯度下降在第")):
        with using_language(language), pytest.raises(DivergenceError) as caught:
            fit(x, y, model="wx", lr=5.0, epochs=50)
        message = str(caught.value)
        assert words in message and "lr=5" in message and ".trajectory" in message
    assert "发散" in message and "学习率太大" in message


def test_an_unknown_language_is_said_in_the_chosen_one(monkeypatch):
    chinese = _message(lambda: set_language("fr"), "zh")
    assert chinese == "未知的语言 'fr'；可选：en, zh"
    monkeypatch.setenv("GDLAB_LANG", "klingon")   # no recursion: said in English
    with pytest.raises(GdlabError, match="unknown language 'klingon'; choose one of: en, zh"):
        check_lr(-1)


def test_fit_summary_in_chinese_keeps_the_stop_reason_as_data(capsys):
    assert main(["fit", "line", "--max-steps", "7", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "个样本" in out and "共 7 步" in out and "步数用完" in out and "budget" not in out
    assert main(["fit", "line", "--max-steps", "7", "--json", "--lang", "zh"]) == 0
    assert json.loads(capsys.readouterr().out)["stop_reason"] == "budget"
    assert main(["fit", "line", "--max-steps", "7"]) == 0
    assert "after 7 steps" in capsys.readouterr().out


def test_cli_error_prefix_in_chinese(capsys):
    assert main(["fit", "line", "--lr", "-1", "--lang", "zh"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdlab fit：错误：学习率 lr") and "-1" in err and "Traceback" not in err
    assert main(["fit", "line", "--lr", "-1"]) == 2
    assert capsys.readouterr().err.startswith("gdlab fit: error: lr must be a positive finite number, got -1.0")


def test_cli_divergence_line_in_chinese(capsys):
    assert main(["fit", "line", "--lr", "50", "--lang", "zh"]) == 1
    captured = capsys.readouterr()
    assert "发散" in captured.out and captured.err.startswith("gdlab fit：错误：梯度下降在第")
    assert "lr=50" in captured.err


def test_plot_errors_in_chinese(capsys, tmp_path):
    assert main(["plot", "surface", "--out", str(tmp_path / "a.png"), "--w-range", "2", "1", "--lang", "zh"]) == 2
    assert "w_range" in capsys.readouterr().err
    assert main(["plot", "curve", "--out", str(tmp_path / "a.pdf"), "--lang", "zh"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdlab plot：错误：--out 必须以 .png 或 .svg 结尾") and "'a.pdf'" in err


def test_crosscheck_table_in_chinese_lines_up():
    rows = [TwinDifference("wxb bgd adam", 1e-12, float("nan"), 1e-13),
            TwinDifference("wx sgd gd", 1.0, 1.0, 1.0)]
    with using_language("zh"):
        table = Report(rows).table().splitlines()
    assert table[0].startswith("情形") and table[1].endswith("是") and table[2].endswith("否")
    assert "并非全部在容差 1e-10 以内" in table[-1] and "共 2 项对比" in table[-1]
    wide = [sum(2 if CJK.match(c) else 1 for c in line[:line.rindex(" ")]) for line in table[:3]]
    assert len(set(wide)) == 1, table   # the columns line up although a Chinese character is two wide
    with using_language("en"):
        assert Report(rows).table().splitlines()[2].endswith("NO")
