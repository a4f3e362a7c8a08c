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
from gdlab.i18n import text

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


def says(key, **values):
    """The message `key` of lab 6's catalogue (gdlab/i18n/*/lab06_training.py), in the student's language;
    the hints of the seed's bugs (no_relu, no_layer, gives_none) say what goes wrong, not the fix."""
    return text(f"lab06_training.{key}", **values)


def fail(message, hint):
    """Fail the test with `message` and its hint, without a traceback."""
    pytest.fail(message + "\n" + says("hint_line", hint=hint), pytrace=False)


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
        fail(says("raised", call="Net()", error=error), says("no_layer"))
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
    assert_equal(len(dataset), 6, "len(dataset)", hint=says("len_hint"))
    image, target = dataset[4]
    assert_close(image, images[4], says("image"), hint=says("getitem_hint"))
    assert_close(target, targets[4], says("target"))


@pytest.mark.points(2)
def test_loader_batches_and_is_reproducible():
    images, targets = tiny_data()
    dataset = lab.torch.utils.data.TensorDataset(images, targets)
    got = [t for _, t in lab.make_loader(dataset, 4, seed=3)]
    want = [t for _, t in torch.utils.data.DataLoader(torch.utils.data.TensorDataset(images, targets), batch_size=4,
                                                      shuffle=True, generator=torch.Generator().manual_seed(3))]
    assert_equal([tuple(t.shape) for t in got], [(4, 10), (2, 10)], says("batch_shapes"))
    for i, (a, b) in enumerate(zip(got, want)):
        assert_close(a, b, says("batch_with_seed", batch=i, seed=3), hint=says("seeded_hint"))


@pytest.mark.points(1)
def test_bug_hunt_F_has_relu():
    x = tiny_data(1)[0]
    got, error = attribute_error(lambda: lab.F.relu(x))
    if error:
        fail(says("raised", call="F.relu(x)", error=error), says("no_relu"))
    assert_close(got, torch.relu(x), "F.relu(x)", hint=says("no_relu"))


@pytest.mark.points(1)
def test_bug_hunt_net_builds_the_seeds_layers():
    shapes = {name: tuple(weight.shape) for name, weight in built_net().state_dict().items()}
    assert_equal(shapes, NET_SHAPES, says("weight_shapes"), hint=says("layers_hint"))


@pytest.mark.points(1)
def test_bug_hunt_forward_gives_the_seed_nets_outputs():
    weights, x = net_weights(0), tiny_data(2)[0]
    net = built_net()
    net.load_state_dict(weights)
    out, error = attribute_error(lambda: net(x))
    if error:
        fail(says("raised", call="Net()(x)", error=error), says("no_relu" if "relu" in error else "error_names_it"))
    if out is None:
        fail(says("is_none", call="Net()(x)"), says("gives_none"))
    assert_close(out.detach(), reference_forward(weights, x), says("outputs"), rtol=1e-5, atol=1e-6,
                 hint=says("forward_hint"))


@pytest.mark.points(1)
def test_train_epoch_one_batch():
    ours, twins = student_setup(1, *tiny_data(4), batch_size=4, lr=1e-3)
    got = lab.train_epoch(*ours)
    assert_close(got, reference_epoch(*twins), says("one_batch_loss"), rtol=1e-6)


@pytest.mark.points(4)
def test_train_epoch_matches_reference_loop():
    ours, twins = student_setup(2, *tiny_data(6), batch_size=2, lr=1e-3, momentum=0.9)  # three batches
    got = lab.train_epoch(*ours)
    want = reference_epoch(*twins)
    assert_close(got, want, says("three_batch_loss"), rtol=1e-5, hint=says("every_batch"))
    assert_close(ours[0].state_dict()["1.weight"], twins[0].state_dict()["1.weight"],
                 says("weights_after"), rtol=1e-5, atol=1e-7, hint=says("zero_grad_hint"))
