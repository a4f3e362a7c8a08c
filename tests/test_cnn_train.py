"""Training the Net: the loop, the metrics, the JSON at the CLI, checkpoints and their errors."""
import json
import os
import pickle

import pytest
import torch
import torch.nn as nn

from gdlab.cli import main
from gdlab.cnn import checkpoint as ckpt
from gdlab.cnn.config import TrainConfig
from gdlab.cnn.datasets import write_digits
from gdlab.cnn.device import describe_device, pick_device
from gdlab.cnn.net import Net
from gdlab.cnn.tensors import DeviceBatches, ImageTensors
from gdlab.cnn.train import evaluate, make_torch_optimizer, seed_everything, train, train_one_epoch
from gdlab.errors import GdlabError


@pytest.fixture(autouse=True)
def one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def data_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("data")
    write_digits(root / "digits", seed=0)
    return root


def small(data_root, tmp_path, **settings):
    base = dict(data="digits", data_root=str(data_root), max_images=300, epochs=2, batch_size=16,
                logdir=None, progress=False, device="cpu")
    return TrainConfig(**(base | settings))


def quiet(line):
    pass


def test_the_loop_is_forward_loss_zero_grad_backward_step():
    """train_one_epoch with SGD equals the seed's loop written out by hand, step for step."""
    g = torch.Generator().manual_seed(0)
    data = ImageTensors(torch.randn(12, 3, 32, 32, generator=g), torch.randint(0, 10, (12,), generator=g),
                        list(range(10)))
    torch.manual_seed(0)
    model, twin = Net(), Net()
    twin.load_state_dict(model.state_dict())
    optimizer = make_torch_optimizer("sgd", model.parameters(), lr=0.05, momentum=0.9)
    twin_optimizer = torch.optim.SGD(twin.parameters(), lr=0.05, momentum=0.9)
    criterion = nn.CrossEntropyLoss()
    batches = DeviceBatches(data, batch_size=4, shuffle=False)
    metrics = train_one_epoch(model, batches, optimizer, criterion, torch.device("cpu"))
    losses, correct = [], 0
    for x, y in batches:
        y_pred = twin(x)                     # forward
        loss = criterion(y_pred, y)          # loss
        twin_optimizer.zero_grad()           # gradients start at zero
        loss.backward()                      # backward
        twin_optimizer.step()                # w <- w - lr * (momentum-averaged) gradient
        losses.append(loss.item())
        correct += int((y_pred.argmax(1) == y).sum())
    for a, b in zip(model.parameters(), twin.parameters()):
        torch.testing.assert_close(a, b, rtol=0, atol=0)
    assert metrics["loss"] == pytest.approx(sum(losses) / 3, rel=1e-6)
    assert metrics["accuracy"] == correct / 12


