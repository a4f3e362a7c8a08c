"""Training the Net (seed sections 3-4): criterion, optimizer, and the loop of forward, loss,
zero_grad, backward, step; validation loss and accuracy each epoch (gdlab.cnn.evaluate), the
accuracy of each class at the end; TensorBoard and checkpoints.

The loop is plain functions that receive what they use (model, batches, optimizer, device,
writer); `train(config)` builds those from a TrainConfig and runs them. The fast path keeps the
decoded images on the device (gdlab.cnn.tensors) and reads numbers back to the host (.item(),
.tolist()) only at logging points, so the GPU is never waited on inside the loop.

With config.ddp (under torchrun) the same loop runs in every process on its share of the data
(gdlab.cnn.distributed): the functions take a `world`, add the processes' sums, and only rank 0
logs and saves.
"""
import math
import random
import sys
import time
from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
from tqdm.auto import tqdm

from gdlab.cnn import distributed, tensorboard
from gdlab.cnn.augment import random_affine
from gdlab.cnn.config import OPTIMIZERS, SCHEDULES
from gdlab.cnn.checkpoint import load_checkpoint, save_checkpoint
from gdlab.cnn.datasets import load_data
from gdlab.cnn.device import describe_device, pick_device
from gdlab.cnn.evaluate import class_accuracy, evaluate
from gdlab.cnn.net import Net
from gdlab.cnn.tensors import DeviceBatches
from gdlab.errors import GdlabError
from gdlab.i18n import text


