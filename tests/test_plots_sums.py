"""LineSums.from_data (five sums, one look at the data) and cost_grid against the direct formula."""
import numpy as np
import pytest

from gdlab.data import house, make_line
from gdlab.scratch.sums import LineSums
from numerics import assert_allclose_finite

rng = np.random.default_rng(1)
CASES = {
    "line": make_line(),
    "house (exact fit, RSS = 0)": house(),
    "noise-free line": make_line(noise=0.0),
    "far from the origin": (make_line()[0] + 1e6, make_line()[1]),
    "large y offset": (make_line()[0], make_line()[1] + 1e7),
    "uncorrelated": (rng.standard_normal(500), rng.standard_normal(500)),
    "one sample": (np.array([2.0]), np.array([3.0])),
    "constant x": (np.ones(5), np.arange(5.0)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_fast_sums_equal_centred_sums(name):
    x, y = (np.asarray(v, dtype=np.float64) for v in CASES[name])
    fast, centred = LineSums.from_data(x, y), LineSums._from_centred(x, y)
    for field in ("x_mean", "y_mean", "sxx", "sxy", "rss", "sum_x2", "sum_xy"):
        a, b = getattr(fast, field), getattr(centred, field)
        assert np.isfinite(a), (name, field)
        assert abs(a - b) <= 1e-12 * abs(b), (name, field, a, b)


# not "large y offset": there b ≈ 1e7 itself carries a rounding of ~2e-9, which moves J by ~4e-9
# relative for any method, so 1e-9 is not a property of the code but of the numbers
@pytest.mark.parametrize("name", [name for name in CASES if name != "large y offset"])
def test_cost_grid_equals_direct_cost(name):
    x, y = (np.asarray(v, dtype=np.float64) for v in CASES[name])
    sums = LineSums.from_data(x, y)
    w_star, b_star = sums.optimum()
    w_values = w_star + np.linspace(-3, 3, 7)
    b_values = b_star + np.linspace(-2, 2, 5)
    grid = sums.cost_grid(w_values, b_values)
    assert grid.shape == (5, 7) and np.isfinite(grid).all()
    # the reference in extended precision: in float64, w·x + b − y itself rounds at ~eps·|y| (1e7)
    xl, yl = x.astype(np.longdouble), y.astype(np.longdouble)
    direct = np.array([[float(np.mean((np.longdouble(w) * xl + np.longdouble(b) - yl) ** 2))
                        for w in w_values] for b in b_values])
    assert_allclose_finite(grid, direct, rtol=1e-9, atol=1e-12 * max(direct.max(), 1.0), err_msg=name)
