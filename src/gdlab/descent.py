"""The loop: one function runs either twin over the data with BGD, SGD or MBGD.

The batch size is the only difference between the three methods (gdlab.batches); every step
is recorded in a Trajectory; the loop stops on the tolerance, the step budget, or divergence.
"""
import importlib
import math

import numpy as np

from gdlab.batches import batch_stream, method_batch_size, steps_per_epoch
from gdlab.config import FitConfig
from gdlab.data import check_xy
from gdlab.errors import DivergenceError
from gdlab.i18n import text
from gdlab.scratch.sums import LineSums
from gdlab.trajectory import Trajectory
from gdlab.twins import as_data, as_params, make_optimizer, twin


def fit(x, y, config=None, *, on_divergence="raise", **settings):
    """Run gradient descent on y ≈ w·x (+ b); returns the Trajectory of every step.

    `config` is a FitConfig, or pass its fields as keywords (lr=0.1, method="sgd", ...).
    On divergence, raises DivergenceError (whose .trajectory holds the steps up to it), or,
    with on_divergence="stop", returns that trajectory with stop_reason "diverged".
    """
    config = FitConfig.from_kwargs(**settings) if config is None else config
    if on_divergence not in ("raise", "stop"):
        raise ValueError(text("core.descent.on_divergence", value=on_divergence))
    x, y = check_xy(x, y)
    n = len(x)
    batch_size = method_batch_size(config.method, n, config.batch_size)
    sums = LineSums.from_data(x, y)
    trajectory = Trajectory(config, n, batch_size)
    with np.errstate(over="ignore", invalid="ignore"):  # divergence is caught below, by name
        reason = _descend(x, y, config, batch_size, sums, trajectory)
    trajectory.finish(reason)
    if reason == "diverged" and on_divergence == "raise":
        raise _divergence_error(trajectory, sums)
    return trajectory


def _descend(x, y, config, batch_size, sums, trajectory):
    """The steps themselves; returns why they stopped."""
    cfg, n = config, len(x)
    with_b = cfg.model == "wxb"
    grads_of = _step_kernel(cfg.backend)
    xs, ys = as_data(cfg.backend, x), as_data(cfg.backend, y)
    params = as_params(cfg.backend, [cfg.w0, cfg.b0] if with_b else [cfg.w0])
    optimizer = make_optimizer(cfg.backend, cfg.optimizer, cfg.lr, **cfg.optimizer_options)
    w, b = cfg.w0, cfg.b0 if with_b else 0.0
    start_cost = sums.cost(w, b, cfg.reduction)
    trajectory.start(w, b, start_cost)
    bound = cfg.divergence_factor * max(start_cost, sums.cost(0.0, 0.0, cfg.reduction), 1e-300)
    start_norm = _grad_norm(sums, w, b, with_b, cfg.reduction)
    budget = cfg.epochs * steps_per_epoch(n, batch_size)
    budget = budget if cfg.max_steps is None else min(budget, cfg.max_steps)
    if start_norm == 0.0:
        return "tolerance"
    for epoch, batch in batch_stream(n, batch_size, cfg.seed):
        if trajectory.steps >= budget:
            return "budget"
        xb, yb = (xs, ys) if len(batch) == n else (xs[batch], ys[batch])
        batch_cost, grad_w, grad_b = grads_of(xb, yb, w, b, cfg.reduction)
        params = optimizer.step(params, [grad_w, grad_b] if with_b else [grad_w])
        values = params.tolist()   # Python floats from an ndarray or a tensor alike, no array copy
        w, b = values[0], values[1] if with_b else 0.0
        cost = sums.cost(w, b, cfg.reduction)
        trajectory.record(batch, epoch, batch_cost, grad_w, grad_b if with_b else 0.0, w, b, cost)
        if not (math.isfinite(cost) and cost <= bound):
            return "diverged"
        if cfg.tol > 0 and _grad_norm(sums, w, b, with_b, cfg.reduction) <= cfg.tol * start_norm:
            return "tolerance"


def _step_kernel(backend):
    """The twin's cost_and_grad without its argument checks: `_cost_and_grad`, one name in both twins.

    Checked once instead, as scikit-learn's estimators check in fit and then run unchecked
    internals: check_xy made x, y finite (n,) float64 (as_data gives the autograd twin the same
    values), FitConfig checked w0, b0 and the reduction, and every later w, b is finite, or the
    loop has already stopped as diverged. So a step's NaN or inf can only be an overflow, which
    the loop's divergence test stops at and fit names, as with the checked cost_and_grad.
    """
    twin(backend)   # checks the name; imports torch only for the autograd twin
    return importlib.import_module(f"gdlab.{backend}.cost")._cost_and_grad


def _grad_norm(sums, w, b, with_b, reduction):
    grad_w, grad_b = sums.grad(w, b, reduction)
    return math.hypot(grad_w, grad_b) if with_b else abs(grad_w)


def divergence_message(trajectory, sums):
    """Why the descent diverged (at which step, with which lr) and the learning rate to try instead."""
    cfg = trajectory.config
    cost = trajectory.cost[-1]
    what = (text("core.descent.not_finite") if not np.isfinite(cost)
            else text("core.descent.too_large", cost=cost, factor=cfg.divergence_factor))
    critical = sums.critical_lr(cfg.model, cfg.reduction)
    if cfg.optimizer == "gd" and cfg.method == "bgd" and math.isfinite(critical):
        advice = text("core.descent.advice_critical", critical=critical, suggested=0.5 * critical)
    else:
        advice = text("core.descent.advice_smaller", suggested=cfg.lr / 10)
    return text("core.descent.diverged", step=trajectory.steps, lr=cfg.lr, what=what, advice=advice)


def _divergence_error(trajectory, sums):
    message = text("core.descent.diverged_error", message=divergence_message(trajectory, sums))
    return DivergenceError(message, step=trajectory.steps, lr=trajectory.config.lr, trajectory=trajectory)
