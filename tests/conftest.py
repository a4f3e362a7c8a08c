"""Shared fixtures: the bundled data, and a headless matplotlib for every test."""
import os

os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from gdlab.data import load


@pytest.fixture(scope="session")
def line_data():
    return load("line")


@pytest.fixture(scope="session")
def house_data():
    return load("house")



@pytest.fixture(scope="session")
def warm_grader():
    """One student template and one warm test runner for the grading tests, as `gdlab grade`
    shares them over a class: {"template": ..., "runner": ...} for grade(...)."""
    from gdlab.grading.lab import default_labs_dir
    from gdlab.grading.runner import PytestRunner
    from gdlab.grading.template import StudentTemplate
    with StudentTemplate(hide=[default_labs_dir()]) as template, PytestRunner() as runner:
        yield {"template": template, "runner": runner}


@pytest.fixture(autouse=True)
def _english_unless_a_test_says_otherwise(monkeypatch):
    """Each test starts in English, whatever GDLAB_LANG or an earlier set_language chose."""
    from gdlab.i18n import language
    monkeypatch.delenv("GDLAB_LANG", raising=False)
    monkeypatch.setitem(language._chosen, "language", None)
