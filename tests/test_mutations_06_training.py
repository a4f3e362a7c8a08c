"""Lab 6's mutation set: the seed's three bugs put back one at a time, and plausible mistakes in the
Dataset, the loader and the training loop; each loses exactly the points of the tests aimed at it,
and every lost test's message names the mistake (for a bug of the seed: its symptom)."""
import pytest

from lab_mutations import Mutation, assert_caught

LAB = "06_training"
PUBLIC, HIDDEN = "tests/test_training.py::", "hidden/test_training_hidden.py::"
FORWARD = PUBLIC + "test_bug_hunt_forward_gives_the_seed_nets_outputs"
SEEDED = "shuffle=True,\n                      generator=torch.Generator().manual_seed(seed))"

MUTATIONS = [
    Mutation("the seed's import of F (torch.functional has no relu)",
             "import torch.nn.functional as F", "import torch.functional as F",
             frozenset({PUBLIC + "test_bug_hunt_F_has_relu", FORWARD}), hint="F has no relu"),
    Mutation("the seed's nn.Conv2dn typo", "self.conv2 = nn.Conv2d(6, 16, 5)",
             "self.conv2 = nn.Conv2dn(6, 16, 5)",
             frozenset({PUBLIC + "test_bug_hunt_net_builds_the_seeds_layers", FORWARD}),
             hint="fails while it builds its layers"),
    Mutation("the seed's forward that returns nothing", "return self.fc3(x)", "x = self.fc3(x)",
             frozenset({FORWARD}), hint="gave None"),
    Mutation("forgetting zero_grad", "        optimizer.zero_grad()\n        loss = criterion",
             "        loss = criterion",
             frozenset({PUBLIC + "test_train_epoch_matches_reference_loop",
                        HIDDEN + "test_two_epochs_with_a_shuffling_loader_match_reference",
                        HIDDEN + "test_loss_goes_down_on_tiny_data"}), hint="zero_grad() every batch"),
    Mutation("__len__ off by one", "return len(self.images)", "return len(self.images) - 1",
             frozenset({PUBLIC + "test_dataset_length_and_items"}),
             hint="__len__ returns the number of images"),
    Mutation("__getitem__ gives (target, image)", "return self.images[index], self.targets[index]",
             "return self.targets[index], self.images[index]",
             frozenset({PUBLIC + "test_dataset_length_and_items"}), hint="__getitem__ returns (image, target)"),
    Mutation("a loader whose generator is not seeded", SEEDED, SEEDED.replace(".manual_seed(seed)", ""),
             frozenset({PUBLIC + "test_loader_batches_and_is_reproducible"}), hint="seeded with seed"),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_each_mistake_costs_exactly_its_tests_and_names_itself(mutation, tmp_path, warm_grader):
    assert_caught(LAB, mutation, tmp_path, warm_grader)
