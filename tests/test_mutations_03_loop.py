"""Lab 3's mutation set: each plausible student mistake loses exactly the points of the tests
aimed at it, and the feedback of each of those tests names the mistake (tests/lab_mutations.py).
Other right answers (another seeded shuffle) get full marks: descend never pays for the shuffle."""
import pytest

from lab_mutations import Mutation, assert_caught

ORDER = "        order = "
SHUFFLE = ORDER + "np.random.default_rng([seed, epoch]).permutation(n)"
DESCEND = frozenset({"tests/test_loop.py::test_several_epochs_match_fit",
                     "hidden/test_loop_hidden.py::test_one_sgd_epoch_on_house",
                     "hidden/test_loop_hidden.py::test_many_epochs_of_mbgd_with_another_seed"})
BGD = "tests/test_loop.py::test_bgd_one_epoch_matches_fit"

MUTATIONS = [
    Mutation("no reshuffling between epochs", SHUFFLE,
             ORDER + "np.random.default_rng([seed, 0]).permutation(n)",
             frozenset({"tests/test_loop.py::test_each_epoch_is_shuffled_afresh",
                        "hidden/test_loop_hidden.py::test_later_epochs_are_shuffled_afresh"}),
             hint="two epochs have the same order"),
    Mutation("no shuffle at all", SHUFFLE, ORDER + "np.arange(n)",
             frozenset({"tests/test_loop.py::test_each_epoch_is_shuffled_afresh",
                        "tests/test_loop.py::test_another_seed_gives_another_order",
                        "hidden/test_loop_hidden.py::test_later_epochs_are_shuffled_afresh"}),
             hint="not shuffled"),
    Mutation("an unseeded shuffle", SHUFFLE, ORDER + "np.random.permutation(n)",
             frozenset({"tests/test_loop.py::test_the_same_seed_and_epoch_give_the_same_order"}),
             hint="not from np.random's global state"),
    Mutation("the seed ignored", SHUFFLE, ORDER + "np.random.default_rng(epoch).permutation(n)",
             frozenset({"tests/test_loop.py::test_another_seed_gives_another_order"}), hint="the seed is ignored"),
    Mutation("the last, smaller batch dropped", "range(0, n, batch_size)",
             "range(0, n - batch_size + 1, batch_size)",
             frozenset({"tests/test_loop.py::test_batches_cover_every_sample_once",
                        "hidden/test_loop_hidden.py::test_every_sample_once_per_epoch"}),
             hint="the last batch may be smaller: keep it"),
    Mutation("BGD shuffled too", "    if batch_size < n:", "    if batch_size <= n:",
             frozenset({"tests/test_loop.py::test_bgd_keeps_the_data_order"}), hint="BGD keeps the data's order"),
    # BGD has one step per epoch: one cost per epoch is right there
    Mutation("the cost recorded once per epoch", "            costs.append(cost(x, y, w, b))",
             "        costs.append(cost(x, y, w, b))", DESCEND, hint="one entry per epoch"),
    Mutation("the cost before the first step missing", "    costs = [cost(x, y, w, b)]", "    costs = []",
             DESCEND | {BGD}, hint="before the first step too"),
    # BGD's batch is all the data: the full gradient is right there
    Mutation("the gradient of all the data", "grad_b = cost_and_grad(x[batch], y[batch], w, b)",
             "grad_b = cost_and_grad(x, y, w, b)", DESCEND, hint="the gradient of all the data"),
]

RIGHT_ANSWERS = [
    Mutation("another seeded generator", SHUFFLE,
             ORDER + "np.random.default_rng([epoch, seed, 7]).permutation(n)",
             frozenset(), hint=""),
    Mutation("the legacy RandomState", SHUFFLE,
             ORDER + "np.random.RandomState(1000 * seed + epoch).permutation(n)",
             frozenset(), hint=""),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_each_mistake_costs_its_own_points_and_is_named(mutation, tmp_path, warm_grader):
    assert_caught("03_loop", mutation, tmp_path, warm_grader)


@pytest.mark.parametrize("answer", RIGHT_ANSWERS, ids=[m.name for m in RIGHT_ANSWERS])
def test_another_right_shuffle_gets_full_marks(answer, tmp_path, warm_grader):
    result = assert_caught("03_loop", answer, tmp_path, warm_grader)
    assert result.score == result.max_score
