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

from event_files import graph_summary, read_run
from gdlab.grading.compare import assert_close, assert_equal

LOSS_TAG = "train/loss"
ITEM_HINT = "log and return loss.item(), a Python float, not the loss tensor itself"
TAG_HINT = f'log the loss under the tag "{LOSS_TAG}" (LOSS_TAG)'
WEIGHTS_HINT = "histogram the weights themselves (param, or param.detach()), not their gradients (param.grad)"
PER_STEP_HINT = "call log_step after every step (every batch), not once per epoch"
GLOBAL_STEP_HINT = ("the step counter: one global step 0, 1, 2, ... that grows by one after every batch "
                    "and is never reset when a new epoch starts")
PER_EPOCH_HINT = "call log_epoch once at the end of every epoch, with the epoch (0, 1, ...) as its step"
GRAPH_ONCE_HINT = "log the graph once (on the first batch), not at every step"
LOOP_HINT = "for every batch: zero_grad, forward, loss, backward, step"


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
    return read_run(local_files(logdir), folder, "the reference run")


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
    assert_equal(run.scalar_tags(), [LOSS_TAG], f"the scalar tags {what}", hint=TAG_HINT)
    assert_equal([step for _, step, _ in run.scalars], list(steps), f"the steps {what}",
                 hint="add_scalar(tag, value, step): the step is its third argument")
    got = np.array([value for _, _, value in run.scalars])
    assert_close(got, np.float32(losses).astype(np.float64), f"the losses {what}", rtol=1e-6,
                 hint="log the value of the loss you were given, at the step you were given")


def assert_histograms(got, want, what):
    """The histograms `got` (tag, step, HistogramProto) are those of the reference, `want`."""
    assert_equal([tag for tag, _, _ in got], [tag for tag, _, _ in want], f"the histogram tags {what}",
                 hint='one histogram per parameter, in the order of model.named_parameters(), tagged '
                      '"weights/<name>"')
    assert_equal([step for _, step, _ in got], [step for _, step, _ in want], f"the histogram steps {what}",
                 hint="add_histogram(tag, values, step): the step is the epoch")
    for (tag, step, histogram), (_, _, expected) in zip(got, want):
        assert_equal(histogram.num, expected.num, f"the number of values in {tag} at step {step}",
                     hint=WEIGHTS_HINT)
        assert_close(summary_numbers(histogram), summary_numbers(expected),
                     f"(min, max, sum, sum of squares) of {tag} at step {step}", rtol=1e-6, hint=WEIGHTS_HINT)
        assert_close(np.array(histogram.bucket), np.array(expected.bucket), f"the bucket counts of {tag}",
                     hint=WEIGHTS_HINT)


def summary_numbers(histogram):
    return np.array([histogram.min, histogram.max, histogram.sum, histogram.sum_squares])


def assert_graph(run, expected, what):
    """One graph, with the reference graph's operations and input and output shapes."""
    assert_equal(len(run.graphs), 1, f"the number of graphs {what}", hint="one add_graph(model, example)")
    ops, shapes = graph_summary(run.graphs[0])
    want_ops, want_shapes = graph_summary(expected)
    assert_equal(ops, want_ops, f"the operations in the graph {what}",
                 hint="add_graph(model, example) traces the model itself on the example batch")
    assert_equal(shapes, want_shapes, f"the input and output shapes of the graph {what}",
                 hint="trace on the whole batch `example`, as it is")


def assert_training_run(run, returned, losses, epochs, what):
    """What train_and_log decides, whatever tags and values log_step and log_epoch write."""
    steps = len(losses)
    assert_equal(len(run.scalars), steps, f"the number of losses logged {what} ({steps} steps)",
                 hint=PER_STEP_HINT)
    assert_equal([step for _, step, _ in run.scalars], list(range(steps)), f"the steps of the losses {what}",
                 hint=GLOBAL_STEP_HINT)
    got = np.array([value for _, _, value in run.scalars])
    assert_close(got, np.float32(losses).astype(np.float64), f"the losses {what}", rtol=1e-5,
                 hint=f"log each batch's loss at its step; {LOOP_HINT}")
    per_step = [sum(1 for _, s, _ in run.histograms if s == epoch) for epoch in range(epochs)]
    assert_equal(sorted({s for _, s, _ in run.histograms}), list(range(epochs)),
                 f"the steps of the weight histograms {what}", hint=PER_EPOCH_HINT)
    assert_equal(per_step, [per_step[0]] * epochs, f"the number of histograms at each epoch {what}",
                 hint=PER_EPOCH_HINT)
    assert_equal(len(run.graphs), 1, f"the number of graphs {what}", hint=GRAPH_ONCE_HINT)
    assert_equal(returned, steps, f"the number of steps train_and_log returned {what}",
                 hint="return the global step counter at the end: the number of steps taken")
