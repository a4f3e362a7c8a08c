"""`gdlab train`: the seed's Net on digits, CIFAR-10, MNIST, FashionMNIST or an image folder.

Ends with the accuracy of each class on the validation images, as the PyTorch CIFAR-10 tutorial does.
Logs a TensorBoard run under --logdir, saves a checkpoint after every epoch with --checkpoint,
continues one with --resume; --json prints the final metrics as one JSON object on stdout.
--ddp trains data-parallel in the processes torchrun starts (docs/distributed.md):
    torchrun --nproc-per-node 2 -m gdlab train --ddp --device cpu
"""
import json
import sys
from pathlib import Path

DATA_HELP = ("digits (offline, bundled), cifar10 (read from DIR/cifar-10-batches-py; --download fetches it), "
             "mnist, fashionmnist (downloaded), or an image folder PATH")


def add_parser(subparsers):
    from gdlab.cnn.config import OPTIMIZERS, SCHEDULES, TrainConfig   # the defaults live there
    d = TrainConfig()
    p = subparsers.add_parser("train", help="train the seed's CNN (Net) on images, watched in TensorBoard",
                              description="Train the seed's LeNet-style Net. " + DATA_HELP + ".")
    p.add_argument("--data", default=d.data, metavar="NAME|PATH", help=DATA_HELP + f" (default {d.data})")
    p.add_argument("--data-root", default=d.data_root, metavar="DIR",
                   help=f"where digits is written, CIFAR-10 is looked for and datasets are downloaded "
                        f"(default {d.data_root})")
    p.add_argument("--download", action="store_true",
                   help="cifar10: download it (about 170 MB) into --data-root if it is not there yet")
    p.add_argument("--epochs", type=int, default=d.epochs, metavar="E", help=f"default {d.epochs}")
    p.add_argument("--batch-size", type=int, default=d.batch_size, metavar="B", help=f"default {d.batch_size}")
    p.add_argument("--lr", type=float, default=d.lr, metavar="A", help=f"(peak) learning rate, default {d.lr}")
    p.add_argument("--optimizer", choices=OPTIMIZERS, default=d.optimizer)
    p.add_argument("--momentum", type=float, default=d.momentum, help="for sgd and rmsprop")
    p.add_argument("--weight-decay", type=float, default=d.weight_decay)
    p.add_argument("--schedule", choices=SCHEDULES, default=d.schedule, help="learning rate per step")
    p.add_argument("--no-augment", action="store_true", help="train on the images as they are")
    p.add_argument("--device", default=d.device, help="auto (cuda, then mps, then cpu), cpu, cuda, cuda:N, mps")
    p.add_argument("--amp", action="store_true", help="mixed precision (CUDA only)")
    p.add_argument("--seed", type=int, default=d.seed, metavar="S")
    p.add_argument("--val-fraction", type=float, default=d.val_fraction,
                   help="share kept for validation when a folder has no train/ and val/")
    p.add_argument("--max-images", type=int, metavar="N", help="use at most N images per split")
    p.add_argument("--logdir", default=d.logdir, metavar="DIR",
                   help=f"TensorBoard runs go in new folders under DIR (default {d.logdir}); '' for none")
    p.add_argument("--run-name", metavar="NAME", help="the run folder's suffix (default: the data set)")
    p.add_argument("--no-histograms", action="store_true", help="skip weight/gradient histograms")
    p.add_argument("--checkpoint", metavar="FILE", help="save model, optimizer and RNG states here each epoch")
    p.add_argument("--resume", action="store_true", help="continue from --checkpoint")
    p.add_argument("--threads", type=int, metavar="N", help="CPU threads for torch (default: torch's choice)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar or per-epoch lines")
    p.add_argument("--json", action="store_true", help="print the final metrics as one JSON object")
    p.add_argument("--ddp", action="store_true",
                   help="data-parallel: launch with torchrun --nproc-per-node N -m gdlab train --ddp ...; "
                        "--batch-size is per process, the global batch is N times it")
    p.add_argument("--ddp-timeout", type=float, default=d.ddp_timeout, metavar="S",
                   help=f"with --ddp, seconds to wait for the other processes before stopping "
                        f"(default {d.ddp_timeout:g})")
    p.set_defaults(run=run)


def run(args):
    import torch

    from gdlab.checks import check_positive_int, check_writable_folder
    from gdlab.cnn.config import TrainConfig
    from gdlab.cnn.distributed import started_by_torchrun_without_ddp
    from gdlab.cnn.evaluate import accuracy_lines
    from gdlab.cnn.train import train
    from gdlab.errors import GdlabError
    from gdlab.i18n import text
    processes = started_by_torchrun_without_ddp()
    if processes and not args.ddp:
        raise GdlabError(text("training.cli.torchrun_without_ddp", processes=processes))
    if args.checkpoint:   # found out now, not after the first epoch has trained
        check_writable_folder("--checkpoint", Path(args.checkpoint).parent)
    if args.logdir:
        check_writable_folder("--logdir", args.logdir)
    if args.threads is not None:
        torch.set_num_threads(check_positive_int("--threads", args.threads))
    config = TrainConfig(
        data=args.data, data_root=args.data_root, download=args.download, epochs=args.epochs,
        batch_size=args.batch_size, lr=args.lr,
        optimizer=args.optimizer, schedule=args.schedule, augment=not args.no_augment, momentum=args.momentum,
        weight_decay=args.weight_decay, device=args.device, amp=args.amp, seed=args.seed,
        val_fraction=args.val_fraction, max_images=args.max_images, logdir=args.logdir or None,
        run_name=args.run_name, checkpoint=args.checkpoint, resume=args.resume,
        histograms=not args.no_histograms, progress=not args.no_progress, ddp=args.ddp,
        ddp_timeout=args.ddp_timeout)
    messages = sys.stderr if args.json else sys.stdout
    result = train(config, announce=lambda line: print(line, file=messages, flush=True))
    if result["rank"] != 0:          # under torchrun rank 0 reports for the whole job
        return 0
    if args.json:
        print(json.dumps(result))
        return 0
    processes = (text("training.cli.result_processes", count=result["world_size"])
                 if result["world_size"] > 1 else "")
    print(text("training.cli.result", accuracy=result["val_accuracy"], loss=result["val_loss"],
               epoch=result["epoch"], run=result["epochs_run"], seconds=result["seconds"],
               device=result["device"], processes=processes))
    for line in accuracy_lines(result["class_accuracy"], result["classes"]):
        print(line)
    if result["checkpoint"]:
        print(text("training.cli.checkpoint", path=result["checkpoint"]))
    return 0
