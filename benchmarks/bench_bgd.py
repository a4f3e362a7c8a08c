"""BGD steps per second: the scratch twin's loop, the autograd twin's loop, and the floor.

The floor is one BGD step in bare NumPy: the residual and the two dot products of the gradient.
Target: the scratch loop (which also records every step) within 1.5× of the floor at N = 10^6.
Timings are the best of interleaved repeats (as timeit does): noise only ever slows a run down,
and interleaving makes a noisy neighbour hit all three alike. fit's one-off set-up (checking
the data, the sums for the full-data cost) is included, spread over the steps.
Last line: one JSON object of the ratios.
"""
import json
import time

import numpy as np

from gdlab.descent import fit

SIZES = (10**3, 10**5, 10**6)
REPEATS = 5


def data(n, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 2, n)
    return x, 2 * x + 1 + 0.3 * rng.standard_normal(n)


def floor_steps(x, y, steps, lr=0.1):
    """Bare NumPy BGD: r = w·x + b − y, grad_w = 2 r·x / n, grad_b = 2 Σr / n."""
    w = b = 0.0
    n = len(x)
    for _ in range(steps):
        r = w * x + b - y
        grad_w, grad_b = 2.0 * (r @ x) / n, 2.0 * r.sum() / n
        w, b = w - lr * grad_w, b - lr * grad_b
    return w, b


def seconds_per_step(run, steps):
    start = time.perf_counter()
    run(steps)
    return (time.perf_counter() - start) / steps


def main():
    rows, ratios = [], {}
    for n in SIZES:
        x, y = data(n)
        steps = max(200, int(2e7 // n))
        auto_steps = max(10, steps // 10)
        runs = {
            "floor": lambda k: floor_steps(x, y, k),
            "scratch": lambda k: fit(x, y, lr=0.1, epochs=k, tol=0.0),
            "autograd": lambda k: fit(x, y, lr=0.1, epochs=k, tol=0.0, backend="autograd"),
        }
        runs["scratch"](2), runs["autograd"](2)  # warm up imports and caches
        times = {name: [] for name in runs}
        for _ in range(REPEATS):
            for name, run in runs.items():
                times[name].append(seconds_per_step(run, auto_steps if name == "autograd" else steps))
        t = {name: min(v) for name, v in times.items()}
        rows.append((n, 1 / t["floor"], 1 / t["scratch"], 1 / t["autograd"]))
        ratios[f"scratch_over_floor_n{n}"] = round(t["scratch"] / t["floor"], 3)
        ratios[f"autograd_over_scratch_n{n}"] = round(t["autograd"] / t["scratch"], 3)
    print(f"{'N':>9} {'floor steps/s':>14} {'scratch steps/s':>16} {'autograd steps/s':>17} {'scratch/floor':>14}")
    for n, floor, scratch, auto in rows:
        print(f"{n:>9} {floor:>14.0f} {scratch:>16.0f} {auto:>17.0f} {floor / scratch:>14.2f}")
    target = ratios[f"scratch_over_floor_n{SIZES[-1]}"]
    print(f"target: scratch within 1.5x of the floor at N=10^6: {'met' if target <= 1.5 else 'NOT met'} ({target:.2f}x)")
    print(json.dumps(ratios))


if __name__ == "__main__":
    main()
