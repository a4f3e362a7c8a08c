"""The `--help` of the `gdlab` command: argparse's descriptions and option help (gdlab.cli), the help of
the settings the options are generated from (gdlab.config.FitConfig, gdlab.cnn.config.TrainConfig), and
the few words argparse writes itself. Option names, code and units stay as they are in every language.
argparse %-formats option help: gdlab.cli.options.help_text escapes a % written here."""
MESSAGES = {
    # argparse's own words (gdlab.cli.parser), and what every command shares
    "usage": "usage: ",
    "positionals": "positional arguments",
    "options": "options",
    "help": "show this help message and exit",
    "with_default": "{help} (default: {default})",
    "on_by_default": "{help} (on by default; this turns it off)",
    "gdlab": "gdlab: a teaching lab for gradient descent, by hand and with torch.",
    "lang": "the language of figures, pages and messages (default: $GDLAB_LANG, else en)",
    "labs_dir": "where the labs are (default: the checkout's labs/)",

    # gdlab fit, and the settings of gdlab.config.FitConfig
    "fit.help": "fit y = w·x (+ b) by gradient descent",
    "fit.description": "Fit y = w·x (+ b) to a CSV (columns x,y) by gradient descent.",
    "fit.csv": "a CSV file with columns x,y, or a bundled set: {sets}",
    "fit.option": "an optimizer option, e.g. momentum=0.5 or weight_decay=0.01 (repeatable)",
    "fit.logdir": "also log every step for TensorBoard into DIR",
    "fit.json": "print one JSON object instead of the summary",
    "fit.model": "wx: y = w·x; wxb: y = w·x + b",
    "fit.method": "bgd: all samples per step; sgd: one; mbgd: --batch-size",
    "fit.batch_size": "samples per step, only for mbgd",
    "fit.optimizer": "the update rule",
    "fit.lr": "learning rate (学习率)",
    "fit.epochs": "passes over the data",
    "fit.max_steps": "step budget",
    "fit.max_steps_default": "all the epochs",
    "fit.tol": "stop when |∇J| ≤ tol × |∇J at the start| (0: never)",
    "fit.seed": "every random choice (the sample order) comes from it",
    "fit.w0": "start value of w",
    "fit.b0": "start value of b",
    "fit.reduction": "mean: J = (1/n)Σr²; sum: J = Σr² (MSELoss(reduction='sum'))",
    "fit.backend": "scratch: NumPy by hand; autograd: torch",
    "fit.divergence_factor": "diverged when J > factor × (the start cost or mean y²)",
    "fit.optimizer_options": "the optimizer's keyword options",

    # gdlab crosscheck
    "crosscheck.help": "compare the NumPy twin with torch, step by step",
    "crosscheck.description": "Run every model × method × optimizer through both twins, and each scratch "
                              "optimizer step against torch.optim; print the largest relative differences; "
                              "exit 1 if any exceeds the tolerance.",
    "crosscheck.data": "bundled data set or CSV (default: line)",
    "crosscheck.tol": "relative tolerance (default {tol:g})",
    "crosscheck.json": "print one JSON object instead of the table",

    # gdlab data csv|digits
    "data.help": "write the bundled data sets to disk",
    "data.description": "Write gdlab's bundled data sets (no network needed).",
    "data.csv": "the regression CSVs ({sets})",
    "data.csv_out": "folder to write into (default: data)",
    "data.digits": "scikit-learn's handwritten digits as an ImageFolder tree",
    "data.digits_description": "Write scikit-learn's 1797 bundled handwritten digits as PNGs, one folder per "
                               "class, split into train/ and val/ by a seed.",
    "data.digits_out": "folder to write (default: data/digits)",
    "data.seed": "seed of the train/val split",
    "data.val_fraction": "share of each class in val/",

    # gdlab demo
    "demo.help": "run the lesson headless and write its results",
    "demo.description": "Run the lesson headless on bundled data (no network) and write everything it "
                        "makes into one folder.",
    "demo.out": "output folder (default: runs/demo)",

    # gdlab grade
    "grade.help": "grade a lab submission (or a folder of them) with the instructor's tests",
    "grade.description": "Copy the files the lab asks for from SUBMISSION beside the instructor's public and "
                         "hidden tests, run them in a child process with a per-test timeout, and report. "
                         "If SUBMISSION is a folder of submission folders, grade each and write one CSV.",
    "grade.submission": "a submission folder (or the lab's single file, or a notebook in its place), or a "
                        "folder of submission folders",
    "grade.lab": "the lab: its folder name (01_cost), its topic (cost), or the path of a lab folder",
    "grade.json": "write Gradescope's results.json here (for a folder of submissions: a folder, "
                  "one <submission>.json each)",
    "grade.csv": "for a folder of submissions: the CSV of grades (default: grades.csv)",
    "grade.report": "also write the class report here (one self-contained HTML page: the scores, what "
                    "the class got wrong per test, a link to each student's own page, written beside it)",
    "grade.gradebook": "also write a CSV that SYSTEM's gradebook imports (canvas or moodle)",
    "grade.jobs": "grade N submissions at a time; 'auto': one per CPU core",
    "grade.timeout": "seconds one test may run (default: the lab's)",
    "grade.budget": "seconds for one whole submission (default {budget:g})",
    "grade.hide": "also keep DIR out of the student's view (repeatable; the labs, gdlab, the "
                  "submissions and the output folders are always hidden)",
    "grade.require_isolation": "refuse to grade unless the student's process runs as an unprivileged user in "
                               "its own namespaces (Gradescope's run_autograder sets this)",

    # gdlab labs list|release|bundle
    "labs.help": "list, release (student edition) or bundle the graded labs",
    "labs.description": "The graded labs under labs/: list them, write the student edition, or bundle one as "
                        "a Gradescope autograder zip.",
    "labs.list": "the labs, their files and points",
    "labs.release": "write the student edition: no solutions, no hidden tests",
    "labs.release_description": "Write the student edition: solutions replaced by NotImplementedError, hidden "
                                "tests left out. With --lang zh the hints are the ### HINT[zh]: lines and "
                                "README.zh.md ships as README.md.",
    "labs.release_out": "the folder to write the labs into",
    "labs.release_lab": "only this lab (repeatable; default all)",
    "labs.bundle": "write a Gradescope autograder zip for one lab",
    "labs.bundle_lab": "the lab's folder name, topic, or path",
    "labs.bundle_out": "default: autograder.zip",

    # gdlab plot KIND
    "plot.help": "draw one picture of the lesson to a PNG or SVG file",
    "plot.description": "`gdlab plot KIND ... --out FILE`: one picture of the lesson as PNG or SVG "
                        "(by the extension).",
    "plot.curve": "the cost curve J(w) of y = w·x with the descent steps and the tangent",
    "plot.surface": "the cost of y = w·x + b as a 3-D surface and a contour map, optimum marked",
    "plot.lr": "four learning rates side by side: crawls, good, oscillates, diverges",
    "plot.paths": "BGD, SGD and MBGD paths from one start on the contour map",
    "plot.race": "GD, momentum, Nesterov, Adagrad, RMSprop, Adadelta, Adam on a test landscape",
    "plot.loss": "the cost per step of BGD, SGD and MBGD, linear and log scale",
    "plot.out": "output file, .png or .svg",
    "plot.dpi": "resolution of a PNG (default 100)",
    "plot.landscape": "default saddle",
    "plot.race_steps": "steps per optimizer (default: the landscape's)",
    "plot.start": "start point",
    "plot.optimizers": "default all",
    "plot.data": "line, house, diabetes, or a CSV with columns x,y",
    "plot.steps": "descent steps",
    "plot.w0": "start w (default 0)",
    "plot.curve_lr": "learning rate (default 0.2 × critical)",
    "plot.lrs": "learning rates (default 0.05, 0.3, 0.95, 1.4 × the critical one)",
    "plot.w_range": "w axis range",
    "plot.b_range": "b axis range",
    "plot.grid": "grid points per axis (default 150)",
    "plot.lr_value": "learning rate (default 0.1)",
    "plot.epochs": "passes over the data (default 10)",
    "plot.batch_size": "MBGD batch size (default min({size}, n))",
    "plot.optimizer": "default gd",
    "plot.w0_demo": "start w (default: where the demo figures start)",
    "plot.b0_demo": "start b (default: where the demo figures start)",
    "plot.seed": "sample order (default 0)",

    # gdlab release
    "release.help": "write the student edition of the course: labs and notebooks, no answers",
    "release.description": "The repository is the teacher's edition. This writes OUT/labs (as `gdlab labs "
                           "release`: solutions replaced, hidden tests left out) and OUT/notebooks (solution "
                           "cells replaced by stubs, worked answers removed, outputs cleared), each leak-scanned. "
                           "With --lang zh the labs ship their Chinese hints (### HINT[zh]:) and README.zh.md as "
                           "README.md, and the notebooks are those of notebooks/zh/.",
    "release.out": "the folder to write the course into",
    "release.notebooks_dir": "where the teacher's notebooks are (default: the checkout's notebooks/)",

    # gdlab train, and the settings of gdlab.cnn.config.TrainConfig
    "train.help": "train the seed's CNN (Net) on images, watched in TensorBoard",
    "train.description": "Train the seed's LeNet-style Net. {data}.",
    "train.threads": "CPU threads for torch (default: torch's choice)",
    "train.json": "print the final metrics as one JSON object",
    "train.data": "digits (offline, bundled), cifar10 (read from DIR/cifar-10-batches-py; --download fetches "
                  "it), mnist, fashionmnist (downloaded), or an image folder PATH",
    "train.data_root": "where digits is written, CIFAR-10 is looked for and datasets are downloaded",
    "train.download": "cifar10: download it (about 170 MB) into --data-root if it is not there yet",
    "train.epochs": "passes over the training images",
    "train.batch_size": "images per step (per process with --ddp)",
    "train.lr": "(peak) learning rate (学习率)",
    "train.optimizer": "sgd is SGD with --momentum",
    "train.schedule": "learning rate per step: onecycle (warm up to lr, then anneal to ~0) or constant",
    "train.augment": "random small rotations, scalings and shifts of the training images",
    "train.momentum": "for sgd and rmsprop",
    "train.weight_decay": "L2 penalty, for every optimizer",
    "train.device": "auto (cuda, then mps, then cpu), cpu, cuda, cuda:N, mps",
    "train.amp": "mixed precision (float16 autocast + GradScaler); CUDA only",
    "train.seed": "initial weights, shuffling, the val split of a plain folder",
    "train.val_fraction": "share kept for validation when a folder has no train/ and val/",
    "train.max_images": "use at most N images per split (quick tries)",
    "train.max_images_default": "all",
    "train.logdir": "TensorBoard runs go in new folders under DIR; '' for none",
    "train.run_name": "the run folder's suffix",
    "train.run_name_default": "the data set",
    "train.checkpoint": "save model, optimizer and RNG states here after every epoch",
    "train.checkpoint_default": "none",
    "train.resume": "continue from --checkpoint",
    "train.histograms": "weight and gradient histograms per epoch in TensorBoard",
    "train.progress": "a progress bar with loss and accuracy, and a line per epoch",
    "train.ddp": "data-parallel over torchrun's processes: launch with torchrun --nproc-per-node N -m gdlab "
                 "train --ddp ...; --batch-size is per process, the global batch is N times it",
    "train.ddp_timeout": "with --ddp, seconds a process waits for the others before the job stops",
}
