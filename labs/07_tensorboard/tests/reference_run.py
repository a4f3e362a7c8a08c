"""What a reference run logs, and the checks that compare a run of yours with it (public and
hidden tests share them). The reference logs with tensorboardX here, in the tests' process, on a
twin of the model your code gets (same weights, made here), and is read back by the same reader.

train_and_log is checked on what it decides (one loss per step at global steps 0, 1, 2, ...,
histograms once per epoch, the graph once, the writer closed, the training itself), whatever
tags and values log_step and log_epoch write: a mistake there costs only their own tests.
"""
from pathlib import Path

import numpy as np
import torch
from tensorboardX import SummaryWriter

from event_files import failure, graph_summary, read_run, says
from gdlab.grading.compare import Mismatch, assert_close, assert_equal

LOSS_TAG = "train/loss"
# every hint and message comes from the catalogue, gdlab/i18n/*/lab07_tensorboard.py: says("item") ...


def tiny_model(torch_module, sizes=(4, 3, 1)):
    """Linear, Tanh, Linear, built with the given torch (the student's process's or ours)."""
    nn = torch_module.nn
    return nn.Sequential(nn.Linear(sizes[0], sizes[1]), nn.Tanh(), nn.Linear(sizes[1], sizes[2]))


def twin_models(logdirs, seed, sizes=(4, 3, 1)):
    """(a model in the student's process, its twin here): the weights are made here and loaded there."""
    torch.manual_seed(seed)
    twin = tiny_model(torch, sizes)
    model = tiny_model(logdirs.torch, sizes)
    model.load_state_dict(twin.state_dict())
    return model, twin


def tiny_data(n, seed, sizes=(4, 3, 1)):
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(n, sizes[0], generator=generator), torch.randn(n, sizes[-1], generator=generator)


def local_files(logdir):
    """{name: bytes} of the event files a reference writer left in `logdir` (logdirs.event_files' form)."""
    return {path.name: path.read_bytes() for path in sorted(Path(logdir).glob("*.tfevents.*"))}


def reference_run(folder, log):
    """The Run that `log(writer)` writes with tensorboardX into `folder`/logdir, read back."""
    logdir = Path(folder) / "logdir"
    with SummaryWriter(str(logdir)) as writer:
        log(writer)
    return read_run(local_files(logdir), folder, says("reference_run"))


def reference_histograms(folder, model, epochs):
    """The reference histograms of `model`'s weights, logged at each step in `epochs`."""
    def log(writer):
        for epoch in epochs:
            for name, param in model.named_parameters():
                writer.add_histogram(f"weights/{name}", param.detach(), epoch)
    return reference_run(folder, log).histograms


def reference_graph(folder, model, example):
    return reference_run(folder, lambda writer: writer.add_graph(model, example)).graphs[0]


def reference_training(twin, x, y, batch_size, lr, epochs, momentum=0.0):
    """The loss of every step of the reference loop on the twin (no logging), in order."""
    optimizer = torch.optim.SGD(twin.parameters(), lr=lr, momentum=momentum)
    criterion, losses = torch.nn.MSELoss(), []
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=batch_size)
    for _ in range(epochs):
        for inputs, targets in loader:
            optimizer.zero_grad()
            loss = criterion(twin(inputs), targets)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    return losses


def assert_losses(run, steps, losses, what):
    """`run` holds exactly the scalars LOSS_TAG at `steps` with the values `losses`."""
    assert_equal(run.scalar_tags(), [LOSS_TAG], says("scalar_tags", what=what), hint=says("tag", tag=LOSS_TAG))
    assert_equal([step for _, step, _ in run.scalars], list(steps), says("steps", what=what),
                 hint=says("step_argument"))
    assert_close(scalar_values(run), np.float32(losses).astype(np.float64), says("losses", what=what),
                 rtol=1e-6, hint=says("given_value"))


