"""The trusted child pytest: its folder, its command line and its environment.

Its folder is the grader's own: the instructor's tests (public and hidden), pytest.ini, conftest.py,
lab.toml, the lab's given modules, and the student spec (.student.json: the student's files as
text, for the plugin's proxies); never the student's files themselves.
"""
import json
import os
import shutil
from pathlib import Path

from gdlab.grading.lab import HIDDEN_TESTS, MANIFEST, PUBLIC_TESTS
from gdlab.i18n import get_language


def child_env():
    """The trusted child's environment: this one's, less pytest's settings, in the current language
    (GDLAB_LANG, so that the lab's tests and the plugin speak it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.update(PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", PYTHONDONTWRITEBYTECODE="1", MPLBACKEND="Agg",
               PYTHONUNBUFFERED="1", PYTHONHASHSEED="0", GDLAB_LANG=get_language())
    return env


def pytest_args(workdir, events, args, collect_only=False, student_spec=None):
    """pytest's command line: the plugin, its result stream `events`, the folder's own pytest.ini."""
    ini = workdir / "pytest.ini"
    if not ini.is_file():
        ini.write_text("[pytest]\npythonpath = .\n", encoding="utf-8")
    command = ["-p", "gdlab.grading.plugin", "-p", "no:cacheprovider",
               "-c", str(ini), "--rootdir", str(workdir), "--confcutdir", str(workdir),
               "--gdlab-events", str(events), "--continue-on-collection-errors",
               "-o", "addopts=", "-q", "--tb=short", "-rN"]
    if student_spec is not None:
        command += ["--gdlab-student", str(student_spec)]
    return command + (["--collect-only"] if collect_only else []) + list(args)


def copy_instructor_tests(lab, workdir):
    """The lab's tests (public and hidden) and the instructor's pytest.ini/conftest.py, nothing else."""
    for name in (PUBLIC_TESTS, HIDDEN_TESTS):
        if (lab.path / name).is_dir():
            shutil.copytree(lab.path / name, workdir / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pytest.ini", "conftest.py", MANIFEST, *lab.given):
        if (lab.path / name).is_file():
            shutil.copyfile(lab.path / name, workdir / name)


def test_dirs(workdir):
    """The test folders copied into `workdir` (pytest's arguments)."""
    return [name for name in (PUBLIC_TESTS, HIDDEN_TESTS) if (workdir / name).is_dir()]


def write_student_spec(lab, workdir, files, template, timeout):
    """.student.json: where the template listens, the student's files as text, their modules, the timeout."""
    spec = workdir / ".student.json"
    modules = [Path(name).stem for name in (*lab.files, *lab.given) if name.endswith(".py")]
    spec.write_text(json.dumps({"template": template.socket, "files": files, "modules": modules,
                                "timeout": timeout}), encoding="utf-8")
    return spec
