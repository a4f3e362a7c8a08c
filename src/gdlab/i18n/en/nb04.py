"""Notebook 04's exercises (gdlab.exercises.nb04, BGD, SGD and MBGD): the questions, the hints that
name a mistake, the labels of what was checked."""
MESSAGES = {
    "q1": "How many steps does one epoch of MBGD take on n = {n} samples with batch_size = {batch}?",
    "q2": "By what factor is the std of a batch gradient of k = {k} independent samples smaller than "
          "one sample's (std_k / std_1)?",
    "q3": "Batch {old_batch}, lr {old_lr} on n = {n}: which lr gives batch {new_batch} the same "
          "lr × steps per epoch?",
    # 04.1 steps per epoch
    "steps.what": "the number of steps in one epoch (n = {n}, batch_size = {batch})",
    "steps.drop_last": "you dropped the last, smaller batch (DataLoader's drop_last=True); "
                       "gdlab keeps it, so round n / batch_size up",
    "steps.fraction": "a step uses a whole batch: the count is a whole number, n / batch_size rounded up",
    "steps.sgd": "that is SGD's count (one sample per step); here each step uses a batch",
    "steps.bgd": "that is BGD's count (all samples in one step)",
    "steps.hint": "one step per batch; the batches cover the n samples once, the last one may be smaller",
    # 04.2 the noise of a batch gradient
    "noise.what": "std of the batch-mean gradient (k = {k}) / std of one sample's gradient",
    "noise.variance": "1/k is the factor of the variance; the standard deviation shrinks by its square root",
    "noise.no_change": "averaging k independent gradients does shrink their spread: the variance "
                       "of a mean of k is σ²/k",
    "noise.sum": "that is how much LARGER the std of a SUM of k gradients is; the batch gradient is their mean",
    "noise.k": "the std of a mean shrinks; it does not grow with k",
    "noise.without_replacement": "that includes the finite-population factor (n − k)/(n − 1) of "
                                 "sampling without replacement from n = 100; the question asks "
                                 "for k independent samples",
    "noise.hint": "Var(mean of k independent values) = σ²/k; take the square root",
    # 04.3 the lr for a bigger batch
    "lr.what": "the lr for batch_size {batch} that keeps lr × (steps per epoch)",
    "lr.halved": "a bigger batch does not call for a smaller lr: its gradient is less "
                 "noisy, not larger; with half the steps per epoch each must go further",
    "lr.same": "with the same lr an epoch now takes half as many steps, so it reaches half as far",
    "lr.sqrt": "√2 is the square-root rule (it keeps the noise variance per epoch); the question asks "
               "for lr × steps per epoch",
    "lr.hint": "steps per epoch go from 100/10 to 100/20; lr × steps must stay 0.1 × 10",
}
