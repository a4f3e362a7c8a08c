"""A 400×400 cost surface J(w, b) over N = 10^6 samples: LineSums (one look at the data, then
O(G²)) against naive broadcasting (chunked so it fits in memory), and against one pass over the
data (evaluating J naively at a single (w, b)). Prints a table; the last line is JSON ratios.

Targets: ≥ 100× faster than naive, within 1.5× of one pass, equal within 1e-9 relative.
"""
import json
import time

import numpy as np

from gdlab.scratch.sums import LineSums

N, G = 10**6, 400
CHUNK = 16      # grid points per naive block: a (CHUNK, N) array of residuals, 128 MB
NAIVE_ROWS = 4  # the naive O(N·G²) surface would take minutes: time 4 of the 400 rows of b, scale up


def best_of(repeats, function):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def naive_surface(x, y, w_values, b_values):
    """J[i, j] = mean((w_j·x + b_i − y)²), broadcasting (CHUNK, N) blocks of residuals."""
    cost = np.empty((len(b_values), len(w_values)))
    for i, b in enumerate(b_values):
        for j in range(0, len(w_values), CHUNK):
            r = w_values[j:j + CHUNK, None] * x[None, :] + (b - y)[None, :]   # (CHUNK, N)
            cost[i, j:j + CHUNK] = np.einsum("gn,gn->g", r, r) / len(x)
    return cost


def main():
    rng = np.random.default_rng(0)
    x = rng.uniform(0.0, 2.0, N)
    y = 2.0 * x + 1.0 + 0.3 * rng.standard_normal(N)
    w_values, b_values = np.linspace(-2.0, 6.0, G), np.linspace(-3.0, 5.0, G)

    fast_time, fast = best_of(20, lambda: LineSums.from_data(x, y).cost_grid(w_values, b_values))
    one_pass_time, _ = best_of(20, lambda: float(np.mean((1.5 * x + 0.5 - y) ** 2)))
    rows = np.linspace(0, G - 1, NAIVE_ROWS).astype(int)   # first, last and two between
    rows_time, naive = best_of(1, lambda: naive_surface(x, y, w_values, b_values[rows]))
    naive_time = rows_time * G / NAIVE_ROWS
    assert np.isfinite(fast).all() and np.isfinite(naive).all()
    rel = float(np.max(np.abs(fast[rows] - naive) / np.abs(naive)))

    print(f"{'what':<44}{'seconds':>12}")
    print(f"{'LineSums surface (sums + 400x400 grid)':<44}{fast_time:>12.5f}")
    print(f"{'one pass: naive J at a single (w, b)':<44}{one_pass_time:>12.5f}")
    print(f"{'naive chunked broadcasting, 4 rows':<44}{rows_time:>12.5f}")
    print(f"{'  scaled to 400x400 (x 100)':<44}{naive_time:>12.5f}")
    print(f"max relative difference on those rows: {rel:.2e}")
    ratios = {"speedup_vs_naive": round(naive_time / fast_time, 1),
              "time_vs_one_pass": round(fast_time / one_pass_time, 3),
              "max_rel_diff": rel,
              "meets_targets": bool(naive_time / fast_time >= 100 and fast_time / one_pass_time <= 1.5
                                    and rel <= 1e-9)}
    print(json.dumps(ratios))


if __name__ == "__main__":
    main()
