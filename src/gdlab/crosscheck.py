"""The two twins compared: every model × method × optimizer from the same start and seed,
and every scratch optimizer step against torch.optim on a random multi-dimensional problem.

A difference is measured relative to the size of what is compared:
    max |scratch − autograd| / max(max |scratch|, max |autograd|)
and must stay below the tolerance (float64: 1e-10).
"""
import unicodedata
from dataclasses import dataclass

import numpy as np

from gdlab.batches import METHODS
from gdlab.config import MODELS
from gdlab.data import load
from gdlab.descent import fit
from gdlab.i18n import text
from gdlab.twins import OPTIMIZER_NAMES, make_optimizer

TOLERANCE = 1e-10
# a learning rate that converges on the bundled line data for each optimizer
LEARNING_RATES = {"gd": 0.1, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.5,
                  "rmsprop": 0.05, "adadelta": 1.0, "adam": 0.1}
EPOCHS = {"bgd": 40, "sgd": 1, "mbgd": 5}
# the optimizer variants checked step by step against torch.optim: (name, options)
VARIANTS = [("gd", {}), ("gd", {"weight_decay": 0.1}),
            ("momentum", {}), ("momentum", {"momentum": 0.5, "dampening": 0.2, "weight_decay": 0.1}),
            ("nesterov", {}), ("nesterov", {"momentum": 0.7, "weight_decay": 0.05}),
            ("adagrad", {}), ("adagrad", {"lr_decay": 0.1, "weight_decay": 0.1, "initial_accumulator_value": 0.5}),
            ("rmsprop", {}), ("rmsprop", {"centered": True, "momentum": 0.5, "weight_decay": 0.1}),
            ("adadelta", {}), ("adadelta", {"rho": 0.8, "weight_decay": 0.1}),
            ("adam", {}), ("adam", {"amsgrad": True, "betas": (0.8, 0.9), "weight_decay": 0.1})]


@dataclass
class TwinDifference:
    """One case of the cross-check: the twins' largest relative differences, and whether all are within tol."""

    case: str           # what was compared, e.g. "wxb bgd adam"
    params: float       # largest relative difference of the parameters over all steps
    cost: float         # ... of the cost each twin computed (nan: not compared)
    grad: float         # ... of the gradients
    tol: float = TOLERANCE

    @property
    def ok(self):
        compared = [d for d in (self.params, self.cost, self.grad) if not np.isnan(d)]
        return all(np.isfinite(d) and d <= self.tol for d in compared)


