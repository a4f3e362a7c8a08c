"""The class report: what a class got wrong, on one self-contained HTML page for the teacher.

`gdlab grade submissions/ --lab LAB --report report.html` writes it after grading a folder:
- the distribution of scores (a matplotlib histogram, mean and median marked), how many
  submissions had a test crash, time out or never run, and how the student code was isolated;
- per test (its parametrized cases together, as they share its points): pass rate, points, and
  the hints the students got, counted, the tests sorted by how many submissions lost points;
- per student: score, the tests lost, and a link to that student's own page (student_page.py),
  written into a folder beside the report, one page each, safe to send to that student.

A hint is a line of a test's feedback that starts with the catalogue's grading.compare.hint
prefix ("hint: ..."), in the language the class was graded in. Every word is from the catalogue
(domain class_report); everything a student wrote is escaped (html_page.escape).
"""
import functools
import os
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import numpy as np
from matplotlib.ticker import MaxNLocator

from gdlab.errors import GdlabError
from gdlab.files import atomic_write_text, replace_folder, staged_folder
from gdlab.grading.html_page import breakable, escape, page, page_font, png_data_url, table
from gdlab.grading.points import case_group
from gdlab.grading.report import format_isolation
from gdlab.grading.student_page import student_page
from gdlab.i18n import LANGUAGES, text, using_language
from gdlab.plots.palette import DATA_COLOR, LINE_COLOR, OKABE_ITO, new_axes, styled

OUTCOMES = ("crashed", "timed out", "never ran")   # what the student's process did to a test
STUDENT_FILE = re.compile(r"\d{3,}-[A-Za-z0-9_.-]*\.html")   # student_file_name's names


@dataclass
class TestSummary:
    """One test (its cases together) over the class."""

    name: str                   # the case group: the nodeid without its parameters
    points: float
    hidden: bool
    passed: int = 0             # submissions with all its points
    lost: int = 0               # submissions that lost some of them
    hints: Counter = field(default_factory=Counter)   # hint -> submissions that got it here


@dataclass
class ClassSummary:
    """The numbers the report shows, from the grades alone."""

    scores: list
    max_score: float
    outcomes: dict              # outcome -> submissions where a test ended so
    tests: list                 # TestSummary, most lost first
    isolation: list             # the distinct lines of format_isolation

    @property
    def mean(self):
        return statistics.fmean(self.scores) if self.scores else 0.0

    @property
    def median(self):
        return statistics.median(self.scores) if self.scores else 0.0


@functools.cache
def hint_prefixes():
    """The "hint:" prefix in every language: a class graded in one language may be reported in another."""
    prefixes = []
    for language in LANGUAGES:
        with using_language(language):
            prefixes.append(text("grading.compare.hint", hint="").strip())
    return tuple(prefixes)


def hints_in(output):
    """The distinct hints in one test's feedback, in order ("hint: ..." lines, pytest's 'E ' cut)."""
    found = []
    for line in output.splitlines():
        line = re.sub(r"^E\s", "", line).strip()
        prefix = next((p for p in hint_prefixes() if line.startswith(p)), None)
        if prefix is not None and line[len(prefix):].strip() not in found:
            found.append(line[len(prefix):].strip())
    return found


def by_test(grade):
    """{case group: [TestResult of its cases]} in the grade's order."""
    groups = {}
    for test in grade.tests:
        groups.setdefault(case_group(test.nodeid), []).append(test)
    return groups


def lost_tests(grade):
    """The case groups in which `grade` lost points."""
    return [name for name, cases in by_test(grade).items() if any(t.status != "passed" for t in cases)]


def summarize(grades):
    """ClassSummary of a graded class (every grade has the same denominator)."""
    tests = {}
    for grade in grades:
        for name, cases in by_test(grade).items():
            summary = tests.setdefault(name, TestSummary(name, sum(t.max_score for t in cases),
                                                         any(t.hidden for t in cases)))
            if all(t.status == "passed" for t in cases):
                summary.passed += 1
            else:
                summary.lost += 1
            summary.hints.update({hint for t in cases if t.status != "passed" for hint in hints_in(t.output)})
    outcomes = {o: sum(any(t.status == o for t in g.tests) for g in grades) for o in OUTCOMES}
    isolation = list(dict.fromkeys(format_isolation(g.isolation) for g in grades if g.isolation))
    return ClassSummary([g.score for g in grades], max((g.max_score for g in grades), default=0.0),
                        outcomes, sorted(tests.values(), key=lambda s: -s.lost), isolation)


