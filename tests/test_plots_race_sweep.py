"""The per-optimizer lr sweep of the race: each value is the race's final f, divergence is inf,
and the best lr is the one whose race ends lowest."""
import numpy as np

from gdlab.landscapes import LANDSCAPES
from gdlab.plots.race import LR_GRID, best_lrs, lr_sweep, race


def test_grid_is_four_per_decade_from_1e_4_to_100():
    assert len(LR_GRID) == 25 and LR_GRID[0] == 1e-4 and LR_GRID[-1] == 100.0
    np.testing.assert_allclose(np.diff(np.log10(LR_GRID)), 0.25)


def test_sweep_values_are_the_races_final_f_and_divergence_is_inf():
    lrs = [1e-4, 1e-3, 10 ** -2.75]   # the last diverges on Rosenbrock for plain GD
    finals = lr_sweep("rosenbrock", "gd", lrs)
    landscape = LANDSCAPES["rosenbrock"]
    for lr in lrs[:2]:
        path = race("rosenbrock", ["gd"], lrs={"gd": lr})["gd"]
        assert len(path) == landscape.steps + 1
        assert finals[lr] == landscape.f(*path[-1])
    assert finals[lrs[2]] == np.inf


def test_best_lr_is_the_one_that_ends_lowest():
    lrs = [1e-3, 1e-2, 3e-2, 0.1]
    best = best_lrs("beale", ["gd", "adam"], lrs, steps=100)
    for name in ("gd", "adam"):
        finals = lr_sweep("beale", name, lrs, steps=100)
        assert best[name] == min(finals, key=finals.get)
        assert all(finals[best[name]] <= f for f in finals.values())
