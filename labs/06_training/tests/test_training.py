"""Public tests for lab 6: the Dataset, the DataLoader, the seed's Net (a bug hunt) and one training epoch.

When graded, your module runs in its own process: the objects your code works on (a model, a
dataset, an optimizer) are made there through `lab.torch` (the torch your module imports), with
weights and data chosen here, and checked against the same steps done here by torch itself.
train_epoch is tested on a fixed small model and torch's TensorDataset, make_loader on a
TensorDataset: a mistake in Net or TinyImages costs only the tests of Net or TinyImages. Each of the
seed Net's three bugs has a test of its own; the forward test needs the other two fixed first.
"""
import pytest
import torch

import lab_training as lab
from gdlab.grading.compare import assert_close, assert_equal

NET_SHAPES = {"conv1.weight": (6, 3, 5, 5), "conv1.bias": (6,), "conv2.weight": (16, 6, 5, 5), "conv2.bias": (16,),
              "fc1.weight": (120, 400), "fc1.bias": (120,), "fc2.weight": (84, 120), "fc2.bias": (84,),
              "fc3.weight": (10, 84), "fc3.bias": (10,)}


def tiny_data(n=6, seed=0):
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(n, 3, 32, 32, generator=generator), torch.randn(n, 10, generator=generator)


def net_weights(seed):
    """Weights for the seed's Net, chosen here (the student's Net loads them)."""
    generator = torch.Generator().manual_seed(seed)
    return {name: 0.1 * torch.randn(shape, generator=generator) for name, shape in NET_SHAPES.items()}


def reference_forward(weights, x):
    """The seed's Net from its weights (a state_dict)."""
    x = torch.max_pool2d(torch.relu(torch.conv2d(x, weights["conv1.weight"], weights["conv1.bias"])), 2)
    x = torch.max_pool2d(torch.relu(torch.conv2d(x, weights["conv2.weight"], weights["conv2.bias"])), 2)
    x = torch.relu(x.flatten(1) @ weights["fc1.weight"].T + weights["fc1.bias"])
    x = torch.relu(x @ weights["fc2.weight"].T + weights["fc2.bias"])
    return x @ weights["fc3.weight"].T + weights["fc3.bias"]


# What each of the seed's bugs looks like from outside: the hints say what goes wrong, not the fix.
NO_RELU = "F has no relu: print(F) and check that F is the module you meant"
NO_LAYER = "Net() fails while it builds its layers: the error names what Python could not find; compare it with dir(nn)"
GIVES_NONE = "Net()(x) gave None instead of a (2, 10) tensor: what does forward give back?"


def attribute_error(call):
    """(call(), None), or (None, "AttributeError: ...") when the call raises one: the seed's bugs do."""
    try:
        return call(), None
    except AttributeError as error:
        return None, f"AttributeError: {error}"


def built_net():
    """lab.Net(), or a failure that says what went wrong while building it."""
    net, error = attribute_error(lab.Net)
    if error:
        pytest.fail(f"Net() raised {error}\n  hint: {NO_LAYER}", pytrace=False)
    return net


def small_model(torch_module):
    """The fixed model train_epoch is tested on (built with the given torch: the student's or ours)."""
    return torch_module.nn.Sequential(torch_module.nn.Flatten(), torch_module.nn.Linear(3 * 32 * 32, 10))


def student_setup(seed, images, targets, batch_size, lr, momentum=0.0):
    """(model, loader, optimizer, criterion) made in the student's process, and their twins here;
    the weights are made here and loaded there, never the other way round."""
    torch.manual_seed(seed)
    twin = small_model(torch)
    model = small_model(lab.torch)
    model.load_state_dict(twin.state_dict())
    data = lab.torch.utils.data
    loader = data.DataLoader(data.TensorDataset(images, targets), batch_size=batch_size)
    optimizer = lab.torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    criterion = lab.torch.nn.MSELoss(reduction="sum")
    loader_twin = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(images, targets),
                                              batch_size=batch_size)
    twins = (twin, loader_twin, torch.optim.SGD(twin.parameters(), lr=lr, momentum=momentum),
             torch.nn.MSELoss(reduction="sum"))
    return (model, loader, optimizer, criterion), twins


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
    images, targets = tiny_data()
    dataset = lab.torch.utils.data.TensorDataset(images, targets)
    got = [t for _, t in lab.make_loader(dataset, 4, seed=3)]
    want = [t for _, t in torch.utils.data.DataLoader(torch.utils.data.TensorDataset(images, targets), batch_size=4,
                                                      shuffle=True, generator=torch.Generator().manual_seed(3))]
    assert_equal([tuple(t.shape) for t in got], [(4, 10), (2, 10)], "the target shapes of each batch")
    for i, (a, b) in enumerate(zip(got, want)):
        assert_close(a, b, f"batch {i} with seed 3", hint="shuffle=True with a torch.Generator seeded with seed")


@pytest.mark.points(1)
def test_bug_hunt_F_has_relu():
    x = tiny_data(1)[0]
    got, error = attribute_error(lambda: lab.F.relu(x))
    if error:
        pytest.fail(f"F.relu(x) raised {error}\n  hint: {NO_RELU}", pytrace=False)
    assert_close(got, torch.relu(x), "F.relu(x)", hint=NO_RELU)


@pytest.mark.points(1)
def test_bug_hunt_net_builds_the_seeds_layers():
    shapes = {name: tuple(weight.shape) for name, weight in built_net().state_dict().items()}
    assert_equal(shapes, NET_SHAPES, "the names and shapes of Net()'s weights",
                 hint="conv 3→6 k5, conv 6→16 k5, fc 400→120→84→10, named conv1, conv2, fc1, fc2, fc3")


@pytest.mark.points(1)
def test_bug_hunt_forward_gives_the_seed_nets_outputs():
    weights, x = net_weights(0), tiny_data(2)[0]
    net = built_net()
    net.load_state_dict(weights)
    out, error = attribute_error(lambda: net(x))
    if error:
        pytest.fail(f"Net()(x) raised {error}\n  hint: {NO_RELU if 'relu' in error else 'the error names it'}",
                    pytrace=False)
    if out is None:
        pytest.fail(f"Net()(x) is None\n  hint: {GIVES_NONE}", pytrace=False)
    assert_close(out.detach(), reference_forward(weights, x), "Net()(x) on two images", rtol=1e-5, atol=1e-6,
                 hint="conv1 → relu → pool, conv2 → relu → pool, flatten, fc1 → relu, fc2 → relu, fc3")


@pytest.mark.points(1)
def test_train_epoch_one_batch():
    ours, twins = student_setup(1, *tiny_data(4), batch_size=4, lr=1e-3)
    got = lab.train_epoch(*ours)
    assert_close(got, reference_epoch(*twins), "the mean loss of a one-batch epoch", rtol=1e-6)


@pytest.mark.points(4)
def test_train_epoch_matches_reference_loop():
    ours, twins = student_setup(2, *tiny_data(6), batch_size=2, lr=1e-3, momentum=0.9)  # three batches
    got = lab.train_epoch(*ours)
    want = reference_epoch(*twins)
    assert_close(got, want, "the mean loss over three batches", rtol=1e-5,
                 hint="optimizer.zero_grad() every batch, or the gradients add up across batches")
    assert_close(ours[0].state_dict()["1.weight"], twins[0].state_dict()["1.weight"],
                 "the weights after the epoch", rtol=1e-5, atol=1e-7, hint="optimizer.zero_grad() every batch")
