"""`gdlab demo`: the lesson headless, on bundled data, no network; results under one folder.

Each part is a plain function that prints what a student should see and returns what it made;
`run_demo` runs them in lesson order and writes results.json and index.html last (atomically),
so an interrupted demo never leaves a half-written summary.
"""
import json
import os
import time
from pathlib import Path

from gdlab.crosscheck import crosscheck
from gdlab.data import load
from gdlab.descent import fit
from gdlab.report import write_index
from gdlab.scratch.sums import LineSums

# the three methods on the bundled line, from the same start, with the same lr (学习率)
METHOD_RUNS = [("bgd", None, 200), ("sgd", None, 20), ("mbgd", 10, 50)]


def fits(out, echo=print):
    """BGD, SGD and MBGD on the line data; the house example exactly; a real data set."""
    x, y = load("line")
    w_ls, b_ls = LineSums.from_data(x, y).optimum()
    echo(f"line data (100 samples, true w = 2, b = 1): least squares w = {w_ls:.4f}, b = {b_ls:.4f}")
    results = {}
    for method, batch_size, epochs in METHOD_RUNS:
        t = fit(x, y, method=method, batch_size=batch_size, lr=0.1, epochs=epochs, tol=1e-10)
        s = results[method] = t.summary()
        echo(f"  {method.upper():4} batch {s['batch_size']:>3}: w = {s['w']:.4f}  b = {s['b']:.4f}  "
             f"J = {s['cost']:.5f}  after {s['steps']} steps ({s['stop_reason']})")
    x, y = load("house")
    s = results["house"] = fit(x, y, lr=0.25, epochs=5000, tol=1e-13).summary()
    echo(f"house prices (size 1, 2 -> price 300, 500): w = {s['w']:.6f}  b = {s['b']:.6f}  "
         f"(exact: 200, 100) after {s['steps']} steps")
    x, y = load("diabetes")
    w_ls, b_ls = LineSums.from_data(x, y).optimum()
    s = results["diabetes"] = fit(x, y, optimizer="adam", lr=2.0, epochs=3000, tol=1e-9).summary()
    echo(f"diabetes (BMI -> progression, 442 patients), Adam: w = {s['w']:.3f}  b = {s['b']:.2f}  "
         f"(least squares {w_ls:.3f}, {b_ls:.2f}) after {s['steps']} steps")
    return results


def twins(out, echo=print):
    """The cross-check table: scratch against autograd, every case."""
    report = crosscheck()
    echo(report.table())
    return report.to_dict()


def figures(out, echo=print):
    """Every picture of the lesson, into out/figures."""
    from gdlab.plots.demo_figures import write_demo_figures
    paths = write_demo_figures(out / "figures")
    for path in paths:
        echo(f"  {path}")
    return [str(path) for path in paths]


def training(out, echo=print):
    """A short CNN training on the bundled digits, logged for TensorBoard under out/runs."""
    from gdlab.cnn.demo import demo_training
    result = demo_training(out, announce=lambda line: echo(f"  {line}"))
    echo(f"  validation accuracy {result['val_accuracy']:.2%} after {result['epoch']} epochs "
         f"({result['seconds']:.1f} s on {result['device']})")
    return {key: result[key] for key in ("val_accuracy", "val_loss", "epoch", "seconds", "device", "run_dir",
                                         "checkpoint")}


PARTS = [("fits", fits), ("crosscheck", twins), ("figures", figures), ("training", training)]


def run_demo(out="runs/demo", echo=print):
    """Run every part into `out`; returns the results dict also written to out/results.json."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    results = {}
    for name, part in PARTS:
        echo(f"\n== {name}")
        start = time.perf_counter()
        results[name] = part(out, echo)
        echo(f"   ({time.perf_counter() - start:.1f} s)")
    temporary = out / ".results.json.tmp"
    temporary.write_text(json.dumps(results, indent=2, default=str) + "\n")
    os.replace(temporary, out / "results.json")
    index = write_index(out, results, results.get("figures", []))
    echo(f"\nthe lesson in order, figures and numbers: open {index.resolve()} in a browser")
    echo(f"the CNN's training in TensorBoard: tensorboard --logdir {out / 'runs'} --host 127.0.0.1 "
         f"(then open http://127.0.0.1:6006)")
    return results
