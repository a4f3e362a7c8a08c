"""The exercise checks and the student edition of the notebooks (gdlab.exercises)."""
import math

import nbformat
import numpy as np
import pytest

from gdlab.cli import main
from gdlab.errors import GdlabError
from gdlab.exercises import Exercise, check, verdict
from gdlab.exercises import exercise as exercise_module
from gdlab.exercises.exercise import LINE, STATUS_OF_MARK, expect
from gdlab.exercises.release import leak_scan, release_notebooks
from gdlab.exercises.student_edition import stub, student_notebook


def _test_slope(answer):
    expect(answer, 2.0, "the slope", mistakes=[(1.0, "that is half the slope: the 1/(2n) convention")],
           hint="the slope of the least-squares line")


def _test_function(f):
    expect(f(3.0), 9.0, "f(3)", hint="square its argument")


@pytest.fixture
def two_exercises(monkeypatch):
    exercises = {"99.1": Exercise("the slope", _test_slope), "99.2": Exercise("a square", _test_function)}
    real = exercise_module.exercises_of
    monkeypatch.setattr(exercise_module, "exercises_of",
                        lambda notebook: exercises if notebook == "99" else real(notebook))
    return exercises


def test_right_wrong_and_not_done(two_exercises):
    assert verdict("99.1", 2.0).status == "right"
    assert verdict("99.1", 2.5).status == "wrong"
    assert "least-squares" in verdict("99.1", 2.5).message
    assert verdict("99.1", ...).status == "not done yet"
    assert verdict("99.1").status == "not done yet"


def test_a_known_mistake_gets_its_own_hint(two_exercises):
    result = verdict("99.1", 1.0)
    assert result.status == "wrong" and "1/(2n)" in result.message


@pytest.mark.parametrize("bad", [math.nan, math.inf, np.array([2.0]), "2.0", None])
def test_nan_inf_and_wrong_types_never_pass(two_exercises, bad):
    assert verdict("99.1", bad).status == "wrong"


def test_a_function_answer(two_exercises):
    def unfinished(x):
        raise NotImplementedError("f: write it here")

    def broken(x):
        return x / 0

    assert verdict("99.2", lambda x: x * x).status == "right"
    assert verdict("99.2", unfinished).status == "not done yet"
    result = verdict("99.2", broken)
    assert result.status == "wrong" and "ZeroDivisionError" in result.message
    assert "return x / 0" in result.message  # the student's own line, not gdlab's


def test_check_prints_one_line_the_notebook_test_can_read(two_exercises, capsys):
    check("99.1", 2.0)
    check("99.1", 3.0)
    check("99.1", ...)
    found = [(m["key"], STATUS_OF_MARK[m["mark"]]) for m in LINE.finditer(capsys.readouterr().out)]
    assert found == [("99.1", "right"), ("99.1", "wrong"), ("99.1", "not done yet")]


@pytest.mark.parametrize("key, words", [("99.7", "99.1, 99.2"), ("2.1", "NN.k"), ("98.1", "no exercises")])
def test_unknown_keys_name_the_fix(two_exercises, key, words):
    with pytest.raises(GdlabError, match=words.replace(".", r"\.")):
        verdict(key, 1.0)


SOLUTION = '''import numpy as np
my_lr = 2 / 3.5
w_star, b_star = np.linalg.solve([[2.0, 1.0], [1.0, 3.0]], [1.0, 2.0])
print("not shipped")
def half_cost(x, y, w):
    """J = 1/(2n)·Σ r²."""
    residuals = w * x - y
    return float(np.mean(residuals ** 2) / 2)
'''


def test_stub_keeps_the_shape_and_drops_the_answer():
    student = stub(SOLUTION)
    assert "my_lr = ...  # your answer" in student
    assert "w_star, b_star = ..., ..." in student
    assert 'def half_cost(x, y, w):\n    """J = 1/(2n)·Σ r²."""\n    raise NotImplementedError' in student
    for secret in ("2 / 3.5", "np.linalg.solve", "residuals", "print"):
        assert secret not in student
    namespace = {}
    exec(compile(student, "<stub>", "exec"), namespace)  # the stub runs
    assert namespace["my_lr"] is ... and namespace["w_star"] is ...
    with pytest.raises(NotImplementedError):
        namespace["half_cost"](1, 2, 3)


@pytest.mark.parametrize("source, words", [("print(1)\n", "assigns no answer"), ("x = (\n", "not valid Python")])
def test_a_solution_cell_that_cannot_be_stubbed_is_refused(source, words):
    with pytest.raises(GdlabError, match=words):
        stub(source, "01 cell 3")


