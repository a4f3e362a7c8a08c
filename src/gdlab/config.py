"""One visible place for a descent's settings: a typed dataclass, one default and one help text per field.

`gdlab fit` generates its options from these fields (gdlab.cli.options, from
gdlab.settings.setting fields), so a setting is written once; its help is a key of the cli_help
catalogue (gdlab/i18n/<language>/cli_help.py), looked up when `--help` is shown.
"""
from dataclasses import asdict, dataclass, fields

from gdlab.batches import MBGD_BATCH_SIZE, METHODS
from gdlab.checks import (check_choice, check_finite, check_lr, check_nonnegative, check_positive_int,
                          check_seed)
from gdlab.errors import GdlabError
from gdlab.i18n import Said, text
from gdlab.settings import setting
from gdlab.scratch.cost import REDUCTIONS
from gdlab.twins import BACKENDS, OPTIMIZER_NAMES

MODELS = ("wx", "wxb")  # y = w·x (the seed's line through the origin), y = w·x + b


@dataclass(frozen=True)
class FitConfig:
    model: str = setting("wxb", Said("cli_help.fit.model"), choices=MODELS)
    method: str = setting("bgd", Said("cli_help.fit.method"), choices=METHODS)
    batch_size: int | None = setting(None, Said("cli_help.fit.batch_size"), metavar="K",
                                     default_text=f"min({MBGD_BATCH_SIZE}, n)")
    optimizer: str = setting("gd", Said("cli_help.fit.optimizer"), choices=OPTIMIZER_NAMES)
    lr: float = setting(0.1, Said("cli_help.fit.lr"), metavar="A")
    epochs: int = setting(100, Said("cli_help.fit.epochs"), metavar="E")
    max_steps: int | None = setting(None, Said("cli_help.fit.max_steps"), metavar="S",
                                    default_text=Said("cli_help.fit.max_steps_default"))
    tol: float = setting(1e-10, Said("cli_help.fit.tol"))
    seed: int = setting(0, Said("cli_help.fit.seed"), metavar="S")
    w0: float = setting(0.0, Said("cli_help.fit.w0"))
    b0: float = setting(0.0, Said("cli_help.fit.b0"))
    reduction: str = setting("mean", Said("cli_help.fit.reduction"), choices=REDUCTIONS)
    backend: str = setting("scratch", Said("cli_help.fit.backend"), choices=BACKENDS)
    divergence_factor: float = setting(1e6, Said("cli_help.fit.divergence_factor"), metavar="F")
    # e.g. {"momentum": 0.5}; `gdlab fit` reads them from --option NAME=VALUE (cli/fit.py)
    optimizer_options: dict = setting({}, Said("cli_help.fit.optimizer_options"), cli=False)

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
