"""The grader's side of the wire: one student process per need, its answers, its failures.

StudentSession starts a StudentProcess (a fork of the clean template, see student_server.py)
on first use, sends each request with the test's deadline, and returns the answer as data
(handles for what must stay there: gdlab.grading.proxy). A function the test passes in stays
here: the student's code calls it back over the wire, with data only.

Nothing the student's process sends can run code here: frames are decoded by wire.py into plain
numbers, strings, arrays and tensors. An exception in the student's code comes back as its type
name, message and the student's own traceback lines (StudentError, which is also the builtin
exception of that name so that `pytest.raises(ValueError)` works). A timeout, a crash, an output
flood or a malformed frame kills the student process and raises StudentTimeout / StudentCrashed;
the next call starts a fresh process, so one broken test costs only itself. What the student
prints is read by student_output.py; its answers, within their limits, by student_answers.py.
"""
import functools
import os
import signal
import socket
import time
import types

from gdlab.grading import forkserver, wire
from gdlab.grading.proxy import Remote
from gdlab.grading.student_answers import AnswerReader
from gdlab.grading.student_errors import (StudentCrashed, StudentImportError, StudentProblem,
                                          StudentSetupError, StudentTimeout, describe_exit, student_error)
from gdlab.grading.student_output import OUTPUT_LIMIT, StudentOutput
from gdlab.i18n import text

SPAWN_TIMEOUT = 60.0             # seconds to fork and lock down a student process (not its import)


def _refuse_ref(data):
    raise wire.ProtocolError(text("grading.process.handle_to_grader"))


def student_messages():
    """What the student's process says itself, in the current language (it cannot import gdlab's
    catalogue: the grader hands these over with each spawn request)."""
    return {"blocked": text("grading.student.blocked"),
            "nested_too_deep": text("grading.wire.nested_too_deep", depth=wire.MAX_DEPTH)}


def _protocol_words(error):
    """A wire.ProtocolError in the current language where it is a limit the student can reach."""
    key = getattr(error, "key", None)
    return text(f"grading.wire.{key}", **error.values) if key else str(error)


class StudentProcess:
    """One student process, forked from the template for this submission; speaks wire.py frames."""

    def __init__(self, template_socket, files, modules, deadline):
        self.sock, theirs = socket.socketpair()
        out_read, out_write = os.pipe()
        self.pid, self.status, self.isolation, self.modules = None, None, {}, {}
        self.callbacks, self.alive = {}, True
        self.greeted = False
        try:
            self._spawn(template_socket, files, modules, theirs, out_write)
        except BaseException:
            self.sock.close()
            os.close(out_read)
            raise
        finally:
            theirs.close()
            os.close(out_write)
        self.output = StudentOutput(out_read, stop=self.kill)
        self.answers = AnswerReader(self.sock, self.output, self.kill)
        try:
            hello = self._expect("hello", time.monotonic() + SPAWN_TIMEOUT)
            self.pid, self.isolation, self.greeted = hello.get("pid"), hello.get("isolation", {}), True
            student = self._expect("hello", deadline)
            self.modules = student.get("modules", {})
        except BaseException:
            self.close()  # never leave a student process behind
            raise

    def _spawn(self, template_socket, files, modules, theirs, out_write):
        try:
            request = {"files": files, "modules": modules, "messages": student_messages()}
            forkserver.request(template_socket, request, [theirs.fileno(), out_write], SPAWN_TIMEOUT)
        except (OSError, ValueError) as error:
            raise StudentSetupError(text("grading.process.not_answering", error=error)) from None

    def kill(self):
        """SIGKILL the student: PID 1 of its namespace (which takes every process in it along), and
        its process group (where there are no namespaces)."""
        if self.pid and self.alive:
            for kill in (os.killpg, os.kill):
                try:
                    kill(self.pid, signal.SIGKILL)
                except OSError:
                    pass
        self.alive = False

    def close(self):
        self.kill()
        self.sock.close()

    # frames
    def _recv(self, deadline):
        """The next frame (header, blobs), read whole before the deadline (StudentTimeout), within the
        test's byte budget; StudentCrashed when the process ends or sends what is not a frame."""
        try:
            header, blobs = self.answers.frame(deadline)
        except EOFError:
            self.kill()
            raise StudentCrashed(self._death()) from None
        except wire.ProtocolError as error:
            raise self._broke(error) from None
        if "exit" in header:  # the supervisor's last word: the student process has ended
            self.status = header["exit"] if type(header["exit"]) is int else None
            self.alive = False
            raise StudentCrashed(self._death())
        if "setup_failed" in header and not self.greeted:  # only the supervisor speaks before its hello
            self.alive = False
            why = str(header["setup_failed"])[:300]
            raise StudentSetupError(text("grading.process.not_locked_down", error=why))
        return header, blobs

    def _death(self):
        if self.output.flooded:
            return text("grading.process.printed_too_much", limit=f"{OUTPUT_LIMIT:,}")
        if self.status is not None:
            return text("grading.process.exited", how=describe_exit(self.status))
        return text("grading.process.ended")

    def _expect(self, key, deadline):
        header, _ = self._recv(deadline)
        if key not in header:
            raise self._broke(text("grading.process.no_hello"))
        return header

    def _broke(self, what):
        """Kill the student process; the StudentCrashed that says how it broke the protocol."""
        self.kill()
        return StudentCrashed(text("grading.process.protocol", what=_protocol_words(what)))

    # values
    def _as_handle(self, value):
        if isinstance(value, Remote):
            if value._process is not self:
                raise StudentCrashed(text("grading.process.gone"))
            return {"$": "ref", "id": value._ref, "type": value._type}
        if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, functools.partial)):
            ident = len(self.callbacks) + 1
            self.callbacks[ident] = value
            return {"$": "cb", "id": ident}
        raise TypeError(text("grading.process.not_data", type=type(value).__name__))

    def _from_ref(self, data):
        return Remote(self, data["id"], data.get("type", "object")[:80])

    def send(self, header, values):
        frame = wire.encode_message(header, values, self._as_handle, grad_as_data=True)
        try:
            wire.send_frame(self.sock, frame)
        except OSError:
            self.kill()
            raise StudentCrashed(self._death()) from None

    def request(self, op, ref, name=None, **values):
        """Send one request; serve the student's callbacks until its answer comes."""
        __tracebackhide__ = True   # the test's line shows, not the grader's forwarding
        if not self.alive:
            raise StudentCrashed(text("grading.process.gone"))
        deadline = self.deadline or time.monotonic() + self.default_timeout
        header = {"op": op, "ref": ref} if name is None else {"op": op, "ref": ref, "name": name}
        self.send(header, values)
        while True:
            header, blobs = self._recv(deadline)
            callback = header.get("op") == "callback"
            try:  # a callback gets data only: the test's function never touches the student's objects
                decoded = wire.decode_values(header, blobs, ("args", "kwargs") if callback else ("ok",),
                                             _refuse_ref if callback else self._from_ref)
            except wire.ProtocolError as error:
                raise self._broke(error) from None
            if callback:
                self._callback(header, decoded)
            elif "error" in header and isinstance(header["error"], dict):
                raise student_error(header["error"], op)
            elif "ok" in header:
                return decoded["ok"]
            else:
                raise self._broke(text("grading.process.unknown_frame"))

    def _callback(self, header, decoded):
        __tracebackhide__ = True   # the test's line shows, not the grader's forwarding
        function = self.callbacks.get(header.get("id"))
        args, kwargs = decoded.get("args", []), decoded.get("kwargs", {})
        if function is None or type(args) is not list or type(kwargs) is not dict \
                or not all(type(k) is str for k in kwargs):
            self.send({"error": {"type": "TypeError"}}, {})
            return
        try:
            result = function(*args, **kwargs)
        except StudentProblem:
            raise
        except Exception as error:  # the test's own function failed on the student's input
            self.send({"error": {"type": type(error).__name__}}, {})
            return
        except BaseException:  # pytest.fail, Ctrl-C: the student must not wait for an answer forever
            self.kill()
            raise
        try:
            self.send({}, {"ok": result})
        except TypeError:  # the test's function returned what is not data
            self.kill()
            raise

    deadline = None              # the current test's end (set by the session)
    default_timeout = 60.0       # seconds for a request outside any test (collection)


