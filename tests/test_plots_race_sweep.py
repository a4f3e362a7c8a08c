"""The per-optimizer lr sweep of the race: each value is the race's final f, divergence is inf,
and the best lr is the one whose race ends lowest."""
import numpy as np

from gdlab.landscapes import LANDSCAPES, LR_GRID, best_lrs, lr_sweep, race


def test_grid_is_four_per_decade_from_1e_4_to_100():
    assert len(LR_GRID) == 25 and LR_GRID[0] == 1e-4 and LR_GRID[-1] == 100.0
    np.testing.assert_allclose(np.diff(np.log10(LR_GRID)), 0.25)


def test_sweep_values_are_the_races_final_f_and_divergence_is_inf():
    lrs = [1e-4, 1e-3, 10 ** -2.75]   # the last diverges on Rosenbrock for plain GD
    finals = lr_sweep("rosenbrock", "gd", lrs)
    landscape = LANDSCAPES["rosenbrock"]
    for lr in lrs[:2]:
        run = race("rosenbrock", ["gd"], lrs={"gd": lr})["gd"]
        assert not run.diverged and run.steps == landscape.steps
        assert finals[lr] == landscape.f(*run.path[-1])
    assert race("rosenbrock", ["gd"], lrs={"gd": lrs[2]})["gd"].diverged
    assert finals[lrs[2]] == np.inf


def test_a_run_that_diverges_on_its_last_step_is_inf():
    """Divergence is read from the point, not guessed from the path's length."""
    lr = 10 ** -2.75
    steps = race("rosenbrock", ["gd"], lrs={"gd": lr})["gd"].steps   # the step at which it diverged
    assert steps < LANDSCAPES["rosenbrock"].steps
    assert race("rosenbrock", ["gd"], steps=steps, lrs={"gd": lr})["gd"].diverged
    assert lr_sweep("rosenbrock", "gd", [lr], steps=steps) == {lr: np.inf}
    assert np.isfinite(lr_sweep("rosenbrock", "gd", [lr], steps=steps - 1)[lr])


def test_best_lr_is_the_one_that_ends_lowest():
    lrs = [1e-3, 1e-2, 3e-2, 0.1]
    best = best_lrs("beale", ["gd", "adam"], lrs, steps=100)
    for name in ("gd", "adam"):
        finals = lr_sweep("beale", name, lrs, steps=100)
        assert best[name] == min(finals, key=finals.get)
        assert all(finals[best[name]] <= f for f in finals.values())
