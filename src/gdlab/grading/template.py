"""The clean student template: one fresh interpreter per grading command, forked per submission.

StudentTemplate starts `python -I student_server.py` with a scrubbed environment, gives it its
settings (what to hide, the limits, the user to drop to), and waits until it has imported NumPy
and torch and probed which isolation measures this machine allows. Every submission's student
process is then a fork of it (milliseconds instead of a cold start of torch), and holds no
grader state: the template never imported gdlab, the tests or the reference code.
"""
import json
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import gdlab
from gdlab.errors import GdlabError
from gdlab.i18n import text

SERVER = Path(__file__).with_name("student_server.py")
START_TIMEOUT = 120.0


@dataclass(frozen=True)
class Limits:
    """What one student process may use (lab.toml's [limits] table overrides these)."""

    memory_mib: int = 2048       # address space beyond what the template maps (torch's libraries)
    cpu_seconds: int = 300       # CPU seconds for the whole process (wall time per test: the timeout)
    processes: int = 32          # processes and threads it may add
    file_mib: int = 16           # the largest file it may write
    open_files: int = 256        # descriptors open at once
    tmp_mib: int = 64            # its private /tmp (where its folder is)


def template_env():
    """The template's environment: nothing of the grader's but a PATH and a locale."""
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
            "MPLBACKEND": "Agg", "HOME": "/nonexistent"}


def hidden_paths(extra=()):
    """Folders the student must not see: gdlab's package, the whole checkout it runs from (labs,
    tests, .git and its history), plus `extra`. The Python installation inside one (a .venv) is
    bound back into the student's view; nothing else of it is."""
    package = Path(gdlab.__file__).resolve().parent
    paths = [package]
    checkout = package.parents[1]
    if (checkout / "pyproject.toml").is_file():
        paths.append(checkout)
    paths.append(Path(tempfile.gettempdir()).resolve())  # the grader's own folders, wherever TMPDIR is
    paths += [Path(p).resolve() for p in extra]
    return [str(p) for p in dict.fromkeys(paths)]


def _read_some(fd, deadline):
    """What the pipe `fd` holds once it is readable, or b"" at its end or at the monotonic `deadline`."""
    ready, _, _ = select.select([fd], [], [], max(deadline - time.monotonic(), 0))
    return os.read(fd, 65536) if ready else b""


class StudentTemplate:
    """The running template; `socket` is where a test process asks it for a student process."""

    def __init__(self, limits=Limits(), hide=(), user="nobody", namespaces=True,
                 preload=("numpy", "torch")):
        self.folder = tempfile.mkdtemp(prefix="gdlab-template-")  # mode 700: the grader's own
        self.socket = os.path.join(self.folder, "template.sock")
        settings = {"socket": self.socket, "limits": asdict(limits), "hide": hidden_paths(hide) + [self.folder],
                    "user": user, "namespaces": namespaces, "preload": list(preload)}
        self.process = subprocess.Popen([sys.executable, "-I", str(SERVER)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=template_env(),
                                        cwd=self.folder, start_new_session=True)
        self.process.stdin.write(json.dumps(settings).encode() + b"\n")
        self.process.stdin.flush()
        self.limits, self._isolation, self._failure = limits, None, None
        self._starting = threading.Lock()   # a class's graders (threads) may all ask at once

    @property
    def isolation(self):
        """What the template found it can apply (it has started when this returns)."""
        return self.wait()

    def wait(self):
        """Wait until the template has imported torch and probed the machine; its isolation dict.
        Thread-safe: one thread reads the ready line, the others wait for it (two readers of the
        one line would leave one blocked, or timing out and closing the template under the class)."""
        with self._starting:
            if self._failure is not None:  # it failed for an earlier caller: the same error for each
                raise GdlabError(self._failure)
            if self._isolation is None:
                try:
                    self._isolation = dict(self._ready(), limits=asdict(self.limits))
                except GdlabError as error:
                    self._failure = str(error)
                    raise
        return self._isolation

    def _ready(self):
        deadline = time.monotonic() + START_TIMEOUT
        line = b""
        while not line.endswith(b"\n"):
            chunk = _read_some(self.process.stdout.fileno(), deadline)
            if not chunk:
                self._stop()   # its stderr is whole once it has ended: read it before closing the pipes
                error = self._stderr_tail()
                self.close()
                error = error or text("grading.template.no_answer")
                raise GdlabError(text("grading.template.no_start", error=error))
            line += chunk
        return json.loads(line)["isolation"]

    def _stderr_tail(self, wait=5.0):
        """The end of what the ended template wrote to stderr: read until its end, or for `wait`
        seconds at most (a process it left behind may hold the pipe open)."""
        deadline, data = time.monotonic() + wait, b""
        while True:
            chunk = _read_some(self.process.stderr.fileno(), deadline)
            if not chunk:
                return data.decode("utf-8", "replace")[-2000:]
            data = (data + chunk)[-8000:]

    def close(self):
        """Stop the template and every student process it forked."""
        self._stop()
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()
        for name in os.listdir(self.folder) if os.path.isdir(self.folder) else []:
            os.unlink(os.path.join(self.folder, name))
        if os.path.isdir(self.folder):
            os.rmdir(self.folder)

    def _stop(self):
        """End the template (its stdin closed, then killed with its session after 5 s) and reap it."""
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, 9)
            except OSError:
                pass
            self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
