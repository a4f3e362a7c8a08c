"""Data messages: the regression CSVs and arrays (gdlab.data), the image data sets, CIFAR-10 and
checkpoints of the CNN (gdlab.cnn), and `gdlab data`. Paths, options (--data digits) and file names
stay as they are in every language."""
MESSAGES = {
    # gdlab.data: x and y as arrays
    "xy.length_mismatch": "x has {n_x} values but y has {n_y}; give one y for every x",
    "xy.empty": "the data is empty: give at least one (x, y) sample",
    "xy.non_finite": "{name}[{index}] is {value} ({count} non-finite value(s) in {name}); "
                     "gradient descent needs finite numbers: remove or fill those samples",
    "xy.not_numbers": "{name} must be numbers, got {type} ({error})",
    "xy.not_1d": "{name} must be a 1-D array of shape (n,), got shape {shape}; "
                 "use one feature column (X[:, 0]) or flatten it",

    # gdlab.data: reading a CSV
    "csv.no_file": "no such file: {path}; check the path, or use a bundled data set "
                   "({datasets}: `gdlab data csv` writes them)",
    "csv.not_utf8": "{path} is not a UTF-8 text CSV (byte {byte} cannot be read); save it as "
                    "CSV UTF-8 from your spreadsheet, with a header line 'x,y'",
    "csv.empty": "{path} is empty: it needs a header line 'x,y' and at least one row of numbers",
    "csv.no_header": "{path}: the header must name columns 'x' and 'y', found {found}; "
                     "add a first line 'x,y'",
    "csv.field_count": "{path}, line {line}: {fields} field(s), expected {expected} like the header; "
                       "fix that line",
    "csv.no_rows": "{path} has a header but no data rows: add at least one line of numbers",
    "csv.not_a_number": "{path}, line {line}, column {column}: {cell} is not a number; "
                        "fix or delete that line",
    "csv.not_finite": "{path}, line {line}, column {column}: {cell} is not finite; "
                      "gradient descent needs finite numbers: fix or delete that line",

    # gdlab.cnn.datasets: image folders, the digits tree, torchvision's sets, load_data
    "images.unreadable": "cannot read image {path}: {error}; delete or replace that file",
    "images.no_folder": "image folder {root} does not exist; give a folder with one sub-folder of images "
                        "per class (root/<class>/*.png), or use --data digits",
    "images.no_images": "image folder {root} has no images in class sub-folders ({error}); it needs "
                        "root/<class>/<image>.png, e.g. root/cat/1.png, root/dog/2.png",
    "digits.val_fraction": "val_fraction must be between 0 and 1, got {value}; try 0.2",
    "digits.out_is_file": "{root} is a file, not a folder; choose another place for the digits (--out)",
    "digits.out_not_ours": "{root} already holds files that gdlab did not write; the digits would replace "
                           "them: choose another folder (--out), or empty this one first",
    "torchvision.unknown": "unknown data set {name}; choose one of: {choices}, or a folder path",
    "torchvision.download_failed": "{title} could not be downloaded into {root} ({reason}). This machine "
                                   "may be offline: train on the bundled handwritten digits with --data "
                                   "digits, or put the {title} files in {root} and rerun",
    "torchvision.not_downloaded": "{title} is not downloaded into {root} ({reason}). This machine "
                                  "may be offline: train on the bundled handwritten digits with --data "
                                  "digits, or put the {title} files in {root} and rerun",
    "load.unknown": "unknown data set or missing folder {data}; choose one of: {choices}, "
                    "or give an image folder (one sub-folder per class)",
    "load.class_mismatch": "train and val have different classes ({train} vs {val}); "
                           "give both the same class sub-folders",
    # where the images came from (`gdlab train` shows it: "data: <source>: ...")
    "source.digits_wrote": "wrote scikit-learn's digits as images under {root}",
    "source.digits_read": "read scikit-learn's digits as images under {root}",
    "source.cifar10": "CIFAR-10 in {folder}",
    "source.torchvision": "{title} under {root}",
    "source.folder": "images under {folder}",

    # gdlab.cnn.tensors: decoding images into one tensor
    "tensors.empty": "the data set is empty: it needs at least one image",
    "tensors.shape": "image {name} has shape {shape}, but the Net takes {expected} (channels x height x "
                     "width); add transforms.Resize(({height}, {width})) and 3 channels "
                     "(transforms.Grayscale(3) for gray images) to the transform, as "
                     "gdlab.cnn.datasets.decode_transform does",
    "tensors.split": "cannot split {n} images with val_fraction {val_fraction}: both parts need at "
                     "least one image; add images or change val_fraction",

    # gdlab.cnn.cifar10: finding and reading the batches
    "cifar10.not_found": "CIFAR-10 is not under {root}: none of {folders} holds data_batch_1..5, "
                         "test_batch and batches.meta{lacks}. Rerun with --download (about 170 MB), or "
                         "unpack cifar-10-python.tar.gz from {source} into {root} so that {folder} holds "
                         "those files, or point --data-root at the folder that holds them; offline, "
                         "--data digits trains on the bundled handwritten digits",
    "cifar10.lacks": "; {folder} lacks {files}",
    "cifar10.refused_global": "it refers to {module}.{name}, which a CIFAR-10 batch never holds",
    "cifar10.fix": "replace it: delete {folder} and rerun with --download, or unpack the archive from "
                   "{source} again",
    "cifar10.corrupt": "CIFAR-10 file {path} is corrupt or truncated ({error_type}: {error}); {fix}",
    "cifar10.not_a_batch": "CIFAR-10 file {path} is not a CIFAR-10 batch: its 'data' is {shape}, "
                           "expected uint8 (N, 3072); {fix}",
    "cifar10.bad_labels": "CIFAR-10 file {path} has {labels} labels for {images} images, or labels "
                          "outside 0..9; expected one label in 0..9 per image; {fix}",
    "cifar10.download_failed": "CIFAR-10 could not be downloaded into {root} ({reason}). This machine may "
                               "be offline: put the files from {source} there by hand, or train on the "
                               "bundled handwritten digits with --data digits",

    # gdlab.cnn.checkpoint: loading a checkpoint to resume
    "checkpoint.missing": "no checkpoint at {path}; train without --resume first, or give the "
                          "checkpoint's path with --checkpoint",
    "checkpoint.unreadable": "{path} is not a readable gdlab checkpoint ({error_type}: {error}); "
                             "delete it or give another --checkpoint",
    "checkpoint.not_ours": "{path} is not a gdlab checkpoint (no '{marker}' marker); give one that "
                           "gdlab train wrote, or start without --resume",
    "checkpoint.other_model": "{path} holds a different model ({saved}, {detail}) than this run's "
                              "{model}; use a checkpoint from the same model and data set, or start "
                              "fresh without --resume",
    "checkpoint.other_optimizer": "{path} was trained with {saved}, not {optimizer}; resume with the "
                                  "same --optimizer, or start fresh without --resume",
    "checkpoint.optimizer_state": "{path} holds a different optimizer's state ({error}); resume with the "
                                  "same --optimizer, or start fresh without --resume",
    "checkpoint.no_schedule": "{path} was saved without a learning-rate schedule; resume with the same "
                              "--schedule, or start fresh without --resume",

    # gdlab data
    "cli.digits_written": "{root}: {train} train and {val} val images in 10 class folders",
}
