"""Notebook 07's exercises (gdlab.exercises.nb07): the questions, what each check compares, the hints."""
MESSAGES = {
    "q1": "batches_and_last(n, batch_size): how many batches one epoch of DataLoader(..., batch_size) takes "
          "over n samples, and the size of the last.",
    "q2": "The shapes of the images and of the labels of one batch of DataLoader(train_set, "
          "batch_size={batch_size}) over the digits.",
    "q3": "one_hot(label): a target_transform that turns class index 0..9 into the float vector the seed's "
          "MSELoss compares with the Net's 10 scores.",
    # 07.1
    "not_two_numbers": "{what} should return two numbers (batches, last_size), got {answer!r}",
    "what.batches": "the number of batches of {what}",
    "batches.float": "n / batch_size is not a whole number of batches: round UP, the samples left over make "
                     "one more, smaller batch",
    "batches.floor": "that rounds down: the samples left over still make a last, smaller batch (DataLoader "
                     "drops it only with drop_last=True), so round up: ceil(n / batch_size)",
    "batches.plus_one": "when batch_size divides n there is no extra batch: ceil(n / batch_size), not "
                        "n // batch_size + 1",
    "batches.hint": "ceil(n / batch_size): every full batch, plus one for the rest if any",
    "what.last": "the size of the last batch of {what}",
    "last.mod": "n % batch_size is 0 when batch_size divides n, but then the last batch is a full one: "
                "batch_size samples",
    "last.full": "the last batch holds only what is left after the full ones: n − batch_size·(batches − 1)",
    "last.zero": "a batch is never empty: the last one holds n − batch_size·(batches − 1) samples",
    "last.hint": "n − batch_size·(batches − 1)",
    # 07.2
    "not_a_shape": "{what} should be a shape: a tuple of whole numbers like (2, 3), got {answer!r}",
    "a_shape_of": "a shape of {count} numbers",
    "what.images_shape": "the shape of the batch's images",
    "images.one_image": "that is one image; a DataLoader stacks batch_size of them along a new first axis",
    "images.channels_last": "PyTorch keeps channels first: (batch, channels, height, width); channels last is "
                            "how PIL and matplotlib hold pictures",
    "images.no_resize": "Resize((32, 32)) comes before ToTensor: the Net gets 32x32, not the PNG's 8x8",
    "images.grey_8": "the PNGs are 8x8 grey, but the loader reads them as RGB (3 channels) and Resize makes "
                     "them 32x32",
    "images.grey": "the loader reads every image as RGB: 3 channels, even for grey digits",
    "images.hint": "(batch_size, channels, height, width) after Resize((32, 32)), RGB and ToTensor",
    "what.labels_shape": "the shape of the batch's labels",
    "labels.column": "one label per image, not a column: the labels are a 1-d tensor of class indices",
    "labels.one_hot": "ImageFolder's label is the class index (one int), not a one-hot vector; that would "
                      "take a target_transform",
    "labels.scalar": "that is one label; the batch holds batch_size of them",
    "labels.hint": "one class index per image",
    # 07.3
    "one_hot.tensor": "return a torch tensor: MSELoss compares tensors (torch.zeros(10), then set one entry)",
    "one_hot.shape": "one vector of 10 numbers per label: shape (10,), not (1, 10); the DataLoader adds the "
                     "batch axis",
    "one_hot.early": "the 1 is one place too early: label k goes at index k (indices start at 0, like the "
                     "class folders 0..9)",
    "one_hot.late": "the 1 is one place too late: label k goes at index k",
    "one_hot.ones": "all ones: only the entry of the label is 1, the other 9 are 0",
    "one_hot.flipped": "that is upside down: 1 at the label, 0 elsewhere",
    "one_hot.hint": "10 zeros with a 1 at index `label`",
}
