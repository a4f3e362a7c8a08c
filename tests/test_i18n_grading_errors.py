"""The grader's, the release's and the exercises' own errors and progress lines follow the language:
Chinese with `using_language("zh")` or `--lang zh` (still naming the path or value), English unchanged.
The student's process cannot import gdlab: the grader hands it its words with each spawn request."""
import re

import nbformat
import pytest

from gdlab.cli import main
from gdlab.errors import GdlabError
from gdlab.exercises.exercise import verdict
from gdlab.exercises.student_edition import stub
from gdlab.grading.bundle import run_script
from gdlab.grading.grade import truncate
from gdlab.grading.lab import find_lab, read_lab
from gdlab.grading.report import format_isolation
from gdlab.grading.sandbox import OWN_USER
from gdlab.grading.solutions import strip_solutions
from gdlab.grading.student_errors import StudentError, StudentImportError
from gdlab.grading.student_process import StudentSession
from gdlab.i18n import using_language

CJK = re.compile(r"[\u4e00-\u9fff]")


def raised(call, *args, language="en", **kwargs):
    """The message of the GdlabError that call(*args, **kwargs) raises in `language`."""
    with using_language(language), pytest.raises(GdlabError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def cli(capsys, *argv):
    """(exit code, stdout, stderr) of `gdlab *argv`."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- lab.toml, for the teacher -----------------------------------------------------------------------

@pytest.fixture
def bad_lab(tmp_path):
    folder = tmp_path / "09_bad"
    folder.mkdir()
    (folder / "ex.py").write_text("x = 1\n", encoding="utf-8")
    (folder / "lab.toml").write_text('files = ["ex.py"]\ntimeout = -3\n', encoding="utf-8")
    return folder


def test_a_lab_toml_error_in_english_is_what_it_was(bad_lab):
    assert raised(read_lab, bad_lab) == \
        f"{bad_lab / 'lab.toml'}: timeout must be a positive number of seconds, got -3"
    assert raised(read_lab, bad_lab.parent) == f"{bad_lab.parent} is not a lab: it has no lab.toml"


def test_a_lab_toml_error_in_chinese_names_the_file_and_the_value(bad_lab):
    message = raised(read_lab, bad_lab, language="zh")
    assert message == f"{bad_lab / 'lab.toml'}：timeout 必须是正的秒数，实际是 -3"
    (bad_lab / "lab.toml").write_text('files = ["ex.py"]\n[limits]\nmemory_mib = 0\n', encoding="utf-8")
    message = raised(read_lab, bad_lab, language="zh")
    assert CJK.search(message) and "limits.memory_mib" in message and message.endswith("0")


def test_an_unknown_lab_at_the_cli(capsys):
    code, _, err = cli(capsys, "labs", "bundle", "no_such_lab", "--lang", "zh")
    assert code == 2 and "没有名为 'no_such_lab' 的实验" in err and "01_cost" in err
    code, _, err = cli(capsys, "labs", "bundle", "no_such_lab")
    assert code == 2 and "no lab named 'no_such_lab'; the labs are: 01_cost" in err


# --- gdlab grade's own checks and lines -----------------------------------------------------------------

def test_gdlab_grade_refuses_a_bad_timeout_in_either_language(capsys, tmp_path):
    code, _, err = cli(capsys, "grade", str(tmp_path), "--lab", "01_cost", "--timeout", "-1", "--lang", "zh")
    assert code == 2 and "--timeout 必须是正的秒数，实际是 -1.0" in err
    code, _, err = cli(capsys, "grade", str(tmp_path), "--lab", "01_cost", "--budget", "0")
    assert code == 2 and "--budget must be a positive number of seconds, got 0.0" in err


def test_the_isolation_line_and_a_cut_message():
    isolation = {"user": OWN_USER, "namespaces": False, "limits": {"memory_mib": 2048}}
    english = format_isolation(isolation)
    assert english == ("isolation: student code in its own process as the grader's own user (not root: no user "
                       "to drop to); no namespaces (the student process can read what the grader's user can); "
                       "limits: memory_mib 2048")
    with using_language("zh"):
        chinese = format_isolation(isolation)
        cut = truncate("x" * 1000, 300)
    assert chinese.startswith("隔离：") and "评分器自己的用户" in chinese and "memory_mib 2048" in chinese
    assert "截去了 700 个字符" in cut and "characters cut" in truncate("x" * 1000, 300)


def test_the_autograder_tells_the_student_why_it_did_not_grade_in_the_chosen_language():
    lab = find_lab("01_cost")
    english = run_script(lab)
    assert 'message="Not graded: the autograder could not grade this submission safely (gdlab grade exited ' \
           'with status $status), so it scores 0.' in english and "--lang" not in english
    with using_language("zh"):
        chinese = run_script(lab)
    line = next(line for line in chinese.splitlines() if line.strip().startswith("message="))
    assert "未评分" in line and "$status" in line and line.count('"') == 2 and "\\" not in line
    assert "--hide /autograder --lang zh" in chinese


def test_gdlab_labs_list_in_chinese(capsys):
    code, out, _ = cli(capsys, "labs", "list", "--lang", "zh")
    assert code == 0 and "01_cost" in out and "公开测试 + 隐藏测试" in out and "hidden tests" not in out
    code, out, _ = cli(capsys, "labs", "list")
    assert code == 0 and "public + hidden tests" in out


# --- the student edition ------------------------------------------------------------------------------------

def test_a_solution_marker_error_is_told_in_the_teachers_language():
    source = "def f():\n    ### BEGIN SOLUTION\n    return 1\n"
    assert raised(strip_solutions, source, "ex.py") == "ex.py line 2: ### BEGIN SOLUTION is never closed by " \
                                                       "### END SOLUTION"
    assert raised(strip_solutions, source, "ex.py", language="zh") == \
        "ex.py 第 2 行：### BEGIN SOLUTION 始终没有用 ### END SOLUTION 结束"


def test_gdlab_labs_release_reports_in_chinese(capsys, tmp_path):
    code, out, _ = cli(capsys, "labs", "release", "--out", str(tmp_path / "out"), "--lab", "01_cost", "--lang", "zh")
    assert code == 0 and re.search(r"已发布 01_cost：\d+ 个文件", out) and f"学生版在 {tmp_path / 'out'}" in out
    code, _, err = cli(capsys, "labs", "release", "--out", str(find_lab("01_cost").path.parent), "--lang", "zh")
    assert code == 2 and "发布文件夹" in err and "01_cost" in err and "--out" in err


def test_a_notebook_stub_speaks_the_language_and_an_empty_one_says_so():
    assert stub("my_lr = 0.5\n").startswith("# Your answer (the check in the next cell tells you whether it is right):\n")
    with using_language("zh"):
        chinese = stub("my_lr = 0.5\ndef f(x):\n    return x\n")
    assert chinese.startswith("# 你的答案（") and "my_lr = ...  # 你的答案" in chinese
    assert "raise NotImplementedError('f：请在这里写代码')" in chinese
    assert raised(stub, "print(1)\n", "01 cell 3", language="zh").startswith("01 cell 3 既没有给答案赋值")


def test_gdlab_release_in_chinese_ships_the_chinese_notebooks(capsys, tmp_path):
    code, out, _ = cli(capsys, "release", "--out", str(tmp_path / "course"), "--lang", "zh")
    assert code == 0 and "已发布 8 个笔记本" in out and f"课程的学生版在 {tmp_path / 'course'}" in out
    nb = nbformat.read(tmp_path / "course" / "notebooks" / "01_prediction_and_cost.ipynb", as_version=4)
    stubs = [cell.source for cell in nb.cells if "stub" in cell.metadata.get("tags", [])]
    assert stubs and all(s.startswith("# 你的答案（") for s in stubs)
    assert CJK.search(nb.cells[0].source), "the released notebook is not the Chinese one"


def test_an_exercise_key_error_in_both_languages():
    assert raised(verdict, "2.1", 1.0) == "exercise key '2.1' is not of the form 'NN.k' (for example '02.1')"
    message = raised(verdict, "01.99", 1.0, language="zh")
    assert message.startswith("没有练习 01.99；笔记本 01 的练习是：01.1")


# --- what the student's process says (it cannot import gdlab) -----------------------------------------------

STUDENT = '''import gdlab

def deep():
    value = []
    for _ in range(100):
        value = [value]
    return value
'''


@pytest.fixture
def session_of(warm_grader):
    """session_of(source) -> a StudentSession of module `sub` (its process starts at the first use, in
    the language current then), on the session's shared template."""
    sessions = []
    warm_grader["template"].wait()

    def start(source):
        session = StudentSession(warm_grader["template"].socket, {"sub.py": source}, ["sub"], 20)
        sessions.append(session)
        return session
    yield start
    for session in sessions:
        session.close()


@pytest.mark.parametrize("language, words", [
    ("en", "sub.py could not be imported: ModuleNotFoundError: gdlab's reference code is not available while "
           "grading: write it yourself"),
    ("zh", "无法导入 sub.py：ModuleNotFoundError：评分时不能使用 gdlab 的参考代码：请自己写"),
], ids=["en", "zh"])
def test_the_import_blocker_speaks_the_graders_language(session_of, language, words):
    session = session_of(STUDENT)
    with using_language(language), pytest.raises(StudentImportError) as caught:
        session.module_attr("sub", "deep")
    assert str(caught.value).startswith(words)


def test_a_limit_of_the_wire_is_told_in_chinese_from_the_students_process(session_of):
    session = session_of(STUDENT.replace("import gdlab\n", ""))
    with using_language("zh"):
        deep = session.module_attr("sub", "deep")
        with pytest.raises(StudentError) as caught:
            deep()
    assert "一个嵌套超过 64 层的值" in str(caught.value) and caught.value.type_name == "ProtocolError"


def test_the_english_template_is_not_the_only_language(session_of):
    """The shared template started in English; a spawn asked for in Chinese still speaks Chinese, and
    the next one in English speaks English again (the words travel with each request)."""
    for language, blocked in (("zh", "请自己写"), ("en", "write it yourself")):
        session = session_of(STUDENT)
        with using_language(language), pytest.raises(StudentImportError, match=blocked):
            session.module_attr("sub", "deep")


@pytest.mark.parametrize("language, expected", [("en", "got 0; e.g. --jobs 2 or --jobs auto"),
                                                ("zh", "--jobs 2 或 --jobs auto")])
def test_a_bad_jobs_count_is_one_line_in_the_chosen_language(language, expected, capsys, tmp_path):
    from gdlab.cli import main
    assert main(["grade", str(tmp_path), "--lab", "01_cost", "--jobs", "0", "--lang", language]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
