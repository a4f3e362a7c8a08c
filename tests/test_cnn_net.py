"""The seed's Net: its three bugs shown one by one, the fixed Net, and its nn.Sequential twin."""
import textwrap

import pytest
import torch

from gdlab.cnn.net import INPUT_SHAPE, Net, copy_net_to_sequential, max_output_difference, net_sequential

# The seed note's model, verbatim (whitespace as in the note, comments dropped).
SEED_NET = textwrap.dedent("""\
    import torch
    import torch.nn as nn
    import torch.functional as F
    class Net(nn.Module):
        def __init__(self):
            super(Net,self).__init__()
            self.conv1=nn.Conv2d(3,6,5)
            self.pool1=nn.MaxPool2d(2,2)
            self.conv2=nn.Conv2dn(6,16,5)
            self.pool2=nn.MaxPool2d(2,2)
            self.fc1=nn.Linear(16*5*5,120)
            self.fc2=nn.Linear(120,84)
            self.fc3=nn.Linear(84,10)
        def forward(self,x):
            x=self.pool1(F.relu(self.conv1(x)))
            x=self.pool2(F.relu(self.conv2(x)))
            x=x.view(-1,16*5*5)
            x=F.relu(self.fc1(x))
            x=F.relu(self.fc2(x))
            x=self.fc3(x)
        return x
    """)

FIX_RETURN = ("        x=self.fc3(x)\n    return x\n", "        x=self.fc3(x)\n        return x\n")
FIX_CONV = ("nn.Conv2dn(", "nn.Conv2d(")
FIX_IMPORT = ("import torch.functional as F", "import torch.nn.functional as F")


def run_seed(source):
    """Compile and run the snippet in its own namespace, build Net and call it on one image."""
    namespace = {"__name__": "seed_snippet"}
    exec(compile(source, "<seed note>", "exec"), namespace)
    torch.manual_seed(0)
    net = namespace["Net"]()
    return net, net(torch.zeros(1, *INPUT_SHAPE))


def apply(source, *fixes):
    for old, new in fixes:
        assert source.count(old) == 1, old
        source = source.replace(old, new)
    return source


def test_bug_1_return_outside_forward_is_a_syntax_error():
    with pytest.raises(SyntaxError, match="'return' outside function"):
        run_seed(SEED_NET)


def test_bug_2_conv2dn_does_not_exist():
    with pytest.raises(AttributeError, match="has no attribute 'Conv2dn'"):
        run_seed(apply(SEED_NET, FIX_RETURN))


def test_bug_3_torch_functional_has_no_relu():
    with pytest.raises(AttributeError, match="module 'torch.functional' has no attribute 'relu'"):
        run_seed(apply(SEED_NET, FIX_RETURN, FIX_CONV))


def test_with_the_three_fixes_the_seed_net_is_gdlabs_net():
    seed_net, out = run_seed(apply(SEED_NET, FIX_RETURN, FIX_CONV, FIX_IMPORT))
    assert out.shape == (1, 10)
    net = Net()
    assert [(k, v.shape) for k, v in net.state_dict().items()] == \
           [(k, v.shape) for k, v in seed_net.state_dict().items()]
    net.load_state_dict(seed_net.state_dict())
    x = torch.randn(5, *INPUT_SHAPE, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        torch.testing.assert_close(net(x), seed_net(x), rtol=0, atol=0)


def test_net_shapes_and_parameter_count():
    net = Net()
    out = net(torch.zeros(7, *INPUT_SHAPE))
    assert out.shape == (7, 10)
    # conv1 3*6*25+6, conv2 6*16*25+16, fc1 400*120+120, fc2 120*84+84, fc3 84*10+10
    assert sum(p.numel() for p in net.parameters()) == 456 + 2416 + 48120 + 10164 + 850 == 62006
    assert Net(num_classes=3)(torch.zeros(1, *INPUT_SHAPE)).shape == (1, 3)


def test_sequential_twin_computes_the_same_function():
    torch.manual_seed(0)
    net, sequential = Net(), net_sequential()
    x = torch.randn(8, *INPUT_SHAPE, generator=torch.Generator().manual_seed(2))
    with torch.no_grad():
        assert (net(x) - sequential(x)).abs().max() > 1e-3    # different random weights before the copy
    assert max_output_difference(net, sequential, x) == 0.0
    copy_net_to_sequential(net, sequential)
    for name, param in net.named_parameters():
        layer, kind = name.split(".")
        twin = getattr(sequential[{"conv1": 0, "conv2": 3, "fc1": 7, "fc2": 9, "fc3": 11}[layer]], kind)
        assert torch.equal(param, twin)
    out = sequential(x)
    assert torch.isfinite(out).all() and out.shape == (8, 10)


def test_gradients_agree_too():
    net, sequential = Net(), net_sequential()
    copy_net_to_sequential(net, sequential)
    x = torch.randn(4, *INPUT_SHAPE, generator=torch.Generator().manual_seed(3))
    labels = torch.tensor([0, 1, 2, 3])
    for model in (net, sequential):
        torch.nn.functional.cross_entropy(model(x), labels).backward()
    torch.testing.assert_close(net.conv1.weight.grad, sequential[0].weight.grad, rtol=0, atol=0)
    torch.testing.assert_close(net.fc3.bias.grad, sequential[11].bias.grad, rtol=0, atol=0)
