"""One student's feedback page, written beside the class report: safe to send to that student.

It holds only this student's grade: each test's points, status, the hints and the feedback the
grader already lets a student read (a hidden test's message is its exception message alone,
never its code: gdlab.grading.plugin), cut to results.OUTPUT_LIMIT. No other student's name or
score, no link back to the class report. Everything the student wrote is escaped.
"""
from pathlib import Path

from gdlab.grading.html_page import breakable, escape, table
from gdlab.grading.report import shown_status
from gdlab.grading.results import truncate
from gdlab.i18n import text


def student_page(grade, tests, hints_in):
    """(title, body) of the page (html_page.page makes it whole); `tests` is {test: [its cases'
    TestResult]}, `hints_in(output)` the hints in a test's feedback."""
    name = Path(grade.submission).name
    title = text("class_report.student.title", lab=grade.lab, student=name)
    rows = [_row(test, cases, hints_in) for test, cases in tests.items()]
    head = [text(f"class_report.column.{c}") for c in ("test", "score", "status", "feedback")]
    problems = "".join(f"<li>{escape(problem)}</li>" for problem in grade.problems)
    body = [f"<h1>{escape(title)}</h1>",
            f"<p>{escape(text('class_report.student.score', score=grade.score, max_score=grade.max_score))}</p>",
            f"<ul>{problems}</ul>" if problems else "", table(head, rows, wide=True)]
    return title, "\n".join(body)


def _row(test, cases, hints_in):
    score, most = sum(t.score for t in cases), sum(t.max_score for t in cases)
    lost = [t for t in cases if t.status != "passed"]
    status = ", ".join(dict.fromkeys(shown_status(t.status) for t in cases))
    style = "lost" if lost else "passed"
    hints = list(dict.fromkeys(hint for t in lost for hint in hints_in(t.output)))
    feedback = "".join(f"<li><b>{escape(text('class_report.student.hint', hint=hint))}</b></li>" for hint in hints)
    feedback = f"<ul>{feedback}</ul>" if feedback else ""
    for case in lost[:3]:   # a parametrized test's first few failing cases say enough
        feedback += f"<div class=\"small\">{breakable(case.nodeid)}</div><pre>{escape(truncate(case.output))}</pre>"
    if len(lost) > 3:
        feedback += f"<p class=\"small\">{escape(text('class_report.student.more_cases', count=len(lost) - 3))}</p>"
    return [breakable(test), f'<span class="number">{score:.2f} / {most:.2f}</span>',
            f'<span class="{style}">{escape(status)}</span>', feedback]
