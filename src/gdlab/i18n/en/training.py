"""Texts of CNN training (`gdlab train`, gdlab.cnn): errors and the progress lines a person reads.
Commands, option names and paths stay as they are in every language."""
MESSAGES = {
    # gdlab.cnn.config: the settings of a run
    "config.val_fraction": "val_fraction must be between 0 and 1, got {value!r}; try 0.2",
    "config.ddp_timeout": "ddp_timeout must be a positive number of seconds, got {value!r}; try 120",
    "config.batch_size_hint": "; try 32",
    "config.resume_without_checkpoint": "--resume needs --checkpoint PATH: the file an earlier run saved",

    # gdlab.cnn.device: which device trains
    "device.unknown": "unknown device {name!r}; choose auto or one of the devices here: {available}",
    "device.not_available": "device {name!r} is not available on this machine; available: {available} "
                            "(or auto, which picks {best})",
    "device.cuda": "using CUDA GPU {index}: {name}",
    "device.mps": "using Apple MPS GPU",
    "device.cpu": "using CPU ({gpu}; {threads} threads)",
    "device.no_gpu": "no GPU found",
    "device.gpu_unused": "a GPU is available: pass --device auto to use it",

    # gdlab.cnn.evaluate: accuracy per class
    "evaluate.label_without_class": "label {label} has no class: the {count} classes {classes} take "
                                    "labels 0..{last}; give every class's name",
    "evaluate.empty_loader": "the loader gave no images: per-class accuracy needs at least one",
    "evaluate.class_accuracy": "Accuracy for class: {name:5s} is {percent:.1f} %",
    "evaluate.absent_classes": "No images of class: {classes} (no accuracy)",

    # gdlab.cnn.train: the loop and its progress lines
    "train.unknown_optimizer": "unknown optimizer {name!r}; choose one of: {choices}",
    "train.unknown_schedule": "unknown schedule {name!r}; choose one of: {choices}",
    "train.diverged": "training diverged in epoch {epoch}: the loss is {loss}; lower --lr (now {lr:g}), "
                      "e.g. by 10x",
    "train.epoch_bar": "epoch {epoch}/{epochs}",
    "train.epoch_bar_unit": "batch",
    "train.epoch_line": "epoch {epoch}/{epochs}: train loss {train_loss:.4f} acc {train_accuracy:.3f} | "
                        "val loss {val_loss:.4f} acc {val_accuracy:.3f}",
    "train.amp_needs_cuda": "--amp (mixed precision) needs a CUDA device, got {device}; drop --amp",
    "train.ddp": "DDP: {size} processes ({backend}), global batch {size} x {batch_size} = {global_batch}",
    "train.data": "data: {source}: {train} train, {val} val images, {classes} classes",
    "train.resume_world_size": "{checkpoint} was trained by {saved} process(es), this run has {now}: its "
                               "one-cycle schedule counts steps of the global batch; resume with {saved} "
                               "process(es), or train with --schedule constant",
    "train.resume_epochs": "{checkpoint} was planned for {saved} epochs of its one-cycle schedule, not {now}; "
                           "resume with --epochs {saved}, or train with --schedule constant",
    "train.resumed": "resumed from {checkpoint} after epoch {epoch}",
    "train.tensorboard_run": "TensorBoard run: {run_dir} (view: tensorboard --logdir {logdir})",

    # gdlab.cli.train: `gdlab train` and its final lines
    "cli.torchrun_without_ddp": "torchrun started {processes} processes but --ddp is missing: each would "
                                "train alone and overwrite the others' logs; add --ddp",
    "cli.result": "val accuracy {accuracy:.4f}, val loss {loss:.4f} after epoch {epoch} ({run} run in "
                  "{seconds:.1f} s on {device}{processes})",
    "cli.result_processes": " x {count} processes",
    "cli.checkpoint": "checkpoint: {path}",

    # gdlab.cnn.distributed: data-parallel training under torchrun
    "distributed.launch_hint": "launch it with torchrun, e.g. torchrun --nproc-per-node 2 -m gdlab train "
                               "--ddp --device cpu",
    "distributed.missing_variables": "--ddp needs the variables torchrun sets ({missing} missing); {hint}",
    "distributed.not_whole_numbers": "RANK, LOCAL_RANK and WORLD_SIZE must be whole numbers, got {rank!r}, "
                                     "{local_rank!r}, {world_size!r}; {hint}",
    "distributed.no_gpu_for_rank": "local rank {local_rank} has no GPU: this machine has {count}; start at "
                                   "most {count} processes per node (torchrun --nproc-per-node {count})",
    "distributed.unsupported_device": "--ddp runs on CUDA GPUs (NCCL) or on CPUs (gloo), not on {device}; "
                                      "pass --device cpu or --device cuda",
    "distributed.bad_timeout": "--ddp-timeout must be a positive number of seconds, got {value!r}; try 120",
    "distributed.join_failed": "rank {rank}: could not join the other {others} process(es) at {address} "
                               "within {timeout:g} s ({error}); check the rendezvous flags and that every "
                               "node runs the same command",
    "distributed.lost_peers": "rank {rank}: lost the other processes ({error}): another rank failed, or did "
                              "not answer within --ddp-timeout {timeout:g} s; see its error above",
    "distributed.rank_error": "rank {rank}: {error}",
    "distributed.too_few_val": "{count} validation image(s) cannot be shared by {size} processes: each needs "
                               "at least one; use more images (--max-images) or fewer processes",
    "distributed.equivalence_arguments": "equivalence_check needs steps >= 1, batch_size >= 1 and "
                                         "world_size >= 2, got {steps}, {batch_size}, {world_size}",
    "distributed.join_timeout": "the {count} gloo processes did not finish within {timeout:g} s; they were "
                                "stopped",
    "distributed.process_failed": "a gloo process failed: {error}",
    "distributed.explanation": (
        "Each of the {k} processes computes the mean gradient of its {b} images; DistributedDataParallel "
        "averages the {k} gradients, which is the mean gradient of all {kb} images of the global batch. "
        "So a step of {k} workers x batch {b} is the MBGD step of one process with batch {kb}: the "
        "parameters differ only by float rounding (max {diff:.1e} after {steps} steps). The learning rate "
        "therefore belongs to the global batch size {kb}, not to the per-process {b}. Going from 1 process "
        "with batch {b} to {k} processes with batch {b} each multiplies the batch by {k}: the gradient's "
        "noise variance shrinks {k}-fold and an epoch has {k}x fewer steps, so the usual rule is to scale "
        "lr with the global batch (linear scaling: lr x {k}, with a warm-up such as the one-cycle "
        "schedule). To keep a tuned lr as it is, keep the global batch: per-process batch = global / {k}."),

    # gdlab.cnn.tensorboard: the text beside the misclassified images
    "tensorboard.misclassified": "true -> predicted, row by row: {pairs}",
}
