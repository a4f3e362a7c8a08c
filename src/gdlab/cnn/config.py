"""The settings of a CNN training run: a typed dataclass, one default and one help text per field.

`gdlab train` generates its options from these fields (gdlab.cli.options, from
gdlab.settings.setting fields), so a setting is written once; its help is a key of the cli_help
catalogue (gdlab/i18n/<language>/cli_help.py), looked up when `--help` is shown.
Imports no torch, so `gdlab --help` stays fast.
"""
from dataclasses import dataclass

from gdlab.checks import check_choice, check_lr, check_nonnegative, check_positive_int, check_seed
from gdlab.errors import GdlabError
from gdlab.i18n import Said, text
from gdlab.settings import setting

OPTIMIZERS = ("adam", "sgd", "adamw", "rmsprop")
SCHEDULES = ("onecycle", "constant")
DATA_HELP = Said("cli_help.train.data")   # also in `gdlab train --help`'s description


@dataclass(frozen=True)
class TrainConfig:
    data: str = setting("digits", DATA_HELP, metavar="NAME|PATH")
    data_root: str = setting("data", Said("cli_help.train.data_root"), metavar="DIR")
    download: bool = setting(False, Said("cli_help.train.download"))
    epochs: int = setting(12, Said("cli_help.train.epochs"), metavar="E")
    batch_size: int = setting(32, Said("cli_help.train.batch_size"), metavar="B")
    lr: float = setting(2e-3, Said("cli_help.train.lr"), metavar="A")
    optimizer: str = setting("adam", Said("cli_help.train.optimizer"), choices=OPTIMIZERS)
    schedule: str = setting("onecycle", Said("cli_help.train.schedule"), choices=SCHEDULES)
    augment: bool = setting(True, Said("cli_help.train.augment"))
    momentum: float = setting(0.9, Said("cli_help.train.momentum"))
    weight_decay: float = setting(0.0, Said("cli_help.train.weight_decay"))
    device: str = setting("auto", Said("cli_help.train.device"))
    amp: bool = setting(False, Said("cli_help.train.amp"))
    seed: int = setting(0, Said("cli_help.train.seed"), metavar="S")
    val_fraction: float = setting(0.2, Said("cli_help.train.val_fraction"))
    max_images: int | None = setting(None, Said("cli_help.train.max_images"), metavar="N",
                                     default_text=Said("cli_help.train.max_images_default"))
    logdir: str | None = setting("runs", Said("cli_help.train.logdir"), metavar="DIR")
    run_name: str | None = setting(None, Said("cli_help.train.run_name"), metavar="NAME",
                                   default_text=Said("cli_help.train.run_name_default"))
    checkpoint: str | None = setting(None, Said("cli_help.train.checkpoint"), metavar="FILE",
                                     default_text=Said("cli_help.train.checkpoint_default"))
    resume: bool = setting(False, Said("cli_help.train.resume"))
    histograms: bool = setting(True, Said("cli_help.train.histograms"))
    progress: bool = setting(True, Said("cli_help.train.progress"))
    ddp: bool = setting(False, Said("cli_help.train.ddp"))
    ddp_timeout: float = setting(120.0, Said("cli_help.train.ddp_timeout"), metavar="S")

    def __post_init__(self):
        check_positive_int("epochs", self.epochs)
        check_positive_int("batch_size", self.batch_size, text("training.config.batch_size_hint"))
        check_lr(self.lr)
        check_choice("optimizer", self.optimizer, OPTIMIZERS)
        check_choice("schedule", self.schedule, SCHEDULES)
        check_nonnegative("momentum", self.momentum)
        check_nonnegative("weight_decay", self.weight_decay)
        check_seed(self.seed)
        if not 0.0 < self.val_fraction < 1.0:
            raise GdlabError(text("training.config.val_fraction", value=self.val_fraction))
        if self.max_images is not None:
            check_positive_int("max_images", self.max_images)
        if not (isinstance(self.ddp_timeout, (int, float)) and 0 < self.ddp_timeout < float("inf")):
            raise GdlabError(text("training.config.ddp_timeout", value=self.ddp_timeout))
        if self.resume and not self.checkpoint:
            raise GdlabError(text("training.config.resume_without_checkpoint"))
