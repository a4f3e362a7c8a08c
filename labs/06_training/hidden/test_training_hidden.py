"""Hidden tests for lab 6: another seed and batch size, two epochs, the loss goes down."""
import pytest
import torch

import lab_training as lab
from gdlab.grading.compare import assert_close, check_kind
from gdlab.i18n import text


def says(key, **values):
    """The message `key` of lab 6's catalogue (gdlab/i18n/*/lab06_training.py), in the student's language."""
    return text(f"lab06_training.{key}", **values)


def tiny_data(n, seed):
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(n, 3, 32, 32, generator=generator), torch.randn(n, 10, generator=generator)


def small_model(torch_module):
    return torch_module.nn.Sequential(torch_module.nn.Flatten(), torch_module.nn.Linear(3 * 32 * 32, 10))


def made_by_student(seed, images, targets, **loader):
    """A model (with weights made here) and a loader in the student's process, and the model's twin here."""
    torch.manual_seed(seed)
    twin = small_model(torch)
    model = small_model(lab.torch)
    model.load_state_dict(twin.state_dict())
    data = lab.torch.utils.data
    return model, data.DataLoader(data.TensorDataset(images, targets), **loader), twin


def reference_losses(twin, images, targets, lr, epochs, **loader):
    optimizer, criterion = torch.optim.SGD(twin.parameters(), lr=lr), torch.nn.MSELoss(reduction="sum")
    batches = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(images, targets), **loader)
    means = []
    for _ in range(epochs):
        losses = []
        for images_, targets_ in batches:
            optimizer.zero_grad()
            loss = criterion(twin(images_), targets_)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        means.append(sum(losses) / len(losses))
    return means


@pytest.mark.points(1)
def test_loader_gives_every_sample_once():
    images, targets = tiny_data(7, 5)
    dataset = lab.torch.utils.data.TensorDataset(images, targets)
    seen = torch.cat([t for _, t in lab.make_loader(dataset, 3, seed=8)])
    assert_close(seen.sum(0), targets.sum(0), says("targets_sum"), rtol=1e-5, atol=1e-6,
                 hint=says("every_sample_once"))


@pytest.mark.points(1)
def test_train_epoch_returns_a_float():
    images, targets = tiny_data(2, 1)
    model, loader, twin = made_by_student(3, images, targets, batch_size=2)
    loss = lab.train_epoch(model, loader, lab.torch.optim.SGD(model.parameters(), lr=1e-3),
                           lab.torch.nn.MSELoss(reduction="sum"))
    check_kind(loss, "number", "train_epoch(...)", hint=says("float_hint"))
    assert_close(loss, reference_losses(twin, images, targets, 1e-3, 1, batch_size=2)[0], says("mean_loss"),
                 rtol=1e-6)


@pytest.mark.points(3)
def test_two_epochs_with_a_shuffling_loader_match_reference():
    images, targets = tiny_data(8, 2)
    model, loader, twin = made_by_student(4, images, targets, batch_size=3, shuffle=True,
                                          generator=lab.torch.Generator().manual_seed(0))
    optimizer, criterion = lab.torch.optim.SGD(model.parameters(), lr=5e-4), lab.torch.nn.MSELoss(reduction="sum")
    want = reference_losses(twin, images, targets, 5e-4, 2, batch_size=3, shuffle=True,
                            generator=torch.Generator().manual_seed(0))
    for epoch in range(2):
        assert_close(lab.train_epoch(model, loader, optimizer, criterion), want[epoch],
                     says("epoch_loss", epoch=epoch), rtol=1e-5, hint=says("every_batch"))


@pytest.mark.points(1)
def test_loss_goes_down_on_tiny_data():
    images, targets = tiny_data(4, 3)
    model, loader, twin = made_by_student(5, images, targets, batch_size=4)
    optimizer = lab.torch.optim.SGD(model.parameters(), lr=1e-4)
    criterion = lab.torch.nn.MSELoss(reduction="sum")
    losses = [lab.train_epoch(model, loader, optimizer, criterion) for _ in range(5)]
    want = reference_losses(twin, images, targets, 1e-4, 5, batch_size=4)
    assert want[-1] < want[0]
    for epoch, (got, expected) in enumerate(zip(losses, want)):
        assert_close(got, expected, says("epoch_loss", epoch=epoch), rtol=1e-5, hint=says("every_batch"))
