"""The pytest plugin (entry point `pytest11: gdlab`): points, a score table, and a stream of results.

Plain `pytest` in a lab folder picks it up. It
- registers the `points` marker and shares each test's points over its parametrized cases;
- turns a NotImplementedError in a pointed test into "not implemented yet" instead of a traceback;
- prints the score table at the end (per test, per lab, "public tests only" when no hidden test ran);
- with `--gdlab-events FILE`, appends one JSON line per event as it happens (the grader reads
  these while the run goes on, so a crash or a kill loses nothing that already finished);
- with `--gdlab-student SPEC` (the grader's runs), the student's modules are not imported here:
  `import lab_cost` gives a proxy to the student's own locked-down process (gdlab.grading.proxy),
  each test gets the lab's time limit there, and a timeout, a crash or an import that failed
  becomes that test's status ("timed out", "crashed", "never ran") with what the student printed.
Hidden tests' messages are cut to the exception's own text, never their source lines.
What a student reads is in the current language (GDLAB_LANG, which `gdlab grade --lang` passes to this
run); the statuses sent to the grader stay the English words the code compares.
"""
import json
import sys
import time

import pytest

from gdlab.grading.proxy import StudentModule
from gdlab.grading.student_errors import StudentCrashed, StudentImportError, StudentTimeout
from gdlab.grading.student_process import StudentSession

from gdlab.grading.points import MARKER_HELP, ScoreRow, format_table, is_hidden, lab_of, split_points
from gdlab.grading.report import shown_status
from gdlab.i18n import text


def pytest_addoption(parser):
    group = parser.getgroup("gdlab", "gdlab graded labs")
    group.addoption("--gdlab-events", metavar="FILE", default=None,
                    help="append one JSON line per collected item, test start and test result to FILE")
    group.addoption("--gdlab-student", metavar="SPEC", default=None,
                    help="(the grader) run the student's modules in their own process, as SPEC says")


def pytest_configure(config):
    config.addinivalue_line("markers", MARKER_HELP)
    config.pluginmanager.register(GradingPlugin(config), "gdlab-grading")
    spec = config.getoption("gdlab_student")
    if spec:
        config.pluginmanager.register(StudentPlugin(json.loads(open(spec, encoding="utf-8").read())),
                                      "gdlab-student")

STATUS = {StudentTimeout: "timed out", StudentCrashed: "crashed", StudentImportError: "never ran"}


def student_status(excinfo):
    """'timed out', 'crashed' or 'never ran' when the test failed because of the student's process."""
    for kind, status in STATUS.items():
        if excinfo is not None and excinfo.errisinstance(kind):
            return status
    return None


class StudentPlugin:
    """The graded run's link to the student's process: proxy modules, a deadline per test."""

    def __init__(self, spec):
        self.timeout = float(spec["timeout"])
        self.session = StudentSession(spec["template"], spec["files"], spec["modules"], self.timeout)
        for name in spec["modules"]:
            sys.modules[name] = StudentModule(name, self.session)
        self.reported = False

    def _within_timeout(self):
        """Each phase of a test (setup, call, teardown) gets the lab's timeout in the student's process."""
        self.session.set_deadline(time.monotonic() + self.timeout)
        try:
            return (yield)
        finally:
            self.session.set_deadline(None)

    pytest_runtest_setup = pytest.hookimpl(wrapper=True)(_within_timeout)
    pytest_runtest_call = pytest.hookimpl(wrapper=True)(_within_timeout)
    pytest_runtest_teardown = pytest.hookimpl(wrapper=True)(_within_timeout)

    def pytest_unconfigure(self, config):
        self.session.close()


def exception_message(excinfo):
    """'Type: message' without pytest's assertion introspection (which quotes the test's code)."""
    name = excinfo.type.__name__
    kept = []
    for line in str(excinfo.value).splitlines():
        if line.startswith("assert ") or line.lstrip().startswith(("+  where", "+    where")):
            break
        kept.append(line)
    said = "\n".join(kept).strip()
    if excinfo.errisinstance(NotImplementedError):
        return text("grading.plugin.not_implemented_because", message=said) if said \
            else shown_status("not implemented yet")
    if excinfo.errisinstance(AssertionError) and not said:
        return text("grading.plugin.withheld")
    return f"{name}: {said}" if said else name


