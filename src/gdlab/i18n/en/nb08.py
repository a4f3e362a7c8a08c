"""Notebook 08's exercises (gdlab.exercises.nb08): the questions, what each check compares, the hints."""
MESSAGES = {
    "q1": "out_size(size, kernel, stride, padding): the side length after nn.Conv2d or nn.MaxPool2d on a "
          "size x size input.",
    "q2": "How many numbers would fc1 get for {side}x{side} images (instead of 16·5·5 for 32x32)?",
    "q3": "The number of parameters (weights and biases) of the Net's conv2 and of its fc1.",
    "q4": "The seed trains with MSELoss(reduction='sum') and SGD(lr={lr:g}) on batches of {batch}: which lr "
          "makes SGD on reduction='mean' take the same steps?",
    # 08.1
    "out_size.no_plus_one": "that is one too small: the kernel fits at positions 0, stride, 2·stride, ... so "
                            "count them: (size + 2·padding − kernel) // stride + 1",
    "out_size.true_division": "a size is a whole number: round down, // stride (a last window that does not "
                              "fit is dropped)",
    "out_size.ceil": "round down, not up: a window that would reach past the edge is dropped (// stride)",
    "out_size.one_side_padding": "padding adds pixels on both sides: size + 2·padding",
    "out_size.no_padding": "you left out the padding: size + 2·padding",
    "out_size.no_kernel": "the kernel's size counts too: (size + 2·padding − kernel) // stride + 1",
    "out_size.no_stride": "the stride divides: a pooling with stride 2 halves the size",
    "out_size.hint": "(size + 2·padding − kernel) // stride + 1, as in nn.Conv2d's and nn.MaxPool2d's docs",
    # 08.2
    "what.flat_size": "the flattened size for {side}x{side} images",
    "flat.32x32": "that is fc1's 16·5·5 for 32x32 images; redo the sizes from {side}",
    "flat.scaled": "the sizes do not scale with the image: a 5x5 convolution takes 4 pixels off each side "
                   "length, then pooling halves it",
    "flat.pools_only": "you only halved twice: each 5x5 convolution (no padding) also takes 4 off the side "
                       "length: 64 → 60 → 30 → ...",
    "flat.convs_only": "you left out the poolings: each MaxPool2d(2, 2) halves the side",
    "flat.block1": "that is after the first block; the second conv (6 → 16 channels) and pool follow",
    "flat.no_pool2": "you left out the second pooling: it halves the side once more",
    "flat.kernel_5": "a 5x5 kernel takes 4 pixels off the side, not 5: size − kernel + 1",
    "flat.no_channels": "times the 16 channels: every channel is flattened",
    "flat.hint": "follow one side: 64 → conv 5x5 → pool 2 → conv 5x5 → pool 2, then channels × side × side",
    # 08.3
    "what.conv2": "the parameters of conv2 = nn.Conv2d(6, 16, 5)",
    "conv2.no_bias": "you left out the biases: one per output channel",
    "conv2.no_in": "each of the 16 filters spans all 6 input channels: 16 · 6 · 5 · 5 weights",
    "conv2.bias_pairs": "one bias per output channel (16), not one per (input, output) pair",
    "conv2.kernel": "a 5x5 kernel has 5 · 5 weights per input channel",
    "conv2.hint": "weights out_channels · in_channels · k · k, plus one bias per output channel",
    "what.fc1": "the parameters of fc1 = nn.Linear(16·5·5, 120)",
    "fc1.no_bias": "you left out the biases: one per output",
    "fc1.bias_in": "one bias per OUTPUT (120), not per input",
    "fc1.sum": "a Linear layer connects every input to every output: in · out weights",
    "fc1.conv2": "that is conv2's count; fc1 is nn.Linear(400, 120)",
    "fc1.hint": "in_features · out_features weights plus out_features biases",
    # 08.4
    "what.mean_lr": "the lr for MSELoss(reduction='mean')",
    "mean_lr.batch_only": "MSELoss's 'mean' divides by every element it adds up: {batch} images × 10 scores, "
                          "not only the {batch} images",
    "mean_lr.inverted": "the other way round: the mean's gradient is SMALLER, so its lr must be LARGER: "
                        "lr · (number of elements)",
    "mean_lr.inverted_batch": "the other way round, and the mean runs over every element: lr · {batch} · 10",
    "mean_lr.same": "the two losses differ by a constant factor, and so do their gradients: SGD's step "
                    "lr · gradient changes with it",
    "mean_lr.hint": "'mean' = 'sum' / (number of elements); SGD steps lr · gradient",
}
