"""The settings of a CNN training run: a typed dataclass, one default and one help text per field.

`gdlab train` generates its options from these fields (gdlab.cli.options, from
gdlab.settings.setting fields), so a setting is written once.
Imports no torch, so `gdlab --help` stays fast.
"""
from dataclasses import dataclass

from gdlab.checks import check_choice, check_lr, check_nonnegative, check_positive_int, check_seed
from gdlab.settings import setting
from gdlab.errors import GdlabError
from gdlab.i18n import text

OPTIMIZERS = ("adam", "sgd", "adamw", "rmsprop")
SCHEDULES = ("onecycle", "constant")
DATA_HELP = ("digits (offline, bundled), cifar10 (read from DIR/cifar-10-batches-py; --download fetches it), "
             "mnist, fashionmnist (downloaded), or an image folder PATH")


@dataclass(frozen=True)
class TrainConfig:
    data: str = setting("digits", DATA_HELP, metavar="NAME|PATH")
    data_root: str = setting("data", "where digits is written, CIFAR-10 is looked for and datasets are "
                                     "downloaded", metavar="DIR")
    download: bool = setting(False, "cifar10: download it (about 170 MB) into --data-root if it is not there yet")
    epochs: int = setting(12, "passes over the training images", metavar="E")
    batch_size: int = setting(32, "images per step (per process with --ddp)", metavar="B")
    lr: float = setting(2e-3, "(peak) learning rate (学习率)", metavar="A")
    optimizer: str = setting("adam", "sgd is SGD with --momentum", choices=OPTIMIZERS)
    schedule: str = setting("onecycle", "learning rate per step: onecycle (warm up to lr, then anneal to ~0) "
                                        "or constant", choices=SCHEDULES)
    augment: bool = setting(True, "random small rotations, scalings and shifts of the training images")
    momentum: float = setting(0.9, "for sgd and rmsprop")
    weight_decay: float = setting(0.0, "L2 penalty, for every optimizer")
    device: str = setting("auto", "auto (cuda, then mps, then cpu), cpu, cuda, cuda:N, mps")
    amp: bool = setting(False, "mixed precision (float16 autocast + GradScaler); CUDA only")
    seed: int = setting(0, "initial weights, shuffling, the val split of a plain folder", metavar="S")
    val_fraction: float = setting(0.2, "share kept for validation when a folder has no train/ and val/")
    max_images: int | None = setting(None, "use at most N images per split (quick tries)", metavar="N",
                                     default_text="all")
    logdir: str | None = setting("runs", "TensorBoard runs go in new folders under DIR; '' for none",
                                 metavar="DIR")
    run_name: str | None = setting(None, "the run folder's suffix", metavar="NAME", default_text="the data set")
    checkpoint: str | None = setting(None, "save model, optimizer and RNG states here after every epoch",
                                     metavar="FILE", default_text="none")
    resume: bool = setting(False, "continue from --checkpoint")
    histograms: bool = setting(True, "weight and gradient histograms per epoch in TensorBoard")
    progress: bool = setting(True, "a progress bar with loss and accuracy, and a line per epoch")
    ddp: bool = setting(False, "data-parallel over torchrun's processes: launch with torchrun --nproc-per-node N "
                               "-m gdlab train --ddp ...; --batch-size is per process, the global batch is "
                               "N times it")
    ddp_timeout: float = setting(120.0, "with --ddp, seconds a process waits for the others before the job stops",
                                 metavar="S")

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
