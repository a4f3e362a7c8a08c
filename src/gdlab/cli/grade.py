"""`gdlab grade SUBMISSION --lab LAB`: grade one submission (a table, a Gradescope results.json),
or a folder of submissions (one CSV of grades, --jobs N at a time)."""
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from gdlab.checks import check_positive_int
from gdlab.cli.parser import help_text
from gdlab.errors import GdlabError
from gdlab.grading.grade import (DEFAULT_BUDGET, expected_tests, failed_grade,
                                 grade, lab_language)
from gdlab.grading.gradebook_import import SYSTEMS, write_lms_gradebook
from gdlab.grading.lab import find_lab
from gdlab.grading.report import format_grade, format_isolation, gradescope_results, write_gradebook, write_json
from gdlab.grading.runner import PytestRunner
from gdlab.grading.submission import IGNORED_DIRS, find_submitted
from gdlab.grading.template import StudentTemplate
from gdlab.i18n import text, using_language


def add_parser(subparsers):
    p = subparsers.add_parser("grade", help=help_text("grade.help"), description=text("cli_help.grade.description"))
    p.add_argument("submission", metavar="SUBMISSION", help=help_text("grade.submission"))
    p.add_argument("--lab", required=True, metavar="LAB", help=help_text("grade.lab"))
    p.add_argument("--json", metavar="PATH", help=help_text("grade.json"))
    p.add_argument("--csv", metavar="PATH", default="grades.csv", help=help_text("grade.csv"))
    p.add_argument("--report", metavar="PATH", help=help_text("grade.report"))
    p.add_argument("--gradebook", nargs=2, metavar=("SYSTEM", "PATH"), help=help_text("grade.gradebook"))
    p.add_argument("--jobs", default="1", metavar="N", help=help_text("grade.jobs"))
    p.add_argument("--timeout", type=float, metavar="S", help=help_text("grade.timeout"))
    p.add_argument("--budget", type=float, default=DEFAULT_BUDGET, metavar="S",
                   help=help_text("grade.budget", budget=DEFAULT_BUDGET))
    p.add_argument("--labs-dir", metavar="DIR", help=help_text("labs_dir"))
    p.add_argument("--hide", action="append", default=[], metavar="DIR", help=help_text("grade.hide"))
    p.add_argument("--require-isolation", action="store_true", help=help_text("grade.require_isolation"))
    p.set_defaults(run=run)


def submissions_in(folder, lab):
    """The submission folders inside `folder`, or None when `folder` is itself one submission
    (it holds a lab file, or a notebook accepted in its place, at its top, or no subfolder holds one)."""
    folder = Path(folder)
    if not folder.is_dir() or any((folder / name).is_file() for name in lab.handed_in):
        return None
    subfolders = sorted(p for p in folder.iterdir() if p.is_dir() and p.name not in IGNORED_DIRS
                        and not p.name.startswith("."))
    if not any(find_submitted(p, name) for p in subfolders for name in lab.handed_in):
        return None
    return subfolders


def grade_all(folders, lab, jobs, **settings):
    """grade() each folder, `jobs` at a time, in order. On Ctrl-C (or any error) the queued
    submissions are cancelled and the running ones stopped (their child pytest killed) before
    the exception goes on, so the command ends promptly and leaves no child behind."""
    stop = threading.Event()
    pool = ThreadPoolExecutor(max_workers=jobs)
    try:
        grades = list(pool.map(lambda folder: _grade_one(folder, lab, stop, settings), folders))
    except BaseException:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    return grades


def _grade_one(folder, lab, stop, settings):
    """grade(), or a zero grade that says why if grading this one submission failed: one broken
    submission never costs the rest of the class its report."""
    try:
        return grade(folder, lab, stop=stop, **settings)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as error:
        return failed_grade(folder, lab, settings["expected"], f"{type(error).__name__}: {error}"[:500])


def run(args):
    lab = find_lab(args.lab, args.labs_dir)
    # --lang, else $GDLAB_LANG, else lab.toml's `language`: the report's and the tests' language, set
    # once here (not per submission: the graders of a class run in threads)
    with using_language(lab_language(lab)):
        return _run(args, lab)


