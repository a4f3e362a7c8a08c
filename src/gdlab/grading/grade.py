"""Grade one submission: the instructor's tests in a trusted child pytest, the student's code in its
own locked-down process (a fork of the clean student template, gdlab.grading.template).

The trusted pytest never imports the student's files: `import lab_cost` there is a proxy
(gdlab.grading.proxy) whose calls go to the student's process as data. The student's files are
read here as text and handed to the template, which forks a process that sees only them.

The denominator is fixed before any student code runs: the instructor's tests are collected
against the instructor's own solution (`expected_tests`). The student's run streams one JSON
line per result (gdlab.grading.plugin); the parent watches it and
- kills the child when one test runs past the per-test timeout: that test scores 0 ("timed out"),
  and a fresh child runs the tests that had not run yet;
- when the child dies (os._exit, a segfault) during a test, that test scores 0 ("crashed"),
  the rest run in a fresh child; a child that dies before any test runs (sys.exit() at import,
  a syntax error) leaves its tests at 0 ("never ran") with the reason;
- stops everything at the overall budget; what did not run is named and scores 0.
Every test in the denominator ends in the report, so the possible points never change.
"""
import contextlib
import shutil
import tempfile
import time
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.grading.child_pytest import (child_env, copy_instructor_tests, pytest_args, test_dirs,
                                        write_student_spec)
from gdlab.grading.events import EventStream
from gdlab.grading.lab import MANIFEST
from gdlab.grading.results import Grade, TestResult, truncate
from gdlab.grading.runner import PytestRunner
from gdlab.grading.submission import stage_submission
from gdlab.grading.template import StudentTemplate
from gdlab.grading.watch import POLL, check_stop, kill, watch
from gdlab.i18n import text, using_language
from gdlab.i18n.language import language_chosen

DEFAULT_BUDGET = 300.0       # seconds for a whole submission
COLLECT_TIMEOUT = 60.0       # seconds the child may spend importing and collecting
BACKSTOP = 10.0              # seconds past the per-test timeout before the trusted child is killed


def lab_language(lab):
    """The language to grade `lab` in: the current one if --lang, set_language or GDLAB_LANG chose it,
    else lab.toml's `language`, else English (for `using_language`: None keeps the current one)."""
    return None if language_chosen() or lab.language is None else lab.language


def expected_tests(lab, timeout=COLLECT_TIMEOUT, runner=None):
    """{nodeid: (points, hidden)} of every pointed test, collected against the instructor's solution
    (in a fork of `runner`, the warm test runner; without one this call starts its own)."""
    with contextlib.ExitStack() as owned, tempfile.TemporaryDirectory(prefix="gdlab-collect-") as tmp:
        runner = runner or owned.enter_context(PytestRunner())
        workdir = Path(tmp)
        copy_instructor_tests(lab, workdir)
        for name in lab.files:
            if not (lab.path / name).is_file():
                raise GdlabError(text("grading.grade.no_such_file", lab=lab.name, name=name, manifest=MANIFEST))
            shutil.copyfile(lab.path / name, workdir / name)
        events, log = workdir / ".events.jsonl", workdir / ".collect.log"
        run = runner.start(pytest_args(workdir, events, test_dirs(workdir), collect_only=True), workdir, log,
                           child_env())
        deadline = time.monotonic() + timeout
        while run.poll() is None:
            if time.monotonic() > deadline:
                kill(run)
                raise GdlabError(text("grading.grade.collect_timeout", lab=lab.name, seconds=f"{timeout:.0f}"))
            time.sleep(POLL)
        stream = EventStream(events).new_events()
        errors = [e for e in stream if e["event"] == "collect_error"]
        if run.returncode not in (0, 5) or errors:
            detail = errors[0]["message"] if errors else log.read_text(encoding="utf-8", errors="replace")[-4000:]
            raise GdlabError(text("grading.grade.collect_failed", lab=lab.name, detail=detail))
    tests = {e["nodeid"]: (e["points"], e["hidden"]) for e in stream if e["event"] == "item" and e["points"]}
    if not tests:
        raise GdlabError(text("grading.grade.no_points", lab=lab.name))
    return tests


def _run_once(workdir, nodeids, results, attempt, timeout, collect_timeout, deadline, stop, runner, spec,
              isolation):
    """One child pytest over `nodeids`; fills `results`; returns (why it stopped, collect errors).

    The child has a session of its own, so Ctrl-C never reaches it: whatever way this returns or
    raises (KeyboardInterrupt, `stop` set by another thread), its process group is killed first.
    """
    events, log_path = workdir / f".events-{attempt}.jsonl", workdir / f".pytest-{attempt}.log"
    # the child's own output goes to log_path, never shown (it quotes hidden tests)
    process = runner.start(pytest_args(workdir, events, nodeids, student_spec=spec), workdir, log_path,
                           child_env())
    try:
        # the student's process has the lab's timeout per test; this one is the backstop
        return watch(process, events, log_path, results, timeout + BACKSTOP, collect_timeout, deadline, stop,
                     isolation)
    finally:
        kill(process)  # also anything the student's code left running in the child's group


