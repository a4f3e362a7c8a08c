"""Lab 3 (labs/03_loop): the hints that name a mistake and the words its tests show a student."""
MESSAGES = {
    # epoch_batches: the order of an epoch (conftest.py, order_hint)
    "order.not_shuffled": "the order is 0..n-1, not shuffled: when batch_size < n, shuffle first",
    "order.seed_ignored": "two seeds give the same order: the seed is ignored; seed the generator with both "
                          "seed and epoch, np.random.default_rng([seed, epoch])",
    "order.same_every_epoch": "two epochs have the same order: reshuffle every epoch, with a generator "
                              "seeded with both seed and epoch, np.random.default_rng([seed, epoch])",
    "order.global_state": "the order must depend on (seed, epoch) only: draw it from a generator seeded "
                          "with both, np.random.default_rng([seed, epoch]), not from np.random's global state",
    # epoch_batches: the batches of an epoch (tests)
    "batches.bgd_one_batch": "BGD: one batch, all of it",
    "batches.bgd_keeps_order": "BGD keeps the data's order 0..n-1: shuffle only when batch_size < n",
    "batches.keep_the_last": "the last batch may be smaller: keep it",
    "batches.how_many": "ceil(n / batch_size) batches of batch_size, the last one smaller",
    "batches.how_many_keep_the_last": "ceil(n / batch_size) batches; the last batch may be smaller: keep it",
    "batches.every_index_once": "every index 0..n-1 exactly once per epoch: cut one permutation into pieces",
    # descend (conftest.py, descend_hint)
    "descend.never_called": "descend never called make_batches: take each epoch's batches from "
                            "make_batches(n, batch_size, epoch, seed)",
    "descend.first_cost_missing": "costs has one entry per step: record the cost before the first step too "
                                  "(steps + 1)",
    "descend.once_per_epoch": "costs has one entry per epoch: record the cost after every step (steps + 1 in "
                              "all)",
    "descend.full_gradient": "each step used the gradient of all the data: take it on the batch only, "
                             "cost_and_grad(x[batch], y[batch], w, b)",
    "descend.otherwise": "one step per batch, in make_batches' order; the full-data cost before the first "
                         "step and after every step",
    # what a test checked (the first words of its failure message)
    "what.bgd_batch_count": "the number of batches when batch_size == n",
    "what.bgd_batch": "the one batch of BGD",
    "what.batch_count": "the number of batches for n={n}, batch_size={batch_size}",
    "what.batch_sizes": "the batch sizes",
    "what.batch_sizes_for": "the batch sizes for n={n}, batch_size={batch_size}",
    "what.sorted_indices": "the sorted indices of one epoch",
    "what.epochs_shuffled": "epochs 0..3 of 12 samples, batch_size 4: {hint}",
    "what.later_epochs_shuffled": "epochs 0..7 of 15 samples: {hint}",
    "what.same_order_twice": "the order of epoch 2, seed 5, asked for twice",
    "what.two_seeds": "epoch 1 with seeds 0 and 1: {hint}",
    "what.run": "{method} with lr={lr}, {epochs} epoch(s)",
    "what.full_costs": "the full-data costs of {run}",
    "what.final_parameters": "(w, b) after {run}",
}
