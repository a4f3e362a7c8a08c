"""The grader in Chinese: compare's messages, the released stubs (### HINT[zh]: and README.zh.md), and a
graded zh student edition of lab 1 whose report and results.json speak Chinese; English unchanged."""
import os
import re
import shutil

import numpy as np
import pytest

from gdlab.cli import main
from gdlab.errors import GdlabError
from gdlab.grading.compare import Mismatch, assert_close, assert_equal, check_finite
from gdlab.grading.grade import _child_env, expected_tests, grade, lab_language
from gdlab.grading.lab import find_lab, read_lab
from gdlab.grading.release import release_lab, strip_solutions
from gdlab.grading.report import format_grade, gradescope_results
from gdlab.i18n import using_language

ZH_HINT = re.compile(r"^\s*### HINT\[zh\]:")


def mismatch(call, *args, **kwargs):
    with pytest.raises(Mismatch) as caught:
        call(*args, **kwargs)
    return str(caught.value)


# --- compare.py: the same checks, worded by the catalogue -------------------------------------------

def test_compare_messages_in_english_are_what_they_were():
    assert mismatch(assert_close, np.zeros(2), np.zeros(3)) == (
        "the result is wrong: wrong shape\n  expected: shape (3,)\n  got:      shape (2,)\n"
        "  hint: check which axis you sum over and whether you kept one value per sample")
    assert mismatch(assert_close, [1.0, 2.0], np.ones(2), "predict(x)", hint="use NumPy") == (
        "predict(x) is wrong: wrong type\n  expected: a array\n  got:      a list ([1.0, 2.0])\n"
        "  hint: use NumPy")
    assert mismatch(assert_close, np.array([1.0, 2.5]), np.array([1.0, 2.0])) == (
        "the result is wrong: 1 of 2 values differ, first at index (1,): expected 2.0, got 2.5; shape (2,)\n"
        "  expected: [1. 2.]\n  got:      [1.  2.5]")
    assert mismatch(check_finite, np.array([np.nan])) == (
        "the result is wrong: not finite\n  expected: finite numbers\n  got:      [nan]\n"
        "  hint: NaN or inf usually means a division by zero, a log of 0, or a step that diverged")
    assert mismatch(assert_close, 1.5, 2.0, "cost") == "cost is wrong\n  expected: 2.0\n  got:      1.5"


def test_compare_messages_in_chinese():
    with using_language("zh"):
        shape = mismatch(assert_close, np.zeros(2), np.zeros(3))
        kind = mismatch(assert_close, [1.0, 2.0], np.ones(2), "predict(x)", hint="用 NumPy")
        values = mismatch(assert_close, np.array([1.0, 2.5]), np.array([1.0, 2.0]))
        finite = mismatch(check_finite, np.array([np.inf]), "代价")
        number = mismatch(assert_close, 1.5, 2.0, "cost")
        equal = mismatch(assert_equal, 3, 4)
    assert shape == ("「结果」不对：形状不对\n  期望：形状 (3,)\n  得到：形状 (2,)\n"
                     "  提示：检查你是沿哪个轴求和的，以及是否为每个样本保留了一个值")
    assert kind == "「predict(x)」不对：类型不对\n  期望：NumPy 数组\n  得到：list（[1.0, 2.0]）\n  提示：用 NumPy"
    assert values.startswith("「结果」不对：2 个值中有 1 个不同，第一个在下标 (1,)：期望 2.0，得到 2.5；形状 (2,)")
    assert finite.startswith("「代价」不对：不是有限数\n  期望：有限的数\n  得到：[inf]\n  提示：出现 NaN 或 inf")
    assert number == "「cost」不对\n  期望：2.0\n  得到：1.5"
    assert equal == "「结果」不对\n  期望：4\n  得到：3"
    for message in (shape, kind, values, finite, number, equal):
        assert not re.search(r"\b(is wrong|expected|got|hint)\b", message), message


# --- release.py: ### HINT[zh]: and README.zh.md ------------------------------------------------------

SOURCE = '''def predict(x, w, b=0.0):
    """The prediction."""
    ### HINT: NumPy multiplies a whole array at once: w * x + b
    ### HINT[zh]: NumPy 可以一次乘整个数组：w * x + b

    ### BEGIN SOLUTION
    return w * x + b
    ### END SOLUTION


def cost(x, y, w, b=0.0):
    ### HINT: the mean of the squared residuals
    ### BEGIN SOLUTION
    return ((w * x + b - y) ** 2).mean()
    ### END SOLUTION
'''


