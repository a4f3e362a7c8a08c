"""Data-parallel training (DDP) under torchrun: k processes, each with a share of every global batch.

torchrun starts k copies of `gdlab train --ddp` (one per GPU, or per CPU core group) and tells
each its RANK, LOCAL_RANK, WORLD_SIZE and where rank 0 listens (MASTER_ADDR, MASTER_PORT).
Every process holds the same Net; in each step process r takes its b images of the global batch,
computes the gradient of its mean loss, and DistributedDataParallel averages the k gradients
(an all-reduce) before optimizer.step(). The step is therefore the MBGD step of one process with
a batch of k*b (小批量梯度下降法 with a bigger batch):

    grad = 1/k * sum_r ( 1/b * sum_{i in batch_r} grad loss_i ) = 1/(k b) * sum_{i in global batch} grad loss_i

One process and k processes draw their batches from the same DistributedSampler permutation
(shuffled_batches), so the claim holds by construction; gdlab.cnn.ddp_check.equivalence_check()
shows it with numbers. The pieces here are PyTorch's own: init_process_group (NCCL on GPUs, gloo
on CPUs), DistributedSampler, DistributedDataParallel, all_reduce.
"""
import datetime
import os
from contextlib import contextmanager
from dataclasses import dataclass

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DistributedSampler

from gdlab.cnn.device import pick_device
from gdlab.cnn.tensors import DeviceBatches
from gdlab.errors import DataError, GdlabError
from gdlab.i18n import text

TORCHRUN_VARIABLES = ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")


@dataclass(frozen=True)
class World:
    rank: int               # this process, 0..size-1; rank 0 writes logs and checkpoints
    local_rank: int         # this process on its machine: which GPU it uses
    size: int               # how many processes train together (torchrun's WORLD_SIZE)
    device: torch.device    # cuda:<local_rank>, or cpu
    backend: str            # nccl on GPUs, gloo on CPUs

    @property
    def is_main(self):
        return self.rank == 0


def torchrun_environment(environ=None):
    """(rank, local_rank, world_size) from torchrun's variables; a GdlabError when they are missing."""
    environ = os.environ if environ is None else environ
    missing = [name for name in TORCHRUN_VARIABLES if name not in environ]
    if missing:
        raise GdlabError(text("training.distributed.missing_variables", missing=", ".join(missing),
                              hint=text("training.distributed.launch_hint")))
    try:
        return int(environ["RANK"]), int(environ["LOCAL_RANK"]), int(environ["WORLD_SIZE"])
    except ValueError:
        raise GdlabError(text("training.distributed.not_whole_numbers", rank=environ["RANK"],
                              local_rank=environ["LOCAL_RANK"], world_size=environ["WORLD_SIZE"],
                              hint=text("training.distributed.launch_hint"))) from None


def started_by_torchrun_without_ddp(environ=None):
    """The world size when torchrun started several processes but --ddp is missing, else None."""
    environ = os.environ if environ is None else environ
    size = environ.get("WORLD_SIZE", "1")
    return int(size) if size.isdigit() and int(size) > 1 and "TORCHELASTIC_RUN_ID" in environ else None


def ddp_device(name, local_rank):
    """The device of the process with `local_rank`: cuda:<local_rank> when `name` picks CUDA, else cpu."""
    device = pick_device(name)
    if device.type == "cuda":
        count = torch.cuda.device_count()
        if local_rank >= count:
            raise GdlabError(text("training.distributed.no_gpu_for_rank", local_rank=local_rank, count=count))
        return torch.device("cuda", local_rank)
    if device.type != "cpu":
        raise GdlabError(text("training.distributed.unsupported_device", device=device))
    return device


@contextmanager
def process_group(device_name="auto", timeout_s=120.0, environ=None):
    """Join torchrun's process group for the block; yields a World, and leaves the group after it.

    Any collective that waits more than `timeout_s` seconds (a process died or hangs) raises, and
    errors of the communication library become one GdlabError naming this rank, so the whole job
    stops with a clear message instead of hanging.
    """
    rank, local_rank, size = torchrun_environment(environ)
    if not timeout_s > 0:
        raise GdlabError(text("training.distributed.bad_timeout", value=timeout_s))
    device = ddp_device(device_name, local_rank)
    backend = "nccl" if device.type == "cuda" else "gloo"
    if device.type == "cuda":
        torch.cuda.set_device(device)
    try:
        dist.init_process_group(backend, rank=rank, world_size=size,
                                timeout=datetime.timedelta(seconds=timeout_s))
    except (RuntimeError, ValueError) as error:
        address = f"{os.environ.get('MASTER_ADDR')}:{os.environ.get('MASTER_PORT')}"
        raise GdlabError(text("training.distributed.join_failed", rank=rank, others=size - 1, address=address,
                              timeout=timeout_s, error=first_line(error))) from None
    try:
        yield World(rank, local_rank, size, device, backend)
        # every rank arrives before any leaves: tearing gloo down while a peer still talks to it
        # aborted that peer ("terminate called without an active exception") about once in 40 runs
        dist.barrier()
    except RuntimeError as error:
        if not is_communication_error(error):
            raise
        raise GdlabError(text("training.distributed.lost_peers", rank=rank, error=first_line(error),
                              timeout=timeout_s)) from None
    except GdlabError as error:
        raise GdlabError(text("training.distributed.rank_error", rank=rank, error=error)) from None
    finally:
        dist.destroy_process_group()


