"""Public tests for lab 6: the Dataset, the DataLoader, Net.forward and one training epoch."""
import copy

import pytest
import torch
import torch.nn.functional as F

import lab_training as lab
from gdlab.grading.compare import assert_close, assert_equal


def tiny_data(n=6, seed=0):
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(n, 3, 32, 32, generator=generator), torch.randn(n, 10, generator=generator)


def reference_forward(net, x):
    x = F.max_pool2d(F.relu(F.conv2d(x, net.conv1.weight, net.conv1.bias)), 2)
    x = F.max_pool2d(F.relu(F.conv2d(x, net.conv2.weight, net.conv2.bias)), 2)
    x = F.relu(F.linear(x.flatten(1), net.fc1.weight, net.fc1.bias))
    x = F.relu(F.linear(x, net.fc2.weight, net.fc2.bias))
    return F.linear(x, net.fc3.weight, net.fc3.bias)


def reference_epoch(model, loader, optimizer, criterion):
    losses = []
    for images, targets in loader:
        optimizer.zero_grad()
        loss = criterion(model(images), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


@pytest.mark.points(2)
def test_dataset_length_and_items():
    images, targets = tiny_data()
    dataset = lab.TinyImages(images, targets)
    assert_equal(len(dataset), 6, "len(dataset)", hint="__len__ returns the number of images")
    image, target = dataset[4]
    assert_close(image, images[4], "dataset[4][0], the image", hint="__getitem__ returns (image, target)")
    assert_close(target, targets[4], "dataset[4][1], the target")


@pytest.mark.points(2)
def test_loader_batches_and_is_reproducible():
    dataset = lab.TinyImages(*tiny_data())
    first = [t for _, t in lab.make_loader(dataset, 4, seed=3)]
    again = [t for _, t in lab.make_loader(dataset, 4, seed=3)]
    assert_equal([tuple(t.shape) for t in first], [(4, 10), (2, 10)], "the target shapes of each batch")
    for i, (a, b) in enumerate(zip(first, again)):
        assert_close(a, b, f"batch {i} with the same seed", hint="seed a torch.Generator and pass it")


@pytest.mark.points(3)
def test_forward_is_the_seed_net():
    torch.manual_seed(0)
    net = lab.Net()
    x = tiny_data(2)[0]
    with torch.no_grad():
        assert_close(net(x), reference_forward(net, x), "Net()(x) on two images", rtol=1e-5, atol=1e-6,
                     hint="conv1 → relu → pool, conv2 → relu → pool, flatten, fc1 → relu, fc2 → relu, fc3")


@pytest.mark.points(1)
def test_train_epoch_one_batch():
    torch.manual_seed(1)
    model = lab.Net()
    twin = copy.deepcopy(model)
    dataset = lab.TinyImages(*tiny_data(4))
    criterion = torch.nn.MSELoss(reduction="sum")
    got = lab.train_epoch(model, torch.utils.data.DataLoader(dataset, batch_size=4),
                          torch.optim.SGD(model.parameters(), lr=1e-3), criterion)
    want = reference_epoch(twin, torch.utils.data.DataLoader(dataset, batch_size=4),
                           torch.optim.SGD(twin.parameters(), lr=1e-3), criterion)
    assert_close(got, want, "the mean loss of a one-batch epoch", rtol=1e-6)


@pytest.mark.points(4)
def test_train_epoch_matches_reference_loop():
    torch.manual_seed(2)
    model = lab.Net()
    twin = copy.deepcopy(model)
    dataset = lab.TinyImages(*tiny_data(6))
    criterion = torch.nn.MSELoss(reduction="sum")
    loader = lambda: torch.utils.data.DataLoader(dataset, batch_size=2)  # three batches, fixed order
    got = lab.train_epoch(model, loader(), torch.optim.SGD(model.parameters(), lr=1e-3, momentum=0.9),
                          criterion)
    want = reference_epoch(twin, loader(), torch.optim.SGD(twin.parameters(), lr=1e-3, momentum=0.9), criterion)
    assert_close(got, want, "the mean loss over three batches", rtol=1e-5,
                 hint="optimizer.zero_grad() every batch, or the gradients add up across batches")
    assert_close(model.fc3.weight.detach(), twin.fc3.weight.detach(), "fc3.weight after the epoch",
                 rtol=1e-5, atol=1e-7, hint="optimizer.zero_grad() every batch")
