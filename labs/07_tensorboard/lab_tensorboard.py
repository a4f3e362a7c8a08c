"""Lab 7: watch training in TensorBoard (可视化训练过程) with tensorboardX, as the seed note's last
section does: add_scalar of the loss every step, add_histogram of the weights every epoch, and
add_graph of the model once, into a SummaryWriter whose folder (logdir) is given.

View a run with `tensorboard --logdir <logdir>`. Tags: the loss is "train/loss"; the weights of
each parameter are "weights/<name>", with <name> as model.named_parameters() gives it (for
nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1)): weights/0.weight, weights/0.bias,
weights/2.weight, weights/2.bias). Steps count from 0.

实验 7：像种子笔记最后一节那样，用 tensorboardX 在 TensorBoard 里看训练（可视化训练过程）：每一步用
add_scalar 记录损失，每一轮（epoch）用 add_histogram 记录权重，用 add_graph 记录一次模型，写进一个给定文件夹
（logdir）的 SummaryWriter。用 `tensorboard --logdir <logdir>` 查看一次运行。标签：损失是 "train/loss"；
每个参数的权重是 "weights/<name>"，<name> 就是 model.named_parameters() 给出的名字（对
nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))：weights/0.weight、weights/0.bias、
weights/2.weight、weights/2.bias）。步数从 0 开始。
"""
from tensorboardX import SummaryWriter

LOSS_TAG = "train/loss"
WEIGHTS_TAG = "weights/{name}"


def log_step(writer, step, loss):
    """add_scalar of one step's loss, a 0-d tensor, under "train/loss" at global step `step`.

    TensorBoard stores a Python float: log loss.item() and return it (a list of tensors that
    still hold their graphs would keep every step's graph in memory).

    用 add_scalar 把一步的损失（一个 0 维张量）记录在 "train/loss" 下，全局步数为 `step`。
    TensorBoard 存的是 Python 浮点数：记录 loss.item() 并返回它（一个仍带着计算图的张量列表
    会把每一步的计算图都留在内存里）。
    """
    ### HINT: writer.add_scalar(tag, value, step) with value = loss.item(), a Python float; return value
    ### HINT[zh]: writer.add_scalar(tag, value, step)，其中 value = loss.item()，一个 Python 浮点数；返回 value
    ### BEGIN SOLUTION
    value = loss.item()
    writer.add_scalar(LOSS_TAG, value, step)
    return value
    ### END SOLUTION


def log_epoch(writer, epoch, model):
    """add_histogram of every parameter's weights (not their gradients) under "weights/<name>"
    at step `epoch`.

    用 add_histogram 把每个参数的权重（不是它们的梯度）记录在 "weights/<name>" 下，步数为 `epoch`。
    """
    ### HINT: for name, param in model.named_parameters(): add_histogram of param (not param.grad)
    ### HINT[zh]: for name, param in model.named_parameters(): 对 param 做 add_histogram（不是 param.grad）
    ### BEGIN SOLUTION
    for name, param in model.named_parameters():
        writer.add_histogram(WEIGHTS_TAG.format(name=name), param.detach(), epoch)
    ### END SOLUTION


def log_graph(writer, model, example):
    """add_graph of `model`, traced on the batch `example` (its shapes show in TensorBoard).

    用 add_graph 记录 `model`，在批量 `example` 上追踪（它的形状会显示在 TensorBoard 里）。
    """
    ### HINT: writer.add_graph(model, example)
    ### HINT[zh]: 调用 writer.add_graph(model, example)
    ### BEGIN SOLUTION
    writer.add_graph(model, example)
    ### END SOLUTION


def train_and_log(logdir, model, loader, optimizer, criterion, epochs):
    """Train `model` for `epochs` epochs and log the run into SummaryWriter(logdir): the graph
    once (traced on the first batch), the loss after every step (global step 0, 1, 2, ...,
    never reset between epochs), the weights after every epoch (step = the epoch, from 0);
    then close the writer, so that every event is in the file. Returns the number of steps.

    训练 `model` `epochs` 轮，并把这次运行记录到 SummaryWriter(logdir)：计算图记录一次（在第一个批量上
    追踪），每一步之后记录损失（全局步数 0, 1, 2, ……，轮与轮之间不清零），每一轮之后记录权重（步数就是
    轮数，从 0 开始）；然后关闭 writer，让所有事件都进入文件。返回步数。
    """
    ### HINT: with SummaryWriter(logdir) as writer: ... one global `step`, += 1 after every batch
    ### HINT[zh]: with SummaryWriter(logdir) as writer: ……用一个全局的 `step`，每个批量之后 += 1
    ### BEGIN SOLUTION
    writer = SummaryWriter(logdir)
    step = 0
    for epoch in range(epochs):
        for inputs, targets in loader:
            if step == 0:
                log_graph(writer, model, inputs)
            optimizer.zero_grad()
            loss = criterion(model(inputs), targets)
            loss.backward()
            optimizer.step()
            log_step(writer, step, loss)
            step += 1
        log_epoch(writer, epoch, model)
    writer.close()
    return step
    ### END SOLUTION