def test_the_english_release_drops_the_chinese_hints_and_is_unchanged():
    english = strip_solutions(SOURCE, language="en")[0]
    without_zh = "".join(line for line in SOURCE.splitlines(keepends=True) if not ZH_HINT.match(line))
    assert english == strip_solutions(without_zh, language="en")[0]
    assert "HINT[zh]" not in english and "提示" not in english and "可以" not in english
    assert "    # Hint: NumPy multiplies a whole array at once: w * x + b\n\n    raise NotImplementedError(" \
           "'predict: write your code here (hint: NumPy multiplies a whole array at once: w * x + b)')" in english
    assert strip_solutions(SOURCE)[0] == english    # English unless a language is chosen


def test_the_chinese_release_ships_the_chinese_hints_and_message():
    with using_language("zh"):
        chinese = strip_solutions(SOURCE)[0]
    assert chinese == strip_solutions(SOURCE, language="zh")[0]
    assert "    # 提示：NumPy 可以一次乘整个数组：w * x + b\n\n    raise NotImplementedError(" \
           "'predict：请在这里写代码（提示：NumPy 可以一次乘整个数组：w * x + b）')" in chinese
    assert "multiplies" not in chinese and "HINT" not in chinese
    # a block without a Chinese twin keeps its English hint, in a Chinese sentence
    assert "raise NotImplementedError('cost：请在这里写代码（提示：the mean of the squared residuals）')" in chinese
    compile(chinese, "lab.py", "exec")


def test_a_chinese_hint_must_also_come_right_before_its_block():
    with pytest.raises(GdlabError, match="must come right before"):
        strip_solutions("def f():\n    ### HINT[zh]: 提示\n    x = 1\n    ### BEGIN SOLUTION\n    return x\n"
                        "    ### END SOLUTION\n", "lab.py", language="zh")


@pytest.fixture
def zh_lab(tmp_path):
    """A copy of lab 01_cost with a Chinese twin under every hint and a README.zh.md (lab 1's own where
    it has them), in a labs folder of its own."""
    target = tmp_path / "labs" / "01_cost"
    shutil.copytree(find_lab("01_cost").path, target, ignore=shutil.ignore_patterns("__pycache__"))
    source = (target / "lab_cost.py").read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    for number in reversed(range(len(lines))):
        if lines[number].lstrip().startswith("### HINT:") and not ZH_HINT.match(lines[number + 1]):
            indent = lines[number][:len(lines[number]) - len(lines[number].lstrip())]
            lines.insert(number + 1, f"{indent}### HINT[zh]: 中文提示 {number}\n")
    (target / "lab_cost.py").write_text("".join(lines), encoding="utf-8")
    if not (target / "README.zh.md").is_file():
        (target / "README.zh.md").write_text("# 实验 1：预测函数和代价函数\n", encoding="utf-8")
    return read_lab(target)


def _zh_hint_of(lab, function):
    """The ### HINT[zh]: text right above `function`'s solution block in the lab's source."""
    source = (lab.path / "lab_cost.py").read_text(encoding="utf-8")
    body = source.split(f"def {function}(", 1)[1]
    return next(line.split(":", 1)[1].strip() for line in body.splitlines() if ZH_HINT.match(line))


def test_a_released_zh_lab_holds_the_chinese_hint_message_and_readme(zh_lab, tmp_path):
    with using_language("zh"):
        written = release_lab(zh_lab, tmp_path / "student")
    folder = tmp_path / "student" / "01_cost"
    stub = (folder / "lab_cost.py").read_text(encoding="utf-8")
    hint = _zh_hint_of(zh_lab, "predict")
    assert f"# 提示：{hint}" in stub
    assert f"raise NotImplementedError('predict：请在这里写代码（提示：{hint}）')" in stub
    assert "### HINT" not in stub and "write your code here" not in stub and "# Hint:" not in stub
    assert (folder / "README.md").read_bytes() == (zh_lab.path / "README.zh.md").read_bytes()
    assert not (folder / "README.zh.md").exists() and folder / "README.zh.md" not in written
    # the English edition of the same lab: as before, both READMEs as they are, no Chinese hint
    release_lab(zh_lab, tmp_path / "english")
    english = tmp_path / "english" / "01_cost"
    assert (english / "README.md").read_bytes() == (zh_lab.path / "README.md").read_bytes()
    assert (english / "README.zh.md").is_file()
    assert "HINT[zh]" not in (english / "lab_cost.py").read_text(encoding="utf-8")
    assert hint not in (english / "lab_cost.py").read_text(encoding="utf-8")


