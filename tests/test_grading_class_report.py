"""The class report (`gdlab grade FOLDER --report`): a class of 36 generated submissions of lab 1
(its mutation set three times over, correct ones, one crashing at import, one crashing in a test,
one hanging, one printing a script under a folder named with HTML; notebooks and .py files mixed:
the mutation set's second copy, two of the correct ones and the hanging one are notebooks) graded
once; the report's numbers are checked against the CSV and against what the submissions are known
to hold, and each notebook against its .py twins."""
import csv
import html
import re
import shutil
import statistics
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from lab_mutations import expected, lab_named, mutated_copy
from test_grading_notebooks import cells_of, write_notebook
from test_mutations_01_cost import MUTATIONS

from gdlab.cli import main
from gdlab.errors import GdlabError
from gdlab.cli.grade import grade_all
from gdlab.grading.class_report import (hints_in, score_histogram, student_file_name, summarize,
                                        write_class_report)
from gdlab.grading.gradebook_import import write_lms_gradebook
from gdlab.grading.points import case_group
from gdlab.grading.report import write_gradebook
from gdlab.grading import results
from gdlab.i18n import text, using_language

LAB = "01_cost"
CURVE_RETURN = "    return (residuals ** 2).mean(axis=1)"
PREDICT_RETURN = "    return w * np.asarray(x, dtype=np.float64) + b"
SCRIPT = "<script>alert(1)</script>"
HTML_NAME = '"><img src=x onerror=alert(1)>eve'
SPECIAL = {   # folder -> (the line replaced, what replaces it)
    "x-crash-at-import": ("import numpy as np", "import os\nos._exit(3)"),
    "x-crash-in-curve": (CURVE_RETURN, "    import os\n    os._exit(4)"),
    "x-hang-in-curve": (CURVE_RETURN, "    while True:\n        pass"),
    HTML_NAME: (PREDICT_RETURN, f"    print({SCRIPT!r})\n    return w * np.asarray(x, dtype=np.float64)"),
}
NOTEBOOK_COPY = 1                              # the mutation set's copy handed in as notebooks
NOTEBOOKS = {"ok-0", "ok-1", "x-hang-in-curve"}  # and these


def _as_notebook(lab, folder):
    """Hand in the folder's .py as the lab's notebook instead: one answer cell per top-level block
    (untagged: found by the lab's names), a cell that trains for show and one that prints."""
    source = folder / lab.files[0]
    write_notebook(folder, lab.notebooks[0], cells_of(source.read_text(encoding="utf-8"), tag=False))
    source.unlink()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _write_special(lab, folder, right, wrong):
    folder.mkdir()
    source = (lab.path / lab.files[0]).read_text(encoding="utf-8")
    assert source.count(right) == 1
    (folder / lab.files[0]).write_text(source.replace(right, wrong), encoding="utf-8")
    if folder.name in NOTEBOOKS:
        _as_notebook(lab, folder)


def _make_class(root):
    """The class folder; returns {folder name: the mutation it holds, or None}."""
    lab, made = lab_named(LAB), {}
    for copy in range(3):
        for number, mutation in enumerate(MUTATIONS):
            name = f"m{number:02d}-{copy}"
            (root / name).mkdir(parents=True)
            mutated_copy(lab, mutation, root / name)
            if copy == NOTEBOOK_COPY:
                _as_notebook(lab, root / name)
            made[name] = mutation
    for copy in range(5):
        (root / f"ok-{copy}").mkdir()
        (root / f"ok-{copy}" / lab.files[0]).write_text((lab.path / lab.files[0]).read_text(encoding="utf-8"))
        if f"ok-{copy}" in NOTEBOOKS:
            _as_notebook(lab, root / f"ok-{copy}")
        made[f"ok-{copy}"] = None
    for name, (right, wrong) in SPECIAL.items():
        _write_special(lab, root / name, right, wrong)
        made[name] = None
    return made


