"""`gdlab train --ddp` under torchrun: 2 CPU processes, gloo on 127.0.0.1, every run killed on timeout.

One job is stopped by a failing rank 1 after epoch 1 (its checkpoint stays); a second job resumes
it; the result equals a single process trained with the same global batch. A rank that hangs
stops the job after --ddp-timeout seconds.
"""
import json
import os
import sys

import pytest
import torch

from ddp_helpers import run, torchrun
from gdlab.cnn.config import TrainConfig
from gdlab.cnn.datasets import write_digits
from gdlab.cnn.train import train

pytestmark = pytest.mark.skipif(not torch.distributed.is_available() or sys.platform == "win32",
                                reason="needs torch.distributed with gloo")
HELPER = os.path.join(os.path.dirname(__file__), "ddp_helpers.py")
B = 8                  # per-process batch; the global batch is 2 x 8 = 16
SETTINGS = ["--data", "digits", "--max-images", "200", "--epochs", "2", "--batch-size", str(B), "--device", "cpu",
            "--no-augment", "--seed", "1", "--ddp-timeout", "10", "--no-progress"]


@pytest.fixture(scope="module")
def stopped_job(tmp_path_factory):
    """A 2-process job whose rank 1 raises at the start of epoch 2: returns (folder, result, seconds)."""
    folder = tmp_path_factory.mktemp("ddp")
    write_digits(folder / "data" / "digits", seed=0)
    argv = torchrun(2, HELPER, "--ddp", *SETTINGS, "--data-root", str(folder / "data"), "--logdir",
                    str(folder / "runs"), "--checkpoint", str(folder / "c.pt"))
    done, seconds = run(argv, timeout=60, cwd=folder, GDLAB_TEST_FAULT="raise")
    return folder, done, seconds


def test_a_failing_rank_stops_the_job_quickly_with_its_error(stopped_job):
    folder, done, seconds = stopped_job
    assert done.returncode != 0
    assert "gdlab train: error: rank 1: rank 1 was told to fail (test)" in done.stderr
    assert seconds < 40                                  # startup ~10 s on 2 cores; a hang would be 60
    assert torch.load(folder / "c.pt", weights_only=True)["epoch"] == 1    # epoch 1's checkpoint stays


def test_resume_finishes_the_job_like_one_process_with_the_global_batch(stopped_job):
    folder, _, _ = stopped_job
    argv = torchrun(2, "-m", "gdlab", "train", "--ddp", *SETTINGS, "--data-root", str(folder / "data"),
                    "--logdir", str(folder / "runs"), "--checkpoint", str(folder / "c.pt"), "--resume", "--json")
    done, _ = run(argv, timeout=60, cwd=folder)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1                              # rank 0 alone reports
    ddp = json.loads(lines[0])
    assert ddp["epoch"] == 2 and ddp["epochs_run"] == 1 and ddp["world_size"] == 2 and ddp["global_batch_size"] == 16
    assert done.stderr.count("resumed from") == 1 and "Traceback" not in done.stderr
    # rank 0 alone writes: one run folder, one events file per job, no stray checkpoint files
    runs = list((folder / "runs").iterdir())
    assert len(runs) == 1 and ddp["run_dir"] == str(runs[0])
    assert len(list(runs[0].glob("events.out.tfevents.*"))) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["c.pt", "data", "runs"]
    saved = torch.load(folder / "c.pt", weights_only=True)
    assert saved["epoch"] == 2 and saved["extra"]["world_size"] == 2
    assert all(not key.startswith("module.") for key in saved["model"])      # the Net, not its DDP wrapper

    single_path = folder / "single.pt"
    single = train(TrainConfig(data="digits", data_root=str(folder / "data"), max_images=200, epochs=2,
                               batch_size=2 * B, augment=False, seed=1, device="cpu", logdir=None,
                               progress=False, checkpoint=str(single_path)), announce=lambda line: None)
    assert single["val_accuracy"] == ddp["val_accuracy"]
    assert ddp["val_loss"] == pytest.approx(single["val_loss"], rel=1e-4)
    assert ddp["train_loss"] == pytest.approx(single["train_loss"], rel=1e-4)
    reference = torch.load(single_path, weights_only=True)["model"]
    for name, value in saved["model"].items():
        assert torch.isfinite(value).all(), name
        torch.testing.assert_close(value, reference[name], rtol=0, atol=1e-4, msg=name)


def test_a_hanging_rank_stops_the_job_after_the_timeout(tmp_path):
    write_digits(tmp_path / "data" / "digits", seed=0)
    settings = [s if s != "10" else "3" for s in SETTINGS]          # --ddp-timeout 3
    argv = torchrun(2, HELPER, "--ddp", *settings, "--data-root", str(tmp_path / "data"), "--logdir", "")
    done, seconds = run(argv, timeout=60, cwd=tmp_path, GDLAB_TEST_FAULT="hang")
    assert done.returncode != 0
    assert "gdlab train: error: rank 0: lost the other processes (Timed out waiting 3000ms" in done.stderr
    assert "did not answer within --ddp-timeout 3 s" in done.stderr
    assert seconds < 40
