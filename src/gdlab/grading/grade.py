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
import ast
import contextlib
import json
import os
import shutil
import signal
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.grading.lab import HIDDEN_TESTS, MANIFEST, PUBLIC_TESTS
from gdlab.grading.runner import PytestRunner
from gdlab.grading.template import StudentTemplate
from gdlab.i18n import get_language, text, using_language
from gdlab.i18n.language import language_chosen

OUTPUT_LIMIT = 3000          # characters of one test's message and output kept in the report
DEFAULT_BUDGET = 300.0       # seconds for a whole submission
COLLECT_TIMEOUT = 60.0       # seconds the child may spend importing and collecting
BACKSTOP = 10.0              # seconds past the per-test timeout before the trusted child is killed
POLL = 0.02                  # seconds between looks at the result stream
IGNORED_DIRS = {"__MACOSX", "__pycache__", ".git", ".ipynb_checkpoints"}


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


def _child_env():
    """The trusted child's environment: this one's, less pytest's settings, in the current language
    (GDLAB_LANG, so that the lab's tests and the plugin speak it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.update(PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", PYTHONDONTWRITEBYTECODE="1", MPLBACKEND="Agg",
               PYTHONUNBUFFERED="1", PYTHONHASHSEED="0", GDLAB_LANG=get_language())
    return env


def lab_language(lab):
    """The language to grade `lab` in: the current one if --lang, set_language or GDLAB_LANG chose it,
    else lab.toml's `language`, else English (for `using_language`: None keeps the current one)."""
    return None if language_chosen() or lab.language is None else lab.language


def _pytest_args(workdir, events, args, collect_only=False, student_spec=None):
    ini = workdir / "pytest.ini"
    if not ini.is_file():
        ini.write_text("[pytest]\npythonpath = .\n", encoding="utf-8")
    command = ["-p", "gdlab.grading.plugin", "-p", "no:cacheprovider",
               "-c", str(ini), "--rootdir", str(workdir), "--confcutdir", str(workdir),
               "--gdlab-events", str(events), "--continue-on-collection-errors",
               "-o", "addopts=", "-q", "--tb=short", "-rN"]
    if student_spec is not None:
        command += ["--gdlab-student", str(student_spec)]
    return command + (["--collect-only"] if collect_only else []) + list(args)


