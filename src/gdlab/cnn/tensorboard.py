"""TensorBoard logging for the CNN with tensorboardX (seed section 5): one run per folder under runs/.

Per epoch: add_scalar of train/val loss and accuracy and the learning rate (Python floats, as
TensorBoard stores them), add_histogram of each layer's weights and gradients, add_image of the
misclassified validation images. Once: add_graph of the model, add_image of a sample batch, the
run's hyperparameters. View with `tensorboard --logdir runs` (or `make tensorboard`).

log_trajectory() logs the toy gradient descent of gdlab.descent.fit the same way (`gdlab fit --logdir`):
per step k (k = 0 is the start) descent/w, descent/b, descent/cost (the full-data cost); per step
k >= 1 descent/batch_cost, descent/grad_w, descent/grad_b (of step k's batch); per epoch the
histograms grads/grad_w and grads/grad_b of that epoch's steps; and the fit's settings.
"""
import time
import warnings
from pathlib import Path

import numpy as np
import torch
from tensorboardX import SummaryWriter
from tensorboardX.summary import hparams as hparams_summaries
from torchvision.utils import make_grid

from gdlab.i18n import text


def new_run_dir(logdir, name):
    """A fresh folder logdir/<YYYYmmdd-HHMMSS>-<name>[-k] for one run; returns its Path."""
    base = Path(logdir) / f"{time.strftime('%Y%m%d-%H%M%S')}-{name}"
    path, k = base, 1
    while path.exists():
        k += 1
        path = base.with_name(f"{base.name}-{k}")
    path.mkdir(parents=True)
    return path


def open_writer(run_dir):
    """A tensorboardX SummaryWriter writing into `run_dir` (flushes every 10 s and on close)."""
    return SummaryWriter(logdir=str(run_dir))


def log_scalars(writer, step, values):
    """add_scalar for each tag -> value; values become Python floats (TensorBoard wants no tensors)."""
    for tag, value in values.items():
        writer.add_scalar(tag, float(value), step)


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


def log_hparams(writer, hparams, metrics):
    """The run's hyperparameters and final metrics, in the run's own folder (HParams dashboard).

    Metric tags start with hparam/ so they differ from the add_scalar tags.
    """
    hparams = {k: v if isinstance(v, (bool, int, float, str)) else str(v) for k, v in hparams.items()}
    metrics = {f"hparam/{k}": float(v) for k, v in metrics.items()}
    file_writer = writer._get_file_writer()   # tensorboardX's add_hparams would open a sub-folder run
    for summary in hparams_summaries(hparams, metrics):
        file_writer.add_summary(summary)
    log_scalars(writer, 0, metrics)


def log_trajectory(trajectory, logdir, name="fit"):
    """Write a Trajectory as a TensorBoard run in a new folder under `logdir`; returns that folder."""
    run_dir = new_run_dir(logdir, name)
    with open_writer(run_dir) as writer:
        for k in range(trajectory.steps + 1):
            writer.add_scalar("descent/w", float(trajectory.w[k]), k)
            writer.add_scalar("descent/b", float(trajectory.b[k]), k)
            writer.add_scalar("descent/cost", float(trajectory.cost[k]), k)
        for k in range(trajectory.steps):
            writer.add_scalar("descent/batch_cost", float(trajectory.batch_cost[k]), k + 1)
            writer.add_scalar("descent/grad_w", float(trajectory.grad_w[k]), k + 1)
            writer.add_scalar("descent/grad_b", float(trajectory.grad_b[k]), k + 1)
        epochs = np.asarray(trajectory.epoch)
        for epoch in np.unique(epochs):
            in_epoch = epochs == epoch
            writer.add_histogram("grads/grad_w", np.asarray(trajectory.grad_w)[in_epoch], int(epoch))
            writer.add_histogram("grads/grad_b", np.asarray(trajectory.grad_b)[in_epoch], int(epoch))
        summary = trajectory.summary()
        settings = {k: v for k, v in summary.items() if k not in ("w", "b", "cost", "steps", "epochs",
                                                                  "diverged", "stop_reason")}
        log_hparams(writer, settings, {"cost": summary["cost"], "steps": summary["steps"]})
    return run_dir