def seed_everything(seed):
    """Seed Python's, NumPy's and torch's generators (CPU and every GPU)."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)          # also seeds every CUDA device


def make_torch_optimizer(name, params, lr, momentum=0.9, weight_decay=0.0):
    """The CNN's torch.optim optimizer by name; "sgd" is SGD with momentum (0.9 unless told).

    Not gdlab.twins.make_optimizer, which builds the descent twins' own optimizers ("gd" is plain GD).
    """
    if name == "adam":
        return torch.optim.Adam(params, lr=lr, weight_decay=weight_decay)
    if name == "adamw":
        return torch.optim.AdamW(params, lr=lr, weight_decay=weight_decay)
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=momentum, weight_decay=weight_decay)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, momentum=momentum, weight_decay=weight_decay)
    raise GdlabError(text("training.train.unknown_optimizer", name=name, choices=", ".join(OPTIMIZERS)))


def make_schedule(name, optimizer, lr, total_steps):
    """A per-step learning-rate scheduler, or None for a constant lr."""
    if name == "onecycle":
        return torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=lr, total_steps=total_steps)
    if name == "constant":
        return None
    raise GdlabError(text("training.train.unknown_schedule", name=name, choices=", ".join(SCHEDULES)))


# ---------------------------------------------------------------- the loop

def train_one_epoch(model, batches, optimizer, criterion, device, *, scheduler=None, scaler=None, bar=None,
                    log_every=10, world=None):
    """One pass over `batches`: forward, loss, zero_grad, backward, step. Returns mean loss and accuracy,
    and the lr the pass's last step used (a scheduler has already moved on to the next step's).

    Loss and correct counts are summed on the device; the host reads them (.tolist()) only every
    `log_every` steps for the bar, and at the end. With a `world` (DDP) the means are over the
    images of every process.
    """
    model.train()
    amp = scaler is not None and scaler.is_enabled()
    loss_sum = torch.zeros((), device=device)
    correct = torch.zeros((), device=device, dtype=torch.int64)
    seen, lr = 0, optimizer.param_groups[0]["lr"]
    for step, (images, labels) in enumerate(batches, start=1):
        with torch.autocast(device_type=device.type, dtype=torch.float16, enabled=amp):
            logits = model(images)                     # (B, classes)
            loss = criterion(logits, labels)           # mean cross-entropy over the batch
        optimizer.zero_grad(set_to_none=True)
        if amp:
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
        else:
            loss.backward()
            optimizer.step()
        lr = optimizer.param_groups[0]["lr"]
        if scheduler is not None:
            scheduler.step()
        loss_sum += loss.detach() * len(labels)
        correct += (logits.argmax(dim=1) == labels).sum()
        seen += len(labels)
        if bar is not None:
            bar.update(1)
            if step % log_every == 0 or step == len(batches):
                total, right = torch.stack([loss_sum, correct.to(loss_sum.dtype)]).tolist()
                bar.set_postfix(loss=f"{total / seen:.4f}", acc=f"{right / seen:.3f}", refresh=False)
    totals = torch.stack([loss_sum, correct.to(loss_sum.dtype), torch.tensor(float(seen), device=device)])
    if world is not None:                # each process trained on its share: add the shares up
        totals = distributed.sum_over_processes(totals)
    total, right, seen = totals.tolist()
    return {"loss": total / seen, "accuracy": right / seen, "lr": lr}


def train_epochs(model, train_batches, val_batches, optimizer, criterion, device, *, epochs, start_epoch=0,
                 scheduler=None, scaler=None, writer=None, checkpoint=None, checkpoint_extra=None,
                 images=None, progress=True, histograms=True, world=None):
    """Train from `start_epoch` up to `epochs`, validating, logging and checkpointing after each epoch.

    `images` (ImageData) lets the writer show misclassified validation images. A non-finite loss
    stops with a GdlabError before that epoch is saved: the last good checkpoint stays.
    With a `world` (DDP), metrics are those of all processes; give `writer` and `checkpoint` to
    rank 0 only. Returns one dict of metrics per epoch run.
    """
    history = []
    for epoch in range(start_epoch, epochs):
        train_batches.set_epoch(epoch)
        desc = text("training.train.epoch_bar", epoch=epoch + 1, epochs=epochs)
        with tqdm(total=len(train_batches), desc=desc, leave=False, unit=text("training.train.epoch_bar_unit"),
                  disable=None if progress else True) as bar:   # None: shown on a terminal only
            train_metrics = train_one_epoch(model, train_batches, optimizer, criterion, device,
                                            scheduler=scheduler, scaler=scaler, bar=bar, world=world)
        if not math.isfinite(train_metrics["loss"]):
            raise GdlabError(text("training.train.diverged", epoch=epoch + 1, loss=train_metrics["loss"],
                                  lr=train_metrics["lr"]))
        # the bare Net: DDP's forward may sync buffers, and the shards of val can differ by a batch
        val_metrics, predicted = evaluate(distributed.unwrap(model), val_batches, criterion, device,
                                          amp=scaler is not None and scaler.is_enabled(), world=world)
        record = {"epoch": epoch + 1, "train_loss": train_metrics["loss"],
                  "train_accuracy": train_metrics["accuracy"], "val_loss": val_metrics["loss"],
                  "val_accuracy": val_metrics["accuracy"], "lr": train_metrics["lr"]}   # its last step's
        history.append(record)
        if progress:
            tqdm.write(text("training.train.epoch_line", epochs=epochs, **record), file=sys.stderr)
        if writer is not None:
            misclassified = None if images is None else (images.val.images, images.val.labels, predicted,
                                                         images.val.classes, images.mean, images.std)
            tensorboard.log_epoch(writer, epoch + 1, record, distributed.unwrap(model), histograms, misclassified)
        if checkpoint is not None:
            save_checkpoint(checkpoint, distributed.unwrap(model), optimizer, epoch + 1, checkpoint_extra,
                            scheduler)
    return history


# ---------------------------------------------------------------- everything together

def train(config, announce=print):
    """Load the data, build Net and optimizer, train with `config`; returns the final metrics as a dict.

    `announce` receives one-line messages for the user (device, data, run folder). With
    config.ddp the process joins torchrun's group and trains its share; only rank 0 announces,
    logs and saves.
    """
    with _processes(config) as world:                # None, or this process's place in torchrun's group
        main = world is None or world.is_main        # the process that logs, saves and reports
        announce = announce if main else _quiet
        device = pick_device(config.device) if world is None else world.device
        seed_everything(config.seed)                 # every rank the same seed: the same initial Net
        _check_device(config, device, world, announce)
        images = _load_images(config, device, world, announce)
        model = Net(num_classes=len(images.train.classes)).to(device)
        optimizer = make_torch_optimizer(config.optimizer, model.parameters(), config.lr, config.momentum,
                                         config.weight_decay)
        scaler = torch.amp.GradScaler("cuda", enabled=config.amp) if device.type == "cuda" else None
        train_batches, val_batches = _batches(images, config, world)
        scheduler = make_schedule(config.schedule, optimizer, config.lr, config.epochs * len(train_batches))
        start_epoch, run_dir = _resume(config, model, optimizer, scheduler, len(train_batches), world, announce)
        if world is not None:
            model = distributed.wrap(model, world)   # from here on backward() averages the gradients
        with _tensorboard_run(config, main, run_dir, model, images, start_epoch, announce) as (writer, run_dir):
            started = time.perf_counter()
            history = train_epochs(model, train_batches, val_batches, optimizer, nn.CrossEntropyLoss(), device,
                                   epochs=config.epochs, start_epoch=start_epoch, scheduler=scheduler,
                                   scaler=scaler, writer=writer, checkpoint=config.checkpoint if main else None,
                                   checkpoint_extra=_checkpoint_extra(config, run_dir, images, world),
                                   images=images, progress=config.progress and main,
                                   histograms=config.histograms, world=world)
            seconds = time.perf_counter() - started
            last = _final_metrics(model, val_batches, images, history, start_epoch, config, device, scaler, world)
            result = _result(config, last, history, seconds, images, device, run_dir, world)
            if writer is not None:
                tensorboard.log_settings(writer, config, result)
        return result


def _processes(config):
    """torchrun's process group under config.ddp (it yields a World), else nothing to join (None)."""
    if config.ddp:
        return distributed.process_group(config.device, config.ddp_timeout)
    return nullcontext()


