"""Execute notebook 08 on a device and assert it trained there, to a given validation accuracy.

    python benchmarks/gpu_notebook_check.py --device cuda                  # the GPU check: >= 97 % on digits
    python benchmarks/gpu_notebook_check.py --device cpu --epochs 1 --train-limit 512 --min-accuracy 0
                                                                           # a dry run of this script

Runs the notebook headless with nbclient, its `parameters` overridden in a cell inserted after them,
then one appended cell that prints what train() returned as JSON; prints one table line and, last,
one JSON object.
"""
import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "08_cnn.ipynb"
REPORT = ("import json\nprint('GDLAB-RESULT ' + json.dumps({'device': str(device), "
          "'train_device': result['device'], 'val_accuracy': result['val_accuracy'], "
          "'epochs': result['epoch']}))")


def run_notebook(device, epochs, train_limit, work):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    settings = (f"DEVICE = {device!r}\nDATA_ROOT = {str(work / 'data')!r}\nLOGDIR = {str(work / 'runs')!r}\n"
                + (f"EPOCHS = {epochs}\n" if epochs else "")
                + (f"TRAIN_LIMIT = {train_limit}\n" if train_limit else ""))
    nb.cells.insert(index + 1, nbformat.v4.new_code_cell(settings))
    nb.cells.append(nbformat.v4.new_code_cell(REPORT))
    NotebookClient(nb, timeout=1800, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    lines = [line for out in nb.cells[-1].outputs for line in out.get("text", "").splitlines()
             if line.startswith("GDLAB-RESULT ")]
    return json.loads(lines[-1][len("GDLAB-RESULT "):])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--epochs", type=int, default=None, help="default: the notebook's own")
    parser.add_argument("--train-limit", type=int, default=None)
    parser.add_argument("--min-accuracy", type=float, default=0.97)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        start = time.perf_counter()
        result = run_notebook(args.device, args.epochs, args.train_limit, Path(work))
        seconds = time.perf_counter() - start
    print(f"{'notebook':<10} {'device':<10} {'train()':<10} {'epochs':>6} {'val acc':>8} {'seconds':>8}")
    print(f"{'08_cnn':<10} {result['device']:<10} {result['train_device']:<10} {result['epochs']:>6} "
          f"{result['val_accuracy']:>8.4f} {seconds:>8.1f}")
    problems = []
    if not (result["device"].startswith(args.device) and result["train_device"].startswith(args.device)):
        problems.append(f"trained on {result['device']} / {result['train_device']}, not {args.device}")
    if not result["val_accuracy"] >= args.min_accuracy:
        problems.append(f"validation accuracy {result['val_accuracy']:.4f} < {args.min_accuracy}")
    print(json.dumps({"notebook_08_val_accuracy": result["val_accuracy"], "seconds": round(seconds, 1),
                      "device": result["device"], "ok": not problems}))
    for problem in problems:
        print(f"gpu_notebook_check: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