def _teacher_notebook():
    nb = nbformat.v4.new_notebook()
    solution = nbformat.v4.new_code_cell(SOLUTION, metadata={"tags": ["solution"]})
    solution.outputs = [nbformat.v4.new_output("stream", text="0.5714285714\n")]
    nb.cells = [nbformat.v4.new_markdown_cell("# 99 · A lesson\nWhat is the best lr?"), solution,
                nbformat.v4.new_code_cell('check("99.1", my_lr)'),
                nbformat.v4.new_markdown_cell("Answer: lr = 2/3.5", metadata={"tags": ["answer"]}),
                nbformat.v4.new_markdown_cell("Next: labs/01_cost")]
    return nb


def test_student_notebook_stubs_solutions_removes_answers_and_clears_outputs():
    student, secret = student_notebook(_teacher_notebook())
    sources = [cell.source for cell in student.cells]
    assert len(student.cells) == 4 and "Answer: lr = 2/3.5" not in "".join(sources)
    assert sources[1].startswith("# Your answer") and "my_lr = ..." in sources[1]
    assert all(not cell.get("outputs") for cell in student.cells)
    assert "my_lr = 2 / 3.5" in secret and "    residuals = w * x - y" in secret
    assert 'def half_cost(x, y, w):' not in secret  # kept on purpose, so not a secret


def test_release_notebooks_writes_the_student_edition_and_replaces_only_its_own(tmp_path):
    teacher = tmp_path / "teacher"
    teacher.mkdir()
    nbformat.write(_teacher_notebook(), teacher / "99_lesson.ipynb")
    out = tmp_path / "course" / "notebooks"
    written = release_notebooks(out, teacher)
    assert [p.name for p in written] == ["99_lesson.ipynb"]
    text = (out / "99_lesson.ipynb").read_text(encoding="utf-8")
    assert "2 / 3.5" not in text and "residuals" not in text and "solution" not in text
    release_notebooks(out, teacher)  # a second release replaces the first
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("a student's work")
    with pytest.raises(GdlabError, match="was not written by `gdlab release`"):
        release_notebooks(foreign, teacher)
    assert (foreign / "keep.txt").read_text() == "a student's work"
    with pytest.raises(GdlabError, match="overlaps the teacher's notebooks"):
        release_notebooks(teacher / "out", teacher)


def test_leak_scan_reads_cells_and_outputs_not_json_text(tmp_path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.outputs = [nbformat.v4.new_output("stream", text="my_lr = 2 / 3.5\n")]
    nb.cells = [nbformat.v4.new_code_cell("    my_lr = 2 / 3.5"), cell]
    nbformat.write(nb, tmp_path / "leaky.ipynb")
    leaks = leak_scan(tmp_path, ["my_lr = 2 / 3.5"], [])
    assert [line for _, line in leaks] == ["my_lr = 2 / 3.5", "my_lr = 2 / 3.5"]
    assert leak_scan(tmp_path, ["my_lr = 2 / 3.5"], ["my_lr = 2 / 3.5"]) == []


def test_gdlab_release_writes_the_whole_course_without_answers(tmp_path, capsys):
    assert main(["release", "--out", str(tmp_path / "course")]) == 0
    out = capsys.readouterr().out
    assert "labs" in out and "notebooks" in out
    labs = sorted(p.name for p in (tmp_path / "course" / "labs").iterdir() if p.is_dir())
    assert labs and not list((tmp_path / "course" / "labs").rglob("hidden"))
    released = sorted((tmp_path / "course" / "notebooks").glob("*.ipynb"))
    assert [p.name[:2] for p in released] == [f"{i:02d}" for i in range(1, 9)]
    for path in released:
        nb = nbformat.read(path, as_version=4)
        tags = {tag for cell in nb.cells for tag in cell.metadata.get("tags", [])}
        assert not tags & {"solution", "answer"}, path.name
        assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")


def test_check_speaks_the_notebooks_language(two_exercises, capsys):
    from gdlab.i18n import using_language
    with using_language("zh"):
        check("99.1", 2.0)
        check("99.1", ...)
    out = capsys.readouterr().out
    assert "✔ 99.1: 正确" in out and "… 99.1: 还没做" in out and "请在上面的单元格" in out
    assert [STATUS_OF_MARK[m["mark"]] for m in LINE.finditer(out)] == ["right", "not done yet"]
