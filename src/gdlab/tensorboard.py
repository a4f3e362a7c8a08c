"""TensorBoard runs with tensorboardX: one run per folder under a logdir, scalars, hyperparameters.

What every gdlab run logs with, the toy descent and the CNN alike (gdlab.cnn.tensorboard adds
the CNN's weights, graph and images). View with `tensorboard --logdir runs` (or `make tensorboard`).

log_trajectory() logs the toy gradient descent of gdlab.descent.fit (`gdlab fit --logdir`): per
step k (k = 0 is the start) descent/w, descent/b, descent/cost (the full-data cost); per step
k >= 1 descent/batch_cost, descent/grad_w, descent/grad_b (of step k's batch); per epoch the
histograms grads/grad_w and grads/grad_b of that epoch's steps; and the fit's settings.
"""
import time
from pathlib import Path

import numpy as np
from tensorboardX import SummaryWriter
from tensorboardX.summary import hparams as hparams_summaries

# the summary's entries that are results, not settings: logged as scalars, not as hyperparameters
RESULTS = ("w", "b", "cost", "steps", "epochs", "diverged", "stop_reason")


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
            log_scalars(writer, k, {"descent/w": trajectory.w[k], "descent/b": trajectory.b[k],
                                    "descent/cost": trajectory.cost[k]})
        for k in range(trajectory.steps):
            log_scalars(writer, k + 1, {"descent/batch_cost": trajectory.batch_cost[k],
                                        "descent/grad_w": trajectory.grad_w[k],
                                        "descent/grad_b": trajectory.grad_b[k]})
        epochs = np.asarray(trajectory.epoch)
        for epoch in np.unique(epochs):
            in_epoch = epochs == epoch
            writer.add_histogram("grads/grad_w", np.asarray(trajectory.grad_w)[in_epoch], int(epoch))
            writer.add_histogram("grads/grad_b", np.asarray(trajectory.grad_b)[in_epoch], int(epoch))
        summary = trajectory.summary()
        settings = {k: v for k, v in summary.items() if k not in RESULTS}
        log_hparams(writer, settings, {"cost": summary["cost"], "steps": summary["steps"]})
    return run_dir