@styled
def score_histogram(scores, max_score, ax=None):
    """The class's scores as a histogram over [0, max_score], the mean and the median marked."""
    ax = new_axes(ax, figsize=(7.0, 3.8))
    # one bar per whole point (centred on it) up to 50 points, so that 8 and 9 are never one bar
    bins = np.arange(-0.5, np.ceil(max_score) + 1.0) if 0 < max_score <= 50 else np.linspace(0.0, max_score or 1, 11)
    ax.hist(scores, bins=bins, color=DATA_COLOR, edgecolor="white", alpha=0.85)
    if scores:
        mean, median = statistics.fmean(scores), statistics.median(scores)
        ax.axvline(mean, color=LINE_COLOR, linestyle="--", linewidth=2, zorder=3,
                   label=text("class_report.figure.mean", value=mean))
        ax.axvline(median, color=OKABE_ITO["green"], linestyle=":", linewidth=3, zorder=3,
                   label=text("class_report.figure.median", value=median))
        ax.legend(loc="upper left")
    ax.set_xlabel(text("class_report.figure.score", max_score=max_score))
    ax.set_ylabel(text("class_report.figure.submissions"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(text("class_report.figure.title"))
    return ax


def write_class_report(path, grades, lab_name):
    """Write the teacher's page at `path` and each student's page into <stem>-students/ beside it."""
    path = Path(path)
    folder = path.with_name(f"{path.stem}-students")
    students = {folder / student_file_name(number, Path(grade.submission).name): student_page(grade, by_test(grade),
                                                                                              hints_in)
                for number, grade in enumerate(grades, start=1)}
    links = [os.path.relpath(student, path.parent) for student in students]
    teacher = class_page(summarize(grades), grades, links, lab_name)
    font = page_font(words for pair in [teacher, *students.values()] for words in pair)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with staged_folder(folder) as staged:   # a new class's pages replace the last one's, whole
            for student, (title, body) in students.items():
                atomic_write_text(staged / student.name, page(title, body, font))
            replace_folder(staged, folder, remove_old_tree=_only_student_pages(folder))
        atomic_write_text(path, page(*teacher, font))
    except OSError as error:
        raise GdlabError(text("class_report.cannot_write", path=path, reason=error.strerror)) from None
    return path


def _only_student_pages(folder):
    """True when `folder` holds nothing but pages this module wrote (so it may go whole)."""
    return folder.is_dir() and all(STUDENT_FILE.fullmatch(p.name) and p.is_file() for p in folder.iterdir())


def student_file_name(number, name):
    """A page's file name: its number, then the submission's name cut to safe characters."""
    return f"{number:03d}-{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)[:40].strip('.')}.html"


def class_page(summary, grades, links, lab_name):
    """(title, body) of the teacher's page."""
    title = text("class_report.title", lab=lab_name)
    figure = score_histogram(summary.scores, summary.max_score).figure
    body = [f"<h1>{escape(title)}</h1>",
            f"<h2>{escape(text('class_report.section.scores'))}</h2>",
            f'<img src="{png_data_url(figure)}" alt="{escape(text("class_report.figure.title"))}">',
            _numbers(summary),
            f"<h2>{escape(text('class_report.section.tests'))}</h2>", _tests(summary, len(grades)),
            f"<h2>{escape(text('class_report.section.students'))}</h2>", _students(grades, links)]
    return title, "\n".join(body)


def _numbers(summary):
    rows = [(text("class_report.count.submissions"), "submissions", len(summary.scores)),
            (text("class_report.count.mean"), "mean", f"{summary.mean:.2f} / {summary.max_score:.2f}"),
            (text("class_report.count.median"), "median", f"{summary.median:.2f}")]
    rows += [(text(f"class_report.count.{o.replace(' ', '_')}"), o.replace(" ", "_"), summary.outcomes[o])
             for o in OUTCOMES]
    cells = [[escape(words), f'<span data-count="{key}">{escape(value)}</span>'] for words, key, value in rows]
    isolation = "".join(f"<li>{escape(line)}</li>" for line in summary.isolation) \
        or f"<li>{escape(text('class_report.no_isolation'))}</li>"
    return table([text("class_report.column.what"), text("class_report.column.count")], cells) + \
        f"<p>{escape(text('class_report.isolation'))}</p><ul>{isolation}</ul>"


def _tests(summary, count):
    rows = []
    for test in summary.tests:
        hints = "".join(f"<li>{escape(text('class_report.hint_count', hint=hint, count=n, percent=100 * n / count))}"
                        f"</li>" for hint, n in test.hints.most_common())
        tag = f' <span class="small">{escape(text("class_report.hidden"))}</span>' if test.hidden else ""
        rows.append([f"{breakable(test.name)}{tag}", f"{test.points:g}",
                     f'<span data-passed="{escape(test.name)}">{test.passed}</span> / {count} '
                     f"({100 * test.passed / count if count else 0:.0f} %)",
                     f'<span data-lost="{escape(test.name)}">{test.lost}</span>',
                     f"<ul>{hints}</ul>" if hints else ""])
    head = [text(f"class_report.column.{c}") for c in ("test", "points", "passed", "lost", "hints")]
    return table(head, rows, wide=True)


def shortened(words, limit):
    """`words`, cut to `limit` characters with an ellipsis when longer."""
    return words if len(words) <= limit else words[:limit - 1] + "…"


def _problems(problems):
    """A grade's problems as a list, each cut to a line or two (the student's page has them whole)."""
    items = "".join(f"<li>{escape(shortened(problem, 160))}</li>" for problem in problems)
    return f"<ul>{items}</ul>" if items else ""


def _students(grades, links):
    rows = []
    for grade, link in zip(grades, links):
        lost = "".join(f"<li>{breakable(name)}</li>" for name in lost_tests(grade))
        rows.append([f'<a href="{escape(quote(Path(link).as_posix()))}">{escape(Path(grade.submission).name)}</a>',
                     f'<span class="number">{grade.score:.2f} / {grade.max_score:.2f}</span>',
                     f"<ul>{lost}</ul>" if lost else "",
                     _problems(grade.problems)])
    head = [text(f"class_report.column.{c}") for c in ("student", "score", "tests_lost", "problems")]
    return table(head, rows, wide=True)
