"""Lab 7's mutation set: each plausible student mistake in logging a run to TensorBoard loses exactly
the points of the tests aimed at it, and the feedback of each of those tests names the mistake
(tests/lab_mutations.py). train_and_log calls log_step, log_epoch and log_graph, yet its tests check
only what it decides itself: a mistake inside those three costs their own tests, never its."""
import pytest

from lab_mutations import Mutation, assert_caught

PUBLIC, HIDDEN = "tests/test_tensorboard.py::", "hidden/test_tensorboard_hidden.py::"
STEP = frozenset({PUBLIC + "test_log_step_logs_the_loss_as_a_float", HIDDEN + "test_log_step_at_several_steps"})
EPOCH = frozenset({PUBLIC + "test_log_epoch_logs_a_histogram_of_every_weight",
                   HIDDEN + "test_log_epoch_twice_on_a_wider_model"})
GRAPH = frozenset({PUBLIC + "test_log_graph_logs_the_model_traced_on_the_example",
                   HIDDEN + "test_log_graph_with_other_shapes"})
TRAIN = frozenset({PUBLIC + "test_train_and_log_logs_every_step_every_epoch_and_the_graph_once",
                   HIDDEN + "test_train_and_log_three_epochs_of_uneven_batches_with_momentum"})
HISTOGRAM = "writer.add_histogram(WEIGHTS_TAG.format(name=name), param.detach(), epoch)"
LOG_STEP_IN_LOOP = ("            log_step(writer, step, loss)\n            step += 1\n"
                    "        log_epoch(writer, epoch, model)\n")

MUTATIONS = [
    # add_scalar itself accepts a 0-d tensor; what the tests see is the tensor log_step hands back
    Mutation("the loss tensor instead of loss.item()", "    value = loss.item()\n", "    value = loss\n",
             STEP, hint="loss.item()"),
    Mutation("the loss under another tag", "writer.add_scalar(LOSS_TAG, value, step)",
             'writer.add_scalar("Loss", value, step)', STEP, hint='tag "train/loss"'),
    Mutation("a histogram of the gradients, not the weights", HISTOGRAM,
             "writer.add_histogram(WEIGHTS_TAG.format(name=name), param.grad, epoch)", EPOCH,
             hint="not their gradients"),
    Mutation("histograms tagged with the bare parameter name", HISTOGRAM,
             "writer.add_histogram(name, param.detach(), epoch)", EPOCH, hint='tagged "weights/<name>"'),
    Mutation("the graph traced on one sample, not the batch", "    writer.add_graph(model, example)\n",
             "    writer.add_graph(model, example[0])\n", GRAPH, hint="the whole batch"),
    Mutation("the loss logged once per epoch", LOG_STEP_IN_LOOP,
             "            step += 1\n        log_step(writer, epoch, loss)\n        log_epoch(writer, epoch, model)\n",
             TRAIN, hint="not once per epoch"),
    Mutation("the step counter reset every epoch", "        for inputs, targets in loader:\n",
             "        for step, (inputs, targets) in enumerate(loader):\n", TRAIN, hint="never reset"),
    Mutation("the step counter never advances", "            step += 1\n", "", TRAIN, hint="grows by one"),
    Mutation("the writer never closed", "    writer.close()\n", "", TRAIN, hint="close the writer"),
    Mutation("the graph logged at every step",
             "            if step == 0:\n                log_graph(writer, model, inputs)\n",
             "            log_graph(writer, model, inputs)\n", TRAIN, hint="not at every step"),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_each_mistake_costs_its_own_points_and_is_named(mutation, tmp_path, warm_grader):
    assert_caught("07_tensorboard", mutation, tmp_path, warm_grader)
