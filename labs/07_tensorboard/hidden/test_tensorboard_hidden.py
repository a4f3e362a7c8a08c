"""Hidden tests for lab 7: several steps, two epochs of a wider model, other shapes for the graph,
three epochs of uneven batches with momentum."""
import pytest
import torch

import lab_tensorboard as lab
import logdirs
from event_files import read_run
from gdlab.grading.compare import assert_close, check_kind
from reference_run import (assert_graph, assert_histograms, assert_losses,
                           assert_training_run, reference_graph, reference_histograms, reference_training,
                           says, tiny_data, twin_models)


@pytest.mark.points(1)
def test_log_step_at_several_steps(tmp_path):
    model, twin = twin_models(logdirs, seed=10)
    logdir = logdirs.fresh_logdir("steps")
    writer = logdirs.SummaryWriter(logdir)
    steps, want = [0, 1, 5, 9], []
    for step in steps:
        x, y = tiny_data(3, seed=step)
        got = lab.log_step(writer, step, logdirs.torch.nn.functional.mse_loss(model(x), y))
        want.append(torch.nn.functional.mse_loss(twin(x), y).item())
        check_kind(got, "number", says("returned_at", step=step), hint=says("item"))
        assert_close(got, want[-1], says("returned_at", step=step), rtol=1e-6, hint=says("item"))
    writer.close()
    run = read_run(logdirs.event_files(logdir), tmp_path, says("run_of_log_steps"))
    assert_losses(run, steps, want, says("logged_by_log_steps"))


@pytest.mark.points(2)
def test_log_epoch_twice_on_a_wider_model(tmp_path):
    sizes = (5, 4, 2)
    model, twin = twin_models(logdirs, seed=11, sizes=sizes)
    x, y = tiny_data(4, seed=11, sizes=sizes)
    logdirs.torch.nn.functional.mse_loss(model(x), y).backward()
    logdir = logdirs.fresh_logdir("epochs")
    writer = logdirs.SummaryWriter(logdir)
    lab.log_epoch(writer, 0, model)
    lab.log_epoch(writer, 3, model)
    writer.close()
    run = read_run(logdirs.event_files(logdir), tmp_path, says("run_of_log_epochs"))
    want = reference_histograms(tmp_path / "reference", twin, epochs=[0, 3])
    assert_histograms(run.histograms, want, says("logged_by_log_epochs"))


@pytest.mark.points(1)
def test_log_graph_with_other_shapes(tmp_path):
    sizes = (3, 6, 2)
    model, twin = twin_models(logdirs, seed=12, sizes=sizes)
    example = tiny_data(7, seed=12, sizes=sizes)[0]
    logdir = logdirs.fresh_logdir("graph")
    writer = logdirs.SummaryWriter(logdir)
    lab.log_graph(writer, model, example)
    writer.close()
    run = read_run(logdirs.event_files(logdir), tmp_path, says("run_of", call="log_graph"))
    assert_graph(run, reference_graph(tmp_path / "reference", twin, example),
                 says("of_a_model", sizes="3 → 6 → 2", rows=7))


@pytest.mark.points(3)
def test_train_and_log_three_epochs_of_uneven_batches_with_momentum(tmp_path):
    model, twin = twin_models(logdirs, seed=13)
    x, y = tiny_data(7, seed=13)
    data = logdirs.torch.utils.data
    loader = data.DataLoader(data.TensorDataset(x, y), batch_size=3)               # 3, 3 and 1 rows
    optimizer = logdirs.torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    logdir = logdirs.fresh_logdir("train")
    returned = lab.train_and_log(logdir, model, loader, optimizer, logdirs.torch.nn.MSELoss(), 3)
    run = read_run(logdirs.event_files(logdir), tmp_path, says("run_of", call="train_and_log"))
    losses = reference_training(twin, x, y, batch_size=3, lr=0.05, epochs=3, momentum=0.9)
    assert_training_run(run, returned, losses, 3, says("by_train_and_log", epochs=3, steps=3))
    assert_close(model.state_dict()["0.weight"], twin.state_dict()["0.weight"], says("first_weights"),
                 rtol=1e-5, atol=1e-7, hint=says("loop"))