def is_communication_error(error):
    """Whether a RuntimeError comes from gloo, NCCL or the rendezvous store (a lost or silent peer)."""
    if isinstance(error, dist.DistError):
        return True
    text = str(error).lower()
    return any(word in text for word in ("gloo", "nccl", "connection closed", "connection reset",
                                         "timed out", "broken pipe"))


def first_line(error):
    """The first sentence of an error's message, without gloo's source location."""
    line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    if line.startswith("[") and "] " in line:        # gloo: "[.../pair.cc:561] Connection closed by peer ..."
        line = line.split("] ", 1)[1]
    return line.split(". ")[0][:240]


@contextmanager
def main_process_first(world):
    """Local rank 0 runs the block first (downloads, writes the digits), then the others do."""
    if world is not None and world.local_rank != 0:
        _barrier(world)
    yield
    if world is not None and world.local_rank == 0:
        _barrier(world)


def _barrier(world):
    """Wait until every process gets here (NCCL is told which GPU this process uses)."""
    dist.barrier(device_ids=[world.device.index] if world.device.type == "cuda" else None)


# ---------------------------------------------------------------- data: each process its share

def shuffled_batches(data, batch_size, seed=0, augment=None, world=None):
    """Training batches of `batch_size`, shuffled per epoch: all of them, or under DDP this rank's share.

    Both orders come from DistributedSampler(seed=seed), whose epoch e is the permutation
    randperm(n) seeded with seed + e whatever the number of processes: one process
    (num_replicas=1, rank=0) takes it in order, k ranks deal it round-robin (rank r gets
    positions r, r+k, r+2k, ..., padded by repeating the first images so every rank takes the
    same number of steps). Step j on all k ranks together is therefore step j of one process with
    a batch of k*batch_size. `seed + rank` seeds each rank's augmentation.
    """
    size, rank = (1, 0) if world is None else (world.size, world.rank)
    sampler = DistributedSampler(range(len(data)), num_replicas=size, rank=rank, shuffle=True, seed=seed,
                                 drop_last=False)
    return DeviceBatches(data, batch_size, seed=seed + rank, augment=augment, sampler=sampler)


def shard(data, world):
    """This rank's share of ImageTensors for evaluation: indices rank, rank+k, ... (no padding)."""
    if len(data) < world.size:
        raise DataError(text("training.distributed.too_few_val", count=len(data), size=world.size))
    return data.subset(torch.arange(world.rank, len(data), world.size))


def sum_over_processes(values):
    """The element-wise sum of `values` (a tensor) over every process (an all_reduce)."""
    values = values.clone()
    dist.all_reduce(values, op=dist.ReduceOp.SUM)
    return values


def gather_shards(part, total, world):
    """Every rank's `part` (rows of its shard(), indices rank::k) put back into the order of the whole."""
    longest = -(-total // world.size)
    padded = torch.zeros((longest, *part.shape[1:]), dtype=part.dtype, device=part.device)
    padded[:len(part)] = part
    parts = [torch.empty_like(padded) for _ in range(world.size)]
    dist.all_gather(parts, padded)                        # all_gather needs equal sizes: padded
    whole = torch.empty((total, *part.shape[1:]), dtype=part.dtype, device=part.device)
    for rank, rows in enumerate(parts):
        whole[rank::world.size] = rows[:len(range(rank, total, world.size))]
    return whole


def wrap(model, world):
    """DistributedDataParallel around `model` (on world.device): gradients averaged over the ranks."""
    if world.device.type == "cuda":
        return DistributedDataParallel(model, device_ids=[world.device.index])
    return DistributedDataParallel(model)


def unwrap(model):
    """The Net inside DistributedDataParallel (what checkpoints and TensorBoard see), or `model` itself."""
    return model.module if isinstance(model, DistributedDataParallel) else model