@pytest.fixture(scope="module")
def graded(tmp_path_factory, warm_grader):
    """(made, grades, the CSV's rows, the report's folder): the class graded once, 2 at a time."""
    root = tmp_path_factory.mktemp("class")
    made = _make_class(root / "submissions")
    folders = sorted((root / "submissions").iterdir())
    # a per-test timeout of a few seconds: a loaded machine must not time out an honest test
    grades = grade_all(folders, lab_named(LAB), 2, expected=expected(LAB), timeout=5.0, budget=120.0,
                       **warm_grader)
    write_gradebook(root / "grades.csv", grades)
    write_class_report(root / "out" / "report.html", grades, LAB)
    with (root / "grades.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    return made, grades, rows, root / "out"


def _count(page, key):
    return re.search(rf'data-count="{key}">([^<]*)<', page).group(1)


def test_the_class_is_big_enough_and_the_report_counts_agree_with_the_csv(graded):
    made, grades, rows, out = graded
    assert len(rows) == len(made) >= 30
    page = (out / "report.html").read_text(encoding="utf-8")
    scores = [float(row["score"]) for row in rows]
    assert _count(page, "submissions") == str(len(rows))
    assert _count(page, "mean") == f"{sum(scores) / len(scores):.2f} / 13.00"
    assert _count(page, "median") == f"{statistics.median(scores):.2f}"
    for outcome, known in (("crashed", "x-crash-in-curve"), ("timed out", "x-hang-in-curve"),
                           ("never ran", "x-crash-at-import")):
        said = f" test(s) {text('grading.status.' + outcome.replace(' ', '_'))}: "
        named = {row["submission"] for row in rows if said in row["problems"]}
        assert known in named and _count(page, outcome.replace(" ", "_")) == str(len(named)), (outcome, named)
    crashed = next(row["problems"] for row in rows if row["submission"] == "x-crash-at-import")
    assert "exited with code 3" in crashed and "while your code was being imported" in crashed, crashed
    assert html.escape(crashed.split(" | ")[-1]) in page   # the report says why too, not only how many


def test_notebooks_and_py_files_are_mixed_and_each_notebook_grades_as_its_py_twins(graded):
    made, grades, rows, out = graded
    lab, by_name = lab_named(LAB), {Path(g.submission).name: g for g in grades}
    handed = {name: sorted(p.name for p in (out.parent / "submissions" / name).iterdir()) for name in made}
    notebooks = {name for name, files in handed.items() if files == [lab.notebooks[0]]}
    assert {name for name, files in handed.items() if files == [lab.files[0]]} == set(made) - notebooks
    assert len(notebooks) == len(MUTATIONS) + len(NOTEBOOKS) and len(made) - len(notebooks) >= 20

    def outcome(name):
        return by_name[name].score, [(t.nodeid, t.status) for t in by_name[name].tests]
    for number in range(len(MUTATIONS)):
        twins = [outcome(f"m{number:02d}-{copy}") for copy in range(3)]
        assert twins[NOTEBOOK_COPY] == twins[0] == twins[2], (number, twins)
    assert outcome("ok-0") == outcome("ok-4") and by_name["ok-0"].score == 13.0
    hang = dict(outcome("x-hang-in-curve")[1])
    assert sorted(set(hang.values())) == ["passed", "timed out"], hang


def test_each_test_s_pass_count_is_the_csv_s_full_marks(graded):
    made, grades, rows, out = graded
    page = html.unescape((out / "report.html").read_text(encoding="utf-8"))
    tests = [c for c in rows[0] if "::" in c]
    assert len(tests) == 7
    for test in tests:
        full = max(float(row[test]) for row in rows)
        passed = sum(float(row[test]) == full for row in rows)
        assert re.search(rf'data-passed="{re.escape(test)}">(\d+)<', page).group(1) == str(passed), test
        assert re.search(rf'data-lost="{re.escape(test)}">(\d+)<', page).group(1) == str(len(rows) - passed)
    lost = [int(n) for n in re.findall(r'data-lost="[^"]*">(\d+)<', page)]
    assert lost == sorted(lost, reverse=True)   # the most lost first


def test_hints_are_counted_per_test_from_the_mutations_that_give_them(graded):
    made, grades, rows, out = graded
    summary = {test.name: test for test in summarize(grades).tests}
    want = Counter()
    for mutation in filter(None, made.values()):
        for test in mutation.aimed:
            want[test, mutation.hint.lower()] += 1
    for (test, hint), count in want.items():
        got = sum(n for words, n in summary[test].hints.items() if hint in words.lower())
        assert got >= count, (test, hint, summary[test].hints)
    cost = summary["tests/test_cost.py::test_cost_is_the_mean_squared_error"]
    half = [n for words, n in cost.hints.items() if "1/(2n)" in words]
    assert half == [3]
    page = (out / "report.html").read_text(encoding="utf-8")
    shown = text("class_report.hint_count", hint=next(w for w in cost.hints if "1/(2n)" in w), count=3,
                 percent=100 * 3 / len(rows))
    assert html.escape(shown) in page


def test_the_hint_lines_are_read_from_pytest_s_and_the_hidden_messages():
    output = "E   AssertionError: x\nE       hint: you left out b\n  hint: you left out b\n  hint: swapped"
    assert hints_in(output) == ["you left out b", "swapped"]
    assert hints_in("no hint here\nhint:") == [""] and hints_in("") == []
    assert hints_in("  提示：b 被漏掉了\nE       hint: you left out b") == ["b 被漏掉了", "you left out b"]


def test_only_a_lost_test_s_hints_count_and_outcomes_count_per_submission():
    def result(status, output=""):
        return results.TestResult("t.py::test_a[1]", 1.0, False, status, output)
    grades = [results.Grade("s1", LAB, [result("passed", "  hint: printed by the student"),
                                        result("failed", "  hint: b")]),
              results.Grade("s2", LAB, [result("timed out"), result("timed out")]),
              results.Grade("s3", LAB, [result("crashed"), result("never ran")])]
    summary = summarize(grades)
    assert summary.tests[0].hints == Counter({"b": 1}) and (summary.tests[0].passed, summary.tests[0].lost) == (0, 3)
    assert summary.outcomes == {"crashed": 1, "timed out": 1, "never ran": 1}
    assert (summary.mean, summary.median, summary.max_score) == (pytest.approx(1 / 3), 0.0, 2.0)


def test_what_students_wrote_is_escaped(graded):
    made, grades, rows, out = graded
    pages = [out / "report.html", *sorted((out / "report-students").iterdir())]
    assert len(pages) == len(made) + 1
    for path in pages:
        page = path.read_text(encoding="utf-8")
        assert "<script" not in page.lower() and "<img src=x" not in page, path
        assert all(tag.startswith('<img src="data:image/png;base64,') for tag in re.findall(r"<img\b[^>]*>", page))
    report = pages[0].read_text(encoding="utf-8")
    assert html.escape(HTML_NAME) in report
    eve = next(p for p in pages[1:] if "eve" in p.name)
    assert re.fullmatch(r"\d{3}-[A-Za-z0-9_.-]+\.html", eve.name)
    assert html.escape(SCRIPT) in eve.read_text(encoding="utf-8")


def test_no_page_loads_anything_or_runs_a_script(graded):
    made, grades, rows, out = graded
    for path in [out / "report.html", *(out / "report-students").iterdir()]:
        page = path.read_text(encoding="utf-8")
        assert "<script" not in page.lower() and "http://" not in page and "https://" not in page, path
        sources = re.findall(r'(?:src|href)="([^"]*)"', page)
        assert all(s.startswith("data:") or (s.startswith("report-students/") and path.name == "report.html")
                   for s in sources), (path, sources)


def test_a_student_s_page_holds_no_other_student_and_no_hidden_test_code(graded, tmp_path):
    made, grades, rows, out = graded
    hidden = (lab_named(LAB).path / "hidden" / "test_cost_hidden.py").read_text(encoding="utf-8")
    code = [line.strip() for line in hidden.splitlines() if len(line.strip()) > 25 and not line.strip()[0] in "#\"'"]
    assert len(code) > 5
    pages = sorted((out / "report-students").iterdir())
    names = [html.escape(n) for n in made]
    for path in pages:
        page = path.read_text(encoding="utf-8")
        mine = [n for n in names if f"{n} " in page or f"{n}<" in page]
        assert len(mine) == 1, (path, mine)
        assert not [line for line in code if html.escape(line) in page], path
        assert "report.html" not in page


def test_the_histogram_holds_every_score_and_marks_mean_and_median():
    scores = [13.0, 13.0, 8.0, 0.0, 10.5]
    ax = score_histogram(scores, 13.0)
    assert sum(p.get_height() for p in ax.patches) == len(scores)
    lines = {line.get_label(): line.get_xdata()[0] for line in ax.get_lines()}
    assert lines == {text("class_report.figure.mean", value=8.9): pytest.approx(8.9),
                     text("class_report.figure.median", value=10.5): 10.5}


def test_the_report_in_chinese_embeds_its_font_and_still_counts_english_hints(graded, tmp_path):
    made, grades, rows, out = graded
    three = [g for g in grades if g.submission.endswith(("m00-0", "m00-1", "m00-2"))]   # predict without b
    with using_language("zh"):
        path = write_class_report(tmp_path / "zh.html", three, LAB)
        title = text("class_report.title", lab=LAB)
        hint = next(h for h in summarize(three).tests[0].hints if "you left out b" in h)
        shown = text("class_report.hint_count", hint=hint, count=3, percent=100.0)
    page = path.read_text(encoding="utf-8")
    assert title in page and "@font-face" in page and 'lang="zh"' in page
    assert html.escape(shown) in page


def test_a_new_report_replaces_the_old_student_pages_but_never_a_person_s_file(graded, tmp_path):
    made, grades, rows, out = graded
    write_class_report(tmp_path / "r.html", grades[:5], LAB)
    write_class_report(tmp_path / "r.html", grades[5:7], LAB)
    want = [student_file_name(n, Path(g.submission).name) for n, g in enumerate(grades[5:7], start=1)]
    assert [p.name for p in sorted((tmp_path / "r-students").iterdir())] == want
    (tmp_path / "r-students" / "notes.txt").write_text("mine")
    with pytest.raises(GdlabError, match="cannot write the class report"):
        write_class_report(tmp_path / "r.html", grades[:1], LAB)
    assert (tmp_path / "r-students" / "notes.txt").read_text() == "mine"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_the_csv_has_one_column_per_test_with_its_points(graded):
    made, grades, rows, out = graded
    for grade, row in zip(grades, rows):
        per_test = Counter()
        for test in grade.tests:
            per_test[case_group(test.nodeid)] += test.score
        assert {k: float(v) for k, v in row.items() if "::" in k} == pytest.approx(dict(per_test))
        assert sum(float(v) for k, v in row.items() if "::" in k) == pytest.approx(float(row["score"]))


@pytest.mark.parametrize("system, header", [
    ("canvas", ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "01_cost: Lab 1"]),
    ("moodle", ["ID number", "01_cost: Lab 1 (Real)"]),
])
def test_the_gradebook_csv_has_the_header_its_system_imports(graded, tmp_path, system, header):
    made, grades, rows, out = graded
    path = write_lms_gradebook(tmp_path / f"{system}.csv", system, grades, "01_cost: Lab 1")
    with path.open(encoding="utf-8") as stream:
        table = list(csv.reader(stream))
    assert table[0] == header and len(table) == len(grades) + 1
    by_name = {line[0]: line for line in table[1:]}
    assert by_name["ok-0"][-1] == "13.00" and by_name["x-crash-at-import"][-1] == "0.00"
    if system == "canvas":
        assert by_name["ok-0"][3] == "ok-0"