class StudentSession:
    """The student's side of one graded run: a process per need, one deadline per test.

    The process starts on first use; when it dies (a crash, a timeout, a limit) the next use
    starts a fresh one from the template, so every test gets its own chance. An import that
    fails fails the same way every time: it is remembered, not retried.
    """

    MAX_PROCESSES = 200

    def __init__(self, template_socket, files, modules, timeout):
        self.template_socket, self.files, self.modules = template_socket, files, modules
        self.timeout = float(timeout)   # seconds per test, and for anything outside a test
        self.process, self.started, self.import_error = None, 0, None
        self.deadline = None
        self.isolation = {}

    def current(self):
        if self.import_error is not None:
            raise StudentImportError(self.import_error)
        if self.process is not None and self.process.alive:
            return self.process
        if self.process is not None:
            self.process.close()
        if self.started >= self.MAX_PROCESSES:
            raise StudentCrashed(text("grading.process.restarted", count=self.MAX_PROCESSES))
        self.started += 1
        try:
            self.process = StudentProcess(self.template_socket, self.files, self.modules,
                                          self.deadline or time.monotonic() + self.timeout)
        except StudentTimeout:
            self.import_error = text("grading.process.import_timed_out")
            raise StudentImportError(self.import_error) from None
        except StudentSetupError:
            raise
        except StudentCrashed as error:
            self.import_error = text("grading.process.import_crashed", error=error)
            raise StudentImportError(self.import_error) from None
        self.process.deadline, self.process.default_timeout = self.deadline, self.timeout
        self.isolation = self.process.isolation
        for name, state in self.process.modules.items():
            if isinstance(state, dict) and "error" in state and isinstance(state["error"], dict):
                error = student_error(state["error"])
                why = text("grading.grade.called_sys_exit") if error.type_name == "SystemExit" else ""
                self.import_error = text("grading.process.import_failed", name=name, type=error.type_name,
                                         error=error, why=why)
                self.process.close()
                raise StudentImportError(self.import_error)
        return self.process

    def set_deadline(self, deadline):
        """The time the current test (or its setup or teardown) must end by; a fresh answer budget."""
        self.deadline = deadline
        if self.process is not None:
            self.process.deadline = deadline
            self.process.answers.received = 0

    def module_attr(self, module, name):
        __tracebackhide__ = True   # the test's line shows, not the grader's forwarding
        process = self.current()
        state = process.modules.get(module)
        if not isinstance(state, dict) or type(state.get("ref")) is not int:
            raise StudentImportError(text("grading.process.missing_module", module=module))
        return process.request("getattr", state["ref"], name=name)

    def take_output(self):
        return self.process.output.take() if self.process is not None else ""

    def close(self):
        if self.process is not None:
            self.process.close()
