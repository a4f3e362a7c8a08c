"""TensorBoard logging of the CNN with tensorboardX (seed section 5), on top of gdlab.tensorboard.

Per epoch: add_scalar of train/val loss and accuracy and the learning rate (Python floats, as
TensorBoard stores them), add_histogram of each layer's weights and gradients, add_image of the
misclassified validation images. Once: add_graph of the model, add_image of a sample batch, the
run's hyperparameters. The run folders, the writer, scalars and hyperparameters are
gdlab.tensorboard's, shared with the toy descent (`gdlab fit --logdir`).
"""
import warnings
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import torch
from torchvision.utils import make_grid

from gdlab.i18n import text
from gdlab.tensorboard import log_hparams, log_scalars, new_run_dir, open_writer

NOT_HPARAMS = ("progress", "logdir", "resume")    # TrainConfig fields that do not change what is learnt


@contextmanager
def training_run(logdir, name, run_dir, model, images, fresh, announce):
    """(writer, run folder) for the block: the writer is closed after it.

    It writes into `run_dir`, or into a new run folder under `logdir` named for `name` if that is
    None or gone (a resumed run goes on in its folder). A `fresh` run first logs the graph of
    `model` and a sample batch of `images` (ImageData).
    """
    if run_dir is None or not Path(run_dir).is_dir():
        run_dir = str(new_run_dir(logdir, name))
    announce(text("training.train.tensorboard_run", run_dir=run_dir, logdir=logdir))
    with open_writer(run_dir) as writer:
        if fresh:
            sample = images.train.images[:32]
            log_graph(writer, model, sample)
            log_image_grid(writer, "train/sample_batch", sample, images.mean, images.std, 0)
        yield writer, run_dir


def log_settings(writer, config, result):
    """The TrainConfig's settings, the world size, and train()'s final validation metrics (HParams)."""
    hparams = {k: v for k, v in asdict(config).items() if k not in NOT_HPARAMS}
    log_hparams(writer, hparams | {"world_size": result["world_size"]},
                {"val_accuracy": result["val_accuracy"], "val_loss": result["val_loss"]})


def log_epoch(writer, epoch, record, model, histograms=True, misclassified=None):
    """One epoch's record (train/val loss and accuracy, lr) at step `epoch`, and what the epoch left.

    `histograms`: also the weights and gradients of `model`; `misclassified`: (images, labels,
    predicted, classes, mean, std) of the validation set, to show the ones the model got wrong.
    """
    log_scalars(writer, epoch, {
        "train/loss": record["train_loss"], "train/accuracy": record["train_accuracy"],
        "val/loss": record["val_loss"], "val/accuracy": record["val_accuracy"], "lr": record["lr"]})
    if histograms:
        log_weights_and_grads(writer, model, epoch)
    if misclassified is not None:
        log_misclassified(writer, *misclassified, epoch)
    writer.flush()


def log_weights_and_grads(writer, model, step):
    """add_histogram of every parameter (weights/<name>) and its gradient (grads/<name>)."""
    for name, param in model.named_parameters():
        writer.add_histogram(f"weights/{name}", param.detach().float().cpu().numpy(), step)
        if param.grad is not None:
            writer.add_histogram(f"grads/{name}", param.grad.detach().float().cpu().numpy(), step)


def log_graph(writer, model, sample):
    """add_graph of `model` traced on `sample`, a (B, 3, 32, 32) batch on the model's device."""
    with warnings.catch_warnings():   # tensorboardX traces with torch.jit.trace, which warns it is deprecated
        warnings.filterwarnings("ignore", category=FutureWarning, message=".*torch.jit.trace.*")
        writer.add_graph(model, (sample,))


def unnormalise(images, mean, std):
    """Invert Normalize(mean, std) and clamp to [0, 1], for display."""
    mean = torch.as_tensor(mean, dtype=images.dtype, device=images.device).view(1, -1, 1, 1)
    std = torch.as_tensor(std, dtype=images.dtype, device=images.device).view(1, -1, 1, 1)
    return (images * std + mean).clamp(0.0, 1.0)


def log_image_grid(writer, tag, images, mean, std, step):
    """add_image of a grid of (B, 3, H, W) normalised images."""
    grid = make_grid(unnormalise(images.detach().float().cpu(), mean, std), nrow=8, padding=2)
    writer.add_image(tag, grid.numpy(), step)


def log_misclassified(writer, images, labels, predicted, classes, mean, std, step, limit=32):
    """add_image of up to `limit` validation images the model got wrong, and add_text of true -> predicted."""
    wrong = torch.nonzero(labels != predicted).flatten()[:limit].cpu()
    if len(wrong) == 0:
        return 0
    log_image_grid(writer, "val/misclassified", images[wrong.to(images.device)], mean, std, step)
    pairs = [f"{classes[int(labels[i])]} -> {classes[int(predicted[i])]}" for i in wrong.tolist()]
    caption = text("training.tensorboard.misclassified", pairs=", ".join(pairs))
    writer.add_text("val/misclassified", caption, step)
    return len(wrong)