def grade(submission, lab, *, expected=None, timeout=None, budget=DEFAULT_BUDGET,
          collect_timeout=COLLECT_TIMEOUT, stop=None, template=None, runner=None):
    """Grade `submission` (a folder, or the one file a lab asks for) on `lab`; returns a Grade.

    `expected` is expected_tests(lab) (pass it when grading many submissions of one lab);
    `timeout` is seconds per test (default: the lab's), `budget` seconds for everything.
    `template` (a running StudentTemplate) and `runner` (a PytestRunner) are the warm starts a
    class shares; without them this call starts its own. `stop` (a threading.Event) set by
    another thread kills the child pytest and raises KeyboardInterrupt here within POLL seconds:
    how Ctrl-C stops graders running in threads. The tests speak the current language, or the lab's
    (lab.toml's `language`) when no one chose one.
    """
    with using_language(lab_language(lab)):
        return _grade(submission, lab, expected, timeout, budget, collect_timeout, stop, template, runner)


def _grade(submission, lab, expected, timeout, budget, collect_timeout, stop, template, runner):
    """The body of grade(), in the language the tests speak."""
    started = time.monotonic()
    submission = Path(submission)
    expected = expected_tests(lab) if expected is None else expected
    timeout = lab.timeout if timeout is None else float(timeout)
    results = {nodeid: TestResult(nodeid, points, hidden) for nodeid, (points, hidden) in expected.items()}
    grade_ = Grade(str(submission), lab.name, list(results.values()))
    if not submission.exists():
        grade_.problems.append(text("grading.grade.submission_missing", submission=submission))
        _never_ran(results, text("grading.grade.no_submission"))
        return grade_
    with contextlib.ExitStack() as owned:  # the warm starts this call makes itself, closed at the end
        if template is None:
            template = owned.enter_context(StudentTemplate(lab.limits, hide=[lab.path.parent,
                                                                              submission.resolve().parent]))
        if runner is None:
            runner = owned.enter_context(PytestRunner())
        template.wait()
        with tempfile.TemporaryDirectory(prefix="gdlab-grade-") as tmp:
            _grade_in(Path(tmp), lab, submission, results, grade_, timeout, budget, collect_timeout,
                      started + budget, stop, template, runner)
    grade_.isolation = {**template.isolation, **grade_.isolation}
    grade_.seconds = time.monotonic() - started
    return grade_


def _grade_in(workdir, lab, submission, results, grade_, timeout, budget, collect_timeout, deadline, stop,
              template, runner):
    """The body of grade(): the tests in `workdir` (the grader's own), the student's files as text."""
    copy_instructor_tests(lab, workdir)
    files = stage_submission(lab, submission, grade_.problems)
    spec = write_student_spec(lab, workdir, files, template, timeout)
    collect_errors, reason = [], None
    for attempt in range(len(results) + 1):
        waiting = [n for n, r in results.items() if r.status == "never ran" and not r.reported]
        if not waiting:
            break
        if time.monotonic() > deadline:
            reason = "budget"
            break
        check_stop(stop)
        reason, errors = _run_once(workdir, waiting, results, attempt, timeout, collect_timeout,
                                   deadline, stop, runner, spec, grade_.isolation)
        collect_errors += errors
        still = [n for n, r in results.items() if r.status == "never ran" and not r.reported]
        if len(still) == len(waiting):
            break  # no progress: the same thing would happen again
    _explain_never_ran(results, collect_errors, reason, budget, grade_.problems)


def failed_grade(submission, lab, expected, why):
    """The Grade of a submission the grader itself failed on: every test 0, and why."""
    results = {nodeid: TestResult(nodeid, points, hidden) for nodeid, (points, hidden) in expected.items()}
    _never_ran(results, text("grading.grade.never_ran", reason=why))
    return Grade(str(submission), lab.name, list(results.values()),
                 problems=[text("grading.grade.not_graded", why=why)])


def _never_ran(results, why):
    for result in results.values():
        if result.status == "never ran":
            result.output = why


def _explain_never_ran(results, collect_errors, reason, budget, problems):
    """Say why each test that never ran did not, from the collection errors and how the child ended."""
    for result in results.values():
        if result.status != "never ran" or result.reported:
            continue
        test_file = result.nodeid.split("::", 1)[0]
        error = next((e for e in collect_errors if e["nodeid"] == test_file), None)
        if error is not None:
            result.output = truncate(text("grading.grade.never_ran_import", test_file=test_file,
                                          message=error["message"]))
        elif reason == "budget":
            result.output = text("grading.grade.never_ran_budget", seconds=f"{budget:g}")
        elif reason:
            result.output = text("grading.grade.never_ran", reason=reason)
        else:
            result.output = text("grading.grade.never_ran_stopped")
    bad = sorted({r.status for r in results.values()} & {"timed out", "crashed", "never ran"})
    for status in bad:
        ended = [r for r in results.values() if r.status == status]
        names = [r.nodeid for r in ended]
        problems.append(text("grading.grade.tests_status", count=len(names),
                             status=text(f"grading.status.{status.replace(' ', '_')}"),
                             names=", ".join(names[:5]), more=text("grading.grade.more") if len(names) > 5 else ""))
        why = {r.output.strip().split("\n", 1)[0] for r in ended}
        if len(names) > 1 and len(why) == 1 and "" not in why:   # one cause for them all: say it once
            problems.append(why.pop())
