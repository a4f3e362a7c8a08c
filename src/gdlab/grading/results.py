"""A submission's grade as data: every test of the denominator, its status, what the student may read.

grade.py fills these in; report.py turns them into the table, Gradescope's results.json and a CSV.
"""
from dataclasses import dataclass, field

from gdlab.i18n import text

OUTPUT_LIMIT = 3000          # characters of one test's message and output kept in the report


@dataclass
class TestResult:
    """One graded test: what it is worth, what it scored, and what the student may read."""

    nodeid: str
    max_score: float
    hidden: bool
    status: str = "never ran"   # passed, failed, not implemented yet, timed out, crashed, never ran, skipped
    output: str = ""
    seconds: float = 0.0
    reported: bool = False      # a result came from the test run (a "never ran" from it is final)

    @property
    def score(self):
        return self.max_score if self.status == "passed" else 0.0


@dataclass
class Grade:
    """A submission's grade: every test of the denominator, and the problems found on the way."""

    submission: str
    lab: str
    tests: list
    problems: list = field(default_factory=list)
    seconds: float = 0.0
    isolation: dict = field(default_factory=dict)   # what locked the student's process down

    @property
    def score(self):
        return sum(t.score for t in self.tests)

    @property
    def max_score(self):
        return sum(t.max_score for t in self.tests)


def truncate(message, limit=OUTPUT_LIMIT):
    """Keep the head and the tail of a long text, saying how much was cut."""
    if len(message) <= limit:
        return message
    head, tail = message[:limit * 2 // 3], message[-(limit // 3):]
    return head + text("grading.grade.cut", count=len(message) - len(head) - len(tail)) + tail
