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

def add_parser(subparsers):
    from gdlab.cli.options import add_dataclass_options
    from gdlab.cli.parser import help_text
    from gdlab.cnn.config import DATA_HELP, TrainConfig   # the settings live there, torch-free
    from gdlab.i18n import text
    p = subparsers.add_parser("train", help=help_text("train.help"),
                              description=text("cli_help.train.description", data=DATA_HELP))
    add_dataclass_options(p, TrainConfig)   # --data ... --ddp-timeout: the fields of TrainConfig
    p.add_argument("--threads", type=int, metavar="N", help=help_text("train.threads"))
    p.add_argument("--json", action="store_true", help=help_text("train.json"))
    p.set_defaults(run=run)


def run(args):
    import torch

    from gdlab.checks import check_positive_int, check_writable_folder
    from gdlab.cli.options import config_from_args
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
    config = config_from_args(TrainConfig, args)
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
