"""DDP is MBGD with a bigger batch, with numbers: k gloo processes x b images against one process x k*b.

equivalence_check() spawns k processes on 127.0.0.1 (torch.multiprocessing, gloo on the CPU),
each training the same Net under DistributedDataParallel on its share of every global batch, and
trains one process with the whole global batch on the same samples (gdlab.cnn.distributed's
shuffled_batches gives both the same order). Both record the parameters and gradients after each
step; the check returns the largest differences per step, which are rounding (about 1e-7).
"""
import os
import socket
import tempfile
import time

import torch
from torch.multiprocessing.spawn import ProcessException

from gdlab.cnn.distributed import first_line, process_group, shuffled_batches, unwrap, wrap
from gdlab.cnn.net import Net
from gdlab.cnn.tensors import ImageTensors
from gdlab.errors import GdlabError
from gdlab.i18n import text


def equivalence_check(steps=3, batch_size=8, world_size=2, lr=0.05, seed=0, timeout_s=60.0):
    """Train `steps` steps with `world_size` gloo processes x `batch_size`, and in one process with batch
    world_size*batch_size on the same samples; returns the max parameter differences per step.

    The processes run on 127.0.0.1 (a free port), started with torch.multiprocessing; they are
    killed if they have not finished within `timeout_s`. Returns a dict with `max_param_diff`
    (one per step), `max_grad_diff`, the batch sizes, `lr` and `explanation` (what the numbers
    mean, in the current language).
    """
    steps = int(steps)
    if steps < 1 or batch_size < 1 or world_size < 2:
        raise GdlabError(text("training.distributed.equivalence_arguments", steps=steps, batch_size=batch_size,
                              world_size=world_size))
    data = _check_images(world_size * batch_size * steps, seed)
    ddp = _ddp_steps(data, batch_size, world_size, steps, lr, seed, timeout_s)
    single = _steps(*_model_and_optimizer(lr, seed), shuffled_batches(data, world_size * batch_size, seed), steps)
    k, b = world_size, batch_size
    param_diff, grad_diff = _max_diff(ddp["params"], single["params"]), _max_diff(ddp["grads"], single["grads"])
    return {"world_size": k, "batch_size": b, "global_batch_size": k * b, "steps": steps, "lr": lr,
            "backend": "gloo", "max_param_diff": param_diff, "max_grad_diff": grad_diff,
            "batch_samples": single["samples"],
            "explanation": text("training.distributed.explanation", k=k, b=b, kb=k * b, diff=max(param_diff),
                                steps=steps)}


def _check_images(n, seed):
    """n random 3x32x32 images with labels 0..9: enough to compare steps exactly."""
    generator = torch.Generator().manual_seed(seed)
    return ImageTensors(torch.randn(n, 3, 32, 32, generator=generator),
                        torch.randint(0, 10, (n,), generator=generator), list(range(10)))


def _model_and_optimizer(lr, seed):
    """The Net every run starts from (seeded), and SGD with momentum on it."""
    torch.manual_seed(seed)
    model = Net()
    return model, torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)


def _steps(model, optimizer, batches, steps):
    """`steps` steps on epoch 0 of `batches`; the parameters, gradients and sample indices after each."""
    batches.set_epoch(0)
    order = list(batches.sampler)                   # the sample indices, in the order they are taken
    record = {"params": [], "grads": [], "samples": []}
    for step, (images, labels) in zip(range(steps), batches):
        optimizer.zero_grad(set_to_none=True)
        torch.nn.functional.cross_entropy(model(images), labels).backward()   # mean over this batch
        optimizer.step()
        net = unwrap(model)
        record["params"].append([p.detach().clone() for p in net.parameters()])
        record["grads"].append([p.grad.detach().clone() for p in net.parameters()])
        record["samples"].append(sorted(order[step * batches.batch_size:(step + 1) * batches.batch_size]))
    return record


def _max_diff(ours, theirs):
    """Per step, the largest absolute difference over every tensor of the two records."""
    return [max(float((a - b).abs().max()) for a, b in zip(step_a, step_b)) for step_a, step_b in zip(ours, theirs)]


def _ddp_steps(data, batch_size, world_size, steps, lr, seed, timeout_s):
    """Rank 0's record of `steps` DDP steps by `world_size` spawned gloo processes."""
    with tempfile.TemporaryDirectory(prefix="gdlab-ddp-") as folder:
        out = os.path.join(folder, "ddp.pt")
        context = torch.multiprocessing.start_processes(
            _worker, args=(world_size, _free_port(), data, batch_size, steps, lr, seed, out, timeout_s),
            nprocs=world_size, join=False, start_method="spawn")
        try:
            _join(context, timeout_s)
        except GdlabError:
            if not _finished(out, world_size):
                raise
            # every rank did all its steps and rank 0 saved them: what failed was gloo tearing itself
            # down (a peer aborts with "terminate called without an active exception") now and then
        return torch.load(out, weights_only=True)


def _worker(rank, world_size, port, data, batch_size, steps, lr, seed, out, timeout_s):
    """One spawned process: its share of each global batch under DDP; rank 0 saves the record."""
    torch.set_num_threads(1)
    environ = {"RANK": str(rank), "LOCAL_RANK": str(rank), "WORLD_SIZE": str(world_size),
               "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(port)}
    os.environ.update(environ)
    with process_group("cpu", timeout_s, environ) as world:
        model, optimizer = _model_and_optimizer(lr, seed)
        batches = shuffled_batches(data, batch_size, seed, world=world)
        record = _steps(wrap(model, world), optimizer, batches, steps)
        if world.is_main:
            torch.save(record, out)
        open(f"{out}.done{world.rank}", "w").close()   # this rank's steps are over


def _finished(out, world_size):
    """Whether every rank finished its steps and rank 0's record is on disk."""
    return os.path.exists(out) and all(os.path.exists(f"{out}.done{rank}") for rank in range(world_size))


def _join(context, timeout_s):
    """Wait for the spawned processes; kill them all and raise if one fails or time runs out."""
    deadline = time.monotonic() + timeout_s
    try:
        while not context.join(timeout=0.2):
            if time.monotonic() > deadline:
                raise GdlabError(text("training.distributed.join_timeout", count=len(context.processes),
                                      timeout=timeout_s))
    except ProcessException as error:
        raise GdlabError(text("training.distributed.process_failed", error=first_line(error))) from None
    finally:
        for process in context.processes:
            if process.is_alive():
                process.kill()
                process.join()


def _free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
