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

CLOSE_HINT = ("close the writer (writer.close(), or open it in a `with SummaryWriter(logdir) as writer:` "
              "block): until then its last events sit in memory, not in the event file")
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


def read_run(files, folder, what="the run"):
    """The Run in the event files directly in the logdir; `files` as logdirs.event_files returns
    them. The files are written to `folder` under names of our own, then read record by record."""
    if type(files) is not dict or not all(type(k) is str and type(v) is bytes for k, v in files.items()):
        raise Mismatch(f"{what}: logdirs.event_files must return {{path: bytes}}, got {type(files).__name__}")
    top = sorted(name for name in files if "/" not in name and "\\" not in name)
    if not top:
        where = f"only in sub-folders ({', '.join(sorted(files)[:3])})" if files else "none at all"
        raise Mismatch(f"{what} has no event file in its logdir: {where}\n  hint: open SummaryWriter(logdir) "
                       f"with the logdir you were given, and log something into it")
    run = Run()
    for index, name in enumerate(top):
        path = Path(folder) / f"{index:03d}.out.tfevents"
        path.write_bytes(files[name])
        _read_file(path, run, f"{what}'s event file {name}")
    return run


def _read_file(path, run, what):
    """Add the events of one file to `run`; fail when bytes are left over (a writer not closed)."""
    size, used = path.stat().st_size, 0
    if size == 0:
        _fail(what, "events", "an empty file", CLOSE_HINT)
    for record in RawEventFileLoader(str(path)).Load():
        used += len(record) + RECORD_OVERHEAD
        try:
            event = event_pb2.Event.FromString(record)
        except DecodeError:
            raise Mismatch(f"{what} holds a record that is not a TensorBoard event") from None
        if event.HasField("summary"):
            for value in event.summary.value:
                _add_value(run, event.step, value)
        elif event.HasField("graph_def"):
            try:
                run.graphs.append(graph_pb2.GraphDef.FromString(event.graph_def))
            except DecodeError:
                raise Mismatch(f"{what} holds a graph that cannot be read") from None
    if used != size:
        _fail(what, "whole events only", f"{size - used} bytes at its end that are not a whole event (the "
                                         f"file stops in the middle of one)", CLOSE_HINT)


def _fail(what, expected, got, hint):
    raise Mismatch(f"{what} is wrong\n  expected: {expected}\n  got:      {got}\n  hint: {hint}")


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
