"""`gdlab demo`: the lesson headless, on bundled data, no network; results under one folder.

Each part is a plain function that prints what a student should see and returns what it made;
`run_demo` runs them in lesson order and writes results.json and index.html last (atomically),
so an interrupted demo never leaves a half-written summary. What it prints, draws and writes is in
the current language (gdlab.i18n; `gdlab demo --lang zh` runs it within using_language("zh")).
"""
import json
import time
from pathlib import Path

from gdlab.crosscheck import crosscheck
from gdlab.data import load
from gdlab.demo_page import write_index
from gdlab.descent import fit
from gdlab.files import atomic_write_text
from gdlab.i18n import text
from gdlab.scratch.sums import LineSums

# the three methods on the bundled line, from the same start, with the same lr (学习率):
# (method, epochs); each method's batch is gdlab.batches' (MBGD: min(MBGD_BATCH_SIZE, n))
METHOD_RUNS = [("bgd", 200), ("sgd", 20), ("mbgd", 50)]


def fits(out, echo=print):
    """BGD, SGD and MBGD on the line data; the house example exactly; a real data set."""
    x, y = load("line")
    w_ls, b_ls = LineSums.from_data(x, y).optimum()
    echo(text("demo.fits.line", w=w_ls, b=b_ls))
    results = {}
    for method, epochs in METHOD_RUNS:
        t = fit(x, y, method=method, lr=0.1, epochs=epochs, tol=1e-10)
        s = results[method] = t.summary()
        echo("  " + text("demo.fits.method", method=method.upper(), batch_size=s["batch_size"], w=s["w"],
                         b=s["b"], cost=s["cost"], steps=s["steps"], stop_reason=t.stop_phrase()))
    x, y = load("house")
    s = results["house"] = fit(x, y, lr=0.25, epochs=5000, tol=1e-13).summary()
    echo(text("demo.fits.house", w=s["w"], b=s["b"], steps=s["steps"]))
    x, y = load("diabetes")
    w_ls, b_ls = LineSums.from_data(x, y).optimum()
    s = results["diabetes"] = fit(x, y, optimizer="adam", lr=2.0, epochs=3000, tol=1e-9).summary()
    echo(text("demo.fits.diabetes", w=s["w"], b=s["b"], w_ls=w_ls, b_ls=b_ls, steps=s["steps"]))
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
    echo("  " + text("demo.training.result", accuracy=result["val_accuracy"], epochs=result["epoch"],
                     seconds=result["seconds"], device=result["device"]))
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
        echo("   " + text("demo.seconds", seconds=time.perf_counter() - start))
    atomic_write_text(out / "results.json", json.dumps(results, indent=2, default=str) + "\n")
    index = write_index(out, results, results.get("figures", []))
    echo("\n" + text("demo.open_index", path=index.resolve()))
    echo(text("demo.open_tensorboard", logdir=out / "runs"))
    return results
