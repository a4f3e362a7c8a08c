"""The student edition: valid Python, NotImplementedError at the block's indentation, hidden tests
left out, and a leak scan that catches any solution or hidden-test line."""
import ast
import zipfile

import pytest

from gdlab.cli import main
from gdlab.errors import GdlabError
from gdlab.grading.bundle import bundle
from gdlab.grading.lab import find_lab, list_labs, read_lab
from gdlab.grading.release import leak_scan, release, release_lab, strip_solutions

NESTED = '''def outer(x):
    """Docstring kept."""
    if x > 0:
        ### HINT: double it
        ### BEGIN SOLUTION
        y = 2 * x
        return y
        ### END SOLUTION
    return 0


class Thing:
    def method(self):
        ### BEGIN SOLUTION
        return "secret answer 42"
        ### END SOLUTION
'''


def test_strip_solutions_keeps_signature_docstring_and_indentation():
    student, solution = strip_solutions(NESTED)
    tree = ast.parse(student)
    lines = student.splitlines()
    assert '    """Docstring kept."""' in lines
    assert "        # Hint: double it" in lines
    assert "        raise NotImplementedError('outer: write your code here (hint: double it)')" in lines
    assert "        raise NotImplementedError('method: write your code here')" in lines
    assert "y = 2 * x" not in student and "secret answer" not in student
    assert [line.strip() for line in solution] == ["y = 2 * x", "return y", 'return "secret answer 42"']
    outer = tree.body[0]
    assert isinstance(outer.body[1].body[0], ast.Raise)  # inside the if, where the block was


@pytest.mark.parametrize("source, message", [
    ("def f():\n    ### BEGIN SOLUTION\n    return 1\n", "never closed"),
    ("def f():\n    return 1\n    ### END SOLUTION\n", "without a ### BEGIN SOLUTION"),
    ("### BEGIN SOLUTION\nx = 1\n### END SOLUTION\n", "inside a function"),
    ("def f():\n    ### HINT: h\n    x = 1\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION\n",
     "right before"),
    ("def f(:\n    pass\n", "not valid Python"),
])
def test_malformed_instructor_source_is_a_clear_error(source, message):
    with pytest.raises(GdlabError, match=message):
        strip_solutions(source, "lab.py")


def test_release_of_every_lab(tmp_path):
    written = release(tmp_path)
    assert set(written) == {lab.name for lab in list_labs()}
    for lab in list_labs():
        out = tmp_path / lab.name
        assert not (out / "hidden").exists()
        assert (out / "README.md").is_file() and (out / "tests").is_dir()
        for path in out.rglob("*.py"):
            ast.parse(path.read_text(encoding="utf-8"))  # valid Python
        exercise = (out / lab.files[0]).read_text(encoding="utf-8")
        assert "raise NotImplementedError(" in exercise and "BEGIN SOLUTION" not in exercise
        assert read_lab(out).files == lab.files
    # the functions keep their signatures and docstrings
    tree = ast.parse((tmp_path / "01_cost" / "lab_cost.py").read_text(encoding="utf-8"))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert set(functions) == {"predict", "cost", "cost_curve"}
    assert [a.arg for a in functions["cost"].args.args] == ["x", "y", "w", "b"]
    assert ast.get_docstring(functions["cost"]).startswith("The mean squared error")


def test_leak_scan_finds_a_planted_secret(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n    residuals = w * x + b - y\n", encoding="utf-8")
    leaks = leak_scan(tmp_path, ["residuals = w * x + b - y", "import numpy as np"], ["import numpy as np"])
    assert [line for _, line in leaks] == ["residuals = w * x + b - y"]


def test_release_refuses_when_a_solution_would_ship(tmp_path, monkeypatch):
    """If stripping ever let a solution through, the leak scan stops the release of that lab."""
    lab_dir = tmp_path / "lab"
    (lab_dir / "tests").mkdir(parents=True)
    (lab_dir / "lab.toml").write_text('files = ["ex.py"]\n', encoding="utf-8")
    (lab_dir / "ex.py").write_text("def f():\n    ### BEGIN SOLUTION\n    return 'the answer'\n"
                                   "    ### END SOLUTION\n", encoding="utf-8")
    broken = lambda text, filename="": (text.replace("### BEGIN SOLUTION", "#").replace("### END SOLUTION", "#"), [])
    monkeypatch.setattr("gdlab.grading.release.strip_solutions", broken)
    with pytest.raises(GdlabError, match="would leak 1 line"):
        release_lab(read_lab(lab_dir), tmp_path / "out")
    assert not (tmp_path / "out" / "lab").exists()


def test_cli_release_and_list(tmp_path, capsys):
    assert main(["labs", "release", "--out", str(tmp_path / "student"), "--lab", "cost"]) == 0
    assert (tmp_path / "student" / "01_cost" / "lab_cost.py").is_file()
    assert not (tmp_path / "student" / "02_gradient").exists()
    assert main(["labs", "list"]) == 0
    assert "06_training" in capsys.readouterr().out


def test_bundle_has_what_gradescope_runs(tmp_path):
    path = bundle(find_lab("cost"), tmp_path / "autograder.zip")
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        run = archive.read("run_autograder").decode()
        mode = archive.getinfo("run_autograder").external_attr >> 16
    assert {"setup.sh", "run_autograder", "gdlab/pyproject.toml", "gdlab/src/gdlab/grading/grade.py",
            "lab/01_cost/lab.toml", "lab/01_cost/hidden/test_cost_hidden.py"} <= names
    assert "gdlab grade /autograder/submission --lab /autograder/source/lab/01_cost" in run
    assert "/autograder/results/results.json" in run and mode & 0o111
    assert not any("__pycache__" in name for name in names)
