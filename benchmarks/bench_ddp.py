"""Data-parallel training on CPUs: `gdlab train` in 1 process vs `gdlab train --ddp` in 2 (torchrun, gloo).

Every run trains the Net on the full digits (gdlab train's defaults: adam, one-cycle, augmentation,
12 epochs) with the SAME global batch of 64: one process with --batch-size 64, two processes with
--batch-size 32 each. Reported: training images per second (the whole epoch loop, validation
included, data decoding and process start not), and the final val accuracy.
    1 proc x 1 thread    the baseline
    1 proc x 2 threads   what one process gets from the second core (torch's intra-op threads)
    2 procs x 1 thread   DDP: each core trains half of every batch, gradients all-reduced (gloo)
Multi-GPU scaling: not measured (no multi-GPU machine was available; see docs/distributed.md).
Last line: one JSON object with the ratios.
Usage: python benchmarks/bench_ddp.py [--epochs E]
"""
import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from gdlab.cnn.datasets import write_digits

GLOBAL_BATCH = 64


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def train(processes, threads, root, epochs, timeout=900):
    """One `gdlab train` job; returns its JSON result (rank 0's)."""
    settings = ["train", "--data", "digits", "--data-root", str(root), "--epochs", str(epochs), "--device", "cpu",
                "--batch-size", str(GLOBAL_BATCH // processes), "--threads", str(threads), "--logdir", "",
                "--no-progress", "--json"]
    if processes == 1:
        argv = [sys.executable, "-m", "gdlab", *settings]
    else:
        argv = [sys.executable, "-m", "torch.distributed.run", "--nproc-per-node", str(processes),
                "--master-addr", "127.0.0.1", "--master-port", str(free_port()), "-m", "gdlab", *settings,
                "--ddp", "--ddp-timeout", "60"]
    env = dict(os.environ, OMP_NUM_THREADS=str(threads))
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout)
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=12)
    args = parser.parse_args()
    print(f"CPU cores: {os.cpu_count()}; digits, global batch {GLOBAL_BATCH}, {args.epochs} epochs")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        write_digits(root / "digits", seed=0)
        runs = {"1x1": train(1, 1, root, args.epochs), "1x2": train(1, 2, root, args.epochs),
                "2x1": train(2, 1, root, args.epochs)}
    print(f"{'processes x threads':<20} {'batch/process':>13} {'images/s':>9} {'vs 1x1':>7} {'val acc':>8}")
    for name, result in runs.items():
        processes = result["world_size"]
        print(f"{name:<20} {GLOBAL_BATCH // processes:>13} {result['images_per_second']:>9.0f} "
              f"{result['images_per_second'] / runs['1x1']['images_per_second']:>6.2f}x "
              f"{result['val_accuracy']:>8.4f}")
    print("multi-GPU scaling: not measured (no machine with several GPUs)")
    rate = {name: result["images_per_second"] for name, result in runs.items()}
    print(json.dumps({
        "ddp2_vs_1proc_1thread": round(rate["2x1"] / rate["1x1"], 2),
        "ddp2_vs_1proc_2threads": round(rate["2x1"] / rate["1x2"], 2),
        "images_per_s_1x1": round(rate["1x1"]), "images_per_s_1x2": round(rate["1x2"]),
        "images_per_s_ddp2": round(rate["2x1"]),
        "val_accuracy_1proc": round(runs["1x1"]["val_accuracy"], 4),
        "val_accuracy_ddp2": round(runs["2x1"]["val_accuracy"], 4),
        "global_batch": GLOBAL_BATCH, "epochs": args.epochs, "multi_gpu_scaling": "not measured"}))


if __name__ == "__main__":
    main()
