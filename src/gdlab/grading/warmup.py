"""Warm torch up once in a template process, so that its forks do not each pay for it.

torch imports much of itself lazily: the first optimizer step of a fresh process costs about a
second on this machine, the first convolution and DataLoader a little more. Both templates (the
trusted test runner and the clean student template) call warm_up() before they fork. Standard
library, NumPy and torch only: the student template loads this file by path, without gdlab.
"""


def warm_up():
    """Run once what every graded run would otherwise pay for on first use (torch's lazy imports)."""
    import numpy as np
    try:
        import torch
    except ImportError:
        return
    torch.set_num_threads(1)
    weight = torch.zeros(2, 3, 3, 3, requires_grad=True)
    loss = torch.nn.functional.conv2d(torch.ones(1, 3, 4, 4), weight).relu().sum()
    loss = loss + torch.nn.functional.mse_loss(torch.nn.Linear(2, 2)(torch.ones(1, 2)), torch.ones(1, 2))
    loss.backward()
    for optimizer in (torch.optim.SGD([weight], lr=0.1, momentum=0.9), torch.optim.Adam([weight])):
        optimizer.step()
        optimizer.zero_grad()
    data = torch.utils.data.TensorDataset(torch.ones(4, 1))
    list(torch.utils.data.DataLoader(data, batch_size=2, shuffle=True, generator=torch.Generator().manual_seed(0)))
    np.random.default_rng(0).permutation(3)
