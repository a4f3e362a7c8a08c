"""Watching one trusted child pytest: its result stream as it comes, and when to stop it.

The child is killed when one test runs past the per-test timeout (that test "timed out"), when
nothing happens outside a test for the collect timeout, or at the overall budget; a test that was
running when the child died "crashed"; a child that ended badly before any test ran says why.
"""
import signal
import time
from dataclasses import dataclass, field

from gdlab.grading.events import EventStream
from gdlab.grading.results import OUTPUT_LIMIT, truncate
from gdlab.i18n import text

POLL = 0.02                  # seconds between looks at the result stream
_SIGNALS = {"SIGSEGV", "SIGABRT", "SIGKILL", "SIGBUS", "SIGFPE"}   # named in the catalogue (grading.exit.*)


def watch(process, events, log_path, results, timeout, collect_timeout, deadline, stop, isolation=None):
    """Follow the child's result stream `events` until it ends or must be stopped; fills `results`
    ({nodeid: TestResult}) and `isolation`; returns (why it stopped or None, collection errors)."""
    seen = _Seen(results, {} if isolation is None else isolation)
    stream = EventStream(events)
    stopped = None
    while stopped is None:
        check_stop(stop)
        seen.take(stream.new_events())
        if process.poll() is not None:
            break
        stopped = _must_stop(seen, process, timeout, collect_timeout, deadline)
        if stopped is None:
            time.sleep(POLL)
    seen.take(stream.new_events())
    return _how_it_ended(seen, process, log_path, stopped), seen.collect_errors


@dataclass
class _Seen:
    """What the stream has said so far: the test running now, when the last event came."""

    results: dict
    isolation: dict
    current: str | None = None   # the nodeid of the test running now
    last_event: float = field(default_factory=time.monotonic)
    any_started: bool = False
    collect_errors: list = field(default_factory=list)

    def take(self, events):
        for event in events:
            self.last_event = time.monotonic()
            kind, nodeid = event.get("event"), event.get("nodeid")
            if kind == "start":
                self.current, self.any_started = nodeid, True
            elif kind == "isolation" and isinstance(event.get("isolation"), dict):
                self.isolation.update(event["isolation"])
            elif kind == "result" and nodeid in self.results:
                self._result(self.results[nodeid], event)
                self.current = None
            elif kind == "collect_error":
                self.collect_errors.append(event)

    @staticmethod
    def _result(result, event):
        result.reported = True
        result.status = "not implemented yet" if event.get("not_implemented") else event["outcome"]
        message = event.get("message", "")
        if event.get("output"):
            message += text("grading.grade.printed", output=truncate(event["output"], OUTPUT_LIMIT // 2))
        result.output, result.seconds = truncate(message.strip()), float(event.get("seconds", 0))


def _must_stop(seen, process, timeout, collect_timeout, deadline):
    """Kill the child when the running test passed `timeout`, nothing happened outside a test for
    `collect_timeout`, or the budget ran out; why ("timeout", "budget" or words), else None."""
    now = time.monotonic()
    quiet = now - seen.last_event
    running = seen.results.get(seen.current)   # None between tests
    if seen.current is not None and quiet > timeout:
        kill(process)
        if running is not None:
            running.status, running.reported, running.seconds = "timed out", True, quiet
            running.output = text("grading.grade.timed_out", seconds=f"{timeout:g}")
        seen.current = None
        return "timeout"
    if seen.current is None and quiet > collect_timeout:
        kill(process)
        return text("grading.grade.idle_outside_test", seconds=f"{collect_timeout:g}")
    if now > deadline:
        kill(process)
        if running is not None:
            running.status, running.output = "timed out", text("grading.grade.budget_ran_out")
        return "budget"
    return None


def _how_it_ended(seen, process, log_path, stopped):
    """The test running when the child died crashed; a child that ended badly says why."""
    running = seen.results.get(seen.current)
    if running is not None and running.status == "never ran":
        running.status = "crashed"
        running.output = text("grading.grade.crashed", how=describe_exit(process.returncode))
    if stopped is not None or process.returncode in (0, 1, 5):
        return stopped
    if seen.any_started:
        return text("grading.grade.process_ended", how=describe_exit(process.returncode))
    called = text("grading.grade.called_sys_exit") if b"SystemExit" in log_path.read_bytes()[-4000:] else ""
    return text("grading.grade.stopped_importing", how=describe_exit(process.returncode), called=called)


def describe_exit(returncode):
    """How the child pytest ended, from its return code (a negative one is the signal that killed it)."""
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


def kill(process):
    """Stop the child and anything it started (its own process group)."""
    process.kill_group()
    process.wait()


def check_stop(stop):
    """KeyboardInterrupt when another thread has set `stop` (Ctrl-C reaches only the main thread)."""
    if stop is not None and stop.is_set():
        raise KeyboardInterrupt("grading was stopped")
