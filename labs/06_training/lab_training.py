"""Lab 6: the parts of a PyTorch training project from the seed note — a Dataset (数据处理和加载),
a DataLoader, the model (模型定义) and the training loop (训练模型) — on tiny data, on the CPU.

Shapes: images (n, 3, 32, 32) float tensors, targets (n, 10) float tensors (the seed trains its
Net with MSELoss(reduction='sum') on 10 outputs).

实验 6：种子笔记里 PyTorch 训练工程的几部分——Dataset（数据处理和加载）、DataLoader、模型（模型定义）和
训练循环（训练模型）——在很小的数据上、在 CPU 上。形状：图像是 (n, 3, 32, 32) 的浮点张量，目标是 (n, 10)
的浮点张量（种子笔记用 MSELoss(reduction='sum') 在 10 个输出上训练它的 Net）。
"""
import torch
### BEGIN SOLUTION
import torch.nn.functional as F
### STUDENT EDITION
# import torch.functional as F
### END SOLUTION
from torch import nn
from torch.utils.data import DataLoader, Dataset


class TinyImages(Dataset):
    """Images and their targets, one sample at a time: dataset[i] -> (image (3, 32, 32), target (10,)).

    图像和它们的目标，一次一个样本：dataset[i] -> (image (3, 32, 32), target (10,))。
    """

    def __init__(self, images, targets):
        if len(images) != len(targets):
            raise ValueError(f"images and targets must have the same length, got {len(images)} and "
                             f"{len(targets)} (图像和目标的数量必须相同，现在是 {len(images)} 和 {len(targets)})")
        self.images = images
        self.targets = targets

    def __len__(self):
        """The number of samples.

        样本的数量。
        """
        ### BEGIN SOLUTION
        return len(self.images)
        ### END SOLUTION

    def __getitem__(self, index):
        """Sample `index`: the pair (image, target).

        第 `index` 个样本：(image, target) 这一对。
        """
        ### BEGIN SOLUTION
        return self.images[index], self.targets[index]
        ### END SOLUTION


def make_loader(dataset, batch_size, seed):
    """A DataLoader that shuffles every epoch, reproducibly: pass
    generator=torch.Generator().manual_seed(seed) and shuffle=True.

    一个每轮（epoch）都打乱、而且可以复现的 DataLoader：传入
    generator=torch.Generator().manual_seed(seed) 和 shuffle=True。
    """
    ### HINT: DataLoader(dataset, batch_size=..., shuffle=True, generator=torch.Generator().manual_seed(seed))
    ### HINT[zh]: DataLoader(dataset, batch_size=..., shuffle=True, generator=torch.Generator().manual_seed(seed))，每轮都打乱
    ### BEGIN SOLUTION
    return DataLoader(dataset, batch_size=batch_size, shuffle=True,
                      generator=torch.Generator().manual_seed(seed))
    ### END SOLUTION


class Net(nn.Module):
    """The seed's LeNet-style Net: conv 3→6 k5, max-pool 2, conv 6→16 k5, max-pool 2, fully connected
    16·5·5 → 120 → 84 → 10, ReLU between the layers (none after the last). The seed note's code had
    three bugs: find and fix them; each test of the Net says what goes wrong.

    种子笔记里类似 LeNet 的 Net：卷积 3→6 k5，最大池化 2，卷积 6→16 k5，最大池化 2，全连接
    16·5·5 → 120 → 84 → 10，层与层之间用 ReLU（最后一层之后没有）。种子笔记的代码有三个 bug：
    找出来并改正；Net 的每个测试都会说出哪里出了问题。
    """

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)      # (B, 3, 32, 32) -> (B, 6, 28, 28)
        self.pool1 = nn.MaxPool2d(2, 2)      # -> (B, 6, 14, 14)
        ### BEGIN SOLUTION
        self.conv2 = nn.Conv2d(6, 16, 5)     # -> (B, 16, 10, 10)
        ### STUDENT EDITION
        # self.conv2 = nn.Conv2dn(6, 16, 5)    # -> (B, 16, 10, 10)
        ### END SOLUTION
        self.pool2 = nn.MaxPool2d(2, 2)      # -> (B, 16, 5, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        """(batch, 3, 32, 32) -> (batch, 10).

        (批量, 3, 32, 32) -> (批量, 10)。
        """
        x = self.pool1(F.relu(self.conv1(x)))   # (B, 6, 14, 14)
        x = self.pool2(F.relu(self.conv2(x)))   # (B, 16, 5, 5)
        x = x.view(-1, 16 * 5 * 5)              # (B, 400)
        x = F.relu(self.fc1(x))                 # (B, 120)
        x = F.relu(self.fc2(x))                 # (B, 84)
        ### BEGIN SOLUTION
        return self.fc3(x)                      # (B, 10)
        ### STUDENT EDITION
        # x = self.fc3(x)                         # (B, 10)
        ### END SOLUTION


def train_epoch(model, loader, optimizer, criterion):
    """One pass over the loader: for each batch zero the gradients, forward, loss, backward, step.
    Returns the mean of the batch losses as a Python float.

    遍历一次 loader：对每个批量，梯度清零、前向传播、计算损失、反向传播、step。
    返回各批量损失的平均值，一个 Python 浮点数。
    """
    ### HINT: optimizer.zero_grad(); loss = criterion(model(images), targets); loss.backward(); optimizer.step()
    ### HINT[zh]: 每个批量：optimizer.zero_grad(); loss = criterion(model(images), targets); loss.backward(); optimizer.step()
    ### BEGIN SOLUTION
    model.train()
    losses = []
    for images, targets in loader:
        optimizer.zero_grad()
        loss = criterion(model(images), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
    ### END SOLUTION
