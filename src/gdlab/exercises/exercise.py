"""check(key, answer): one line that says right, wrong (and why), or not done yet."""
import importlib
import re
import traceback
from dataclasses import dataclass
from typing import Callable

from gdlab.errors import GdlabError
from gdlab.grading.compare import Mismatch, assert_close
from gdlab.i18n import Said, text  # noqa: F401  (Said: an Exercise's question; nbNN import it from here)

RIGHT, WRONG, NOT_DONE = "right", "wrong", "not done yet"
MARKS = {RIGHT: "✔", WRONG: "✘", NOT_DONE: "…"}
WORDS = {RIGHT: "exercises.right", WRONG: "exercises.wrong", NOT_DONE: "exercises.not_done"}
# what check() prints first, in either language; tests/test_notebooks.py reads the outputs with it
LINE = re.compile(r"^(?P<mark>[✔✘…]) (?P<key>\d\d\.\d+): (?P<words>[^\n]+)$", re.M)
STATUS_OF_MARK = {mark: status for status, mark in MARKS.items()}
KEY = re.compile(r"^(?P<notebook>\d\d)\.\d+$")


@dataclass(frozen=True)
class Exercise:
    """One exercise: its question in a line (a Said, so it reads in the current language), and
    `test(*answers)` that raises Mismatch when wrong."""
    question: str
    test: Callable


@dataclass(frozen=True)
class Verdict:
    key: str
    status: str      # RIGHT, WRONG or NOT_DONE
    message: str = ""

    def __str__(self):
        head = f"{MARKS[self.status]} {self.key}: {text(WORDS[self.status])}"
        return head + (f"\n{self.message}" if self.message else "")


def exercises_of(notebook):
    """{key: Exercise} of notebook "02" (from gdlab.exercises.nb02)."""
    try:
        module = importlib.import_module(f"gdlab.exercises.nb{notebook}")
    except ModuleNotFoundError:
        raise GdlabError(text("exercises.no_exercises", notebook=notebook)) from None
    return module.EXERCISES


def _exercise(key):
    match = KEY.match(str(key))
    if not match:
        raise GdlabError(text("exercises.bad_key", key=repr(key)))
    exercises = exercises_of(match["notebook"])
    if key not in exercises:
        raise GdlabError(text("exercises.no_such_exercise", key=key, notebook=match["notebook"],
                              keys=", ".join(exercises)))
    return exercises[key]


def _unanswered(answers):
    return not answers or any(answer is ... for answer in answers)


def _student_lines(error):
    """The student's own frames of an exception raised while testing their answer."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "gdlab" not in f.filename]
    return "".join(traceback.format_list(frames[-3:]))


def verdict(key, *answers):
    """The Verdict for `answers` to exercise `key` (nothing printed)."""
    exercise = _exercise(key)
    if _unanswered(answers):
        return Verdict(key, NOT_DONE, "  " + text("exercises.still_ellipsis"))
    try:
        exercise.test(*answers)
    except NotImplementedError:
        return Verdict(key, NOT_DONE, "  " + text("exercises.still_raises"))
    except Mismatch as mismatch:
        return Verdict(key, WRONG, _indent(str(mismatch)))
    except Exception as error:   # the student's function failed: show their lines, not ours
        return Verdict(key, WRONG, _indent(text("exercises.raised", error=type(error).__name__, message=error)
                                           + "\n" + _student_lines(error)))
    return Verdict(key, RIGHT, "")


def check(key, *answers):
    """Print whether `answers` to exercise `key` are right, wrong (with a hint), or not done yet."""
    print(verdict(key, *answers))


def _indent(text):
    return "\n".join("  " + line for line in text.rstrip().splitlines())


def expect(answer, expected, what, mistakes=(), hint="", **tolerance):
    """Mismatch unless `answer` is close to `expected`; a known wrong value gets its own hint.

    `mistakes` is a sequence of (wrong_value, hint): when the answer is close to wrong_value,
    that hint names the mistake; otherwise `hint` is the general one.
    """
    for wrong_value, named in mistakes:
        try:
            assert_close(answer, wrong_value, what, **tolerance)
        except (Mismatch, TypeError):
            continue
        assert_close(answer, expected, what, hint=named, **tolerance)  # raises, naming the mistake
    assert_close(answer, expected, what, hint=hint, **tolerance)
