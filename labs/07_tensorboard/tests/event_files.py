"""Reading a run back as TensorBoard does: the bytes of its event files (from logdirs.event_files,
in the process where your code wrote them) become the scalars, histograms and graphs they hold,
read with tensorboard's own record reader in the tests' process.

An event file is a sequence of records (TFRecord: length, CRC, an `Event` protocol buffer, CRC).
A writer that was never closed leaves its last events in memory: the file then ends early, often
in the middle of a record, or is empty.
"""
from dataclasses import dataclass, field
from pathlib import Path

from google.protobuf.message import DecodeError
from tensorboard.backend.event_processing.event_file_loader import RawEventFileLoader
from tensorboard.compat.proto import event_pb2, graph_pb2

from gdlab.grading.compare import Mismatch
from gdlab.i18n import text

RECORD_OVERHEAD = 16    # bytes around each record: 8 of length, 4 of its CRC, 4 of the data's CRC


@dataclass
class Run:
    """What one run logged, in the order it was logged."""

    scalars: list = field(default_factory=list)      # (tag, step, value), value a float32 made float
    histograms: list = field(default_factory=list)   # (tag, step, HistogramProto)
    graphs: list = field(default_factory=list)       # GraphDef, one per add_graph

    def scalar_tags(self):
        return sorted({tag for tag, _, _ in self.scalars})

    def histogram_tags(self):
        return sorted({tag for tag, _, _ in self.histograms})


def says(key, **values):
    """The message `key` of lab 7's catalogue (gdlab/i18n/*/lab07_tensorboard.py), in the student's language."""
    return text(f"lab07_tensorboard.{key}", **values)


def read_run(files, folder, what=None):
    """The Run in the event files directly in the logdir; `files` as logdirs.event_files returns
    them. The files are written to `folder` under names of our own, then read record by record."""
    what = says("the_run") if what is None else what
    if type(files) is not dict or not all(type(k) is str and type(v) is bytes for k, v in files.items()):
        raise Mismatch(says("not_bytes", what=what, kind=type(files).__name__))
    top = sorted(name for name in files if "/" not in name and "\\" not in name)
    if not top:
        where = says("only_in_subfolders", names=", ".join(sorted(files)[:3])) if files else says("none_at_all")
        raise Mismatch(says("no_event_file", what=what, where=where) + "\n"
                       + says("hint_line", hint=says("open_the_logdir")))
    run = Run()
    for index, name in enumerate(top):
        path = Path(folder) / f"{index:03d}.out.tfevents"
        path.write_bytes(files[name])
        _read_file(path, run, says("event_file", what=what, name=name))
    return run


def _read_file(path, run, what):
    """Add the events of one file to `run`; fail when bytes are left over (a writer not closed)."""
    size, used = path.stat().st_size, 0
    if size == 0:
        _fail(what, says("events"), says("an_empty_file"), says("close"))
    for record in RawEventFileLoader(str(path)).Load():
        used += len(record) + RECORD_OVERHEAD
        try:
            event = event_pb2.Event.FromString(record)
        except DecodeError:
            raise Mismatch(says("not_an_event", what=what)) from None
        if event.HasField("summary"):
            for value in event.summary.value:
                _add_value(run, event.step, value)
        elif event.HasField("graph_def"):
            try:
                run.graphs.append(graph_pb2.GraphDef.FromString(event.graph_def))
            except DecodeError:
                raise Mismatch(says("unreadable_graph", what=what)) from None
    if used != size:
        _fail(what, says("whole_events"), says("bytes_left", count=size - used), says("close"))


def _fail(what, expected, got, hint):
    raise Mismatch(failure(says("wrong", what=what), expected, got, hint))


def failure(message, expected, got, hint):
    """A failure's text, framed as gdlab.grading.compare frames its own: expected, got, hint."""
    return "\n".join([message, says("expected_line", value=expected), says("got_line", value=got),
                      says("hint_line", hint=hint)])


def _add_value(run, step, value):
    kind = value.WhichOneof("value")
    if kind == "simple_value":
        run.scalars.append((value.tag, step, float(value.simple_value)))
    elif kind == "histo":
        run.histograms.append((value.tag, step, value.histo))


def graph_summary(graph):
    """(the sorted ops of the graph's nodes, the shapes of its input and output nodes)."""
    ops = sorted(node.op for node in graph.node)
    shapes = {}
    for node in graph.node:
        if node.op == "IO Node" and "_output_shapes" in node.attr:
            shape = node.attr["_output_shapes"].list.shape
            shapes[node.name.split("/")[0]] = [[d.size for d in s.dim] for s in shape]
    return ops, shapes
