"""The student's objects, served over the socket: the handle table and the request loop.

In the student process (student_server.py forks it, locked down), the grader's requests arrive as
wire.py frames:

    {"op": "getattr", "ref": n, "name": s}        {"op": "call", "ref": n, "args": [...], "kwargs": {...}}
    {"op": "setattr", "ref": n, "name": s, "value": v}   {"op": "len" | "iter" | "next" | "bool", "ref": n}
    {"op": "getitem", "ref": n, "key": k}         {"op": "setitem", "ref": n, "key": k, "value": v}

and are answered {"ok": value} or {"error": {"type", "message", "traceback"}}. Values that are not
data stay here as handles (ref ids into `objects`). A grader function passed in (a callback) is
called back over the same socket: {"op": "callback", "id": n, "args", "kwargs"}.

Nothing here is trusted by the grader: the student's code runs in this process and may rewrite
any of it. Part of the student side, loaded in the template without gdlab: standard library and
wire.py only.
"""
import importlib
import sys
import traceback

from . import wire


class Callback:
    """A grader function, callable from the student's code: the call goes back over the socket."""

    def __init__(self, server, ident):
        self.server, self.ident = server, ident

    def __call__(self, *args, **kwargs):
        self.server.send({"op": "callback", "id": self.ident}, {"args": list(args), "kwargs": kwargs})
        return self.server.wait_reply()

    def __repr__(self):
        return f"<grader function #{self.ident}>"


class RemoteError(Exception):
    """An exception raised in a grader callback, by its type name only."""


class Server:
    """The object table and the request loop of one student process. `messages` holds the grader's
    words for what this process says itself (student_server.MESSAGES)."""

    def __init__(self, sock, workdir, messages):
        self.sock, self.workdir, self.messages = sock, workdir, messages
        self.objects = {}

    # handles
    def keep(self, obj):
        ident = id(obj)
        self.objects[ident] = obj
        return {"$": "ref", "id": ident, "type": type(obj).__name__[:80]}

    def lookup(self, data):
        try:
            return self.objects[data["id"]]
        except KeyError:
            raise wire.ProtocolError("a handle this process never gave out") from None

    # frames
    def send(self, header, values=None):
        frame = wire.encode_message(header, values or {}, self.keep)
        wire.send_frame(self.sock, frame)

    def receive(self):
        header, blobs = wire.recv_frame(self.sock)
        values = wire.decode_values(header, blobs, ("args", "kwargs", "key", "value", "ok"),
                                    self.lookup, lambda d: Callback(self, d["id"]))
        return header, values

    def reply_error(self, error):
        message = self.messages.get(getattr(error, "key", None) or "", str(error)) \
            if isinstance(error, wire.ProtocolError) else str(error)
        self.send({"error": {"type": type(error).__name__[:80], "message": message[:4000],
                             "traceback": self.student_frames(error)[-4000:]}})

    def student_frames(self, error):
        """The traceback lines of `error` in the student's own files (none of this process's)."""
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.startswith(self.workdir)]
        return "".join(traceback.format_list(frames))

    def wait_reply(self):
        """Serve requests until the reply to our own callback comes back."""
        while True:
            header, values = self.receive()
            if "op" in header:
                self.handle(header, values)
            elif "error" in header:
                raise RemoteError(str(header["error"].get("type", "error"))[:80])
            else:
                return values.get("ok")

    def handle(self, header, values):
        try:
            result = self.run(header, values)
        except BaseException as error:  # SystemExit, KeyboardInterrupt: a failure, never an exit
            flush_output()
            self.reply_error(error)
            return
        flush_output()
        try:
            self.send({}, {"ok": result})
        except Exception as error:
            self.reply_error(error)

    def run(self, header, values):
        op = header.get("op")
        target = self.objects.get(header.get("ref"))
        if target is None and op != "ping":
            raise LookupError("a handle this process never gave out")
        if op == "getattr":
            return getattr(target, str(header.get("name")))
        if op == "setattr":
            setattr(target, str(header.get("name")), values.get("value"))
            return None
        if op == "call":
            return target(*values.get("args", []), **values.get("kwargs", {}))
        if op == "len":
            return len(target)
        if op == "getitem":
            return target[values.get("key")]
        if op == "setitem":
            target[values.get("key")] = values.get("value")
            return None
        if op == "iter":
            return iter(target)
        if op == "next":
            return next(target)
        if op == "bool":
            return bool(target)
        if op == "ping":
            return "pong"
        raise LookupError(f"unknown request {str(op)[:40]!r}")

    def serve(self):
        while True:
            try:
                header, values = self.receive()
            except EOFError:
                return
            self.handle(header, values)

    def import_students(self, modules):
        """Import each student module; {name: ref or error} for the grader's hello."""
        out = {}
        for name in modules:
            try:
                module = importlib.import_module(name)
            except BaseException as error:  # SyntaxError, SystemExit at import: reported, not fatal
                detail = self.student_frames(error)
                if isinstance(error, SyntaxError):
                    detail += "".join(traceback.format_exception_only(type(error), error))
                out[name] = {"error": {"type": type(error).__name__[:80], "message": str(error)[:4000],
                                       "traceback": detail[-4000:]}}
            else:
                self.objects[id(module)] = module
                out[name] = {"ref": id(module)}
        return out


def flush_output():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
