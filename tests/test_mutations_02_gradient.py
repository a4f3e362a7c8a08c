"""Lab 2's mutation set: each plausible student mistake loses exactly the points of the tests
aimed at it, and the feedback of each of those tests names the mistake (tests/lab_mutations.py)."""
import pytest

from lab_mutations import Mutation, assert_caught

GRADIENT = "    return float(2.0 * np.mean(residuals * x)), float(2.0 * np.mean(residuals))"
COST_GRAD = frozenset({"tests/test_gradient.py::test_cost_grad_matches_the_formula",
                       "tests/test_gradient.py::test_cost_grad_passes_a_gradient_check",
                       "hidden/test_gradient_hidden.py::test_cost_grad_matches_reference"})
STEP = "    return np.asarray(params, dtype=np.float64) - lr * np.asarray(grads, dtype=np.float64)"
UPDATE = frozenset({"tests/test_gradient.py::test_update_steps_against_the_gradient"})
DIFFERENCE = "        grad[i] = (f(params + step) - f(params - step)) / (2.0 * h)"
CUBIC = "tests/test_gradient.py::test_numeric_grad_of_a_cubic_with_h_1e_3"
SINE = "hidden/test_gradient_hidden.py::test_numeric_grad_of_a_sine_in_three_dimensions"
QUADRATIC = "tests/test_gradient.py::test_numeric_grad_of_a_quadratic"

MUTATIONS = [
    # the gradient is zero at the exact fit whatever its sign or scale: that test is not aimed
    Mutation("sign error in the gradient", GRADIENT,
             "    return float(-2.0 * np.mean(residuals * x)), float(-2.0 * np.mean(residuals))",
             COST_GRAD, hint="sign is flipped"),
    Mutation("factor 2 missing (the 1/(2n) habit)", GRADIENT,
             "    return float(np.mean(residuals * x)), float(np.mean(residuals))", COST_GRAD, hint="factor 2"),
    Mutation("gradient of the sum", GRADIENT,
             "    return float(2.0 * np.sum(residuals * x)), float(2.0 * np.sum(residuals))",
             COST_GRAD, hint="divide by n"),
    Mutation("grad_w and grad_b swapped", GRADIENT,
             "    return float(2.0 * np.mean(residuals)), float(2.0 * np.mean(residuals * x))",
             COST_GRAD, hint="swapped"),
    Mutation("update goes uphill", STEP,
             "    return np.asarray(params, dtype=np.float64) + lr * np.asarray(grads, dtype=np.float64)",
             UPDATE, hint="uphill"),
    Mutation("update without the learning rate", STEP,
             "    return np.asarray(params, dtype=np.float64) - np.asarray(grads, dtype=np.float64)",
             UPDATE, hint="learning rate lr is missing"),
    # at the default h = 1e-6 a forward difference still passes the quadratic test (error 4e-7)
    Mutation("forward difference", DIFFERENCE, "        grad[i] = (f(params + step) - f(params)) / h",
             frozenset({CUBIC, SINE}), hint="forward difference (f(p + h·e_i) − f(p)) / h, wrong by O(h): "
                                           "use the central difference"),
    Mutation("central difference divided by h", DIFFERENCE,
             "        grad[i] = (f(params + step) - f(params - step)) / h",
             frozenset({CUBIC, SINE, QUADRATIC}), hint="divides by 2h, not by h"),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_each_mistake_costs_its_own_points_and_is_named(mutation, tmp_path, warm_grader):
    assert_caught("02_gradient", mutation, tmp_path, warm_grader)
