"""What TensorBoard shows is what was logged: a real server on 127.0.0.1 and the event reader.

The CNN's runs (gdlab.cnn.tensorboard) and the toy descent's (gdlab.tensorboard, without the CNN package).
"""
import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import numpy as np
import pytest
import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from tensorboard.plugins.hparams import plugin_data_pb2

from gdlab.cnn.config import TrainConfig
from gdlab.cnn.datasets import write_digits
from gdlab.cnn.train import train
from gdlab.data import load
from gdlab.descent import fit
from gdlab.tensorboard import log_trajectory

EPOCHS = 2
SCALARS = ("train/loss", "train/accuracy", "val/loss", "val/accuracy", "lr")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One fresh training run logged under runs/: (logdir, run folder, result, its events)."""
    root = tmp_path_factory.mktemp("tb")
    write_digits(root / "data" / "digits", seed=0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        result = train(TrainConfig(data="digits", data_root=str(root / "data"), max_images=200, epochs=EPOCHS,
                                   batch_size=16, logdir=str(root / "runs"), run_name="tb-test", progress=False,
                                   device="cpu"), announce=lambda line: None)
    finally:
        torch.set_num_threads(threads)
    events = EventAccumulator(result["run_dir"], size_guidance={"scalars": 0, "histograms": 0, "images": 0,
                                                                "tensors": 0})
    events.Reload()
    return root / "runs", result["run_dir"], result, events


def test_one_run_per_folder_under_runs(run):
    logdir, run_dir, _, _ = run
    folders = [p for p in logdir.iterdir() if p.is_dir()]
    assert [str(p) for p in folders] == [run_dir]
    assert folders[0].name.endswith("-tb-test")
    assert list(folders[0].glob("events.out.tfevents.*"))


def test_scalars_per_epoch_as_read_by_tensorboards_reader(run):
    _, _, result, events = run
    tags = events.Tags()
    assert set(SCALARS) <= set(tags["scalars"])
    for tag in SCALARS:
        points = events.Scalars(tag)
        assert [p.step for p in points] == list(range(1, EPOCHS + 1)), tag
        assert all(np.isfinite(p.value) for p in points), tag
    last = {tag: events.Scalars(tag)[-1].value for tag in SCALARS}
    # TensorBoard stores float32: the last epoch's values are the returned metrics, rounded to float32
    assert last["val/loss"] == np.float32(result["val_loss"])
    assert last["val/accuracy"] == np.float32(result["val_accuracy"])
    assert last["train/loss"] == np.float32(result["train_loss"])
    assert last["lr"] == np.float32(result["lr"])


def test_histograms_images_graph_and_hparams(run):
    _, _, _, events = run
    tags = events.Tags()
    for layer in ("conv1", "conv2", "fc1", "fc2", "fc3"):
        for kind in ("weight", "bias"):
            assert [h.step for h in events.Histograms(f"weights/{layer}.{kind}")] == [1, 2]
            grads = events.Histograms(f"grads/{layer}.{kind}")
            assert len(grads) == EPOCHS and grads[-1].histogram_value.num > 0
    conv1 = events.Histograms("weights/conv1.weight")[-1].histogram_value
    assert conv1.num == 6 * 3 * 5 * 5
    assert "train/sample_batch" in tags["images"]
    sample = events.Images("train/sample_batch")[0]
    assert sample.width > 32 and sample.height > 32 and sample.encoded_image_string[:4] == b"\x89PNG"
    assert "val/misclassified" in tags["images"]
    assert tags["graph"] is True
    assert "conv1" in str(events.Graph())
    content = events.PluginTagToContent("hparams")
    assert set(content) == {"_hparams_/experiment", "_hparams_/session_start_info", "_hparams_/session_end_info"}
    start = plugin_data_pb2.HParamsPluginData.FromString(content["_hparams_/session_start_info"])
    hparams = start.session_start_info.hparams
    assert hparams["lr"].number_value == 2e-3 and hparams["optimizer"].string_value == "adam"
    assert hparams["epochs"].number_value == EPOCHS and hparams["data"].string_value == "digits"
    assert "hparam/val_accuracy" in events.Tags()["scalars"]


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read().decode())


@pytest.fixture
def server(run):
    """A real TensorBoard on 127.0.0.1 over the fresh run's logdir; always stopped afterwards."""
    logdir = run[0]
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tensorboard.main", "--logdir", str(logdir), "--host", "127.0.0.1",
         "--port", str(port), "--load_fast", "false", "--reload_interval", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.stderr.read().decode()[-2000:]
            try:
                if get_json(f"{base}/data/plugin/scalars/tags", timeout=2):
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "TensorBoard did not serve the run within 60 s"
            time.sleep(0.25)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()


