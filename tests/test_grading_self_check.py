"""The lab notebook's check cell agrees with the grader (issue 14): the student edition ships each lab's
notebook beside its .py file; its check cell runs the lab's public tests on the notebook's answers, and
says pass exactly where the isolated grader's public test passes, for every lab's reference answers
and for every mistake of lab 1's mutation set. Handed in unchanged beside the notebook, the released
.py no longer hides the notebook's work."""
import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from lab_mutations import mutated_copy
from test_mutations_01_cost import MUTATIONS

from gdlab.grading.grade import expected_tests, grade
from gdlab.grading.lab import list_labs
from gdlab.grading.lab import read_lab
from gdlab.grading.lab_notebook import CHECK_CELL, answer_cells, lab_notebook
from gdlab.grading.notebook_submission import build_module, lab_names
from gdlab.grading.release import release, release_lab

LABS = {lab.name: lab for lab in list_labs()}
# the check cell's run, as a kernel would do it: each notebook's code cells in a fresh namespace, then
# the public tests of the lab folder beside it on them; prints {notebook: {nodeid: status}} as JSON
DRIVER = """
import json, os, sys
import nbformat
from gdlab.grading.self_check import run_public_tests
results = {}
for folder, path in zip(sys.argv[1::2], sys.argv[2::2]):
    os.chdir(folder)                 # Jupyter runs a notebook in its folder: the lab's given modules are there
    sys.path.insert(0, folder)
    namespace = {"__name__": "__main__"}
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and "check(" not in cell.source:
            exec(compile(cell.source, path, "exec"), namespace)
    results[path] = {k: status for k, (status, _) in run_public_tests(folder, namespace).items()}
    sys.path.remove(folder)
print("RESULTS " + json.dumps(results))
"""


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    """The English student edition of every lab."""
    out = tmp_path_factory.mktemp("release")
    release(out, language="en")
    return out


