"""The trusted test runner, kept warm: pytest, NumPy, torch and gdlab's grading are imported once
in a fork server, and each graded run of pytest is a fork of it (so a class of 300 is not 300
cold starts of torch). This process holds the tests and the reference code; it never runs the
student's code (that runs in the student template's forks, gdlab.grading.template).
"""
import multiprocessing
import os
import signal
import sys

PRELOAD = ["gdlab.grading.runner", "gdlab.grading.plugin", "gdlab.grading.compare", "gdlab.scratch",
           "numpy", "torch", "pytest"]


def run_pytest(argv, cwd, log_path, env):
    """In the fork: a session of its own, output to `log_path`, then pytest; exits with its code."""
    os.setsid()
    os.chdir(cwd)
    os.environ.update(env)
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(log, 1)
    os.dup2(log, 2)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(1)
    import pytest
    code = pytest.main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(code))


class ForkedRun:
    """A forked pytest, with the bits of subprocess.Popen that the grader uses."""

    def __init__(self, context, argv, cwd, log_path, env):
        self.process = context.Process(target=run_pytest, args=(argv, str(cwd), str(log_path), env))
        self.process.start()
        self.pid = self.process.pid

    @property
    def returncode(self):
        return self.process.exitcode

    def poll(self):
        return self.process.exitcode

    def kill_group(self):
        for kill in (lambda: os.killpg(self.pid, signal.SIGKILL), self.process.kill):
            try:
                kill()
            except (OSError, ValueError):
                pass

    def wait(self):
        self.process.join()
        return self.process.exitcode


class PytestRunner:
    """Starts pytest runs as forks of one warm server (multiprocessing's forkserver)."""

    def __init__(self):
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(PRELOAD)

    def start(self, argv, cwd, log_path, env):
        return ForkedRun(self.context, argv, cwd, log_path, env)
