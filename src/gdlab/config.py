"""One visible place for a descent's settings: a typed dataclass, one default and one help text per field.

`gdlab fit` generates its options from these fields (gdlab.cli.options, from
gdlab.settings.setting fields), so a setting is written once.
"""
from dataclasses import asdict, dataclass, fields

from gdlab.batches import MBGD_BATCH_SIZE, METHODS
from gdlab.checks import (check_choice, check_finite, check_lr, check_nonnegative, check_positive_int,
                          check_seed)
from gdlab.settings import setting
from gdlab.errors import GdlabError
from gdlab.i18n import text
from gdlab.scratch.cost import REDUCTIONS
from gdlab.twins import BACKENDS, OPTIMIZER_NAMES

MODELS = ("wx", "wxb")  # y = w·x (the seed's line through the origin), y = w·x + b


@dataclass(frozen=True)
class FitConfig:
    model: str = setting("wxb", "wx: y = w·x; wxb: y = w·x + b", choices=MODELS)
    method: str = setting("bgd", "bgd: all samples per step; sgd: one; mbgd: --batch-size", choices=METHODS)
    batch_size: int | None = setting(None, "samples per step, only for mbgd", metavar="K",
                                     default_text=f"min({MBGD_BATCH_SIZE}, n)")
    optimizer: str = setting("gd", "the update rule", choices=OPTIMIZER_NAMES)
    lr: float = setting(0.1, "learning rate (学习率)", metavar="A")
    epochs: int = setting(100, "passes over the data", metavar="E")
    max_steps: int | None = setting(None, "step budget", metavar="S", default_text="all the epochs")
    tol: float = setting(1e-10, "stop when |∇J| ≤ tol × |∇J at the start| (0: never)")
    seed: int = setting(0, "every random choice (the sample order) comes from it", metavar="S")
    w0: float = setting(0.0, "start value of w")
    b0: float = setting(0.0, "start value of b")
    reduction: str = setting("mean", "mean: J = (1/n)Σr²; sum: J = Σr² (MSELoss(reduction='sum'))",
                             choices=REDUCTIONS)
    backend: str = setting("scratch", "scratch: NumPy by hand; autograd: torch", choices=BACKENDS)
    divergence_factor: float = setting(1e6, "diverged when J > factor × (the start cost or mean y²)",
                                       metavar="F")
    # e.g. {"momentum": 0.5}; `gdlab fit` reads them from --option NAME=VALUE (cli/fit.py)
    optimizer_options: dict = setting({}, "the optimizer's keyword options", cli=False)

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
        if check_finite("divergence_factor", self.divergence_factor) <= 1:
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
