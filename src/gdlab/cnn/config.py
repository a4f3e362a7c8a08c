"""The settings of a CNN training run: a typed dataclass, one commented default per field.

Imports no torch, so `gdlab --help` stays fast.
"""
from dataclasses import dataclass

from gdlab.checks import check_choice, check_lr, check_nonnegative, check_positive_int, check_seed
from gdlab.errors import GdlabError
from gdlab.i18n import text

OPTIMIZERS = ("adam", "sgd", "adamw", "rmsprop")
SCHEDULES = ("onecycle", "constant")


@dataclass(frozen=True)
class TrainConfig:
    data: str = "digits"        # digits, cifar10, mnist, fashionmnist, or an ImageFolder path
    data_root: str = "data"     # digits is written here, CIFAR-10 read from here/cifar-10-batches-py
    download: bool = False      # cifar10: download it (about 170 MB) into data_root if it is not there
    epochs: int = 12            # passes over the training images
    batch_size: int = 32        # images per step
    lr: float = 2e-3            # learning rate (学习率)
    optimizer: str = "adam"     # adam, sgd (with momentum), adamw, rmsprop
    schedule: str = "onecycle"  # lr per step: onecycle (warm up to lr, then anneal to ~0) or constant
    augment: bool = True        # random small rotations, scalings and shifts of training images
    momentum: float = 0.9       # for sgd and rmsprop
    weight_decay: float = 0.0   # L2 penalty, for every optimizer
    device: str = "auto"        # auto (cuda, then mps, then cpu), cpu, cuda, cuda:1, mps
    amp: bool = False           # mixed precision (float16 autocast + GradScaler); CUDA only
    seed: int = 0               # initial weights, shuffling, the val split of a plain folder
    val_fraction: float = 0.2   # share of a folder without train/ and val/ kept for validation
    max_images: int | None = None  # use at most this many images per split (quick tries)
    logdir: str | None = "runs"    # TensorBoard runs go in new folders under it; None: no logs
    run_name: str | None = None    # the run folder's suffix; default: the data set's name
    checkpoint: str | None = None  # saved after every epoch; None: no checkpoints
    resume: bool = False        # continue from `checkpoint`
    histograms: bool = True     # weights and gradients per epoch in TensorBoard
    progress: bool = True       # a tqdm bar with loss and accuracy
    ddp: bool = False           # data-parallel over torchrun's processes (gdlab.cnn.distributed)
    ddp_timeout: float = 120.0  # seconds a process waits for the others before the job stops

    def __post_init__(self):
        check_positive_int("epochs", self.epochs)
        check_positive_int("batch_size", self.batch_size, "; try 32")
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
