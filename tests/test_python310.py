"""gdlab keeps the floor pyproject.toml promises (requires-python >= 3.10), checked with a real 3.10.

Python 3.10 has no tomllib; gdlab.grading.lab reads lab.toml with tomli there. These tests run
under python3.10 when one is installed (on PATH, or in pyenv's versions), and skip otherwise:
- every module of gdlab compiles (no 3.11+ syntax: `except*`, f-strings nesting their own quotes);
- in a throwaway venv holding only what pyproject.toml installs for the grading plugin's imports
  (numpy, pytest, tomli), the plugin of [project.entry-points.pytest11] and gdlab.grading.lab
  import without torch, read a real lab.toml, and the plugin scores a pytest run.
What needs torch (gdlab.scratch/autograd twins, the CNN, the grader's student template) is not run
under 3.10 here: a torch for 3.10 is a download of gigabytes. The compile step covers its syntax.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from packaging.requirements import Requirement

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10 (as gdlab.grading.lab does)
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# what the plugin and gdlab.grading.lab import beyond the standard library (and tomli's for 3.10)
NEEDED = ("numpy", "pytest", "tomli")
STEP_TIMEOUT = 120   # seconds for one step (a venv, an install), far above the ~5 s each takes


def python310():
    """A working Python 3.10: python3.10 on PATH, else one under pyenv's versions; None if neither."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = [shutil.which("python3.10"), *sorted(glob.glob(str(pyenv / "versions/3.10*/bin/python3.10")))]
    for candidate in filter(None, candidates):
        try:  # a pyenv shim is on PATH even where it has no 3.10 selected: it fails here
            run = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2] == (3, 10))"],
                                 capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if run.returncode == 0 and run.stdout.strip() == "True":
            return candidate
    return None


PYTHON310 = python310()
pytestmark = pytest.mark.skipif(PYTHON310 is None, reason="no working python3.10 on PATH or in pyenv's "
                                                          "versions: the Python 3.10 checks need one")


def clean_env(**extra):
    """This environment without anything that would put another Python's packages in the way."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST_", "VIRTUAL_ENV"))}
    env.update(PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


def plugin_module():
    """The module pyproject.toml registers as gdlab's pytest plugin."""
    return PYPROJECT["project"]["entry-points"]["pytest11"]["gdlab"]


def requirements_for_310(names):
    """pyproject.toml's own requirement lines for `names`, those that apply on Python 3.10."""
    found = [line for line in PYPROJECT["project"]["dependencies"] if Requirement(line).name in names]
    assert {Requirement(line).name for line in found} == set(names), f"pyproject.toml lacks one of {names}"
    return [line for line in found
            if Requirement(line).marker is None or Requirement(line).marker.evaluate({"python_version": "3.10"})]


def installable_copy(folder):
    """A copy of what `pip install .` reads (pyproject.toml, README.md, src/gdlab), so that building
    gdlab writes nothing into the checkout."""
    shutil.copytree(SOURCE / "gdlab", folder / "src" / "gdlab", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def venv310(tmp_path_factory):
    """A fresh Python 3.10 venv with gdlab installed (its pytest plugin registered by its entry point)
    and, of its dependencies, only what the plugin's imports need, as pyproject.toml pins them."""
    venv = tmp_path_factory.mktemp("py310") / "venv"
    subprocess.run([PYTHON310, "-m", "venv", str(venv)], check=True, timeout=STEP_TIMEOUT, env=clean_env())
    python = venv / "bin" / "python"
    gdlab = installable_copy(tmp_path_factory.mktemp("gdlab"))
    for what in (requirements_for_310(NEEDED), ["--no-deps", str(gdlab)]):
        install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", *what], capture_output=True,
                                 text=True, timeout=STEP_TIMEOUT, env=clean_env(), cwd=gdlab)
        if install.returncode != 0:  # no network and no local index: nothing to install from
            tail = (install.stderr or install.stdout).strip().splitlines()[-1:]
            pytest.skip(f"pip could not install {what} for Python 3.10: {tail}")
    return python