def _run(args, lab):
    jobs = _jobs(args.jobs)
    if args.timeout is not None and not args.timeout > 0:
        raise GdlabError(text("grading.cli.bad_timeout", value=repr(args.timeout)))
    if not args.budget > 0:
        raise GdlabError(text("grading.cli.bad_budget", value=repr(args.budget)))
    missing = [folder for folder in args.hide if not Path(folder).is_dir()]
    if missing:
        raise GdlabError(text("grading.cli.no_hide_folder", folder=missing[0]))
    submission = Path(args.submission)
    if args.gradebook and args.gradebook[0] not in SYSTEMS:
        raise GdlabError(text("class_report.bad_gradebook", systems=", ".join(SYSTEMS), value=args.gradebook[0]))
    written = (args.json, args.csv, args.report, args.gradebook[1] if args.gradebook else None)
    outputs = [Path(p).resolve().parent for p in written if p]
    hide = [lab.path.resolve().parent, submission.resolve().parent, *outputs, *args.hide]
    # both warm starts boot side by side while the instructor's tests are collected
    with StudentTemplate(lab.limits, hide=hide) as template, PytestRunner() as runner:
        expected = expected_tests(lab, runner=runner)
        print(format_isolation(template.isolation))
        if args.require_isolation:
            _require_isolation(template.isolation)
        settings = dict(expected=expected, timeout=args.timeout, budget=args.budget, template=template,
                        runner=runner)
        return _grade_and_report(args, lab, submission, jobs, settings)


def _require_isolation(isolation):
    missing = []
    if os.geteuid() != 0:
        missing.append(text("grading.cli.not_root"))
    elif not str(isolation.get("user", "")).isidentifier() and isolation.get("user") != "nobody":
        missing.append(text("grading.cli.no_user"))
    if not isolation.get("namespaces"):
        missing.append(text("grading.cli.no_namespaces"))
    if missing:
        raise GdlabError(text("grading.cli.not_isolated", reasons=text("grading.cli.separator").join(missing)))


def _jobs(given):
    if given == "auto":
        return os.cpu_count() or 1
    try:
        value = int(given)
    except ValueError:
        value = given
    return check_positive_int("--jobs", value, text("grading.cli.jobs_hint"))


def _grade_and_report(args, lab, submission, jobs, settings):
    folders = submissions_in(submission, lab)
    if folders is None:
        result = grade(submission, lab, **settings)
        print(format_grade(result))  # the report comes first, even if the JSON cannot be written
        if args.json:
            write_json(args.json, gradescope_results(result, lab.hidden_visibility))
            print(text("grading.cli.wrote", path=args.json))
        _write_class_outputs(args, lab, [result])   # a class of one
        return 0
    grades = grade_all(folders, lab, jobs, **settings)
    for result in grades:
        problems = text("grading.cli.problems", count=len(result.problems)) if result.problems else ""
        print(text("grading.cli.submission", name=Path(result.submission).name, score=f"{result.score:.2f}",
                   max_score=f"{result.max_score:.2f}", problems=problems))
    write_gradebook(args.csv, grades)
    print(text("grading.cli.wrote_csv", path=args.csv, count=len(grades)))
    _write_class_outputs(args, lab, grades)
    if args.json:
        for result in grades:
            write_json(Path(args.json) / f"{Path(result.submission).name}.json",
                       gradescope_results(result, lab.hidden_visibility))
        print(text("grading.cli.wrote_results", count=len(grades), path=args.json))
    return 0


def _write_class_outputs(args, lab, grades):
    """--report (the class report and each student's page) and --gradebook (Canvas's or Moodle's CSV)."""
    if args.report:
        from gdlab.grading.class_report import write_class_report   # here: it draws (matplotlib)
        path = write_class_report(args.report, grades, lab.name)
        print(text("class_report.wrote", path=path, folder=path.with_name(f"{path.stem}-students")))
    if args.gradebook:
        system, path = args.gradebook
        write_lms_gradebook(path, system, grades, f"{lab.name}: {lab.title}")
        print(text("class_report.wrote_gradebook", system=system, path=path))
