"""The seed's CIFAR-10 `Net` (LeNet-5 style), written correctly, and the same network as nn.Sequential.

The seed's version has three bugs, each fixed here (tests/test_cnn_net.py runs the seed's text and
shows each one failing):
  1. `import torch.functional as F`   -> torch.nn.functional (torch.functional has no relu);
  2. `nn.Conv2dn(6, 16, 5)`            -> nn.Conv2d;
  3. `return x` indented at class level, outside `forward` (a SyntaxError) -> inside `forward`.

Shapes for a (B, 3, 32, 32) input:
  conv1 5x5 -> (B, 6, 28, 28), pool -> (B, 6, 14, 14), conv2 5x5 -> (B, 16, 10, 10),
  pool -> (B, 16, 5, 5), flatten -> (B, 400), fc 400 -> 120 -> 84 -> 10 class scores (logits).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

INPUT_SHAPE = (3, 32, 32)   # (channels, height, width) the Net takes; other sizes break fc1's 16*5*5


class Net(nn.Module):
    """The seed's network: two conv+relu+pool blocks, then three fully connected layers."""

    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool1 = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.pool2 = nn.MaxPool2d(2, 2)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, num_classes)

    def forward(self, x):                          # x: (B, 3, 32, 32)
        x = self.pool1(F.relu(self.conv1(x)))      # (B, 6, 14, 14)
        x = self.pool2(F.relu(self.conv2(x)))      # (B, 16, 5, 5)
        x = torch.flatten(x, 1)                    # (B, 400); the seed's x.view(-1, 16*5*5)
        x = F.relu(self.fc1(x))                    # (B, 120)
        x = F.relu(self.fc2(x))                    # (B, 84)
        return self.fc3(x)                         # (B, num_classes) logits


def net_sequential(num_classes=10):
    """The same network as one nn.Sequential: the layers in the order forward() calls them."""
    return nn.Sequential(
        nn.Conv2d(3, 6, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Flatten(1),
        nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
        nn.Linear(120, 84), nn.ReLU(),
        nn.Linear(84, num_classes),
    )


# Net's layer name -> the index of the same layer in net_sequential()
SEQUENTIAL_INDEX = {"conv1": 0, "conv2": 3, "fc1": 7, "fc2": 9, "fc3": 11}


def copy_net_to_sequential(net, sequential):
    """Copy Net's weights into the Sequential twin (in place); returns the twin."""
    state = {f"{SEQUENTIAL_INDEX[layer]}.{param}": value
             for key, value in net.state_dict().items()
             for layer, param in [key.split(".", 1)]}
    sequential.load_state_dict(state, strict=True)
    return sequential


def max_output_difference(net, sequential, x):
    """Largest |Net(x) - Sequential(x)| after copying Net's weights: 0.0 when the two are the same network."""
    copy_net_to_sequential(net, sequential)
    with torch.no_grad():
        return float((net(x) - sequential(x)).abs().max())
