"""Proof the labs can fail: instructor source → full marks, student edition → 0, and each wrong
solution loses exactly the points of the tests aimed at it (issue 5, item 5)."""
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import pytest

from gdlab.grading.grade import expected_tests, grade
from gdlab.grading.lab import list_labs
from gdlab.grading.points import case_group
from gdlab.grading.release import release

LABS = {lab.name: lab for lab in list_labs()}


@lru_cache(maxsize=None)
def expected(name):
    return expected_tests(LABS[name])


def test_there_are_seven_labs_on_the_lesson_path():
    assert list(LABS) == ["01_cost", "02_gradient", "03_loop", "04_optimizers", "05_autograd", "06_training",
                          "07_tensorboard"]
    for lab in LABS.values():
        assert lab.has_hidden and (lab.path / "README.md").is_file() and (lab.path / lab.files[0]).is_file()


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    out = tmp_path_factory.mktemp("release")
    release(out)
    return out


# labs whose student edition ships code to fix (### STUDENT EDITION): there the tests of the bugs fail,
# with the symptom, where every other test of a released lab is "not implemented yet"
BUG_HUNTS = {"06_training": {f"tests/test_training.py::test_bug_hunt_{name}" for name in (
    "F_has_relu", "net_builds_the_seeds_layers", "forward_gives_the_seed_nets_outputs")}}


def test_instructor_source_scores_full_marks_and_release_scores_zero(released, warm_grader):
    def both(name):
        lab = LABS[name]
        return (grade(lab.path, lab, expected=expected(name), timeout=60, **warm_grader),
                grade(released / name, lab, expected=expected(name), timeout=60, **warm_grader))

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = dict(zip(LABS, pool.map(both, LABS)))
    for name, (full, zero) in outcomes.items():
        assert full.max_score > 0 and any(t.hidden for t in full.tests), name
        assert full.score == full.max_score, (name, [(t.nodeid, t.status, t.output) for t in full.tests
                                                     if t.status != "passed"])
        assert zero.max_score == full.max_score, name  # the denominator never changes
        assert zero.score == 0, (name, [t.nodeid for t in zero.tests if t.status == "passed"])
        hunted = BUG_HUNTS.get(name, set())
        assert {t.nodeid for t in zero.tests if t.status == "failed"} == hunted, name
        assert {t.status for t in zero.tests if t.nodeid not in hunted} == {"not implemented yet"}, name


# (lab, the instructor's line(s), the wrong line(s), the tests aimed at the mistake)
WRONG = {
    "sign error in the gradient": (
        "02_gradient",
        "return float(2.0 * np.mean(residuals * x)), float(2.0 * np.mean(residuals))",
        "return float(-2.0 * np.mean(residuals * x)), float(-2.0 * np.mean(residuals))",
        {"tests/test_gradient.py::test_cost_grad_matches_the_formula",
         "tests/test_gradient.py::test_cost_grad_passes_a_gradient_check",
         "hidden/test_gradient_hidden.py::test_cost_grad_matches_reference"}),
    "factor 2 missing from the gradient": (
        "02_gradient",
        "return float(2.0 * np.mean(residuals * x)), float(2.0 * np.mean(residuals))",
        "return float(np.mean(residuals * x)), float(np.mean(residuals))",
        {"tests/test_gradient.py::test_cost_grad_matches_the_formula",
         "tests/test_gradient.py::test_cost_grad_passes_a_gradient_check",
         "hidden/test_gradient_hidden.py::test_cost_grad_matches_reference"}),
    "sum instead of mean": (
        "01_cost", "return float(np.mean(residuals ** 2))", "return float(np.sum(residuals ** 2))",
        {"tests/test_cost.py::test_cost_is_the_mean_squared_error",
         "hidden/test_cost_hidden.py::test_cost_matches_reference_on_bundled_data"}),
    "no reshuffling between epochs": (
        "03_loop", "        order = np.random.default_rng([seed, epoch])", "        order = np.random.default_rng([seed, 0])",
        {"tests/test_loop.py::test_each_epoch_is_shuffled_afresh",  # descend is graded on gdlab's batches
         "hidden/test_loop_hidden.py::test_later_epochs_are_shuffled_afresh"}),
    "an infinite loop in cost_curve": (
        "01_cost", "    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)\n"
                   "    residuals = np.asarray(ws",
        "    while True:\n        pass\n    residuals = np.asarray(ws",
        {"tests/test_cost.py::test_cost_curve_is_the_parabola",
         "hidden/test_cost_hidden.py::test_cost_curve_minimum_is_least_squares_slope"}),
    "sys.exit() at import": (
        "02_gradient", "import numpy as np\n", "import numpy as np\nimport sys\nsys.exit(0)\n", None),
}


@pytest.mark.parametrize("mistake", list(WRONG))
def test_a_wrong_solution_loses_exactly_the_points_aimed_at_it(mistake, tmp_path, warm_grader):
    name, right, wrong, aimed = WRONG[mistake]
    lab = LABS[name]
    source = (lab.path / lab.files[0]).read_text(encoding="utf-8")
    assert source.count(right) == 1, f"the instructor's source changed: update WRONG[{mistake!r}]"
    (tmp_path / lab.files[0]).write_text(source.replace(right, wrong), encoding="utf-8")
    result = grade(tmp_path, lab, expected=expected(name), timeout=2 if "loop" in mistake else 60,
                   **warm_grader)
    aimed = {case_group(t.nodeid) for t in result.tests} if aimed is None else aimed
    lost = {case_group(t.nodeid) for t in result.tests if t.status != "passed"}
    assert lost == aimed, [(t.nodeid, t.status, t.output[:200]) for t in result.tests if t.status != "passed"]
    aimed_points = sum(t.max_score for t in result.tests if case_group(t.nodeid) in aimed)
    assert result.score == pytest.approx(result.max_score - aimed_points)
    if "loop" in mistake:
        assert {t.status for t in result.tests if case_group(t.nodeid) in aimed} == {"timed out"}
    if "sys.exit" in mistake:
        assert all("sys.exit()" in t.output for t in result.tests), result.tests[0].output
