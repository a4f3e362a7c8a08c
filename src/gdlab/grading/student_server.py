"""The student's side of grading: a clean template that forks one fresh process per submission.

Run as `python -I student_server.py` (never imported as part of gdlab): the template reads its
settings as one JSON line on stdin, imports NumPy (and torch) once, hides gdlab from imports,
and waits on a Unix socket. For each submission the trusted test process connects and sends the
student's files with two descriptors (its end of a socketpair, and a pipe for the student's
output); the template forks, the fork locks itself down (gdlab/grading/sandbox.py), imports the
student's modules and serves requests on the socketpair (gdlab/grading/wire.py frames):

    {"op": "getattr", "ref": n, "name": s}        {"op": "call", "ref": n, "args": [...], "kwargs": {...}}
    {"op": "setattr", "ref": n, "name": s, "value": v}   {"op": "len" | "iter" | "next" | "bool", "ref": n}
    {"op": "getitem", "ref": n, "key": k}         {"op": "setitem", "ref": n, "key": k, "value": v}

and answers {"ok": value} or {"error": {"type", "message", "traceback"}}. Values that are not
data stay here as handles (ref ids into `objects`). A grader function passed in (a callback)
is called back over the same socket: {"op": "callback", "id": n, "args", "kwargs"}.

Nothing here is trusted by the grader: the student's code runs in this process and may rewrite
any of it. The grader reads only data from it (wire.py's decoder) and enforces every limit from
outside.
"""
import importlib.abc
import importlib.util
import json
import os
import shutil
import signal
import socket
import sys
import traceback

BLOCKED = "gdlab"
LOCK_DOWN_FAILED = 71   # exit code of a student process that could not be locked down
# What this process says itself, in English until the grader's spawn request gives the words in its
# language ({"blocked": ..., "nested_too_deep": ...}: gdlab's catalogue cannot be imported here).
MESSAGES = {"blocked": "gdlab's reference code is not available while grading: write it yourself"}


def load_by_path(name, path):
    """A module from its file, under a name that is not gdlab's."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class GdlabBlocker(importlib.abc.MetaPathFinder):
    """`import gdlab` (or any gdlab.*) fails with a message that says why."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname == BLOCKED or fullname.startswith(BLOCKED + "."):
            raise ModuleNotFoundError(MESSAGES["blocked"], name=fullname)
        return None


def hide_gdlab():
    """Drop every import path that holds gdlab and every finder that knows it; block the name."""
    sys.path[:] = [p for p in sys.path if not os.path.exists(os.path.join(p or ".", BLOCKED))]
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__module__.lower()
                        and "editable" not in type(f).__name__.lower()]
    sys.path_importer_cache.clear()
    for name in [m for m in sys.modules if m == BLOCKED or m.startswith(BLOCKED + ".")]:
        del sys.modules[name]
    sys.meta_path.insert(0, GdlabBlocker())


# --- serving one student ------------------------------------------------------------------------

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
    """The object table and the request loop of one student process."""

    def __init__(self, sock, wire, workdir):
        self.sock, self.wire, self.workdir = sock, wire, workdir
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
            raise self.wire.ProtocolError("a handle this process never gave out") from None

    # frames
    def send(self, header, values=None):
        frame = self.wire.encode_message(header, values or {}, self.keep)
        self.wire.send_frame(self.sock, frame)

    def receive(self):
        header, blobs = self.wire.recv_frame(self.sock)
        values = self.wire.decode_values(header, blobs, ("args", "kwargs", "key", "value", "ok"),
                                         self.lookup, lambda d: Callback(self, d["id"]))
        return header, values

    def reply_error(self, error):
        frames = [f for f in traceback.extract_tb(error.__traceback__)
                  if f.filename.startswith(self.workdir)]
        lines = traceback.format_list(frames)
        message = MESSAGES.get(getattr(error, "key", None) or "", str(error)) \
            if isinstance(error, self.wire.ProtocolError) else str(error)
        self.send({"error": {"type": type(error).__name__[:80], "message": message[:4000],
                             "traceback": "".join(lines)[-4000:]}})

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