def _copy_instructor_tests(lab, workdir):
    """The lab's tests (public and hidden) and the instructor's pytest.ini/conftest.py, nothing else."""
    for name in (PUBLIC_TESTS, HIDDEN_TESTS):
        if (lab.path / name).is_dir():
            shutil.copytree(lab.path / name, workdir / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pytest.ini", "conftest.py", MANIFEST, *lab.given):
        if (lab.path / name).is_file():
            shutil.copyfile(lab.path / name, workdir / name)


def _test_dirs(workdir):
    return [name for name in (PUBLIC_TESTS, HIDDEN_TESTS) if (workdir / name).is_dir()]


class _Stream:
    """Reads the JSON lines the plugin appends, as they come (a half-written line waits)."""

    def __init__(self, path):
        self.path, self.offset = path, 0

    def new_events(self):
        if not self.path.exists():
            return []
        with open(self.path, "rb") as stream:
            stream.seek(self.offset)
            data = stream.read()
        end = data.rfind(b"\n") + 1
        self.offset += end
        events = []
        for line in data[:end].splitlines():
            try:
                events.append(json.loads(line))
            except ValueError:
                continue  # a line the student's code scribbled into the stream
        return events


def expected_tests(lab, timeout=COLLECT_TIMEOUT, runner=None):
    """{nodeid: (points, hidden)} of every pointed test, collected against the instructor's solution
    (in a fork of `runner`, the warm test runner; without one this call starts its own)."""
    with contextlib.ExitStack() as owned, tempfile.TemporaryDirectory(prefix="gdlab-collect-") as tmp:
        runner = runner or owned.enter_context(PytestRunner())
        workdir = Path(tmp)
        _copy_instructor_tests(lab, workdir)
        for name in lab.files:
            if not (lab.path / name).is_file():
                raise GdlabError(text("grading.grade.no_such_file", lab=lab.name, name=name, manifest=MANIFEST))
            shutil.copyfile(lab.path / name, workdir / name)
        events, log = workdir / ".events.jsonl", workdir / ".collect.log"
        run = runner.start(_pytest_args(workdir, events, _test_dirs(workdir), collect_only=True), workdir, log,
                           _child_env())
        deadline = time.monotonic() + timeout
        while run.poll() is None:
            if time.monotonic() > deadline:
                _kill(run)
                raise GdlabError(text("grading.grade.collect_timeout", lab=lab.name, seconds=f"{timeout:.0f}"))
            time.sleep(POLL)
        stream = _Stream(events).new_events()
        errors = [e for e in stream if e["event"] == "collect_error"]
        if run.returncode not in (0, 5) or errors:
            detail = errors[0]["message"] if errors else log.read_text(encoding="utf-8", errors="replace")[-4000:]
            raise GdlabError(text("grading.grade.collect_failed", lab=lab.name, detail=detail))
    tests = {e["nodeid"]: (e["points"], e["hidden"]) for e in stream if e["event"] == "item" and e["points"]}
    if not tests:
        raise GdlabError(text("grading.grade.no_points", lab=lab.name))
    return tests


def find_submitted(submission, name):
    """The student's copy of `name`: at the top of the submission, else the one match in a subfolder."""
    submission = Path(submission)
    if submission.is_file():
        return submission if submission.name == name else None
    if (submission / name).is_file():
        return submission / name
    matches = [p for p in submission.rglob(name)
               if p.is_file() and not IGNORED_DIRS & set(p.relative_to(submission).parts)]
    return matches[0] if len(matches) == 1 else None


MAX_SOURCE = 2 * 2 ** 20     # bytes of one submitted file


def _stage_submission(lab, submission, problems):
    """{name: text} of the lab's files from the submission (nothing else), plus the lab's given
    modules; notes what is missing, too large, not UTF-8 or does not parse."""
    files = {}
    for name in lab.files:
        found = find_submitted(submission, name)
        if found is None:
            problems.append(text("grading.grade.missing_file", name=name,
                                 files=text("grading.grade.file_separator").join(lab.files)))
            continue
        try:
            if found.is_symlink() or found.stat().st_size > MAX_SOURCE:
                problems.append(text("grading.grade.link_or_large", name=name, mib=MAX_SOURCE // 2 ** 20))
                continue
            source = found.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            problems.append(text("grading.grade.not_utf8", name=name, byte=error.start))
            continue
        except OSError as error:
            problems.append(text("grading.grade.unreadable", name=name, reason=error.strerror))
            continue
        files[name] = source
        try:
            ast.parse(source, name)
        except SyntaxError as error:
            problems.append(text("grading.grade.does_not_parse", name=name, line=error.lineno, error=error.msg))
        except (ValueError, RecursionError, MemoryError) as error:  # nesting too deep for the parser
            problems.append(text("grading.grade.not_python", name=name, error=type(error).__name__))
    for name in lab.given:  # the lab's own helpers always win over a student's copy
        files[name] = (lab.path / name).read_text(encoding="utf-8")
    return files


def _write_student_spec(lab, workdir, files, template, timeout):
    spec = workdir / ".student.json"
    modules = [Path(name).stem for name in (*lab.files, *lab.given) if name.endswith(".py")]
    spec.write_text(json.dumps({"template": template.socket, "files": files, "modules": modules,
                                "timeout": timeout}), encoding="utf-8")
    return spec


_SIGNALS = {"SIGSEGV", "SIGABRT", "SIGKILL", "SIGBUS", "SIGFPE"}   # named in the catalogue (grading.exit.*)


def _describe_exit(returncode):
    if returncode is None:
        return text("grading.exit.was_stopped")
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = text("grading.exit.signal_number", number=-returncode)
        what = text(f"grading.exit.{name}") if name in _SIGNALS else name
        return text("grading.exit.crashed_with", what=what, name=name)
    if returncode == 2:
        return text("grading.exit.interrupted")
    return text("grading.exit.code", code=returncode)


def _kill(process):
    """Stop the child and anything it started (its own process group)."""
    process.kill_group()
    process.wait()


def _stopped(stop):
    """KeyboardInterrupt when another thread has set `stop` (Ctrl-C reaches only the main thread)."""
    if stop is not None and stop.is_set():
        raise KeyboardInterrupt("grading was stopped")


def _run_once(workdir, nodeids, results, attempt, timeout, collect_timeout, deadline, stop, runner, spec,
              isolation):
    """One child pytest over `nodeids`; fills `results`; returns (why it stopped, collect errors).

    The child has a session of its own, so Ctrl-C never reaches it: whatever way this returns or
    raises (KeyboardInterrupt, `stop` set by another thread), its process group is killed first.
    """
    events, log_path = workdir / f".events-{attempt}.jsonl", workdir / f".pytest-{attempt}.log"
    # the child's own output goes to log_path, never shown (it quotes hidden tests)
    process = runner.start(_pytest_args(workdir, events, nodeids, student_spec=spec), workdir, log_path,
                           _child_env())
    try:
        # the student's process has the lab's timeout per test; this one is the backstop
        return _watch(process, events, log_path, results, timeout + BACKSTOP, collect_timeout, deadline, stop,
                      isolation)
    finally:
        _kill(process)  # also anything the student's code left running in the child's group


def _watch(process, events, log_path, results, timeout, collect_timeout, deadline, stop, isolation=None):
    """Follow the child's result stream until it ends or must be stopped (the body of _run_once)."""
    isolation = {} if isolation is None else isolation
    stream, current, last_event, stopped, collect_errors = _Stream(events), None, time.monotonic(), None, []
    any_started = False

    def take(events_now):
        nonlocal current, last_event, any_started
        for event in events_now:
            last_event = time.monotonic()
            kind, nodeid = event.get("event"), event.get("nodeid")
            if kind == "start":
                current, any_started = nodeid, True
            elif kind == "isolation" and isinstance(event.get("isolation"), dict):
                isolation.update(event["isolation"])
            elif kind == "result" and nodeid in results:
                result = results[nodeid]
                result.reported = True
                result.status = "not implemented yet" if event.get("not_implemented") else event["outcome"]
                message = event.get("message", "")
                if event.get("output"):
                    message += text("grading.grade.printed", output=truncate(event["output"], OUTPUT_LIMIT // 2))
                result.output, result.seconds = truncate(message.strip()), float(event.get("seconds", 0))
                current = None
            elif kind == "collect_error":
                collect_errors.append(event)

    while True:
        _stopped(stop)
        take(stream.new_events())
        now = time.monotonic()
        if process.poll() is not None:
            break
        if current is not None and now - last_event > timeout:
            _kill(process)
            results[current].status = "timed out"
            results[current].reported = True
            results[current].output = text("grading.grade.timed_out", seconds=f"{timeout:g}")
            results[current].seconds = now - last_event
            current, stopped = None, "timeout"
            break
        if current is None and now - last_event > collect_timeout:
            _kill(process)
            stopped = text("grading.grade.idle_outside_test", seconds=f"{collect_timeout:g}")
            break
        if now > deadline:
            _kill(process)
            if current is not None:
                results[current].status = "timed out"
                results[current].output = text("grading.grade.budget_ran_out")
            stopped = "budget"
            break
        time.sleep(POLL)
    take(stream.new_events())
    if current is not None and results[current].status == "never ran":
        results[current].status = "crashed"
        results[current].output = text("grading.grade.crashed", how=_describe_exit(process.returncode))
    if stopped is None and process.returncode not in (0, 1, 5):
        stopped = text("grading.grade.process_ended", how=_describe_exit(process.returncode))
        if not any_started:
            tail = log_path.read_bytes()[-4000:]
            called = text("grading.grade.called_sys_exit") if b"SystemExit" in tail else ""
            stopped = text("grading.grade.stopped_importing", how=_describe_exit(process.returncode), called=called)
    return stopped, collect_errors


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
    _copy_instructor_tests(lab, workdir)
    files = _stage_submission(lab, submission, grade_.problems)
    spec = _write_student_spec(lab, workdir, files, template, timeout)
    collect_errors, reason = [], None
    for attempt in range(len(results) + 1):
        waiting = [n for n, r in results.items() if r.status == "never ran" and not r.reported]
        if not waiting:
            break
        if time.monotonic() > deadline:
            reason = "budget"
            break
        _stopped(stop)
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
        names = [r.nodeid for r in results.values() if r.status == status]
        problems.append(text("grading.grade.tests_status", count=len(names),
                             status=text(f"grading.status.{status.replace(' ', '_')}"),
                             names=", ".join(names[:5]), more=text("grading.grade.more") if len(names) > 5 else ""))
