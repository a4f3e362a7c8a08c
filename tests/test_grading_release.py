"""The student edition: valid Python, NotImplementedError at the block's indentation, hidden tests
left out, and a leak scan that catches any solution or hidden-test line."""
import ast
import shutil
import zipfile
from pathlib import Path

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
        setup = archive.read("setup.sh").decode()
        mode = archive.getinfo("run_autograder").external_attr >> 16
    assert {"setup.sh", "run_autograder", "gdlab/pyproject.toml", "gdlab/src/gdlab/grading/grade.py",
            "lab/01_cost/lab.toml", "lab/01_cost/hidden/test_cost_hidden.py"} <= names
    assert "gdlab grade /autograder/submission --lab /autograder/source/lab/01_cost" in run
    assert "/autograder/results/results.json" in run and mode & 0o111
    assert not any("__pycache__" in name for name in names)
    # isolation: setup.sh makes the unprivileged user and sets who may read what
    assert "set -euo pipefail" in setup
    assert "id -u nobody" in setup
    assert "useradd --system --no-create-home --shell /usr/sbin/nologin" in setup
    assert "chmod -R o+rX /autograder/venv /autograder/source/gdlab" in setup
    assert "chmod -R o-rwx /autograder/source/lab" in setup
    assert setup.index("pip install /autograder/source/gdlab") < setup.index("chmod -R o+rX")
    # run_autograder grades only in isolation and leaves a score-0 results.json when it cannot
    assert "--require-isolation" in run and "--hide /autograder" in run
    assert '"score": 0' in run and '"tests": []' in run and 'exit "$status"' in run


def _bundle_scripts(tmp_path):
    path = bundle(find_lab("cost"), tmp_path / "autograder.zip")
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode() for name in ("setup.sh", "run_autograder")}


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bundle_scripts_are_valid_bash(tmp_path):
    import subprocess
    for name, text in _bundle_scripts(tmp_path).items():
        script = tmp_path / name
        script.write_text(text)
        checked = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert checked.returncode == 0, f"{name}: {checked.stderr}"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("has_nobody", [False, True], ids=["creates-nobody", "nobody-exists"])
