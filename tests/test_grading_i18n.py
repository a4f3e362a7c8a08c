"""The grader in Chinese: compare's messages, the released stubs (### HINT[zh]: and README.zh.md), and a
graded zh student edition of lab 1 whose report and results.json speak Chinese; English unchanged."""
import os
import re
import shutil
import signal
import time

import numpy as np
import pytest

from gdlab.cli import main
from gdlab.errors import GdlabError
from gdlab.grading.compare import Mismatch, assert_close, assert_equal, check_finite_values
from gdlab.grading.child_pytest import child_env
from gdlab.grading.grade import expected_tests, grade, lab_language
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
    assert mismatch(check_finite_values, np.array([np.nan])) == (
        "the result is wrong: not finite\n  expected: finite numbers\n  got:      [nan]\n"
        "  hint: NaN or inf usually means a division by zero, a log of 0, or a step that diverged")
    assert mismatch(assert_close, 1.5, 2.0, "cost") == "cost is wrong\n  expected: 2.0\n  got:      1.5"


def test_compare_messages_in_chinese():
    with using_language("zh"):
        shape = mismatch(assert_close, np.zeros(2), np.zeros(3))
        kind = mismatch(assert_close, [1.0, 2.0], np.ones(2), "predict(x)", hint="用 NumPy")
        values = mismatch(assert_close, np.array([1.0, 2.5]), np.array([1.0, 2.0]))
        finite = mismatch(check_finite_values, np.array([np.inf]), "代价")
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
    assert child_env()["GDLAB_LANG"] == "en"
    with using_language("zh"):
        assert child_env()["GDLAB_LANG"] == "zh"
    monkeypatch.setenv("GDLAB_LANG", "zh")
    assert child_env()["GDLAB_LANG"] == "zh"


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


# --- grade.py, watch.py, submission.py, student_errors.py and points.py: the grader's own sentences in Chinese

class _Child:
    """A stand-in for the trusted child pytest: still running until killed, or ended with `returncode`."""

    def __init__(self, returncode=None):
        self.returncode = returncode

    def poll(self):
        return self.returncode

    def kill_group(self):
        if self.returncode is None:
            self.returncode = -9

    def wait(self):
        return self.returncode


def _watched(tmp_path, child, timeout=0.2):
    """watch over one test that started and never answered; returns (its TestResult, why it stopped)."""
    from gdlab.grading.results import TestResult
    from gdlab.grading.watch import watch
    events, log = tmp_path / "events.jsonl", tmp_path / "log"
    events.write_text('{"event": "start", "nodeid": "test_x.py::test_a"}\n', encoding="utf-8")
    log.write_bytes(b"")
    results = {"test_x.py::test_a": TestResult("test_x.py::test_a", 1.0, False)}
    stopped, _ = watch(child, events, log, results, timeout, 30.0, time.monotonic() + 60, None)
    return results["test_x.py::test_a"], stopped


def test_a_test_past_the_backstop_times_out_in_chinese_and_in_english(tmp_path):
    with using_language("zh"):
        result, stopped = _watched(tmp_path, _Child())
    assert result.status == "timed out" and stopped == "timeout"
    assert result.output == "超时：这个测试运行超过了 0.2 秒（是不是死循环？）；这个测试得 0 分，其他测试照常计分"
    result, _ = _watched(tmp_path, _Child())
    assert result.output == ("timed out: this test ran for more than 0.2 s (an infinite loop?); it scores 0, "
                             "the other tests still count")


def test_a_test_process_that_dies_mid_test_crashed_in_chinese_and_in_english(tmp_path):
    with using_language("zh"):
        result, stopped = _watched(tmp_path, _Child(-signal.SIGSEGV))
    assert result.status == "crashed"
    assert result.output == "崩溃：测试进程在这个测试中因段错误而崩溃（SIGSEGV）；这个测试得 0 分，其他测试照常计分"
    assert stopped == "测试进程因段错误而崩溃（SIGSEGV）"
    result, stopped = _watched(tmp_path, _Child(3))
    assert result.output == ("crashed: the test process exited with code 3 (os._exit() or sys.exit() in the "
                             "code?) during this test; it scores 0, the other tests still count")
    assert stopped == "the test process exited with code 3 (os._exit() or sys.exit() in the code?)"


def test_never_ran_and_the_problem_lines_in_chinese():
    from gdlab.grading.grade import _explain_never_ran
    from gdlab.grading.results import TestResult
    names = [f"test_x.py::test_{n}" for n in range(7)]

    def explained(reason, collect_errors=()):
        results = {n: TestResult(n, 1.0, False) for n in names}
        problems = []
        _explain_never_ran(results, list(collect_errors), reason, 300.0, problems)
        return results[names[0]].output, problems

    with using_language("zh"):
        budget, problems = explained("budget")
        stopped, _ = explained(None)
        imported, _ = explained(None, [{"nodeid": "test_x.py", "message": "ImportError: boom"}])
        why, _ = explained("测试进程停止了")
    assert budget == "没能运行：总的时间预算 300 秒已经用完"
    assert problems == ["7 个测试没能运行：" + ", ".join(names[:5]) + " ……", budget]   # one cause, said once
    assert stopped == "没能运行：pytest 在这个测试之前就停止了（请看其他测试的信息）"
    assert imported == "没能运行：用你的代码无法导入 test_x.py：\nImportError: boom"
    assert why == "没能运行：测试进程停止了"
    budget, problems = explained("budget")
    assert budget == "never ran: the overall time budget of 300 s was used up"
    assert problems == ["7 test(s) never ran: " + ", ".join(names[:5]) + " ...", budget]


