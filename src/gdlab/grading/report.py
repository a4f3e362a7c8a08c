"""A grade, written out: the readable table, Gradescope's results.json, and one CSV for many submissions.

Gradescope's format (https://gradescope-autograders.readthedocs.io/en/latest/specs/):
{"score", "execution_time", "output", "visibility", "stdout_visibility",
 "tests": [{"name", "score", "max_score", "status", "output", "visibility"}]}

What a student reads is in the current language (gdlab.i18n, domain `grading`); a test's status
stays the English word the code compares (and Gradescope's "passed" / "failed"), shown translated.
"""
import csv
import json
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.files import atomic_file, atomic_write_text
from gdlab.grading.points import case_group
from gdlab.i18n import text

STATUSES = ("passed", "failed", "skipped", "not run", "not implemented yet", "timed out", "crashed",
            "never ran")


def shown_status(status):
    """A test's status ("passed", "not implemented yet", ...) as the student reads it, in the current language."""
    return text(f"grading.status.{status.replace(' ', '_')}") if status in STATUSES else status


def format_grade(grade):
    """The table a teacher or student reads: one line per test, the problems, the total."""
    width = max([len(t.nodeid) for t in grade.tests] + [30])
    lines = [text("grading.report.title", submission=grade.submission, lab=grade.lab),
             f"{text('grading.report.test'):<{width}}  {text('grading.report.score'):>6} / "
             f"{text('grading.report.max'):<6}  {text('grading.report.status')}"]
    for test in grade.tests:
        tag = "  " + text("grading.report.hidden") if test.hidden else ""
        lines.append(f"{test.nodeid:<{width}}  {test.score:>6.2f} / {test.max_score:<6.2f}  "
                     f"{shown_status(test.status)}{tag}")
    lines.append(text("grading.report.total", score=f"{grade.score:.2f}", max_score=f"{grade.max_score:.2f}"))
    lines += [text("grading.report.problem", problem=problem) for problem in grade.problems]
    return "\n".join(lines)


def shown_points(values, digits=4):
    """`values` rounded to `digits` so that they add up exactly to the rounded total (16/3 three
    times shows 5.3333, 5.3333, 5.3334, never a total of 16.0001)."""
    rounded = [round(v, digits) for v in values]
    if rounded:
        drift = round(round(sum(values), digits) - sum(rounded), digits)
        biggest = max(range(len(values)), key=lambda i: values[i])
        rounded[biggest] = round(rounded[biggest] + drift, digits)
    return rounded


def format_isolation(isolation):
    """One line: how the student's code was kept away from the grader."""
    from gdlab.grading.sandbox import OWN_USER   # here: sandbox needs pwd (POSIX)
    user = isolation.get("user", "?")
    user = text("grading.isolation.own_user") if user == OWN_USER else user
    view = text("grading.isolation.namespaces") if isolation.get("namespaces") \
        else text("grading.isolation.no_namespaces")
    limits = isolation.get("limits", {})
    shown = ", ".join(f"{k} {v}" for k, v in limits.items())
    return text("grading.isolation.line", user=user, view=view, limits=shown)


def gradescope_results(grade, hidden_visibility="after_due_date"):
    """The dict Gradescope reads from /autograder/results/results.json."""
    tests = []
    maxima = shown_points([t.max_score for t in grade.tests])
    for number, (test, most) in enumerate(zip(grade.tests, maxima), start=1):
        tests.append({"name": test.nodeid, "number": str(number),
                      "score": most if test.status == "passed" else 0.0, "max_score": most,
                      "status": "passed" if test.status == "passed" else "failed",
                      "output": f"{shown_status(test.status)}\n{test.output}".strip(),
                      "visibility": hidden_visibility if test.hidden else "visible"})
    summary = [text("grading.report.points", score=f"{grade.score:.2f}", max_score=f"{grade.max_score:.2f}")] \
        + grade.problems
    return {"score": round(sum(t["score"] for t in tests), 4), "execution_time": round(grade.seconds, 2),
            "output": "\n".join(summary), "visibility": "visible", "stdout_visibility": "hidden",
            "tests": tests, "isolation": grade.isolation}


def write_json(path, data):
    """Write JSON to path atomically (never half a results.json), or a GdlabError that names the path and why."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as error:
        raise GdlabError(text("grading.report.cannot_write_results", path=path, reason=error.strerror)) from None
    return path


CSV_COLUMNS = ("submission", "score", "max_score", "percent", "passed", "tests", "problems")


def spreadsheet_safe(text):
    """A cell a spreadsheet shows as text, never runs as a formula (a folder named '=HYPERLINK(...)')."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def points_per_test(grade):
    """{test: points scored} for each test of `grade`, its parametrized cases added up (points.case_group)."""
    points = {}
    for test in grade.tests:
        points[case_group(test.nodeid)] = points.get(case_group(test.nodeid), 0.0) + test.score
    return points


def write_gradebook(path, grades):
    """One row per submission: the grade book a teacher imports, written atomically. After
    CSV_COLUMNS, one column per test (named by its nodeid without parameters): the points scored."""
    path = Path(path)
    tests = list(dict.fromkeys(name for grade in grades for name in points_per_test(grade)))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(path) as temporary, open(temporary, "w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow([*CSV_COLUMNS, *tests])
            for grade in grades:
                percent = 100.0 * grade.score / grade.max_score if grade.max_score else 0.0
                scored = points_per_test(grade)
                writer.writerow([spreadsheet_safe(Path(grade.submission).name), f"{grade.score:.2f}",
                                 f"{grade.max_score:.2f}", f"{percent:.1f}",
                                 sum(t.status == "passed" for t in grade.tests), len(grade.tests),
                                 spreadsheet_safe(" | ".join(grade.problems)),
                                 *(f"{scored[name]:.2f}" if name in scored else "" for name in tests)])
    except OSError as error:
        raise GdlabError(text("grading.report.cannot_write_grades", path=path, reason=error.strerror)) from None
    return path
