"""Lab 5's mutation set: each plausible student mistake loses exactly the points of the tests
aimed at it, and the feedback of each of those tests names the mistake (tests/lab_mutations.py).
cost calls predict, and cost_grad and sgd_steps call cost: a mistake in the helper costs only the
helper's tests. A hand-written update under torch.no_grad() is another right answer."""
import pytest

from lab_mutations import Mutation, assert_caught

LEAF_W = "\n    w = torch.tensor(float(w), dtype=torch.float64, requires_grad=True)"  # not the docstring's
START_W = "    w = torch.tensor(float(w0), dtype=torch.float64, requires_grad=True)"
STEP = "        optimizer.step()\n"
MEAN = "    return ((predict(x, w, b) - y) ** 2).mean()"
COST_GRAD = frozenset({"tests/test_autograd.py::test_cost_grad_by_backward_equals_scratch",
                       "hidden/test_autograd_hidden.py::test_cost_grad_on_line_data"})
SGD = frozenset({"tests/test_autograd.py::test_sgd_steps_match_scratch_descent",
                 "hidden/test_autograd_hidden.py::test_sgd_steps_from_another_start"})
COST = frozenset({"tests/test_autograd.py::test_cost_is_a_tensor_equal_to_scratch",
                  "hidden/test_autograd_hidden.py::test_cost_on_the_house_data"})

MUTATIONS = [
    Mutation("float32 leaves in cost_grad", LEAF_W, "\n    w = torch.tensor(float(w), requires_grad=True)",
             COST_GRAD, hint="makes a float32 tensor"),
    Mutation("float32 leaves in sgd_steps", START_W, "    w = torch.tensor(float(w0), requires_grad=True)",
             SGD, hint="use dtype=torch.float64"),
    Mutation("no requires_grad in cost_grad", LEAF_W, "\n    w = torch.tensor(float(w), dtype=torch.float64)",
             COST_GRAD, hint="requires_grad=True"),
    Mutation("forgetting zero_grad", "        optimizer.zero_grad()\n", "", SGD, hint="optimizer.zero_grad()"),
    Mutation("w = w - lr * w.grad", STEP, "        w = w - lr * w.grad\n        b = b - lr * b.grad\n",
             SGD, hint="not a leaf"),
    Mutation("an in-place update outside torch.no_grad()", STEP,
             "        w -= lr * w.grad\n        b -= lr * b.grad\n", SGD, hint="under torch.no_grad()"),
    Mutation("cost is the sum", MEAN, "    return ((predict(x, w, b) - y) ** 2).sum()", COST,
             hint="sum of the squared residuals"),
    Mutation("cost with the 1/(2n) convention", MEAN, "    return ((predict(x, w, b) - y) ** 2).mean() / 2", COST,
             hint="1/(2n)"),
    # (a predict without b cuts b out of the graph: b.grad is None, and no cost_grad can work then)
    Mutation("predict with w and b swapped", "    return w * x + b", "    return b * x + w",
             frozenset({"tests/test_autograd.py::test_predict_is_the_line"}), hint="w and b are swapped"),
]

RIGHT_ANSWERS = [
    Mutation("a hand-written step under torch.no_grad()", STEP,
             "        with torch.no_grad():\n            w -= lr * w.grad\n            b -= lr * b.grad\n",
             frozenset(), hint=""),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_each_mistake_costs_its_own_points_and_is_named(mutation, tmp_path, warm_grader):
    assert_caught("05_autograd", mutation, tmp_path, warm_grader)


@pytest.mark.parametrize("answer", RIGHT_ANSWERS, ids=[m.name for m in RIGHT_ANSWERS])
def test_another_right_answer_gets_full_marks(answer, tmp_path, warm_grader):
    result = assert_caught("05_autograd", answer, tmp_path, warm_grader)
    assert result.score == result.max_score
