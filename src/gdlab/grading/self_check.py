"""check(): a lab notebook's check cell, the lab's public tests run on the answers in the notebook.

The check cell of a lab notebook (lab_notebook.py) runs, in the student's own kernel, the very test
files the grader runs (the lab's tests/ folder, beside the notebook), on the names the notebook's
cells have defined: they become the module the tests import (`import lab_cost as lab`). So an answer
the check passes passes the same public test when graded, and a test the check fails names the
same mistake (its hint). The hidden tests are not in the student's copy: they run only when graded.

This runs the student's code in the student's process, which is theirs; the grader never runs it
(the check cell is not an answer cell: notebook_submission.py leaves it out).
"""
import contextlib
import io
import sys
import types
import warnings
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.grading.lab import PUBLIC_TESTS, read_lab
from gdlab.i18n import text, using_language

MARKS = {"passed": "✔", "failed": "✘", "error": "✘", "skipped": "…"}
NOTEBOOK_NAMES = {"In", "Out", "get_ipython", "exit", "quit", "open"}   # IPython's own, not the student's


class _Results:
    """A pytest plugin that keeps each test's outcome and, when it failed, its message."""

    def __init__(self):
        self.outcomes = {}

    def pytest_runtest_logreport(self, report):
        if report.when == "call" or report.outcome != "passed":
            if report.nodeid in self.outcomes and self.outcomes[report.nodeid][0] != "passed":
                return   # a failed setup is not overwritten by its teardown
            status = "error" if report.when != "call" and report.failed else report.outcome
            self.outcomes[report.nodeid] = (status, report.longreprtext if report.failed else "")

    def pytest_collectreport(self, report):
        if report.failed:
            self.outcomes[report.nodeid] = ("error", report.longreprtext)


def answers_module(name, namespace):
    """A module named `name` holding the notebook's names (IPython's own and _private ones left out)."""
    module = types.ModuleType(name)
    module.__dict__.update({k: v for k, v in namespace.items()
                            if not k.startswith("_") and k not in NOTEBOOK_NAMES})
    return module


def _forget(tests, names):
    """Drop the lab's test modules (and their helpers in `tests`), its conftest and the answers' module
    from sys.modules, so that a check re-reads them and their `import lab_cost` finds the answers as
    they are now. The lab's given modules stay: the notebook's objects are made of their classes."""
    for key, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)   # None for builtins, sys and the answers' module
        if key in names or key == "conftest" or (path and Path(path).resolve().is_relative_to(tests)):
            del sys.modules[key]


def run_public_tests(folder, namespace, file=None):
    """{nodeid: (status, message)} of the lab in `folder`'s public tests on the names in `namespace`,
    standing for the lab's file `file` (default: its first)."""
    import pytest
    folder = Path(folder).resolve()
    lab = read_lab(folder)
    tests = folder / PUBLIC_TESTS
    if not tests.is_dir():
        raise GdlabError(text("grading.self_check.no_tests", folder=folder, tests=PUBLIC_TESTS))
    module = Path(file or lab.files[0]).stem
    test_modules = {p.stem for p in tests.rglob("*.py")}
    _forget(tests, test_modules | {module})
    sys.modules[module] = answers_module(module, namespace)
    results, shown = _Results(), io.StringIO()
    ini = ["-c", str(folder / "pytest.ini")] if (folder / "pytest.ini").is_file() else []
    args = ["-p", "no:cacheprovider", *ini, "--rootdir", str(folder), "--confcutdir", str(folder),
            "-o", "addopts=", "--capture=sys", "-q", "--tb=short", "-W", "ignore::pytest.PytestUnknownMarkWarning",
            str(tests)]
    try:
        with contextlib.redirect_stdout(shown), warnings.catch_warnings():
            pytest.main(args, plugins=[results])
    finally:
        _forget(tests, test_modules | {module})
    return results.outcomes


def hint_lines(message):
    """The lines of a failure worth showing a student: the assertion's words and the hint (pytest's
    E lines, or the whole message when the lab's conftest already made it short)."""
    lines = [line[1:].strip() for line in message.splitlines() if line.startswith("E ")]
    lines = [line for line in lines or [line.strip() for line in message.splitlines()] if line]
    return lines[-6:]


def check(folder=".", namespace=None, file=None, language=None):
    """Print one line per public test (✔ passed, ✘ failed with why), then how many pass; returns None,
    so that Jupyter shows nothing under the lines (run_public_tests gives the outcomes to a program).
    `namespace` defaults to the notebook's (the __main__ module's) names; `file` is the lab's file the
    notebook stands for (default: its first); the tests' hints and these lines are in `language` (the
    Chinese edition's notebook says "zh"; None: the current language)."""
    if namespace is None:
        namespace = vars(sys.modules["__main__"])
    with using_language(language):
        _show(run_public_tests(folder, namespace, file))


def _show(outcomes):
    for nodeid, (status, message) in outcomes.items():
        print(f"{MARKS[status]} {nodeid.split('::', 1)[-1]}")
        for line in hint_lines(message) if status != "passed" else []:
            print(f"    {line}")
    passed = sum(status == "passed" for status, _ in outcomes.values())
    print(text("grading.self_check.summary", passed=passed, total=len(outcomes)))