def test_every_module_of_gdlab_compiles_under_python_3_10(tmp_path):
    run = subprocess.run([PYTHON310, "-m", "compileall", "-q", str(SOURCE / "gdlab")],
                         capture_output=True, text=True, timeout=STEP_TIMEOUT,
                         env=clean_env(PYTHONPYCACHEPREFIX=str(tmp_path)))  # no .pyc in the source tree
    assert run.returncode == 0, run.stdout + run.stderr
    compiled = list(tmp_path.rglob("*.cpython-310.pyc"))
    assert len(compiled) == len(list((SOURCE / "gdlab").rglob("*.py")))


IMPORT_CHECK = """
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
plugin = importlib.import_module(sys.argv[2])
from gdlab.grading import lab
lab_ = lab.read_lab(sys.argv[3])
try:
    lab.read_lab(sys.argv[4])
    bad = None
except Exception as error:
    bad = type(error).__name__
print(json.dumps({"version": list(sys.version_info[:2]), "gdlab": sys.modules["gdlab"].__file__,
                  "plugin": plugin.__file__, "toml": lab.tomllib.__name__, "torch": "torch" in sys.modules,
                  "files": list(lab_.files), "timeout": lab_.timeout, "bad": bad}))
"""


def test_the_plugin_and_lab_toml_work_under_python_3_10_without_torch(venv310, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "lab.toml").write_text('files = ["lab_cost.py"\n', encoding="utf-8")  # no closing bracket
    run = subprocess.run([str(venv310), "-c", IMPORT_CHECK, str(SOURCE), plugin_module(),
                          str(ROOT / "labs" / "01_cost"), str(broken)],
                         capture_output=True, text=True, timeout=STEP_TIMEOUT, cwd=tmp_path, env=clean_env())
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert seen["version"] == [3, 10]
    assert Path(seen["gdlab"]).is_relative_to(SOURCE) and Path(seen["plugin"]).is_relative_to(SOURCE)
    assert seen["toml"] == "tomli"                       # the fallback, not a tomllib from somewhere
    assert seen["torch"] is False                        # the plugin never pulls torch in
    assert seen["files"] == ["lab_cost.py"] and seen["timeout"] == 10.0
    assert seen["bad"] == "GdlabError"                   # tomli's decode error is caught as tomllib's


POINTED_TESTS = """
import pytest

@pytest.mark.points(2)
def test_passes():
    assert 1 + 1 == 2

@pytest.mark.points(1)
def test_fails():
    assert 1 + 1 == 3

@pytest.mark.points(1)
def test_not_written_yet():
    raise NotImplementedError
"""


def test_pytest_under_python_3_10_with_gdlab_installed_loads_the_plugin_and_scores(venv310, tmp_path):
    """The issue's failure: with gdlab installed, pytest loads its plugin (the entry point) at start."""
    (tmp_path / "test_pointed.py").write_text(textwrap.dedent(POINTED_TESTS), encoding="utf-8")
    events = tmp_path / "events.jsonl"
    run = subprocess.run([str(venv310), "-m", "pytest", "-p", "no:cacheprovider", "--gdlab-events", str(events),
                          "-q", "test_pointed.py"],
                         capture_output=True, text=True, timeout=STEP_TIMEOUT, cwd=tmp_path,
                         env=clean_env(GDLAB_LANG="en"))
    assert run.returncode == 1, run.stdout + run.stderr   # one test failed, none errored
    stream = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()]
    points = {e["nodeid"].split("::")[1]: e["points"] for e in stream if e["event"] == "item"}
    results = {e["nodeid"].split("::")[1]: (e["outcome"], e["not_implemented"])
               for e in stream if e["event"] == "result"}
    assert points == {"test_passes": 2.0, "test_fails": 1.0, "test_not_written_yet": 1.0}
    assert results == {"test_passes": ("passed", False), "test_fails": ("failed", False),
                       "test_not_written_yet": ("failed", True)}
    assert "2.00 / 4.00" in run.stdout, run.stdout                                # the score table
