"""Lab 7's mutation set: each plausible student mistake in logging a run to TensorBoard loses exactly
the points of the tests aimed at it, and the feedback of each of those tests names the mistake
(tests/lab_mutations.py). train_and_log calls log_step, log_epoch and log_graph, yet its tests check
only what it decides itself: a mistake inside those three costs their own tests, never its."""
import importlib
import importlib.util
import struct
import sys
import types
import warnings

import pytest
import torch

from gdlab.grading.compare import Mismatch
from lab_mutations import Mutation, assert_caught, lab_named

PUBLIC, HIDDEN = "tests/test_tensorboard.py::", "hidden/test_tensorboard_hidden.py::"
STEP = frozenset({PUBLIC + "test_log_step_logs_the_loss_as_a_float", HIDDEN + "test_log_step_at_several_steps"})
EPOCH = frozenset({PUBLIC + "test_log_epoch_logs_a_histogram_of_every_weight",
                   HIDDEN + "test_log_epoch_twice_on_a_wider_model"})
GRAPH = frozenset({PUBLIC + "test_log_graph_logs_the_model_traced_on_the_example",
                   HIDDEN + "test_log_graph_with_other_shapes"})
TRAIN = frozenset({PUBLIC + "test_train_and_log_logs_every_step_every_epoch_and_the_graph_once",
                   HIDDEN + "test_train_and_log_three_epochs_of_uneven_batches_with_momentum"})
HISTOGRAM = "writer.add_histogram(WEIGHTS_TAG.format(name=name), param.detach(), epoch)"
LOG_STEP_IN_LOOP = ("            log_step(writer, step, loss)\n            step += 1\n"
                    "        log_epoch(writer, epoch, model)\n")

MUTATIONS = [
    # add_scalar itself accepts a 0-d tensor; what the tests see is the tensor log_step hands back
    Mutation("the loss tensor instead of loss.item()", "    value = loss.item()\n", "    value = loss\n",
             STEP, hint="loss.item()"),
    Mutation("the loss under another tag", "writer.add_scalar(LOSS_TAG, value, step)",
             'writer.add_scalar("Loss", value, step)', STEP, hint='tag "train/loss"'),
    Mutation("a histogram of the gradients, not the weights", HISTOGRAM,
             "writer.add_histogram(WEIGHTS_TAG.format(name=name), param.grad, epoch)", EPOCH,
             hint="not their gradients"),
    Mutation("histograms tagged with the bare parameter name", HISTOGRAM,
             "writer.add_histogram(name, param.detach(), epoch)", EPOCH, hint='tagged "weights/<name>"'),
    Mutation("the graph traced on one sample, not the batch", "    writer.add_graph(model, example)\n",
             "    writer.add_graph(model, example[0])\n", GRAPH, hint="the whole batch"),
    Mutation("the loss logged once per epoch", LOG_STEP_IN_LOOP,
             "            step += 1\n        log_step(writer, epoch, loss)\n        log_epoch(writer, epoch, model)\n",
             TRAIN, hint="not once per epoch"),
    Mutation("the step counter reset every epoch", "        for inputs, targets in loader:\n",
             "        for step, (inputs, targets) in enumerate(loader):\n", TRAIN, hint="never reset"),
    Mutation("the step counter never advances", "            step += 1\n", "", TRAIN, hint="grows by one"),
    Mutation("the writer never closed", "    writer.close()\n", "", TRAIN, hint="close the writer"),
    Mutation("the graph logged at every step",
             "            if step == 0:\n                log_graph(writer, model, inputs)\n",
             "            log_graph(writer, model, inputs)\n", TRAIN, hint="not at every step"),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_each_mistake_costs_its_own_points_and_is_named(mutation, tmp_path, warm_grader):
    assert_caught("07_tensorboard", mutation, tmp_path, warm_grader)


def cut_points(data):
    """Every place a writer that was never closed may have stopped: at the start, after each whole
    record, and inside each record (a TFRecord: 8 bytes of length, its CRC, the event, its CRC)."""
    ends, position = [], 0
    while position < len(data):
        position += 16 + struct.unpack("<Q", data[position:position + 8])[0]
        ends.append(position)
    return [0, *ends[:-1], *(end - 1 for end in ends)]


@pytest.fixture
def lab_modules(monkeypatch):
    """Lab 7's reader and reference (its tests/ folder) and the instructor's solution, imported here
    for the length of one test."""
    lab = lab_named("07_tensorboard")
    monkeypatch.syspath_prepend(str(lab.path / "tests"))
    names = ("reference_run", "event_files")
    try:
        spec = importlib.util.spec_from_file_location("instructor_lab_tensorboard", lab.path / lab.files[0])
        solution = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(solution)
        yield (*(importlib.import_module(name) for name in names), solution)
    finally:
        for name in names:
            sys.modules.pop(name, None)


def test_a_run_cut_short_anywhere_is_named_a_writer_not_closed(tmp_path, lab_modules):
    """How much of an unclosed writer's events reach the file depends on buffer sizes and on its
    thread's timing; whatever part it is, the train_and_log check says to close the writer."""
    reference, events, solution = lab_modules
    model, twin = reference.twin_models(types.SimpleNamespace(torch=torch), seed=3)
    x, y = reference.tiny_data(6, seed=3)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)   # torch.jit.trace, inside add_graph
        steps = solution.train_and_log(str(tmp_path / "run"), model, loader,
                                       torch.optim.SGD(model.parameters(), lr=0.1), torch.nn.MSELoss(), 2)
    losses = reference.reference_training(twin, x, y, batch_size=2, lr=0.1, epochs=2)
    [path] = (tmp_path / "run").glob("*.tfevents.*")
    data = path.read_bytes()
    whole = events.read_run({path.name: data}, tmp_path, "the whole run")
    reference.assert_training_run(whole, steps, losses, 2, "whole")
    cuts = cut_points(data)
    assert len(cuts) > 2 * (len(losses) + 8)   # the graph, 6 losses, 2 x 4 histograms, and the file's header
    for cut in cuts:
        folder = tmp_path / f"cut-{cut}"
        folder.mkdir()
        with pytest.raises(Mismatch, match="close the writer"):
            run = events.read_run({path.name: data[:cut]}, folder, f"cut at byte {cut}")
            reference.assert_training_run(run, steps, losses, 2, f"cut at byte {cut}")