def relative_difference(a, b):
    """max |a − b| / max(max |a|, max |b|); 0 when both are all zeros, inf if either is not finite."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape or not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
        return float("inf")
    scale = max(np.max(np.abs(a), initial=0.0), np.max(np.abs(b), initial=0.0))
    return float(np.max(np.abs(a - b), initial=0.0) / scale) if scale > 0 else 0.0


def compare_fits(x, y, model, method, optimizer, seed=0, tol=TOLERANCE):
    """Fit with both twins from the same start and seed; their largest differences (a TwinDifference)."""
    settings = dict(model=model, method=method, optimizer=optimizer, lr=LEARNING_RATES[optimizer],
                    epochs=EPOCHS[method], batch_size=16 if method == "mbgd" else None, tol=0.0,
                    seed=seed, w0=-1.0, b0=3.0)
    a = fit(x, y, backend="scratch", **settings)
    b = fit(x, y, backend="autograd", **settings)
    if a.steps != b.steps or any(not np.array_equal(p, q) for p, q in zip(a.batches, b.batches)):
        return TwinDifference(f"{model} {method} {optimizer}", float("inf"), float("inf"), float("inf"), tol)
    return TwinDifference(f"{model} {method} {optimizer}", relative_difference(a.params, b.params),
                          relative_difference(a.batch_cost, b.batch_cost),
                          relative_difference(np.column_stack([a.grad_w, a.grad_b]),
                                              np.column_stack([b.grad_w, b.grad_b])),
                          tol)


def compare_optimizer(name, options, steps=25, seed=0, tol=TOLERANCE):
    """A scratch optimizer against torch.optim on least squares with a (4, 3) parameter matrix.

    Loss f(P) = mean((X·P − Y)²) with X (8, 4), Y (8, 3); the scratch side uses the hand-written
    gradient 2·Xᵀ(X·P − Y)/(8·3), the torch side `.backward()`.
    """
    import torch
    rng = np.random.default_rng(seed)
    X, Y, P0 = rng.normal(size=(8, 4)), rng.normal(size=(8, 3)), rng.normal(size=(4, 3))
    lr = {"adadelta": 1.0, "adagrad": 0.1}.get(name, 0.01)
    mine = make_optimizer("scratch", name, lr, **options)
    theirs = make_optimizer("autograd", name, lr, **options)
    p, q = P0.copy(), torch.tensor(P0, requires_grad=True)
    Xt, Yt = torch.from_numpy(X), torch.from_numpy(Y)
    path_p, path_q, grads_p, grads_q = [], [], [], []
    for _ in range(steps):
        g = 2.0 * X.T @ (X @ p - Y) / Y.size
        q.grad = None
        torch.mean((Xt @ q - Yt) ** 2).backward()
        grads_p.append(g)
        grads_q.append(q.grad.numpy().copy())
        p = mine.step(p, g)
        theirs.step(q, q.grad.clone())
        path_p.append(p)
        path_q.append(q.detach().numpy().copy())
    label = f"{name}({', '.join(f'{k}={v}' for k, v in options.items())})"
    return TwinDifference(text("cli.crosscheck.stepwise", label=label), relative_difference(path_p, path_q),
                          float("nan"), relative_difference(grads_p, grads_q), tol)


@dataclass
class Report:
    rows: list

    @property
    def ok(self):
        return all(row.ok for row in self.rows)

    def table(self):
        """The rows as a text table with its verdict, in the current language."""
        words = {column: text(f"cli.crosscheck.{column}") for column in ("case", "params", "cost", "grad", "ok")}
        width = max(_width(row.case) for row in self.rows)
        numbers = " ".join(_pad(words[column], 9, right=True) for column in ("params", "cost", "grad"))
        lines = [f"{_pad(words['case'], width)} {numbers}  {words['ok']}"]
        yes, no = text("cli.crosscheck.yes"), text("cli.crosscheck.no")
        for row in self.rows:
            cells = " ".join("        -" if np.isnan(d) else f"{d:9.1e}" for d in (row.params, row.cost, row.grad))
            lines.append(f"{_pad(row.case, width)} {cells}  {yes if row.ok else no}")
        worst = max(max(d for d in (r.params, r.cost, r.grad) if not np.isnan(d)) for r in self.rows)
        verdict = "cli.crosscheck.summary_ok" if self.ok else "cli.crosscheck.summary_bad"
        lines.append(text(verdict, count=len(self.rows), worst=worst, tol=self.rows[0].tol))
        return "\n".join(lines)

    def to_dict(self):
        return {"ok": self.ok, "rows": [{"case": r.case, "params": r.params, "grad": r.grad, "ok": r.ok,
                                         "cost": None if np.isnan(r.cost) else r.cost} for r in self.rows]}


def _width(words):
    """The columns `words` takes in a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in words)


def _pad(words, width, right=False):
    gap = " " * max(0, width - _width(words))
    return gap + words if right else words + gap


def crosscheck(data="line", tol=TOLERANCE, seed=0):
    """Run every comparison; `report.ok` is True when every difference is within `tol`."""
    x, y = load(data)
    rows = [compare_fits(x, y, model, method, opt, seed, tol)
            for model in MODELS for method in METHODS for opt in OPTIMIZER_NAMES]
    rows += [compare_optimizer(name, options, seed=seed, tol=tol) for name, options in VARIANTS]
    return Report(rows)