def test_cli_labs_release_lang_zh(zh_lab, tmp_path):
    labs_dir = zh_lab.path.parent
    assert main(["labs", "--labs-dir", str(labs_dir), "release", "--lang", "zh", "--out", str(tmp_path / "s"),
                 "--lab", "01_cost"]) == 0
    stub = (tmp_path / "s" / "01_cost" / "lab_cost.py").read_text(encoding="utf-8")
    assert "predict：请在这里写代码（提示：" in stub
    assert main(["labs", "--labs-dir", str(labs_dir), "release", "--out", str(tmp_path / "e"),
                 "--lab", "01_cost"]) == 0
    assert "predict: write your code here (hint: " in (tmp_path / "e" / "01_cost" / "lab_cost.py").read_text(
        encoding="utf-8")


# --- the language of the graded run ------------------------------------------------------------------

def test_the_child_speaks_the_current_language(monkeypatch):
    assert _child_env()["GDLAB_LANG"] == "en"
    with using_language("zh"):
        assert _child_env()["GDLAB_LANG"] == "zh"
    monkeypatch.setenv("GDLAB_LANG", "zh")
    assert _child_env()["GDLAB_LANG"] == "zh"


def test_lab_toml_language_is_the_default_only(zh_lab, monkeypatch):
    manifest = zh_lab.path / "lab.toml"
    assert zh_lab.language is None and lab_language(zh_lab) is None
    manifest.write_text(manifest.read_text(encoding="utf-8") + 'language = "zh"\n', encoding="utf-8")
    lab = read_lab(zh_lab.path)
    assert lab.language == "zh" and lab_language(lab) == "zh"
    with using_language("en"):              # --lang en
        assert lab_language(lab) is None
    monkeypatch.setenv("GDLAB_LANG", "en")  # GDLAB_LANG=en
    assert lab_language(lab) is None
    manifest.write_text(manifest.read_text(encoding="utf-8") + 'language = "fr"\n', encoding="utf-8")
    with pytest.raises(GdlabError, match="lab.toml"):
        read_lab(zh_lab.path)


def test_grading_the_zh_student_edition_in_chinese(zh_lab, tmp_path, warm_grader):
    """gdlab grade --lang zh: statuses, messages, the report and results.json in Chinese."""
    with using_language("zh"):
        release_lab(zh_lab, tmp_path / "student")
        expected = expected_tests(zh_lab, runner=warm_grader["runner"])
        result = grade(tmp_path / "student" / "01_cost", zh_lab, expected=expected, timeout=5, **warm_grader)
        report = format_grade(result)
        results = gradescope_results(result, zh_lab.hidden_visibility)
    assert {t.status for t in result.tests} == {"not implemented yet"}   # inside: the English status
    assert result.score == 0 and result.max_score == 13
    hint = _zh_hint_of(zh_lab, "predict")
    predict = next(t for t in result.tests if "predict" in t.nodeid and not t.hidden)
    assert predict.output.startswith(f"尚未实现：predict：请在这里写代码（提示：{hint}）")
    assert "在实验 01_cost 上的成绩" in report and "总分：0.00 / 13.00" in report
    assert report.count("  尚未实现") == len(result.tests) and "（隐藏）" in report
    assert "not implemented yet" not in report and "write your code here" not in report
    assert results["output"].startswith("0.00 / 13.00 分")
    assert {t["status"] for t in results["tests"]} == {"failed"}   # Gradescope's own word
    assert all(t["output"].startswith("尚未实现\n尚未实现：") for t in results["tests"])
    # the English path of the same release: English words, as before
    release_lab(zh_lab, tmp_path / "english")
    english = grade(tmp_path / "english" / "01_cost", zh_lab, expected=expected, timeout=5, **warm_grader)
    report = format_grade(english)
    assert "predict: write your code here (hint: " in next(t.output for t in english.tests if "predict" in t.nodeid)
    assert report.startswith(f"grade of {tmp_path / 'english' / '01_cost'} on lab 01_cost\n")
    assert "not implemented yet" in report and "total: 0.00 / 13.00" in report and "尚未实现" not in report
    assert gradescope_results(english)["output"].startswith("0.00 / 13.00 points")
    assert os.environ.get("GDLAB_LANG") is None