def flush_output():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def import_students(modules, server):
    """Import each student module; {name: ref or error} for the grader's hello."""
    out = {}
    for name in modules:
        try:
            module = importlib.import_module(name)
        except BaseException as error:  # SyntaxError, SystemExit at import: reported, not fatal
            frames = [f for f in traceback.extract_tb(error.__traceback__)
                      if f.filename.startswith(server.workdir)]
            detail = "".join(traceback.format_list(frames))
            if isinstance(error, SyntaxError):
                detail += "".join(traceback.format_exception_only(type(error), error))
            out[name] = {"error": {"type": type(error).__name__[:80], "message": str(error)[:4000],
                                   "traceback": detail[-4000:]}}
        else:
            server.objects[id(module)] = module
            out[name] = {"ref": id(module)}
    return out


# --- the template --------------------------------------------------------------------------------

def close_other_fds(keep):
    for fd in range(3, 1024):
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


def take_messages(messages):
    """The grader's words for what this process says (strings only; anything else is ignored)."""
    if isinstance(messages, dict):
        MESSAGES.update({k: v[:2000] for k, v in messages.items() if isinstance(k, str) and isinstance(v, str)})


def student(sandbox, wire, settings, request, sock_fd, out_fd, release_fd):
    """In the fork that becomes the student: lock down, import, serve. Never returns."""
    code = 0
    try:
        take_messages(request.get("messages"))
        os.read(release_fd, 1)  # the supervisor has told the grader our pid
        os.close(release_fd)
        try:
            sandbox.lock_down_student(settings)
        except BaseException:
            traceback.print_exc()  # to the template's stderr: the grader's machine, not the student's code
            os._exit(LOCK_DOWN_FAILED)
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        os.close(out_fd)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)  # not the template's stdin
        os.close(devnull)
        os.chdir(settings["workdir"])
        sys.path.insert(0, settings["workdir"])
        sys.argv = ["student"]
        sys.stdin = open(os.devnull)
        sock = socket.socket(fileno=sock_fd)
        server = Server(sock, wire, settings["workdir"])
        modules = import_students(request["modules"], server)
        flush_output()
        server.send({"hello": "student", "modules": modules})
        server.serve()
    except BaseException:  # whatever happens, this process never returns into the template
        traceback.print_exc()
        code = 70
    finally:
        os._exit(code)


def supervise(sandbox, wire, settings, request, sock_fd, out_fd):
    """The disposable supervisor: build the student's view, fork it, tell the grader its pid."""
    try:
        sandbox.die_with_parent()
        close_other_fds({sock_fd, out_fd})
        applied = sandbox.build_view(settings, request["files"])
        release_r, release_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(release_w)
            student(sandbox, wire, settings, request, sock_fd, out_fd, release_r)
        os.close(release_r)
        os.close(out_fd)
        sock = socket.socket(fileno=sock_fd)
        wire.send_frame(sock, wire.pack({"hello": "supervisor", "pid": pid, "isolation": applied}))
        os.write(release_w, b"x")
        os.close(release_w)
        _, status = os.waitpid(pid, 0)
        if not settings["isolation"]["namespaces"]:  # a folder on the real /tmp: remove it
            shutil.rmtree(settings["workdir"], ignore_errors=True)
        try:
            wire.send_frame(sock, wire.pack({"exit": status}))
        except OSError:
            pass
    except BaseException as error:
        try:
            sock = socket.socket(fileno=sock_fd)
            wire.send_frame(sock, wire.pack({"setup_failed": f"{type(error).__name__}: {error}"[:2000]}))
        except BaseException:
            pass
        os._exit(LOCK_DOWN_FAILED)
    os._exit(0)


def serve_template(settings, sandbox, wire, forkserver):
    """Probe what isolation this machine allows, then fork a supervisor per spawn request (the
    request holds the files and the modules; the descriptors are the socket and the output pipe)."""
    settings["isolation"] = sandbox.probe(settings)

    def child(request, fds):
        supervise(sandbox, wire, settings, request, *fds)
    forkserver.serve(settings["socket"], 2, child, json.dumps({"ready": True, "isolation": settings["isolation"]}))


def main():
    settings = json.loads(sys.stdin.buffer.readline())
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]  # -I keeps it before 3.11
    wire = load_by_path("gdlab_wire", os.path.join(here, "wire.py"))
    sandbox = load_by_path("gdlab_sandbox", os.path.join(here, "sandbox.py"))
    hide_gdlab()
    for name in settings.get("preload", []):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    if "torch" in sys.modules:
        load_by_path("gdlab_warmup", os.path.join(here, "warmup.py")).warm_up()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the grader's to handle
    serve_template(settings, sandbox, wire, load_by_path("gdlab_forkserver", os.path.join(here, "forkserver.py")))


if __name__ == "__main__":
    main()
