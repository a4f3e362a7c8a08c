"""Lab 1's mutation set: each plausible student mistake loses exactly the points of the tests
aimed at it, and the feedback of each of those tests names the mistake (tests/lab_mutations.py)."""
import pytest

from lab_mutations import Mutation, assert_caught

PREDICT = frozenset({"tests/test_cost.py::test_predict_is_the_line",
                     "hidden/test_cost_hidden.py::test_predict_on_one_sample"})
COST = frozenset({"tests/test_cost.py::test_cost_is_the_mean_squared_error",
                  "hidden/test_cost_hidden.py::test_cost_matches_reference_on_bundled_data"})
CURVE = frozenset({"tests/test_cost.py::test_cost_curve_is_the_parabola",
                   "hidden/test_cost_hidden.py::test_cost_curve_minimum_is_least_squares_slope"})
MEAN = "    return float(np.mean(residuals ** 2))"
TABLE_MEAN = "    return (residuals ** 2).mean(axis=1)"

MUTATIONS = [
    # predict is used by the instructor's cost: its mistake must cost only predict's tests
    Mutation("predict without b", "    return w * np.asarray(x, dtype=np.float64) + b",
             "    return w * np.asarray(x, dtype=np.float64)", PREDICT, hint="you left out b"),
    Mutation("predict with w and b swapped", "    return w * np.asarray(x, dtype=np.float64) + b",
             "    return b * np.asarray(x, dtype=np.float64) + w", PREDICT, hint="swapped"),
    Mutation("cost with the 1/(2n) convention", MEAN, "    return float(np.mean(residuals ** 2) / 2)",
             COST, hint="1/(2n)"),
    Mutation("cost is the sum, not the mean", MEAN, "    return float(np.sum(residuals ** 2))",
             COST, hint="sum of the squared residuals"),
    Mutation("cost is the RMSE", MEAN, "    return float(np.sqrt(np.mean(residuals ** 2)))",
             COST, hint="square root"),
    Mutation("cost squares the mean residual", MEAN, "    return float(np.mean(residuals) ** 2)",
             COST, hint="square each residual first"),
    Mutation("cost_curve averages over the slopes", TABLE_MEAN, "    return (residuals ** 2).mean(axis=0)",
             CURVE, hint="axis=0"),
    Mutation("cost_curve sums over the samples", TABLE_MEAN, "    return (residuals ** 2).sum(axis=1)",
             CURVE, hint="sum of the squared residuals"),
    # the hidden curve test has b = 0, where leaving b out changes nothing
    Mutation("cost_curve without b", "x[None, :] + b - y[None, :]", "x[None, :] - y[None, :]",
             frozenset({"tests/test_cost.py::test_cost_curve_is_the_parabola"}), hint="you left out b"),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_each_mistake_costs_its_own_points_and_is_named(mutation, tmp_path, warm_grader):
    assert_caught("01_cost", mutation, tmp_path, warm_grader)