def checked(pairs):
    """{notebook path: {nodeid: status}} of the check cell's tests, for each (released lab folder,
    notebook), run in one process of their own."""
    done = subprocess.run([sys.executable, "-c", DRIVER, *(str(p) for pair in pairs for p in pair)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULTS "))
    return json.loads(line[len("RESULTS "):])


def graded_public(notebook_folder, lab, warm_grader, expected):
    """The isolated grader's {nodeid: status} of the public tests, on a folder holding the notebook."""
    result = grade(notebook_folder, lab, expected=expected, timeout=60, **warm_grader)
    return {t.nodeid: t.status for t in result.tests if not t.hidden}, result


def write(notebook, folder, name):
    folder.mkdir(parents=True)
    nbformat.write(notebook, str(folder / name))
    return folder / name


@pytest.mark.parametrize("name", sorted(LABS))
def test_the_student_edition_ships_the_lab_notebook_with_the_py_s_names_and_a_check_cell(name, released):
    lab = LABS[name]
    folder = released / name
    for file in lab.files:
        notebook_name = lab.notebooks_for(file)[0]
        notebook = nbformat.read(str(folder / notebook_name), as_version=4)
        nbformat.validate(notebook)
        student = (folder / file).read_text(encoding="utf-8")
        problems = []
        built = build_module(notebook, notebook_name, lab_names(student), problems)
        assert problems == [] and lab_names(built) == lab_names(student)
        assert "check()" not in built and notebook.cells[-1].source == CHECK_CELL
        assert "NotImplementedError" in built


@pytest.fixture(scope="module")
def references(released, tmp_path_factory):
    """{lab name: (the notebook of its reference answers, what its check cell said)}."""
    root, paths = tmp_path_factory.mktemp("references"), {}
    for name, lab in LABS.items():
        file = lab.files[0]
        reference = lab_notebook(lab, file, (lab.path / file).read_text(encoding="utf-8"))
        paths[name] = write(reference, root / name, lab.notebooks_for(file)[0])
    said = checked([(released / name, path) for name, path in paths.items()])
    return {name: (path, said[str(path)]) for name, path in paths.items()}


@pytest.mark.parametrize("name", sorted(LABS))
def test_the_check_cell_passes_the_reference_exactly_as_the_grader_does(name, references, warm_grader):
    lab = LABS[name]
    path, said = references[name]
    graded, result = graded_public(path.parent, lab, warm_grader, expected_tests(lab, runner=warm_grader["runner"]))
    assert said == graded and len(said) >= 3, (said, graded)
    assert set(said.values()) == {"passed"} and result.score == result.max_score, result.problems


def test_the_check_cell_fails_exactly_the_public_tests_the_grader_fails_for_every_mistake(released, tmp_path,
                                                                                          warm_grader):
    lab = LABS["01_cost"]
    file, notebook_name = lab.files[0], lab.notebooks_for(lab.files[0])[0]
    expected = expected_tests(lab, runner=warm_grader["runner"])
    paths = []
    for number, mutation in enumerate(MUTATIONS):
        source_folder = tmp_path / f"py-{number}"
        source_folder.mkdir()
        mutated_copy(lab, mutation, source_folder)
        source = (source_folder / file).read_text(encoding="utf-8")
        paths.append(write(lab_notebook(lab, file, source), tmp_path / f"m{number:02d}", notebook_name))
    said = checked([(released / lab.name, path) for path in paths])
    for path, mutation in zip(paths, MUTATIONS):
        graded, _ = graded_public(path.parent, lab, warm_grader, expected)
        assert said[str(path)] == graded, (mutation, said[str(path)], graded)
        assert "failed" in graded.values() or not any(t.startswith("tests/") for t in mutation.aimed), mutation


def test_the_released_py_handed_in_unchanged_beside_the_notebook_does_not_hide_it(released, tmp_path, warm_grader):
    lab = LABS["01_cost"]
    file, notebook_name = lab.files[0], lab.notebooks_for(lab.files[0])[0]
    folder = tmp_path / "handed-in"
    write(lab_notebook(lab, file, (lab.path / file).read_text(encoding="utf-8")), folder, notebook_name)
    (folder / file).write_text((released / lab.name / file).read_text(encoding="utf-8"), encoding="utf-8")
    expected = expected_tests(lab, runner=warm_grader["runner"])
    result = grade(folder, lab, expected=expected, timeout=60, **warm_grader)
    assert result.score == result.max_score > 0
    assert any(notebook_name in p and file in p for p in result.problems), result.problems
    (folder / file).write_text((released / lab.name / file).read_text(encoding="utf-8") + "\nX = 1\n")
    changed = grade(folder, lab, expected=expected, timeout=60, **warm_grader)   # a .py the student changed wins, as before
    assert changed.score == 0.0 and any(p.startswith(f"{notebook_name} was not graded") for p in changed.problems)


def test_the_check_cell_speaks_in_a_real_kernel_one_line_per_test_with_the_hint(released):
    """The notebook as a student runs it: a Jupyter kernel in the released lab's folder, every cell in
    order; predict has the classic mistake (no b), the rest is right."""
    from nbclient import NotebookClient
    lab = LABS["01_cost"]
    file, name = lab.files[0], lab.notebooks_for(lab.files[0])[0]
    source = (lab.path / file).read_text(encoding="utf-8")
    right = "    return w * np.asarray(x, dtype=np.float64) + b"
    assert source.count(right) == 1
    notebook = lab_notebook(lab, file, source.replace(right, "    return w * np.asarray(x, dtype=np.float64)"))
    folder = released / lab.name
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    shown = "".join(output.get("text", "") for output in notebook.cells[-1].outputs)
    assert [output.output_type for output in notebook.cells[-1].outputs] == ["stream"]   # no Out[]: {...}
    lines = shown.splitlines()
    assert "✘ test_predict_is_the_line[2.0-0.5]" in lines and "✔ test_cost_curve_is_the_parabola" in lines, shown
    assert "hint: you left out b: y_hat = w·x + b" in shown
    assert lines[-1] == "4 of 6 public tests pass (the hidden tests run when your work is graded)", shown


def test_the_chinese_edition_s_check_cell_speaks_chinese_whatever_gdlab_lang_says(tmp_path):
    lab = LABS["01_cost"]
    release(tmp_path / "zh", labs=[lab], language="zh")
    folder = tmp_path / "zh" / lab.name
    notebook = nbformat.read(str(folder / lab.notebooks_for(lab.files[0])[0]), as_version=4)
    assert notebook.cells[-1].source == CHECK_CELL.replace("check()", "check(language='zh')")
    assert "在下面的代码单元格中写出你的答案" in notebook.cells[0].source
    run_cells = ("import sys, nbformat\n"
                 "for cell in nbformat.read(sys.argv[1], as_version=4).cells:\n"
                 "    if cell.cell_type == 'code':\n"
                 "        exec(compile(cell.source, 'cell', 'exec'), vars(sys.modules['__main__']))\n")
    done = subprocess.run([sys.executable, "-c", run_cells, str(folder / lab.notebooks_for(lab.files[0])[0])],
                          cwd=folder, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "GDLAB_LANG": "en"})
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[-1] == "6 个公开测试中通过 0 个（隐藏测试在评分时运行）", done.stdout
    assert "✘ test_predict_is_the_line[2.0-0.5]" in lines and "predict：请在这里写代码" in done.stdout, done.stdout


def test_the_trailing_comments_of_the_student_file_end_its_last_answer_cell():
    source = '"""Doc."""\nimport numpy as np\n\n\ndef f():\n    return 1\n\n\n# Try f on your own data:\n# f()\n'
    cells = answer_cells(source)
    assert [cell.source for cell in cells] == [
        "Doc.", "import numpy as np", "def f():\n    return 1\n\n\n# Try f on your own data:\n# f()"]
    only = answer_cells('"""Doc."""\n\n# nothing to write yet\n')
    assert only[-1].source == "# nothing to write yet" and only[-1].metadata["tags"] == ["answer"]


TWO_FILES = {
    "lab.toml": 'title = "two files"\nfiles = ["lab_a.py", "lab_b.py"]\nnotebooks = ["lab_a.ipynb", "lab_b.ipynb"]\n',
    "lab_a.py": "def fa():\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION\n",
    "lab_b.py": "def fb():\n    ### BEGIN SOLUTION\n    return 2\n    ### END SOLUTION\n",
    "tests/test_a.py": "import lab_a\n\n\ndef test_a():\n    assert lab_a.fa() == 1\n",
    "tests/test_b.py": "import lab_b\n\n\ndef test_b():\n    assert lab_b.fb() == 2\n",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_check_cell_of_a_lab_with_two_files_checks_the_file_its_notebook_stands_for(tmp_path, language):
    """lab_b.ipynb's check cell said check(): it checked the answers as lab_a, so test_b never saw them."""
    for name, content in TWO_FILES.items():
        (tmp_path / "lab" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "lab" / name).write_text(content, encoding="utf-8")
    release_lab(read_lab(tmp_path / "lab"), tmp_path / "out", language=language)
    folder = tmp_path / "out" / "lab"
    cells = {name: nbformat.read(str(folder / name), as_version=4).cells[-1].source
             for name in ("lab_a.ipynb", "lab_b.ipynb")}
    said = "" if language == "en" else ", language='zh'"
    assert cells == {name: CHECK_CELL.replace("check()", f"check(file='{name[:-6]}.py'{said})") for name in cells}
    answers = "def fb():\n    return 2\n"   # lab_b's answer, right; the check cell after it, as a kernel runs them
    done = subprocess.run([sys.executable, "-c", answers + cells["lab_b.ipynb"]], cwd=folder, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "GDLAB_LANG": "en"})
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert "✔ test_b" in lines and "✘ test_a" in lines, done.stdout   # lab_a.py is still the stub
