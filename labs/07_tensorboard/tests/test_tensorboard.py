"""Public tests for lab 7: what log_step, log_epoch, log_graph and train_and_log write, read back
from the event files and compared with what a reference run logs.

When graded, your module runs in its own process: the writer, the model, the data and the
optimizer are made there (through the given module logdirs), with weights and data chosen here,
and the event files come back as bytes (logdirs.event_files) to be read here.
"""
import pytest
import torch

import lab_tensorboard as lab
import logdirs
from event_files import read_run
from gdlab.grading.compare import assert_close, check_kind
from reference_run import (assert_graph, assert_histograms, assert_losses,
                           assert_training_run, reference_graph, reference_histograms, reference_training,
                           says, tiny_data, twin_models)


def student_loss(model, x, y):
    """The mean squared error of `model` on (x, y), computed where `model` lives: a tensor with its graph."""
    return logdirs.torch.nn.functional.mse_loss(model(x), y)


@pytest.mark.points(2)
def test_log_step_logs_the_loss_as_a_float(tmp_path):
    model, twin = twin_models(logdirs, seed=0)
    x, y = tiny_data(5, seed=0)
    logdir = logdirs.fresh_logdir("step")
    writer = logdirs.SummaryWriter(logdir)
    got = lab.log_step(writer, 7, student_loss(model, x, y))
    writer.close()
    want = torch.nn.functional.mse_loss(twin(x), y).item()
    check_kind(got, "number", says("returned"), hint=says("item"))
    assert_close(got, want, says("returned"), rtol=1e-6, hint=says("item"))
    run = read_run(logdirs.event_files(logdir), tmp_path, says("run_of", call="log_step(writer, 7, loss)"))
    assert_losses(run, [7], [want], says("logged_by", call="log_step(writer, 7, loss)"))


@pytest.mark.points(3)
def test_log_epoch_logs_a_histogram_of_every_weight(tmp_path):
    model, twin = twin_models(logdirs, seed=1)
    x, y = tiny_data(5, seed=1)
    student_loss(model, x, y).backward()   # gradients that differ from the weights
    logdir = logdirs.fresh_logdir("epoch")
    writer = logdirs.SummaryWriter(logdir)
    lab.log_epoch(writer, 2, model)
    writer.close()
    run = read_run(logdirs.event_files(logdir), tmp_path, says("run_of", call="log_epoch(writer, 2, model)"))
    want = reference_histograms(tmp_path / "reference", twin, epochs=[2])
    assert_histograms(run.histograms, want, says("logged_by", call="log_epoch(writer, 2, model)"))


@pytest.mark.points(2)
def test_log_graph_logs_the_model_traced_on_the_example(tmp_path):
    model, twin = twin_models(logdirs, seed=2)
    example = tiny_data(6, seed=2)[0]
    logdir = logdirs.fresh_logdir("graph")
    writer = logdirs.SummaryWriter(logdir)
    lab.log_graph(writer, model, example)
    writer.close()
    run = read_run(logdirs.event_files(logdir), tmp_path, says("run_of", call="log_graph(writer, model, example)"))
    assert_graph(run, reference_graph(tmp_path / "reference", twin, example), says("logged_by", call="log_graph"))


@pytest.mark.points(4)
def test_train_and_log_logs_every_step_every_epoch_and_the_graph_once(tmp_path):
    model, twin = twin_models(logdirs, seed=3)
    x, y = tiny_data(6, seed=3)
    data = logdirs.torch.utils.data
    loader = data.DataLoader(data.TensorDataset(x, y), batch_size=2)               # three steps per epoch
    optimizer = logdirs.torch.optim.SGD(model.parameters(), lr=0.1)
    logdir = logdirs.fresh_logdir("train")
    returned = lab.train_and_log(logdir, model, loader, optimizer, logdirs.torch.nn.MSELoss(), 2)
    run = read_run(logdirs.event_files(logdir), tmp_path, says("run_of", call="train_and_log"))
    losses = reference_training(twin, x, y, batch_size=2, lr=0.1, epochs=2)
    assert_training_run(run, returned, losses, 2, says("by_train_and_log", epochs=2, steps=3))
    assert_close(model.state_dict()["2.weight"], twin.state_dict()["2.weight"], says("last_weights"),
                 rtol=1e-5, atol=1e-7, hint=says("loop"))
