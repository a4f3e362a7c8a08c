"""One visible place for a descent's settings: a typed dataclass, one commented default per field."""
from dataclasses import asdict, dataclass, field, fields

from gdlab.batches import METHODS
from gdlab.checks import (check_choice, check_finite, check_lr, check_nonnegative, check_positive_int,
                          check_seed)
from gdlab.errors import GdlabError
from gdlab.i18n import text
from gdlab.scratch.cost import REDUCTIONS
from gdlab.twins import BACKENDS, OPTIMIZER_NAMES

MODELS = ("wx", "wxb")  # y = w·x (the seed's line through the origin), y = w·x + b


@dataclass(frozen=True)
class FitConfig:
    model: str = "wxb"          # "wx": y = w·x;  "wxb": y = w·x + b
    method: str = "bgd"         # "bgd" all samples per step, "sgd" one, "mbgd" batch_size
    batch_size: int | None = None  # only for mbgd; default min(32, n)
    optimizer: str = "gd"       # gd, momentum, nesterov, adagrad, rmsprop, adadelta, adam
    lr: float = 0.1             # learning rate (学习率)
    epochs: int = 100           # passes over the data
    max_steps: int | None = None  # step budget; None: epochs × steps per epoch
    tol: float = 1e-10          # stop when |∇J| ≤ tol·|∇J at the start|; 0 never stops early
    seed: int = 0               # every random choice (the sample order) comes from it
    w0: float = 0.0             # start point
    b0: float = 0.0
    reduction: str = "mean"     # "mean" J = (1/n)Σr², "sum" J = Σr² (MSELoss(reduction='sum'))
    backend: str = "scratch"    # "scratch" NumPy by hand, "autograd" torch
    divergence_factor: float = 1e6  # diverged when J > factor × (start cost or mean y²)
    optimizer_options: dict = field(default_factory=dict)  # e.g. {"momentum": 0.5}

    def __post_init__(self):
        check_choice("model", self.model, MODELS)
        check_choice("method", self.method, METHODS)
        check_choice("optimizer", self.optimizer, OPTIMIZER_NAMES)
        check_choice("reduction", self.reduction, REDUCTIONS)
        check_choice("backend", self.backend, BACKENDS)
        check_lr(self.lr)
        check_positive_int("epochs", self.epochs)
        if self.max_steps is not None:
            check_positive_int("max_steps", self.max_steps)
        if self.batch_size is not None:
            check_positive_int("batch_size", self.batch_size, text("core.config.batch_size_hint"))
        check_nonnegative("tol", self.tol)
        check_finite("w0", self.w0)
        check_finite("b0", self.b0)
        if self.divergence_factor <= 1:
            raise GdlabError(text("core.config.divergence_factor", value=self.divergence_factor))
        check_seed(self.seed)

    @classmethod
    def from_kwargs(cls, **kwargs):
        """Build from keyword arguments, naming any that are not settings."""
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - names)
        if unknown:
            raise GdlabError(text("core.config.unknown_setting", unknown=", ".join(unknown),
                                  names=", ".join(sorted(names))))
        return cls(**kwargs)

    def to_dict(self):
        return asdict(self)