def _world_size(world):
    return 1 if world is None else world.size


def _check_device(config, device, world, announce):
    """Refuse AMP off CUDA; say which device trains, and how many processes share each batch."""
    if config.amp and device.type != "cuda":
        raise GdlabError(text("training.train.amp_needs_cuda", device=device))
    announce(describe_device(device))
    if world is not None:
        announce(text("training.train.ddp", size=world.size, backend=world.backend, batch_size=config.batch_size,
                      global_batch=world.size * config.batch_size))


def _load_images(config, device, world, announce):
    """config.data as ImageData, train and val moved to `device`."""
    with distributed.main_process_first(world):  # one process per node writes or downloads the data
        images = load_data(config.data, config.data_root, config.val_fraction, config.seed, config.max_images,
                           config.download)
    announce(text("training.train.data", source=images.source, train=len(images.train), val=len(images.val),
                  classes=len(images.train.classes)))
    images.train, images.val = images.train.to(device), images.val.to(device)
    return images


def _batches(images, config, world):
    """(train, val) batches: all the images, or under DDP this process's share of each."""
    augment = random_affine if config.augment else None
    val = images.val if world is None else distributed.shard(images.val, world)
    return (distributed.shuffled_batches(images.train, config.batch_size, config.seed, augment, world),
            DeviceBatches(val, max(256, config.batch_size), shuffle=False))


def _resume(config, model, optimizer, scheduler, steps_per_epoch, world, announce):
    """(epoch to start from, run folder): config.checkpoint loaded into model, optimizer, scheduler; or (0, None)."""
    if not config.resume:
        return 0, None
    state = load_checkpoint(config.checkpoint, model, optimizer, scheduler)  # on the CPU; copied to the device
    saved_size = state["extra"].get("world_size", 1)
    if scheduler is not None and saved_size != _world_size(world):
        raise GdlabError(text("training.train.resume_world_size", checkpoint=config.checkpoint, saved=saved_size,
                              now=_world_size(world)))
    if scheduler is not None and scheduler.total_steps != config.epochs * steps_per_epoch:
        raise GdlabError(text("training.train.resume_epochs", checkpoint=config.checkpoint,
                              saved=state["extra"]["config"]["epochs"], now=config.epochs))
    announce(text("training.train.resumed", checkpoint=config.checkpoint, epoch=state["epoch"]))
    return state["epoch"], state["extra"].get("run_dir")


def _tensorboard_run(config, main, run_dir, model, images, start_epoch, announce):
    """(writer, run folder) for the block; (None, run_dir) where nothing is logged (not main, no logdir)."""
    if config.logdir is None or not main:
        return nullcontext((None, run_dir))
    name = config.run_name or Path(config.data).name or "images"
    return tensorboard.training_run(config.logdir, name, run_dir, distributed.unwrap(model), images,
                                    fresh=start_epoch == 0, announce=announce)


def _checkpoint_extra(config, run_dir, images, world):
    """What a checkpoint keeps beside the weights, for resuming and for reading it later."""
    return {"run_dir": run_dir, "classes": list(map(str, images.train.classes)), "config": asdict(config),
            "world_size": _world_size(world)}


def _final_metrics(model, val_batches, images, history, start_epoch, config, device, scaler, world):
    """The last epoch's metrics (the model's as it is when resuming left nothing to train), and per class."""
    amp = scaler is not None and scaler.is_enabled()
    val_metrics, predicted = evaluate(distributed.unwrap(model), val_batches, nn.CrossEntropyLoss(), device,
                                      amp=amp, world=world)   # once more over val: the predictions per class
    last = history[-1] if history else {
        "epoch": start_epoch, "train_loss": None, "train_accuracy": None, "val_loss": val_metrics["loss"],
        "val_accuracy": val_metrics["accuracy"], "lr": config.lr}
    return {**last, "classes": [str(name) for name in images.val.classes],
            "class_accuracy": class_accuracy(predicted, images.val.labels, images.val.classes)}


def _result(config, last, history, seconds, images, device, run_dir, world):
    """What train() returns: the final metrics, speed, sizes, where things were written."""
    size = _world_size(world)
    return {**last, "epochs_run": len(history), "seconds": seconds,
            "images_per_second": len(history) * len(images.train) / seconds if history else None,
            "train_images": len(images.train), "val_images": len(images.val),
            "device": str(device), "run_dir": run_dir, "checkpoint": config.checkpoint,
            "seed": config.seed, "world_size": size, "rank": 0 if world is None else world.rank,
            "global_batch_size": size * config.batch_size}


def _quiet(line):
    """announce() of the ranks other than 0: they say nothing, rank 0 speaks for the job."""