def assert_histograms(got, want, what):
    """The histograms `got` (tag, step, HistogramProto) are those of the reference, `want`."""
    assert_equal([tag for tag, _, _ in got], [tag for tag, _, _ in want],
                 says("histogram_tags", what=what), hint=says("histogram_tags_hint"))
    assert_equal([step for _, step, _ in got], [step for _, step, _ in want],
                 says("histogram_steps", what=what), hint=says("histogram_step_hint"))
    for (tag, step, histogram), (_, _, expected) in zip(got, want):
        assert_equal(histogram.num, expected.num, says("histogram_count", tag=tag, step=step),
                     hint=says("weights"))
        assert_close(summary_numbers(histogram), summary_numbers(expected),
                     says("histogram_numbers", tag=tag, step=step), rtol=1e-6, hint=says("weights"))
        assert_close(np.array(histogram.bucket), np.array(expected.bucket), says("buckets", tag=tag),
                     hint=says("weights"))


def summary_numbers(histogram):
    return np.array([histogram.min, histogram.max, histogram.sum, histogram.sum_squares])


def assert_graph(run, expected, what):
    """One graph, with the reference graph's operations and input and output shapes."""
    assert_equal(len(run.graphs), 1, says("graph_count", what=what), hint=says("one_graph"))
    ops, shapes = graph_summary(run.graphs[0])
    want_ops, want_shapes = graph_summary(expected)
    assert_equal(ops, want_ops, says("graph_ops", what=what), hint=says("traces_the_model"))
    assert_equal(shapes, want_shapes, says("graph_shapes", what=what), hint=says("whole_batch"))


def assert_training_run(run, returned, losses, epochs, what):
    """What train_and_log decides, whatever tags and values log_step and log_epoch write."""
    steps = len(losses)
    assert_not_cut_short(run, losses, epochs, what)
    assert_equal(len(run.scalars), steps, says("loss_count", what=what, steps=steps), hint=says("per_step"))
    assert_equal([step for _, step, _ in run.scalars], list(range(steps)), says("loss_steps", what=what),
                 hint=says("global_step"))
    assert_close(scalar_values(run), np.float32(losses).astype(np.float64), says("losses", what=what),
                 rtol=1e-5, hint=says("each_batch_loss", loop=says("loop")))
    per_epoch = [sum(1 for _, step, _ in run.histograms if step == epoch) for epoch in range(epochs)]
    assert_equal(histogram_steps(run), list(range(epochs)), says("histogram_epochs", what=what),
                 hint=says("per_epoch"))
    assert_equal(per_epoch, [per_epoch[0]] * epochs, says("histograms_per_epoch", what=what),
                 hint=says("per_epoch"))
    assert_equal(len(run.graphs), 1, says("graph_count", what=what), hint=says("graph_once"))
    assert_equal(returned, steps, says("returned_steps", what=what), hint=says("return_steps"))


def assert_not_cut_short(run, losses, epochs, what):
    """Fail with the hint says("close") when the run is the beginning of the expected one and stops early: a writer
    not closed has written whole events up to some point, and the rest is still in its memory."""
    count, seen = len(run.scalars), histogram_steps(run)
    per_epoch = [sum(1 for _, step, _ in run.histograms if step == epoch) for epoch in seen]
    beginning = ([step for _, step, _ in run.scalars] == list(range(count))
                 and np.all(np.isclose(scalar_values(run), np.float32(losses[:count]), rtol=1e-5, atol=1e-10)))
    histograms_cut = seen == list(range(len(seen))) and (len(seen) < epochs or per_epoch[-1] < per_epoch[0])
    if beginning and (count < len(losses) or histograms_cut):
        raise Mismatch(failure(says("stops_early_nothing" if count == 0 else "stops_early", what=what),
                               says("cut_short_expected", losses=len(losses), last=epochs - 1),
                               says("cut_short_got", count=count, per_epoch=per_epoch, seen=seen), says("close")))


def scalar_values(run):
    return np.array([value for _, _, value in run.scalars], dtype=np.float64)


def histogram_steps(run):
    return sorted({step for _, step, _ in run.histograms})
