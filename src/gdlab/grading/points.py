"""Points: `@pytest.mark.points(n)` on a test, split evenly over its parametrized cases, and the score table.

Unmarked tests are worth nothing: they never appear in the score. A test counts as hidden when
it lives in a folder named `hidden` (the instructor's tests, never shipped to students).
"""
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePosixPath

from gdlab.grading.lab import HIDDEN_TESTS, MANIFEST
from gdlab.i18n import text

MARKER = "points"
MARKER_HELP = "points(n): the test is worth n points, split evenly over its parametrized cases"


@dataclass
class ScoreRow:
    """One pointed test in the score table."""

    nodeid: str
    lab: str
    possible: float
    earned: float = 0.0
    status: str = "not run"
    hidden: bool = False


def marker_points(item):
    """The n of @pytest.mark.points(n) on a pytest item, or None; a bad n is a clear error."""
    mark = item.get_closest_marker(MARKER)
    if mark is None:
        return None
    if len(mark.args) != 1 or mark.kwargs:
        raise ValueError(text("grading.points.one_number", nodeid=item.nodeid, args=mark.args or "",
                              kwargs=mark.kwargs or ""))
    n = mark.args[0]
    if isinstance(n, bool) or not isinstance(n, (int, float)) or not n > 0:
        raise ValueError(text("grading.points.not_positive", nodeid=item.nodeid, n=repr(n)))
    return float(n)


def case_group(nodeid):
    """The nodeid without its parametrization: the cases of one test share its points."""
    return nodeid.split("[", 1)[0]


def split_points(items):
    """{nodeid: points} for every pointed item; a test's n is shared evenly by its cases."""
    marked = [(item.nodeid, marker_points(item)) for item in items]
    cases = defaultdict(int)
    for nodeid, n in marked:
        if n is not None:
            cases[case_group(nodeid)] += 1
    return {nodeid: n / cases[case_group(nodeid)] for nodeid, n in marked if n is not None}


def is_hidden(nodeid):
    """A test in a folder named 'hidden' is the instructor's hidden test."""
    return HIDDEN_TESTS in PurePosixPath(nodeid.split("::", 1)[0]).parts[:-1]


def lab_of(path, root):
    """The name of the lab folder (the nearest with lab.toml) holding test file `path`; else root's name."""
    for folder in path.parents:
        if (folder / MANIFEST).is_file():
            return folder.name
        if folder == root:
            break
    return root.name


def format_table(rows):
    """The score table: per test, then per lab with 'public tests only' where no hidden test ran."""
    width = max([len(r.nodeid) for r in rows] + [30])
    lines = [f"{text('grading.points.test'):<{width}}  {text('grading.points.earned'):>7} / "
             f"{text('grading.points.possible'):<8}  {text('grading.points.status')}"]
    for row in rows:
        lines.append(f"{row.nodeid:<{width}}  {row.earned:>7.2f} / {row.possible:<8.2f}  {row.status}")
    lines.append("")
    for lab in dict.fromkeys(r.lab for r in rows):
        mine = [r for r in rows if r.lab == lab]
        earned, possible = sum(r.earned for r in mine), sum(r.possible for r in mine)
        note = "" if any(r.hidden for r in mine) else text("grading.points.public_only")
        lines.append(text("grading.points.lab_total", lab=lab, earned=f"{earned:.2f}", possible=f"{possible:.2f}",
                          note=note))
    return "\n".join(lines)
