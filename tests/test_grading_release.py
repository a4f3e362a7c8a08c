"""The student edition: valid Python, NotImplementedError at the block's indentation (or the code a
STUDENT EDITION section ships), hidden tests left out, and a leak scan that catches any solution or
hidden-test line. The Gradescope bundle's tests are in test_grading_bundle.py."""
import ast
import shutil
from pathlib import Path

import pytest

from gdlab.cli import main
from gdlab.errors import GdlabError
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
    assert "        raise NotImplementedError('Thing.method: write your code here')" in lines
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


STUDENT_EDITION = '''import math
### BEGIN SOLUTION
import numpy as np
### STUDENT EDITION
# import numpy.fft as np
### END SOLUTION


def area(r):
    ### HINT: look at what area returns
    ### BEGIN SOLUTION
    return math.pi * r ** 2
    ### STUDENT EDITION
    # if r > 0:
    #     pi_r_squared = math.pi * r ** 2
    #
    # # shipped as a comment
    ### END SOLUTION
'''


def test_a_student_edition_section_ships_uncommented_in_place_of_the_solution(tmp_path):
    student, solution = strip_solutions(STUDENT_EDITION)
    assert student == ("import math\nimport numpy.fft as np\n\n\ndef area(r):\n    # Hint: look at what area "
                       "returns\n    if r > 0:\n        pi_r_squared = math.pi * r ** 2\n\n    # shipped as a "
                       "comment\n")
    assert [line.strip() for line in solution] == ["import numpy as np", "return math.pi * r ** 2"]
    assert "NotImplementedError" not in student and "STUDENT" not in student
    (tmp_path / "ex.py").write_text(student, encoding="utf-8")
    assert leak_scan(tmp_path, solution, ["import math"]) == []
    (tmp_path / "ex.py").write_text(student + "### STUDENT EDITION\nreturn math.pi * r ** 2\n", encoding="utf-8")
    assert {line for _, line in leak_scan(tmp_path, solution, [])} == {"### STUDENT EDITION",
                                                                      "return math.pi * r ** 2"}


@pytest.mark.parametrize("source, message", [
    ("### STUDENT EDITION\n", "without a ### BEGIN SOLUTION"),
    ("### BEGIN SOLUTION\nx = 1\n### STUDENT EDITION\nx = 2\n### END SOLUTION\n", "line 4: after ### STUDENT"),
    ("### BEGIN SOLUTION\n### STUDENT EDITION\n# x = 1\n### STUDENT EDITION\n### END SOLUTION\n",
     "line 4: a second ### STUDENT EDITION"),
    ("def f():\n    ### BEGIN SOLUTION\n    return 1\n    ### STUDENT EDITION\n    # return (\n"
     "    ### END SOLUTION\n", "the student edition would not be valid Python"),
])
def test_malformed_student_edition_is_a_clear_error(source, message):
    with pytest.raises(GdlabError, match=message):
        strip_solutions(source, "lab.py")