class GradingPlugin:
    """Per-session state: the points of each item, each test's outcome, the event stream."""

    def __init__(self, config):
        self.config = config
        self.events_path = config.getoption("gdlab_events")
        self.points = {}        # nodeid -> points of pointed items
        self.labs = {}          # nodeid -> lab name
        self.outcome = {}       # nodeid -> "passed" | "failed" | "skipped"
        self.message = {}       # nodeid -> what the student may read
        self.output = {}        # nodeid -> captured stdout/stderr
        self.started = {}       # nodeid -> time.monotonic() at start
        self.not_collected = []  # files whose tests could not be collected
        self.special = {}       # nodeid -> "timed out" | "crashed" | "never ran" (the student's process)
        self.not_implemented = set()  # nodeids whose message says "not implemented yet"

    def emit(self, **event):
        if self.events_path:
            with open(self.events_path, "a", encoding="utf-8") as stream:
                stream.write(json.dumps(event) + "\n")
                stream.flush()

    def pytest_collection_modifyitems(self, session, config, items):
        try:
            self.points = split_points(items)
        except ValueError as error:
            raise pytest.UsageError(str(error)) from None
        for item in items:
            self.labs[item.nodeid] = lab_of(item.path, config.rootpath)
            self.emit(event="item", nodeid=item.nodeid, points=self.points.get(item.nodeid, 0.0),
                      hidden=is_hidden(item.nodeid), lab=self.labs[item.nodeid])

    def pytest_collectreport(self, report):
        if report.failed:
            self.not_collected.append(report.nodeid)
            self.emit(event="collect_error", nodeid=report.nodeid, hidden=is_hidden(report.nodeid),
                      message=_exception_lines(str(report.longreprtext)))

    def pytest_runtest_logstart(self, nodeid, location):
        self.started[nodeid] = time.monotonic()
        self.emit(event="start", nodeid=nodeid)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item, call):
        report = yield
        student = self.config.pluginmanager.get_plugin("gdlab-student")
        if student is not None and call.when == "call":
            printed = student.session.take_output()
            if printed:
                self.output[item.nodeid] = self.output.get(item.nodeid, "") + printed
            if not student.reported and student.session.isolation:
                student.reported = True
                self.emit(event="isolation", isolation=student.session.isolation)
        if call.excinfo is not None and report.failed:
            status = student_status(call.excinfo)
            if status is not None:
                self.special[item.nodeid] = status
                report.longrepr = _student_message(status, call.excinfo.value, student)
            elif item.nodeid in self.points and call.excinfo.errisinstance(NotImplementedError):
                report.longrepr = exception_message(call.excinfo)
            safe = exception_message(call.excinfo) if status is None else report.longrepr
            if item.nodeid not in self.message:
                self.message[item.nodeid] = safe if is_hidden(item.nodeid) else report.longreprtext
                if status is None and call.excinfo.errisinstance(NotImplementedError) and \
                        (is_hidden(item.nodeid) or item.nodeid in self.points):
                    self.not_implemented.add(item.nodeid)  # its message is exception_message's
        return report

    def pytest_runtest_logreport(self, report):
        if report.failed:
            self.outcome[report.nodeid] = "failed"
        elif report.skipped and self.outcome.get(report.nodeid) != "failed":
            self.outcome[report.nodeid] = "skipped"
            self.message.setdefault(report.nodeid, text("grading.plugin.skipped", reason=_skip_reason(report)))
        else:
            self.outcome.setdefault(report.nodeid, "passed")
        captured = "".join(part for part in (report.capstdout, report.capstderr) if part)
        if captured:
            self.output[report.nodeid] = self.output.get(report.nodeid, "") + captured

    def pytest_runtest_logfinish(self, nodeid, location):
        outcome = self.special.get(nodeid) or self.outcome.get(nodeid, "failed")
        message = self.message.get(nodeid, "")
        self.emit(event="result", nodeid=nodeid, outcome=outcome,
                  not_implemented=nodeid in self.not_implemented,
                  message=message, output=self.output.get(nodeid, ""),
                  seconds=round(time.monotonic() - self.started.get(nodeid, time.monotonic()), 3))

    def pytest_sessionfinish(self, session, exitstatus):
        self.emit(event="finish", exitstatus=int(exitstatus))

    def pytest_terminal_summary(self, terminalreporter):
        if not self.points or self.config.getoption("collectonly"):
            return
        rows = []
        for nodeid, possible in self.points.items():
            outcome = self.outcome.get(nodeid)
            status = outcome or "not run"
            if outcome == "failed" and nodeid in self.not_implemented:
                status = "not implemented yet"
            rows.append(ScoreRow(nodeid, self.labs[nodeid], possible,
                                 possible if outcome == "passed" else 0.0, shown_status(status), is_hidden(nodeid)))
        terminalreporter.write_sep("=", text("grading.plugin.score_title"))
        terminalreporter.write_line(format_table(rows))
        for nodeid in self.not_collected:
            terminalreporter.write_line(text("grading.plugin.could_not_collect", nodeid=nodeid))


def _student_message(status, error, student):
    """What the report says when the student's process, not a comparison, ended the test."""
    if status == "timed out":
        return text("grading.plugin.timed_out", seconds=f"{student.timeout:g}")
    if status == "crashed":
        return text("grading.plugin.crashed", error=error)
    return text("grading.plugin.never_ran", error=error)


def _exception_lines(longrepr):
    """The 'E   SomeError: ...' lines of a collection error, without pytest's frames, test source or
    assertion introspection (whose `assert ...` and `where ...` lines quote the test's code)."""
    lines = [line[1:].rstrip()[3:] if line.startswith("E   ") else line[1:].strip()
             for line in longrepr.splitlines() if line.startswith("E ")]
    lines = [line for line in lines if not line.lstrip().startswith(("assert ", "+  where", "+    where", "where "))]
    return "\n".join(lines[-6:]) if lines else text("grading.plugin.not_collected")


def _skip_reason(report):
    longrepr = report.longrepr
    return longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