def test_the_problems_of_a_submission_in_chinese(tmp_path):
    from gdlab.grading.submission import stage_submission
    lab = read_lab(find_lab("01_cost").path)
    (tmp_path / "empty").mkdir()
    (tmp_path / "latin1").mkdir()
    (tmp_path / "latin1" / "lab_cost.py").write_bytes(b"# caf\xe9\n")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "lab_cost.py").write_text("def f(:\n", encoding="utf-8")
    with using_language("zh"):
        missing, latin1, broken = [], [], []
        stage_submission(lab, tmp_path / "empty", missing)
        stage_submission(lab, tmp_path / "latin1", latin1)
        stage_submission(lab, tmp_path / "broken", broken)
    assert missing == ["缺少文件：提交中没有 lab_cost.py（本实验需要 lab_cost.py 或 notebook lab_cost.ipynb）；它的测试得 0 分"]
    assert latin1 == ["lab_cost.py 不是 UTF-8 文本（第 5 个字节）：请以 UTF-8 编码保存"]
    assert broken[0].startswith("lab_cost.py 无法解析：第 1 行：") and broken[0].endswith("；导入它的测试得 0 分")
    english = []
    stage_submission(lab, tmp_path / "empty", english)
    assert english == ["missing file: the submission has no lab_cost.py (the lab asks for lab_cost.py or the "
                       "notebook lab_cost.ipynb); its tests score 0"]


def test_a_missing_file_and_a_sleep_graded_in_chinese(tmp_path, warm_grader):
    """gdlab grade --lang zh: the problem lines of the report, and a student's sleep past the timeout."""
    lab = read_lab(find_lab("01_cost").path)
    source = (lab.path / "lab_cost.py").read_text(encoding="utf-8")
    (tmp_path / "none").mkdir()
    (tmp_path / "sleeps").mkdir()
    (tmp_path / "sleeps" / "lab_cost.py").write_text(
        source.replace("def cost(", "def _slow(*args):\n    import time\n    time.sleep(3600)\n\n\ndef _cost(")
        + "\n\ncost = _slow\n", encoding="utf-8")
    with using_language("zh"):
        expected = expected_tests(lab, runner=warm_grader["runner"])
        none = grade(tmp_path / "none", lab, expected=expected, timeout=5, **warm_grader)
        sleeps = grade(tmp_path / "sleeps", lab, expected=expected, timeout=1, **warm_grader)
        report = format_grade(none)
    assert none.score == 0
    assert none.problems[0] == "缺少文件：提交中没有 lab_cost.py（本实验需要 lab_cost.py 或 notebook lab_cost.ipynb）；它的测试得 0 分"
    assert "问题：缺少文件：提交中没有 lab_cost.py" in report and "missing file" not in report
    assert all(re.search(r"[\u4e00-\u9fff]", problem) for problem in none.problems), none.problems
    slow = [t for t in sleeps.tests if t.status == "timed out"]
    assert slow and all(t.output.startswith("超时：") for t in slow)
    assert any(p.startswith(f"{len(slow)} 个测试超时：") for p in sleeps.problems), sleeps.problems


def test_the_students_traceback_and_how_its_process_ended_in_chinese():
    import os
    from gdlab.grading.student_errors import StudentError, describe_exit
    error = StudentError("ValueError", "bad x", '  File "lab_cost.py", line 3, in cost\n')
    exited, killed = 3 << 8, signal.SIGKILL   # wait statuses: exit(3), killed by SIGKILL
    assert os.WIFEXITED(exited) and os.WIFSIGNALED(killed)
    with using_language("zh"):
        assert str(error) == 'bad x\n（出错处在你的代码中：\n  File "lab_cost.py", line 3, in cost）'
        assert describe_exit(exited) == "以退出码 3 退出（代码里有 os._exit()？）"
        assert describe_exit(killed) == "因被杀死（内存不足，或超出了某个限制？）而崩溃（SIGKILL）"
    assert str(error) == 'bad x\n(in your code:\n  File "lab_cost.py", line 3, in cost)'
    assert describe_exit(exited) == "exited with code 3 (os._exit() in the code?)"
    assert describe_exit(killed) == "crashed with killed (out of memory, or a limit?) (SIGKILL)"
    assert str(StudentError("ValueError", "bad {x}")) == "bad {x}"


def test_the_score_table_in_chinese():
    from gdlab.grading.points import ScoreRow, format_table
    rows = [ScoreRow("test_x.py::test_a", "01_cost", 2.0, 2.0, "passed")]
    with using_language("zh"):
        table = format_table(rows)
    assert table.startswith("测试") and "得分 / 满分" in table and table.splitlines()[0].endswith("状态")
    assert table.endswith("实验 01_cost：2.00 / 2.00  （只有公开测试：隐藏测试没有运行）")
    english = format_table(rows)
    assert english.splitlines()[0] == f"{'test':<30}   earned / possible  status"
    assert english.endswith("lab 01_cost: 2.00 / 2.00  (public tests only: hidden tests did not run)")