def test_lab_6_ships_the_seeds_net_with_its_bugs(tmp_path):
    """The instructor's lab 6 has the fixed Net; the student edition the seed's three bugs."""
    lab = find_lab("06_training")
    fixed = (lab.path / "lab_training.py").read_text(encoding="utf-8")
    buggy = (release(tmp_path, labs=[lab])["06_training"][0].parent / "lab_training.py").read_text(encoding="utf-8")
    code = "\n".join(line for line in fixed.splitlines() if not line.lstrip().startswith("#"))
    for right, wrong in [("import torch.nn.functional as F", "import torch.functional as F"),
                         ("nn.Conv2d(6, 16, 5)", "nn.Conv2dn(6, 16, 5)"), ("return self.fc3(x)", "x = self.fc3(x)")]:
        assert right in code and wrong not in code
        assert wrong in buggy and right not in buggy, (right, wrong)
    forward = next(node for node in ast.walk(ast.parse(buggy)) if getattr(node, "name", "") == "forward")
    assert not any(isinstance(node, ast.Return) for node in ast.walk(forward))
    assert "raise NotImplementedError(" in buggy  # the Dataset, the loader and the loop are still to write


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
    """If stripping ever let a solution through, the leak scan stops the release of that lab: in the .py
    and in its notebook."""
    lab_dir = tmp_path / "lab"
    (lab_dir / "tests").mkdir(parents=True)
    (lab_dir / "lab.toml").write_text('files = ["ex.py"]\n', encoding="utf-8")
    (lab_dir / "ex.py").write_text("def f():\n    ### BEGIN SOLUTION\n    return 'the answer'\n"
                                   "    ### END SOLUTION\n", encoding="utf-8")
    broken = lambda text, filename="": (text.replace("### BEGIN SOLUTION", "#").replace("### END SOLUTION", "#"), [])
    monkeypatch.setattr("gdlab.grading.release.strip_solutions", broken)
    with pytest.raises(GdlabError, match=r"would leak 2 line.*ex\.ipynb: .*the answer.*; ex\.py: .*the answer"):
        release_lab(read_lab(lab_dir), tmp_path / "out")
    assert not (tmp_path / "out" / "lab").exists()


def test_cli_release_and_list(tmp_path, capsys):
    assert main(["labs", "release", "--out", str(tmp_path / "student"), "--lab", "cost"]) == 0
    assert (tmp_path / "student" / "01_cost" / "lab_cost.py").is_file()
    assert not (tmp_path / "student" / "02_gradient").exists()
    assert main(["labs", "list"]) == 0
    assert "06_training" in capsys.readouterr().out