def test_a_real_tensorboard_server_shows_what_was_logged(run, server):
    _, run_dir, result, events = run
    run_name = run_dir.rsplit("/", 1)[-1]
    tags = get_json(f"{server}/data/plugin/scalars/tags")
    assert set(SCALARS) <= set(tags[run_name])
    for tag in SCALARS:
        query = urllib.parse.urlencode({"run": run_name, "tag": tag})
        served = get_json(f"{server}/data/plugin/scalars/scalars?{query}")   # [[wall_time, step, value], ...]
        assert [step for _, step, _ in served] == list(range(1, EPOCHS + 1)), tag
        assert [value for _, _, value in served] == [p.value for p in events.Scalars(tag)], tag
    query = urllib.parse.urlencode({"run": run_name, "tag": "val/accuracy"})
    assert get_json(f"{server}/data/plugin/scalars/scalars?{query}")[-1][2] == np.float32(result["val_accuracy"])


def test_the_toy_descent_logged_step_by_step(tmp_path):
    x, y = load("line")
    trajectory = fit(x, y, method="mbgd", batch_size=25, lr=0.1, epochs=3, tol=0.0)
    run_dir = log_trajectory(trajectory, tmp_path / "runs")
    assert run_dir.parent == tmp_path / "runs"
    events = EventAccumulator(str(run_dir), size_guidance={"scalars": 0, "histograms": 0})
    events.Reload()
    steps = trajectory.steps
    assert steps == 12
    for tag, values, first_step in (("descent/w", trajectory.w, 0), ("descent/b", trajectory.b, 0),
                                    ("descent/cost", trajectory.cost, 0), ("descent/grad_w", trajectory.grad_w, 1),
                                    ("descent/grad_b", trajectory.grad_b, 1)):
        points = events.Scalars(tag)
        assert [p.step for p in points] == list(range(first_step, first_step + len(values))), tag
        np.testing.assert_array_equal([p.value for p in points], np.asarray(values, dtype=np.float32))
    histograms = events.Histograms("grads/grad_w")
    assert [h.step for h in histograms] == [0, 1, 2]
    assert [h.histogram_value.num for h in histograms] == [4, 4, 4]           # 4 steps of 25 per epoch
    assert histograms[0].histogram_value.sum == pytest.approx(float(np.sum(trajectory.grad_w[:4])), rel=1e-6)


def test_gdlab_fit_logs_without_importing_the_cnn_package(tmp_path):
    """`gdlab fit --logdir` writes its run with gdlab.tensorboard alone: no CNN module, no torchvision.

    Every command's parser is built first, `gdlab train`'s from gdlab.cnn.config (which imports no
    torch): the fit itself must import no more of the CNN package than that.
    """
    code = ("import sys; from gdlab.cli import main; "
            f"code = main(['fit', 'line', '--logdir', {str(tmp_path / 'runs')!r}, '--json']); "
            "print(code, sorted(m for m in sys.modules if m.startswith(('gdlab.cnn', 'torchvision'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result, last = done.stdout.strip().splitlines()
    assert last == "0 ['gdlab.cnn', 'gdlab.cnn.config']"
    run_dir = json.loads(result)["logdir"]
    assert [str(p) for p in (tmp_path / "runs").iterdir()] == [run_dir]
    events = EventAccumulator(run_dir, size_guidance={"scalars": 0})
    events.Reload()
    assert len(events.Scalars("descent/w")) == json.loads(result)["steps"] + 1
