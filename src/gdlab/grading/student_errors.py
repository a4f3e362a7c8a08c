"""What the student's process can do instead of answering, as the grader reports it.

StudentTimeout, StudentCrashed (and StudentSetupError, the grading machine's own failure) and
StudentImportError end a test with the status "timed out", "crashed" or "never ran";
StudentError is an exception raised by the student's code, rebuilt from its type name, message
and the student's own traceback lines; describe_exit says how a process ended.
"""
import builtins
import functools
import os
import signal

from gdlab.i18n import text

LOCK_DOWN_FAILED = 71            # the student process's exit code when it could not be locked down
_SIGNALS = {"SIGSEGV", "SIGABRT", "SIGBUS", "SIGKILL", "SIGXCPU", "SIGXFSZ", "SIGFPE"}   # grading.exit.*


class StudentProblem(Exception):
    """Something the student's process did that the grader reports instead of a value."""


class StudentTimeout(StudentProblem):
    """The student's code ran past the test's time limit; its process was killed."""


class StudentCrashed(StudentProblem):
    """The student's process died, broke the protocol, or went over a limit."""


class StudentSetupError(StudentCrashed):
    """The grader could not start or lock down a student process (the machine's fault, not the code's)."""


class StudentImportError(StudentProblem):
    """The student's module could not be imported (a syntax error, sys.exit() at import ...)."""


class StudentError(Exception):
    """An exception raised by the student's code, rebuilt from its name, message and traceback."""

    def __init__(self, type_name, message, student_traceback=""):
        super().__init__(message)
        self.type_name, self.message, self.student_traceback = type_name, message, student_traceback

    def __str__(self):
        if self.student_traceback:
            return self.message + text("grading.errors.in_your_code", traceback=self.student_traceback.rstrip())
        return self.message


@functools.cache
def _error_class(base):
    """StudentError, or a class that is both StudentError and the builtin exception `base`."""
    if base is None:
        return StudentError
    return type(base.__name__, (StudentError, base), {"__module__": "student"})


def student_error(info, op=None):
    """The StudentError for an error frame; also an instance of the builtin exception it names
    (so `pytest.raises(ValueError)` works). Only the answer to next() may be a StopIteration: a
    student's StopIteration anywhere else must not end a loop in the test without a word."""
    name = str(info.get("type", "Exception"))[:80]
    message, trace = str(info.get("message", ""))[:4000], str(info.get("traceback", ""))[:4000]
    if name == "StopIteration" and op == "next":
        raise StopIteration
    base = getattr(builtins, name, None)
    if not (isinstance(base, type) and issubclass(base, Exception)) or issubclass(base, StopIteration):
        base = None
    try:
        return _error_class(base)(name, message, trace)
    except TypeError:  # UnicodeDecodeError, ExceptionGroup ...: constructors of their own
        return StudentError(name, message, trace)


def describe_exit(status):
    """'exited with code 3' or 'crashed with a segmentation fault (SIGSEGV)' from a wait status."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = text("grading.exit.signal_number", number=number)
        key = {"SIGKILL": "SIGKILL_limit"}.get(name, name)
        what = text(f"grading.exit.{key}") if name in _SIGNALS else name
        return text("grading.exit.crashed_with", what=what, name=name)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == LOCK_DOWN_FAILED:
        return text("grading.exit.lock_down_failed", code=LOCK_DOWN_FAILED)
    if os.WIFEXITED(status):
        return text("grading.exit.student_code", code=os.WEXITSTATUS(status))
    return text("grading.exit.stopped")