def _snapshot(folder):
    """{relative path: bytes} of every file under `folder`, to prove nothing was touched."""
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def labcopy(tmp_path):
    """A copy of lab 01_cost (solutions, hidden tests and all) in a labs folder of its own."""
    shutil.copytree(find_lab("cost").path, tmp_path / "labcopy" / "01_cost",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path / "labcopy"


@pytest.mark.parametrize("out", [".", "01_cost", "01_cost/tests", "01_cost/hidden/deeper"])
def test_release_refuses_to_write_over_or_into_a_lab(labcopy, capsys, out):
    """--out the labs folder made out/01_cost the lab itself: the release deleted the instructor's lab."""
    before = _snapshot(labcopy)
    code = main(["labs", "--labs-dir", str(labcopy), "release", "--out", str(labcopy / out), "--lab", "01_cost"])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "lab" in err and "01_cost" in err and "--out" in err
    assert _snapshot(labcopy) == before  # nothing deleted, nothing added
    assert before[Path("01_cost/hidden/test_cost_hidden.py")]


def test_release_refuses_a_folder_it_did_not_write_and_keeps_it(tmp_path, capsys):
    mine = tmp_path / "student" / "01_cost"
    mine.mkdir(parents=True)
    (mine / "my_notes.txt").write_text("two weeks of work\n", encoding="utf-8")
    assert main(["labs", "release", "--out", str(tmp_path / "student"), "--lab", "cost"]) == 2
    err = capsys.readouterr().err
    assert "not written by `gdlab labs release`" in err and "my_notes" not in err
    assert len(err.strip().splitlines()) == 1
    assert [p.name for p in mine.iterdir()] == ["my_notes.txt"]
    assert (mine / "my_notes.txt").read_text(encoding="utf-8") == "two weeks of work\n"


def test_release_replaces_its_own_earlier_release_and_an_empty_folder(tmp_path):
    (tmp_path / "out" / "01_cost").mkdir(parents=True)  # empty: nothing to lose
    first = release(tmp_path / "out", labs=[find_lab("cost")])
    stale = tmp_path / "out" / "01_cost" / "stale.txt"
    stale.write_text("from an older release\n", encoding="utf-8")
    second = release(tmp_path / "out", labs=[find_lab("cost")])
    assert first == second and len(second["01_cost"]) > 3
    assert not stale.exists()  # the earlier release was replaced as a whole
    assert (tmp_path / "out" / "01_cost" / "lab_cost.py").is_file()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["01_cost"]  # no temporary folder left


def test_a_failed_release_keeps_the_earlier_one(tmp_path, monkeypatch):
    release(tmp_path / "out", labs=[find_lab("cost")])
    before = _snapshot(tmp_path / "out")
    monkeypatch.setattr("gdlab.grading.release.leak_scan", lambda folder, *rest: [(Path(folder) / "x.py", "secret")])
    with pytest.raises(GdlabError, match="would leak"):
        release(tmp_path / "out", labs=[find_lab("cost")])
    assert _snapshot(tmp_path / "out") == before


def test_release_refuses_a_target_that_contains_a_lab(tmp_path):
    """--labs-dir student/01_cost/labs --out student: out/01_cost holds the lab's source."""
    labs_dir = tmp_path / "student" / "01_cost" / "labs"
    shutil.copytree(find_lab("cost").path, labs_dir / "01_cost", ignore=shutil.ignore_patterns("__pycache__"))
    before = _snapshot(tmp_path)
    with pytest.raises(GdlabError, match="contains the source of lab 01_cost"):
        release(tmp_path / "student", labs_dir)
    assert _snapshot(tmp_path) == before


def test_leak_scan_reads_a_notebook_s_cells_where_each_line_is_a_json_string(tmp_path):
    """In a notebook's JSON a line of code is `"    return ...\\n",`: the text scan never saw it."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook
    secret = "    return w * np.asarray(x, dtype=np.float64) + b"
    nbformat.write(new_notebook(cells=[new_code_cell("def predict(x, w, b=0.0):\n" + secret + "\n\nx = 1")]),
                   str(tmp_path / "demo.ipynb"))
    split = {"cells": [{"cell_type": "code", "source": ["def f():\n", "    return w * np.asarray(x, ",
                                                         "dtype=np.float64) + b\n"]}]}
    (tmp_path / "split.ipynb").write_text(__import__("json").dumps(split), encoding="utf-8")
    assert [(p.name, line) for p, line in leak_scan(tmp_path, [secret], [])] == [
        ("demo.ipynb", secret.strip()), ("split.ipynb", secret.strip())]


@pytest.mark.parametrize("name", ["worked.ipynb", "README.md"])
def test_a_shipped_notebook_or_readme_holding_a_solution_line_is_refused(labcopy, tmp_path, name):
    """A worked notebook (or a README) beside the lab, quoting the solution: its lines counted as
    public, so they proved themselves harmless and the release shipped the answers."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook
    lab_dir = labcopy / "01_cost"
    line = "residuals = predict(x, w, b) - np.asarray(y, dtype=np.float64)"
    solution = (lab_dir / "lab_cost.py").read_text(encoding="utf-8")
    assert line in solution
    code = "\n".join(l for l in solution.splitlines() if "### " not in l)
    if name.endswith(".ipynb"):
        nbformat.write(new_notebook(cells=[new_code_cell(code)]), str(lab_dir / name))
    else:
        with open(lab_dir / name, "a", encoding="utf-8") as readme:
            readme.write(f"\nThe answer:\n\n        {line}\n")
    with pytest.raises(GdlabError, match=r"would leak .*" + name.replace(".", r"\.") + ".*residuals = predict"):
        release_lab(read_lab(lab_dir), tmp_path / "out")
    assert not (tmp_path / "out" / "01_cost").exists()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_generated_lab_notebooks_pass_the_scan_that_reads_them(tmp_path, language):
    written = release(tmp_path, language=language)
    for lab in list_labs():
        notebooks = [path for path in written[lab.name] if path.suffix == ".ipynb"]
        assert [path.name for path in notebooks] == [lab.notebooks_for(file)[0] for file in lab.files]
        for notebook in notebooks:
            code = next(line for line in (notebook.with_suffix(".py")).read_text(encoding="utf-8").splitlines()
                        if line.startswith(("def ", "class ")))
            assert (notebook, code) in leak_scan(notebook.parent, [code], [])   # the scan reads its cells
