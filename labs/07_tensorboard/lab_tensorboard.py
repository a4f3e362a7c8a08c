"""Lab 7: watch training in TensorBoard (可视化训练过程) with tensorboardX, as the seed note's last
section does: add_scalar of the loss every step, add_histogram of the weights every epoch, and
add_graph of the model once, into a SummaryWriter whose folder (logdir) is given.

View a run with `tensorboard --logdir <logdir>`. Tags: the loss is "train/loss"; the weights of
each parameter are "weights/<name>", with <name> as model.named_parameters() gives it (for
nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1)): weights/0.weight, weights/0.bias,
weights/2.weight, weights/2.bias). Steps count from 0.
"""
from tensorboardX import SummaryWriter

LOSS_TAG = "train/loss"
WEIGHTS_TAG = "weights/{name}"


def log_step(writer, step, loss):
    """add_scalar of one step's loss, a 0-d tensor, under "train/loss" at global step `step`.

    TensorBoard stores a Python float: log loss.item() and return it (a list of tensors that
    still hold their graphs would keep every step's graph in memory)."""
    ### HINT: writer.add_scalar(tag, value, step) with value = loss.item(), a Python float; return value
    ### BEGIN SOLUTION
    value = loss.item()
    writer.add_scalar(LOSS_TAG, value, step)
    return value
    ### END SOLUTION


def log_epoch(writer, epoch, model):
    """add_histogram of every parameter's weights (not their gradients) under "weights/<name>"
    at step `epoch`."""
    ### HINT: for name, param in model.named_parameters(): add_histogram of param (not param.grad)
    ### BEGIN SOLUTION
    for name, param in model.named_parameters():
        writer.add_histogram(WEIGHTS_TAG.format(name=name), param.detach(), epoch)
    ### END SOLUTION


def log_graph(writer, model, example):
    """add_graph of `model`, traced on the batch `example` (its shapes show in TensorBoard)."""
    ### HINT: writer.add_graph(model, example)
    ### BEGIN SOLUTION
    writer.add_graph(model, example)
    ### END SOLUTION


def train_and_log(logdir, model, loader, optimizer, criterion, epochs):
    """Train `model` for `epochs` epochs and log the run into SummaryWriter(logdir): the graph
    once (traced on the first batch), the loss after every step (global step 0, 1, 2, ...,
    never reset between epochs), the weights after every epoch (step = the epoch, from 0);
    then close the writer, so that every event is in the file. Returns the number of steps."""
    ### HINT: with SummaryWriter(logdir) as writer: ... one global `step`, += 1 after every batch
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
