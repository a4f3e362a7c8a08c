"""The Gradescope bundle (gdlab labs bundle): what the zip holds, setup.sh and run_autograder run
under bash with fakes for what needs root, and a bundle never overwrites a lab or a user's file."""
import shutil
import zipfile
from pathlib import Path

import pytest

from gdlab.cli import main
from gdlab.grading.bundle import bundle
from gdlab.grading.lab import find_lab


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


def test_bundle_never_overwrites_a_labs_source_or_a_users_file(tmp_path, capsys):
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


def test_a_bundle_that_fails_half_way_leaves_the_last_one_whole_and_no_temporary(tmp_path, monkeypatch):
    from gdlab.errors import GdlabError
    from gdlab.grading import bundle as bundle_module
    lab = find_lab("01_cost")
    out = bundle(lab, tmp_path / "autograder.zip")
    before = out.read_bytes()

    def disk_full(archive, folder, prefix):
        archive.writestr(f"{prefix}/partial.txt", "x" * 1000)
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(bundle_module, "_add_tree", disk_full)
    with pytest.raises(GdlabError, match="No space left on device"):
        bundle(lab, out)
    assert out.read_bytes() == before and zipfile.ZipFile(out).testzip() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autograder.zip"]