def test_bundle_setup_makes_the_user_and_sets_permissions(tmp_path, has_nobody):
    """setup.sh with /autograder/ under tmp_path and fake apt-get, python3, pip, id, getent, useradd
    (no root needed); chmod is the real one, on the tmp copy."""
    import os
    import stat
    import subprocess
    root = tmp_path / "autograder"
    setup = _bundle_scripts(tmp_path)["setup.sh"].replace("/autograder/", f"{root}/")
    setup = setup.replace("/autograder ", f"{root} ")
    assert "/autograder" not in setup.replace(str(root), "")
    for folder in ("source/gdlab/src", "source/lab/01_cost/hidden", "venv/bin"):
        (root / folder).mkdir(parents=True)
    for name in ("source/gdlab/pyproject.toml", "source/lab/01_cost/hidden/test_hidden.py", "venv/lib.py"):
        (root / name).write_text("x")
    for path in [root, *root.rglob("*")]:   # start the wrong way round: venv closed, lab open
        private = "lab" not in path.relative_to(root).parts
        path.chmod((0o700 if path.is_dir() else 0o600) if private else (0o777 if path.is_dir() else 0o666))
    fake = tmp_path / "bin"
    fake.mkdir()
    calls = tmp_path / "calls"
    if has_nobody:
        (tmp_path / "nobody").touch()
    scripts = {
        "apt-get": "", "python3": "", "groupadd": "",
        "id": f'[ -e {tmp_path}/nobody ] && echo 65534 || exit 1',
        "getent": '[ "$2" = nogroup ]',
        "useradd": f"touch {tmp_path}/nobody",
    }
    for name, body in {**scripts, "pip": ""}.items():
        target = root / "venv" / "bin" / "pip" if name == "pip" else fake / name
        target.write_text(f'#!/usr/bin/env bash\necho {name} "$@" >> {calls}\n{body}\n')
        target.chmod(0o755)
    (tmp_path / "setup.sh").write_text(setup)
    env = {**os.environ, "PATH": f"{fake}:{os.environ['PATH']}"}
    done = subprocess.run(["bash", str(tmp_path / "setup.sh")], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    log = calls.read_text().splitlines()
    assert "id -u nobody" in log
    made = [line for line in log if line.startswith("useradd")]
    if has_nobody:
        assert not made
    else:
        assert made == ["useradd --system --no-create-home --shell /usr/sbin/nologin --gid nogroup nobody"]

    def others(path):
        return stat.S_IMODE((root / path).stat().st_mode) & 0o007
    assert others("venv/lib.py") == 0o4 and others("venv/bin") == 0o5
    assert others("source/gdlab/pyproject.toml") == 0o4
    assert others("source/lab/01_cost") == 0 and others("source/lab/01_cost/hidden/test_hidden.py") == 0
    assert others(".") & 0o1 and others("source") & 0o1


FAKE_BUNDLE_GDLAB = """#!/usr/bin/env bash
echo "$@" > "$(dirname "$0")/args"
echo "isolation: student code in its own process as nobody; no namespaces"
echo 'gdlab grade: error: --require-isolation: not grading, because the "grader" is not root \\ (test)' >&2
exit 2
"""


def _bundle_fake_autograder(tmp_path, gdlab_script, python):
    """run_autograder with /autograder/ moved under tmp_path, a fake gdlab and, if `python`, the
    venv's python3; returns (completed process, results.json path, gdlab's args file)."""
    import os
    import subprocess
    import sys
    root = tmp_path / "autograder"
    run = _bundle_scripts(tmp_path)["run_autograder"]
    assert run.count("/autograder/") >= 4
    run = run.replace("/autograder/", f"{root}/")
    assert "/autograder/" not in run.replace(f"{root}/", "")
    for folder in ("source/lab/01_cost", "submission", "venv/bin"):
        (root / folder).mkdir(parents=True)
    gdlab = root / "venv" / "bin" / "gdlab"
    gdlab.write_text(gdlab_script)
    gdlab.chmod(0o755)
    if python:
        (root / "venv" / "bin" / "python3").symlink_to(sys.executable)
    script = root / "source" / "run_autograder"
    script.write_text(run)
    script.chmod(0o755)
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True, env=env, timeout=60)
    return done, root / "results" / "results.json", root / "venv" / "bin" / "args"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("python", [True, False], ids=["venv-python", "printf"])
def test_bundle_run_autograder_scores_zero_when_grading_fails(tmp_path, python):
    import json
    done, results, args = _bundle_fake_autograder(tmp_path, FAKE_BUNDLE_GDLAB, python)
    assert done.returncode == 2, done.stderr
    assert "--require-isolation" in args.read_text().split()
    assert "could not grade this submission safely" in done.stderr
    data = json.loads(results.read_text())   # valid JSON, whatever the error said
    assert data["score"] == 0 and data["tests"] == []
    assert "gdlab grade exited with status 2" in data["output"]
    if python:   # the venv's Python quotes gdlab's own error, quotes and backslashes and all
        assert 'not grading, because the "grader" is not root \\ (test)' in data["output"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("tmp")]   # its temp file is gone


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bundle_run_autograder_keeps_gdlabs_results_when_grading_works(tmp_path):
    import json
    ok = """#!/usr/bin/env bash
while [ $# -gt 0 ] && [ "$1" != --json ]; do shift; done
echo '{"score": 3.0, "output": "3.00 / 3.00 points", "tests": []}' > "$2"
"""
    done, results, _ = _bundle_fake_autograder(tmp_path, ok, python=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(results.read_text())["score"] == 3.0


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


def test_bundle_never_overwrites_a_labs_source_or_a_users_file(tmp_path, capsys):
    from gdlab.cli import main
    solution = Path("labs/01_cost/lab_cost.py")
    before = solution.read_bytes()
    assert main(["labs", "bundle", "01_cost", "--out", str(solution)]) == 2
    assert "inside the lab 01_cost's own folder" in capsys.readouterr().err
    assert solution.read_bytes() == before
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    assert main(["labs", "bundle", "01_cost", "--out", str(notes)]) == 2
    assert notes.read_text() == "mine"
    zip_path = tmp_path / "autograder.zip"
    for _ in range(2):   # a zip may be written again
        assert main(["labs", "bundle", "01_cost", "--out", str(zip_path)]) == 0
