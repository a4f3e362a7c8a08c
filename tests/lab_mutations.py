"""The harness for each lab's mutation set: a plausible student mistake, written into a copy of the
instructor's source, must lose exactly the points of the tests aimed at it, and the feedback of
every lost test must carry the hint that names the mistake.

A lab's mutation set lives in tests/test_mutations_<lab>.py as a list of Mutation(...) and one
parametrized test that calls assert_caught(...).
"""
from dataclasses import dataclass
from functools import lru_cache

import pytest

from gdlab.grading.grade import expected_tests, grade
from gdlab.grading.lab import list_labs
from gdlab.grading.points import case_group


@dataclass(frozen=True)
class Mutation:
    """One student mistake: replace `right` (must occur exactly once) by `wrong` in `file`."""
    name: str
    right: str
    wrong: str
    aimed: frozenset       # the case groups (nodeids without parameters) that must fail
    hint: str              # words the feedback of every aimed test must contain (case-insensitive)
    file: str = ""         # default: the lab's first file


@lru_cache(maxsize=None)
def lab_named(name):
    return {lab.name: lab for lab in list_labs()}[name]


@lru_cache(maxsize=None)
def expected(name):
    return expected_tests(lab_named(name))


def mutated_copy(lab, mutation, folder):
    """Write the lab's hand-in files into `folder`, with the mutation applied."""
    for filename in lab.files:
        source = (lab.path / filename).read_text(encoding="utf-8")
        if filename == (mutation.file or lab.files[0]):
            assert source.count(mutation.right) == 1, \
                f"the instructor's source changed: update the mutation {mutation.name!r}"
            source = source.replace(mutation.right, mutation.wrong)
        (folder / filename).write_text(source, encoding="utf-8")
    return folder


def assert_caught(lab_name, mutation, tmp_path, warm_grader, timeout=60):
    """Grade the mutated copy; the aimed tests (and only they) fail, each with the hint."""
    lab = lab_named(lab_name)
    result = grade(mutated_copy(lab, mutation, tmp_path), lab, expected=expected(lab_name),
                   timeout=timeout, **warm_grader)
    lost = {case_group(t.nodeid) for t in result.tests if t.status != "passed"}
    assert lost == set(mutation.aimed), \
        [(t.nodeid, t.status, t.output[:300]) for t in result.tests if t.status != "passed"]
    aimed_points = sum(t.max_score for t in result.tests if case_group(t.nodeid) in mutation.aimed)
    assert result.score == pytest.approx(result.max_score - aimed_points)
    for test in result.tests:
        if case_group(test.nodeid) in mutation.aimed:
            assert mutation.hint.lower() in test.output.lower(), \
                f"{test.nodeid}: the feedback does not name the mistake ({mutation.hint!r}):\n{test.output}"
    return result
