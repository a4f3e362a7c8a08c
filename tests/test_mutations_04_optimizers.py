"""Lab 4's mutation set: plausible mistakes in each optimizer's step; each loses exactly the points of
that optimizer's tests (one public, one hidden), and every lost test's message names the mistake, found
by comparing the student's steps with the mistake's own (labs/04_optimizers/tests/torch_steps.py)."""
import pytest

from lab_mutations import Mutation, assert_caught

LAB = "04_optimizers"


def aimed_at(public, hidden):
    """An optimizer's two tests: its public one and its hidden one."""
    return frozenset({f"tests/test_optimizers.py::test_{public}",
                      f"hidden/test_optimizers_hidden.py::test_{hidden}"})


MOMENTUM = aimed_at("momentum_matches_torch_sgd_with_momentum", "momentum_on_a_long_valley_and_its_velocity")
NESTEROV = aimed_at("nesterov_matches_torch_sgd_with_nesterov", "nesterov_on_a_long_valley_and_its_velocity")
ADAGRAD = aimed_at("adagrad_matches_torch_adagrad", "adagrad_on_a_long_valley_and_its_sum_sq")
RMSPROP = aimed_at("rmsprop_matches_torch_rmsprop", "rmsprop_on_a_long_valley_and_its_square_avg")
ADADELTA = aimed_at("adadelta_matches_torch_adadelta", "adadelta_on_a_long_valley_and_its_averages")
ADAM = aimed_at("adam_matches_torch_adam", "adam_on_a_long_valley_and_its_moments")
MOMENTUM_TAIL = ("            self.velocity = self.momentum * self.velocity + grads\n"
                 "        return np.asarray(params, dtype=np.float64) - self.lr * self.velocity\n")

MUTATIONS = [
    Mutation("momentum's first step blends the velocity twice (no else)", "        else:\n" + MOMENTUM_TAIL,
             MOMENTUM_TAIL.replace("    self.velocity", "self.velocity", 1), MOMENTUM,
             hint="momentum's first step"),
    Mutation("Nesterov written as plain momentum", "self.lr * (grads + self.momentum * self.velocity)",
             "self.lr * self.velocity", NESTEROV, hint="Nesterov looks ahead"),
    Mutation("Adagrad with eps inside the square root", "grads / (np.sqrt(self.sum_sq) + self.eps)",
             "grads / np.sqrt(self.sum_sq + self.eps)", ADAGRAD, hint="eps goes outside the square root"),
    Mutation("Adagrad with only this step's grads²", "self.sum_sq = self.sum_sq + grads * grads",
             "self.sum_sq = grads * grads", ADAGRAD, hint="sum_sq adds up grads² over every step"),
    Mutation("RMSprop with eps inside the square root", "grads / (np.sqrt(self.square_avg) + self.eps)",
             "grads / np.sqrt(self.square_avg + self.eps)", RMSPROP, hint="eps goes outside the square root"),
    Mutation("RMSprop with alpha and 1 − alpha swapped",
             "self.alpha * self.square_avg + (1 - self.alpha) * grads * grads",
             "(1 - self.alpha) * self.square_avg + self.alpha * grads * grads", RMSPROP,
             hint="alpha weighs the old average"),
    Mutation("Adadelta without lr", "return params - self.lr * delta", "return params - delta", ADADELTA,
             hint="still multiplies by lr"),
    Mutation("Adam without bias correction", "m_hat = self.m / (1 - self.beta1 ** self.t)\n"
             "        v_hat = self.v / (1 - self.beta2 ** self.t)", "m_hat, v_hat = self.m, self.v", ADAM,
             hint="bias correction m̂ = m/(1−β1^t)"),
    Mutation("Adam with eps inside the square root", "m_hat / (np.sqrt(v_hat) + self.eps)",
             "m_hat / np.sqrt(v_hat + self.eps)", ADAM,
             hint="eps goes outside the square root: m̂ / (√v̂ + eps)"),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_each_mistake_costs_its_optimizers_tests_and_names_itself(mutation, tmp_path, warm_grader):
    assert_caught(LAB, mutation, tmp_path, warm_grader)
