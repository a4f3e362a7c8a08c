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

from event_files import CLOSE_HINT, graph_summary, read_run
from gdlab.grading.compare import Mismatch, assert_close, assert_equal

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
    assert_equal(run.scalar_tags(), [LOSS_TAG], f"the list of scalar tags {what}", hint=TAG_HINT)
    assert_equal([step for _, step, _ in run.scalars], list(steps), f"the list of steps {what}",
                 hint="add_scalar(tag, value, step): the step is its third argument")
    assert_close(scalar_values(run), np.float32(losses).astype(np.float64), f"the list of losses {what}",
                 rtol=1e-6, hint="log the value of the loss you were given, at the step you were given")


def assert_histograms(got, want, what):
    """The histograms `got` (tag, step, HistogramProto) are those of the reference, `want`."""
    assert_equal([tag for tag, _, _ in got], [tag for tag, _, _ in want],
                 f"the list of histogram tags {what}", hint='one histogram per parameter, in the order of model.named_parameters(), tagged '
                      '"weights/<name>"')
    assert_equal([step for _, step, _ in got], [step for _, step, _ in want],
                 f"the list of histogram steps {what}", hint="add_histogram(tag, values, step): the step is the epoch")
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
    assert_equal(ops, want_ops, f"the list of operations in the graph {what}",
                 hint="add_graph(model, example) traces the model itself on the example batch")
    assert_equal(shapes, want_shapes, f"the input and output shapes of the graph {what}",
                 hint="trace on the whole batch `example`, as it is")


def assert_training_run(run, returned, losses, epochs, what):
    """What train_and_log decides, whatever tags and values log_step and log_epoch write."""
    steps = len(losses)
    assert_not_cut_short(run, losses, epochs, what)
    assert_equal(len(run.scalars), steps, f"the number of losses logged {what} ({steps} steps)",
                 hint=PER_STEP_HINT)
    assert_equal([step for _, step, _ in run.scalars], list(range(steps)), f"the list of steps of the losses "
                 f"{what}", hint=GLOBAL_STEP_HINT)
    assert_close(scalar_values(run), np.float32(losses).astype(np.float64), f"the list of losses {what}",
                 rtol=1e-5, hint=f"log each batch's loss at its step; {LOOP_HINT}")
    per_epoch = [sum(1 for _, step, _ in run.histograms if step == epoch) for epoch in range(epochs)]
    assert_equal(histogram_steps(run), list(range(epochs)), f"the list of steps of the weight histograms "
                 f"{what}", hint=PER_EPOCH_HINT)
    assert_equal(per_epoch, [per_epoch[0]] * epochs, f"the number of histograms at each epoch {what}",
                 hint=PER_EPOCH_HINT)
    assert_equal(len(run.graphs), 1, f"the number of graphs {what}", hint=GRAPH_ONCE_HINT)
    assert_equal(returned, steps, f"the number of steps train_and_log returned {what}",
                 hint="return the global step counter at the end: the number of steps taken")


def assert_not_cut_short(run, losses, epochs, what):
    """Fail with CLOSE_HINT when the run is the beginning of the expected one and stops early: a writer
    not closed has written whole events up to some point, and the rest is still in its memory."""
    count, seen = len(run.scalars), histogram_steps(run)
    per_epoch = [sum(1 for _, step, _ in run.histograms if step == epoch) for epoch in seen]
    beginning = ([step for _, step, _ in run.scalars] == list(range(count))
                 and np.all(np.isclose(scalar_values(run), np.float32(losses[:count]), rtol=1e-5, atol=1e-10)))
    histograms_cut = seen == list(range(len(seen))) and (len(seen) < epochs or per_epoch[-1] < per_epoch[0])
    if beginning and (count < len(losses) or histograms_cut):
        nothing = " (or log_step was never called)" if count == 0 else ""
        raise Mismatch(f"the run logged {what} stops early{nothing}\n"
                       f"  expected: {len(losses)} losses and the weights at epochs 0 to {epochs - 1}\n"
                       f"  got:      the first {count} losses, and {per_epoch} histograms at epochs {seen}\n"
                       f"  hint: {CLOSE_HINT}")


def scalar_values(run):
    return np.array([value for _, _, value in run.scalars], dtype=np.float64)


def histogram_steps(run):
    return sorted({step for _, step, _ in run.histograms})
