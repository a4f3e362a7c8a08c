"""Given with lab 7 (you do not write or hand in this file): a fresh log folder for each run, and
the event files in it read back as bytes, so the tests can check what your code logged.

When your code is graded it runs in a process of its own, and the event files it writes stay
there; the tests call these functions in that same process and read the bytes they return with
TensorBoard's own reader. With plain `pytest` here they run in the tests' process.
"""
import os
import shutil
import tempfile

import torch  # the tests build the model, the data and the optimizer with it, beside your code
from tensorboardX import SummaryWriter  # the tests open writers with it for log_step, log_epoch, log_graph

__all__ = ["SummaryWriter", "torch", "fresh_logdir", "event_files"]


def fresh_logdir(name):
    """A new, empty folder for one run (under the temporary folder), e.g. /tmp/lab07-train-x1y2z3."""
    return tempfile.mkdtemp(prefix=f"lab07-{name}-")


def event_files(logdir, remove=True):
    """{path relative to logdir: the file's bytes} for every TensorBoard event file under logdir,
    sorted by path (TensorBoard reads a run's files in that order); removes logdir afterwards."""
    found = {}
    for folder, subfolders, names in os.walk(logdir):
        subfolders.sort()
        for name in sorted(names):
            if ".tfevents." in name:
                path = os.path.join(folder, name)
                with open(path, "rb") as stream:
                    found[os.path.relpath(path, logdir)] = stream.read()
    if remove:
        shutil.rmtree(logdir, ignore_errors=True)
    return found
