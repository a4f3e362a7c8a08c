"""A `gdlab train` run killed with SIGKILL mid-training resumes to the same weights, bit for bit (CPU)."""
import os
import signal
import subprocess
import sys
import time

import pytest
import torch

from gdlab.cnn.datasets import write_digits

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def command(data_root, checkpoint, *extra):
    return [sys.executable, "-m", "gdlab", "train", "--data", "digits", "--data-root", str(data_root),
            "--max-images", "600", "--epochs", "4", "--batch-size", "8", "--seed", "3", "--device", "cpu",
            "--threads", "1", "--logdir", "", "--no-progress", "--json", "--checkpoint", str(checkpoint), *extra]


def environment():
    return dict(os.environ, OMP_NUM_THREADS="1", PYTHONUNBUFFERED="1")


def finish(argv, timeout=120):
    done = subprocess.run(argv, env=environment(), capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def test_sigkill_then_resume_gives_the_uninterrupted_weights(tmp_path):
    data_root = tmp_path / "data"
    write_digits(data_root / "digits", seed=0)
    killed_ckpt = tmp_path / "killed.pt"
    victim = subprocess.Popen(command(data_root, killed_ckpt), env=environment(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while not killed_ckpt.exists():                       # the first epoch's checkpoint
            assert victim.poll() is None, "the run ended before writing a checkpoint"
            assert time.monotonic() < deadline, "no checkpoint within 90 s"
            time.sleep(0.005)
        time.sleep(0.05)                                      # into the next epoch (75 steps of 8 images)
        assert victim.poll() is None, "the run finished before it could be killed"
        victim.send_signal(signal.SIGKILL)
        assert victim.wait(timeout=30) == -signal.SIGKILL
    finally:
        if victim.poll() is None:
            victim.kill()
            victim.wait()
    epoch_at_kill = torch.load(killed_ckpt, weights_only=True)["epoch"]
    assert 1 <= epoch_at_kill < 4
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".killed")] == []   # no partial save
    finish(command(data_root, killed_ckpt, "--resume"))
    straight_ckpt = tmp_path / "straight.pt"
    finish(command(data_root, straight_ckpt))
    resumed = torch.load(killed_ckpt, weights_only=True)
    straight = torch.load(straight_ckpt, weights_only=True)
    assert resumed["epoch"] == straight["epoch"] == 4
    assert list(resumed["model"]) == list(straight["model"])
    for name, value in straight["model"].items():
        assert torch.isfinite(value).all(), name
        assert torch.equal(resumed["model"][name], value), name
    for index, state in straight["optimizer"]["state"].items():
        assert torch.equal(resumed["optimizer"]["state"][index]["exp_avg_sq"], state["exp_avg_sq"])
