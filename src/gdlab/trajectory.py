"""The record of every step of a descent: what plots, notebooks and the cross-check read.

Index k of `w`, `b`, `cost` is the state after k steps (k = 0 is the start), so they hold
steps + 1 values; `batch_cost`, `grad_w`, `grad_b`, `batches` and `epoch` describe step k
itself (cost and gradient on that step's batch, at the parameters before it), steps values.
`cost` is always the full-data cost J(w, b), also for SGD and MBGD.
"""
from dataclasses import dataclass, field

import numpy as np

from gdlab.i18n import text


@dataclass
class Trajectory:
    config: object                      # the FitConfig that made it
    n: int                              # number of samples
    batch_size: int
    w: list = field(default_factory=list)
    b: list = field(default_factory=list)
    cost: list = field(default_factory=list)
    batch_cost: list = field(default_factory=list)
    grad_w: list = field(default_factory=list)
    grad_b: list = field(default_factory=list)
    batches: list = field(default_factory=list)   # index arrays (views, not copies)
    epoch: list = field(default_factory=list)
    stop_reason: str = "running"        # "tolerance", "budget", "diverged"

    def start(self, w, b, cost):
        self.w.append(w)
        self.b.append(b)
        self.cost.append(cost)

    def record(self, batch, epoch, batch_cost, grad_w, grad_b, w, b, cost):
        self.batches.append(batch)
        self.epoch.append(epoch)
        self.batch_cost.append(batch_cost)
        self.grad_w.append(grad_w)
        self.grad_b.append(grad_b)
        self.start(w, b, cost)

    def finish(self, stop_reason):
        """Freeze the lists into float64 arrays."""
        for name in ("w", "b", "cost", "batch_cost", "grad_w", "grad_b"):
            setattr(self, name, np.asarray(getattr(self, name), dtype=np.float64))
        self.epoch = np.asarray(self.epoch, dtype=np.int64)
        self.stop_reason = stop_reason
        return self

    @property
    def steps(self):
        return len(self.batches)

    @property
    def diverged(self):
        return self.stop_reason == "diverged"

    def stop_phrase(self):
        """Why it stopped, in words for a person (stop_reason itself stays the data value)."""
        return text(f"core.trajectory.stopped.{self.stop_reason}")

    @property
    def params(self):
        """(steps + 1, 2) array of (w, b) after each step."""
        return np.column_stack([self.w, self.b])

    def summary(self):
        """The final state as plain Python values (what `gdlab fit --json` prints)."""
        cfg = self.config
        return {"w": float(self.w[-1]), "b": float(self.b[-1]), "cost": float(self.cost[-1]),
                "steps": self.steps, "epochs": int(self.epoch[-1]) + 1 if self.steps else 0,
                "diverged": self.diverged, "stop_reason": self.stop_reason, "n": self.n,
                "model": cfg.model, "method": cfg.method, "batch_size": self.batch_size,
                "optimizer": cfg.optimizer, "lr": cfg.lr, "backend": cfg.backend, "seed": cfg.seed,
                "reduction": cfg.reduction}
