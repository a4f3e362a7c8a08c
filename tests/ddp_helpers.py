"""torchrun on loopback for the DDP tests: a free port, the command, a run that is killed on timeout.

Run as a script under torchrun, this file is `gdlab train` with a fault in rank 1 at the start of
epoch 2 (after DDP has synchronised the ranks): GDLAB_TEST_FAULT=raise makes it raise a GdlabError,
GDLAB_TEST_FAULT=hang makes it sleep, as a stuck process would.
"""
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

TORCHRUN = [sys.executable, "-m", "torch.distributed.run"]     # torchrun, from this interpreter


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def torchrun(nproc, *target):
    """torchrun with `nproc` processes on this machine only: rank 0 listens on 127.0.0.1."""
    return [*TORCHRUN, "--nproc-per-node", str(nproc), "--nnodes", "1", "--master-addr", "127.0.0.1",
            "--master-port", str(free_port()), "--monitor-interval", "0.1", *target]


def run(argv, timeout, cwd=None, **env):
    """Run `argv` (with `env` added) in its own process group; on timeout kill the whole group and fail.

    Returns (the completed process, seconds it took).
    """
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONUNBUFFERED="1", TORCH_CPP_LOG_LEVEL="ERROR", **env)
    started = time.monotonic()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               cwd=cwd, start_new_session=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        raise AssertionError(f"{' '.join(argv)} did not finish within {timeout} s; stderr:\n{err[-3000:]}")
    return subprocess.CompletedProcess(argv, process.returncode, out, err), time.monotonic() - started


def _faulty_train():
    import gdlab.cnn.train as train_module
    from gdlab.cli import main
    from gdlab.errors import GdlabError
    fault, real = os.environ.get("GDLAB_TEST_FAULT"), train_module.train_one_epoch

    def train_one_epoch(model, batches, *args, **kwargs):
        if os.environ["RANK"] == "1" and batches.epoch == 1:
            if fault == "raise":
                raise GdlabError("rank 1 was told to fail (test)")
            time.sleep(600)
        return real(model, batches, *args, **kwargs)
    train_module.train_one_epoch = train_one_epoch
    return main(["train", *sys.argv[1:]])


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(_faulty_train())