def test_cli_refuses_an_unknown_gradebook_in_one_line(tmp_path, capsys):
    assert main(["grade", str(tmp_path), "--lab", LAB, "--gradebook", "blackboard", str(tmp_path / "g.csv")]) == 2
    err = capsys.readouterr().err
    assert "--gradebook must be one of canvas, moodle, got 'blackboard'" in err and "Traceback" not in err


def test_cli_writes_the_report_and_the_gradebook(tmp_path, capsys):
    lab = lab_named(LAB)
    for name in ("alice", "bob"):
        (tmp_path / "all" / name).mkdir(parents=True)
        (tmp_path / "all" / name / lab.files[0]).write_text((lab.path / lab.files[0]).read_text(encoding="utf-8"))
    out = tmp_path / "out"
    assert main(["grade", str(tmp_path / "all"), "--lab", LAB, "--csv", str(out / "g.csv"), "--report",
                 str(out / "r.html"), "--gradebook", "moodle", str(out / "moodle.csv")]) == 0
    assert (out / "r.html").is_file() and len(list((out / "r-students").iterdir())) == 2
    assert (out / "moodle.csv").read_text(encoding="utf-8").splitlines()[1] == "alice,13.00"


def _open_in_chromium(path, profile):
    """(the DOM after the page loaded, Chromium's log): headless, offline-safe, console to stderr."""
    done = subprocess.run([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                           "--v=0", f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (the system's, or npm's @sparticuz/chromium)")
def test_the_pages_open_in_a_real_browser_with_no_console_message_and_nothing_injected(graded, tmp_path):
    made, grades, rows, out = graded
    planted = tmp_path / "planted.html"   # the check sees a console message when there is one
    planted.write_text("<p>x</p><script>console.error('planted message')</script>", encoding="utf-8")
    assert "planted message" in _open_in_chromium(planted, tmp_path / "profile")[1]
    students = sorted((out / "report-students").iterdir())
    pages = [next(p for p in students if name in p.name) for name in ("eve", "x-hang-in-curve", "m00-1")]
    for path in (out / "report.html", *pages):
        dom, log = _open_in_chromium(path, tmp_path / "profile")
        assert "CONSOLE" not in log, (path, [line for line in log.splitlines() if "CONSOLE" in line])
        assert not re.search(r"<img[^>]*src=\"(?!data:)", dom) and "<script" not in dom, path
    dom = _open_in_chromium(out / "report.html", tmp_path / "profile")[0]
    assert _count(dom, "submissions") == str(len(rows)) and html.escape(HTML_NAME, quote=False) in dom