def test_evaluate_counts_right_answers():
    model = nn.Sequential(nn.Flatten(1), nn.Linear(3 * 32 * 32, 3))
    images = torch.randn(10, 3, 32, 32, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        predicted = model(images).argmax(1)
    labels = predicted.clone()
    labels[:3] = (labels[:3] + 1) % 3                       # three wrong answers
    batches = DeviceBatches(ImageTensors(images, labels, ["a", "b", "c"]), batch_size=4, shuffle=False)
    metrics, got = evaluate(model, batches, nn.CrossEntropyLoss(), torch.device("cpu"))
    assert metrics["accuracy"] == 0.7
    assert torch.equal(got, predicted)
    with torch.no_grad():
        expected = nn.functional.cross_entropy(model(images), labels).item()
    assert metrics["loss"] == pytest.approx(expected, rel=1e-6)


def test_training_on_digits_learns(data_root, tmp_path):
    result = train(small(data_root, tmp_path, epochs=3, max_images=400, lr=3e-3), announce=quiet)
    assert result["epochs_run"] == 3 and result["train_images"] == 400
    assert result["val_accuracy"] >= 0.6                      # chance is 0.1
    for key in ("train_loss", "val_loss", "seconds", "images_per_second"):
        assert result[key] > 0 and result[key] == result[key]   # finite, not NaN
    assert result["val_loss"] < 2.0                           # ln 10 = 2.30 is a uniform guess


def test_cli_json_prints_the_final_metrics(data_root, tmp_path, capsys):
    code = main(["train", "--data", "digits", "--data-root", str(data_root), "--max-images", "100",
                 "--epochs", "1", "--logdir", "", "--no-progress", "--device", "cpu", "--json",
                 "--checkpoint", str(tmp_path / "c.pt")])
    out = capsys.readouterr()
    assert code == 0
    result = json.loads(out.out)                               # stdout is the JSON object alone
    assert set(result) >= {"val_accuracy", "val_loss", "train_loss", "epoch", "seconds", "device", "checkpoint"}
    assert result["epoch"] == 1 and result["device"] == "cpu" and 0.0 <= result["val_accuracy"] <= 1.0
    assert "using CPU" in out.err
    assert ckpt.load_checkpoint(tmp_path / "c.pt", Net())["epoch"] == 1


def test_device_auto_and_named():
    if not torch.cuda.is_available():
        assert pick_device("auto") == torch.device("cpu")
        assert describe_device("cpu").startswith("using CPU (no GPU found")
        with pytest.raises(GdlabError, match=r"device 'cuda' is not available on this machine; available: cpu"):
            pick_device("cuda")
    assert pick_device("cpu") == torch.device("cpu")


def test_amp_needs_cuda(data_root, tmp_path):
    with pytest.raises(GdlabError, match=r"--amp \(mixed precision\) needs a CUDA device, got cpu"):
        train(small(data_root, tmp_path, amp=True), announce=quiet)


# ---------------------------------------------------------------- checkpoints

def test_checkpoint_round_trip_restores_model_optimizer_and_rng(tmp_path):
    seed_everything(0)
    model = Net()
    optimizer = make_torch_optimizer("adam", model.parameters(), 1e-3)
    nn.functional.cross_entropy(model(torch.randn(2, 3, 32, 32)), torch.tensor([1, 2])).backward()
    optimizer.step()
    path = ckpt.save_checkpoint(tmp_path / "c.pt", model, optimizer, epoch=3, extra={"run_dir": "r"})
    assert [p.name for p in tmp_path.iterdir()] == ["c.pt"]   # no temporary file left behind
    after_save = torch.rand(3)
    twin = Net()
    twin_optimizer = make_torch_optimizer("adam", twin.parameters(), 1e-3)
    torch.manual_seed(123)
    state = ckpt.load_checkpoint(path, twin, twin_optimizer)
    assert state["epoch"] == 3 and state["extra"] == {"run_dir": "r"}
    assert torch.equal(torch.rand(3), after_save)             # the RNG continues where it was saved
    for a, b in zip(model.state_dict().values(), twin.state_dict().values()):
        assert torch.equal(a, b)
    exp_avg = optimizer.state_dict()["state"][0]["exp_avg"]
    assert torch.equal(twin_optimizer.state_dict()["state"][0]["exp_avg"], exp_avg)


def test_a_failed_save_leaves_the_last_good_checkpoint(tmp_path, monkeypatch):
    model, path = Net(), tmp_path / "c.pt"
    optimizer = make_torch_optimizer("sgd", model.parameters(), 0.1)
    ckpt.save_checkpoint(path, model, optimizer, epoch=1)
    good = path.read_bytes()

    def crash(state, file):
        file.write(b"half a checkpoint")
        raise OSError("disk full (test)")
    monkeypatch.setattr(torch, "save", crash)
    with pytest.raises(OSError, match="disk full"):
        ckpt.save_checkpoint(path, model, optimizer, epoch=2)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["c.pt"]


def test_a_diverging_run_does_not_overwrite_the_checkpoint(data_root, tmp_path):
    path = tmp_path / "c.pt"
    train(small(data_root, tmp_path, epochs=1, checkpoint=str(path)), announce=quiet)
    good = path.read_bytes()
    with pytest.raises(GdlabError, match=r"training diverged in epoch 1: the loss is nan; lower --lr"):
        train(small(data_root, tmp_path, epochs=1, checkpoint=str(path), optimizer="sgd", lr=1e6,
                    schedule="constant"), announce=quiet)
    assert path.read_bytes() == good


def test_checkpoint_of_another_model_is_refused(tmp_path):
    other = Net(num_classes=3)
    path = ckpt.save_checkpoint(tmp_path / "c.pt", other, make_torch_optimizer("adam", other.parameters(), 1e-3), 1)
    model = Net()
    with pytest.raises(GdlabError, match=r"holds a different model .*size mismatch for fc3.weight.*start fresh"):
        ckpt.load_checkpoint(path, model, make_torch_optimizer("adam", model.parameters(), 1e-3))
    with pytest.raises(GdlabError, match=r"was trained with Adam, not SGD; resume with the same --optimizer"):
        ckpt.load_checkpoint(path, other, make_torch_optimizer("sgd", other.parameters(), 1e-3))


class Payload:
    """A pickle that would run code when loaded without weights_only."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_loading_never_runs_code(tmp_path):
    marker = str(tmp_path / "code-ran")
    path = tmp_path / "evil.pt"
    with open(path, "wb") as handle:
        pickle.dump({"format": ckpt.FORMAT, "model": Payload(marker)}, handle, protocol=2)
    with pytest.raises(GdlabError, match=r"evil\.pt is not a readable gdlab checkpoint"):
        ckpt.load_checkpoint(path, Net())
    assert not os.path.exists(marker)
    torch.save({"weights": torch.zeros(2)}, tmp_path / "other.pt")
    with pytest.raises(GdlabError, match=r"other\.pt is not a gdlab checkpoint"):
        ckpt.load_checkpoint(tmp_path / "other.pt", Net())
    with pytest.raises(GdlabError, match=r"no checkpoint at .*missing\.pt"):
        ckpt.load_checkpoint(tmp_path / "missing.pt", Net())


def test_resume_with_other_epochs_is_explained(data_root, tmp_path):
    path = tmp_path / "c.pt"
    train(small(data_root, tmp_path, epochs=1, max_images=50, checkpoint=str(path)), announce=quiet)
    with pytest.raises(GdlabError, match=r"planned for 1 epochs .*resume with --epochs 1"):
        train(small(data_root, tmp_path, epochs=3, max_images=50, checkpoint=str(path), resume=True),
              announce=quiet)


def test_resume_in_process_matches_an_uninterrupted_run(data_root, tmp_path):
    """Epochs 1-2, then a fresh process state resumes for epoch 3: same weights as 3 epochs straight."""
    settings = dict(epochs=3, max_images=120, batch_size=16)
    straight = tmp_path / "straight.pt"
    train(small(data_root, tmp_path, checkpoint=str(straight), **settings), announce=quiet)
    partial = tmp_path / "partial.pt"
    _train_then_crash(data_root, tmp_path, partial, settings, stop_after=2)
    assert torch.load(partial, weights_only=True)["epoch"] == 2
    torch.manual_seed(999)                                   # disturb the RNG: resume must restore it
    train(small(data_root, tmp_path, checkpoint=str(partial), resume=True, **settings), announce=quiet)
    a, b = torch.load(straight, weights_only=True), torch.load(partial, weights_only=True)
    assert b["epoch"] == 3
    for key in a["model"]:
        assert torch.equal(a["model"][key], b["model"][key]), key


def _train_then_crash(data_root, tmp_path, path, settings, stop_after):
    """Run train() but stop it (as a crash would) right after the checkpoint of epoch `stop_after`."""
    class Stop(Exception):
        pass
    real_save = ckpt.save_checkpoint

    def save_then_stop(path_, model, optimizer, epoch, extra=None, scheduler=None):
        real_save(path_, model, optimizer, epoch, extra, scheduler)
        if epoch == stop_after:
            raise Stop()
    import gdlab.cnn.train as train_module
    original = train_module.save_checkpoint
    train_module.save_checkpoint = save_then_stop
    try:
        with pytest.raises(Stop):
            train(small(data_root, tmp_path, checkpoint=str(path), **settings), announce=quiet)
    finally:
        train_module.save_checkpoint = original


def test_the_lr_of_an_epoch_is_its_last_step_s_and_one_cycle_ends_at_its_floor(data_root, tmp_path):
    """The one-cycle schedule's last step uses max_lr / 25 / 1e4 (torch's div_factor and final_div_factor);
    the lr an epoch records is the one its last step used, never the step after the schedule's end."""
    config = small(data_root, tmp_path, epochs=2, lr=3e-3, schedule="onecycle")
    result = train(config, announce=quiet)
    assert result["lr"] == pytest.approx(3e-3 / 25 / 1e4, rel=1e-9)
