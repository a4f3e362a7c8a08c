"""The trusted test runner, kept warm: one server process imports pytest, NumPy, torch and gdlab's
grading once and warms torch up (its first optimizer step costs a second); each graded run of
pytest is then a fork of it, so a class of 300 is not 300 cold starts. This process holds the
tests and the reference code; it never runs the student's code (that runs in the student
template's forks, gdlab.grading.template).

    python -m gdlab.grading.runner SOCKET     serve until stdin closes (PytestRunner starts it)

A request is one JSON line {"argv", "cwd", "log", "env"} with one descriptor attached: the write
end of a pipe on which the forked run writes its exit code when pytest returns. The answer is
{"pid": n}; the fork has a session of its own (its process group is killed to stop it).
"""
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading

from gdlab.errors import GdlabError
from gdlab.grading import forkserver
from gdlab.grading.warmup import warm_up
from gdlab.i18n import text

START_TIMEOUT = 120.0


def run(request, status_fd):
    """In the fork: a session of its own, output to the log, then pytest; its exit code to status_fd."""
    os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.chdir(request["cwd"])
    os.environ.update(request["env"])
    log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(log, 1)
    os.dup2(log, 2)
    import pytest
    code = int(pytest.main(request["argv"]))
    sys.stdout.flush()
    sys.stderr.flush()
    os.write(status_fd, str(code).encode())
    os._exit(code)


def serve(path):
    """Import and warm up once, then fork a pytest run per request until stdin closes."""
    import gdlab.grading.plugin  # noqa: F401  (imported once here, inherited by every fork)
    import pytest  # noqa: F401
    warm_up()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    forkserver.serve(path, 1, lambda request, fds: run(request, fds[0]), "ready")


class ForkedRun:
    """One forked pytest, with the parts of subprocess.Popen the grader uses."""

    def __init__(self, socket_path, argv, cwd, log_path, env):
        status_r, status_w = os.pipe()
        try:
            self.pid = forkserver.request(socket_path, {"argv": argv, "cwd": str(cwd), "log": str(log_path),
                                                        "env": env}, [status_w], START_TIMEOUT)
        except (OSError, ValueError) as error:
            os.close(status_r)
            raise GdlabError(text("grading.runner.no_run", error=error)) from None
        finally:
            os.close(status_w)
        self.status = os.fdopen(status_r, "rb", buffering=0)
        self.returncode = None

    def _read(self, timeout):
        ready, _, _ = select.select([self.status], [], [], timeout)
        if ready:
            data = self.status.read(16)
            self.returncode = int(data) if data.strip().lstrip(b"-").isdigit() else -signal.SIGKILL
            self.status.close()
        return self.returncode

    def poll(self):
        return self.returncode if self.returncode is not None else self._read(0)

    def wait(self):
        while self.returncode is None:
            self._read(1.0)
        return self.returncode

    def kill_group(self):
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except OSError:
            pass


class PytestRunner:
    """The warm server, started once per grading command; `start` forks one pytest run."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="gdlab-runner-")  # mode 700: the grader's own
        self.socket = os.path.join(self.folder, "runner.sock")
        self.process = subprocess.Popen([sys.executable, "-m", "gdlab.grading.runner", self.socket],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True)
        self.ready = False
        self._starting = threading.Lock()   # a class's graders (threads) may all ask at once

    def wait(self):
        """Wait until the server has imported everything and warmed up (it starts in the background).
        Thread-safe: one thread reads the ready line, the others wait for it."""
        with self._starting:
            if not self.ready:
                ready, _, _ = select.select([self.process.stdout], [], [], START_TIMEOUT)
                if not ready or self.process.stdout.readline().strip() != b"ready":
                    raise GdlabError(text("grading.runner.no_start"))
                self.ready = True

    def start(self, argv, cwd, log_path, env):
        self.wait()
        return ForkedRun(self.socket, argv, cwd, log_path, env)

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process.stdout.close()
        for name in os.listdir(self.folder):
            os.unlink(os.path.join(self.folder, name))
        os.rmdir(self.folder)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


if __name__ == "__main__":
    serve(sys.argv[1])
