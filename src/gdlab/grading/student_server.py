"""The student's side of grading: a clean template that forks one fresh process per submission.

Run as `python -I student_server.py` (never imported as part of gdlab): the template reads its
settings as one JSON line on stdin, hides gdlab from imports, loads the student side (the modules
of STUDENT_SIDE, standard library, NumPy and torch only), imports NumPy (and torch) once, and
waits on a Unix socket (forkserver.py). For each submission the trusted test process connects and
sends the student's files with two descriptors (its end of a socketpair, and a pipe for the
student's output); the template forks a disposable supervisor, which builds the student's view
(file_view.py) and forks the student process; that one locks itself down (lockdown.py), imports
the student's modules and serves their objects on the socketpair (object_server.py, wire.py frames).

Nothing here is trusted by the grader: the student's code runs in these processes and may rewrite
any of it. The grader reads only data from them (wire.py's decoder) and enforces every limit from
outside.
"""
import importlib
import importlib.abc
import importlib.machinery
import json
import os
import shutil
import signal
import socket
import sys
import traceback
import types

BLOCKED = "gdlab"
LOCK_DOWN_FAILED = 71   # exit code of a student process that could not be locked down
# What this process says itself, in English until the grader's spawn request gives the words in its
# language ({"blocked": ..., "nested_too_deep": ...}: gdlab's catalogue cannot be imported here).
MESSAGES = {"blocked": "gdlab's reference code is not available while grading: write it yourself"}
# The modules of this folder the template runs (standard library, NumPy and torch only: never gdlab),
# loaded as a package of this name, so that they import each other relatively.
STUDENT_SIDE_PACKAGE = "grading_student_side"
STUDENT_SIDE = ("syscalls", "sandbox", "file_view", "lockdown", "wire", "object_server", "forkserver", "warmup")


def load_student_side(folder):
    """{name: module} of STUDENT_SIDE, from `folder`, as submodules of STUDENT_SIDE_PACKAGE.

    Their package exists only while they load (no gdlab/grading/__init__.py runs): afterwards no
    import can find them, or anything else of this folder, by name."""
    package = types.ModuleType(STUDENT_SIDE_PACKAGE)
    package.__path__ = [folder]
    package.__spec__ = importlib.machinery.ModuleSpec(STUDENT_SIDE_PACKAGE, None, is_package=True)
    sys.modules[STUDENT_SIDE_PACKAGE] = package
    try:
        return {name: importlib.import_module(f"{STUDENT_SIDE_PACKAGE}.{name}") for name in STUDENT_SIDE}
    finally:
        for name in [m for m in sys.modules if m == STUDENT_SIDE_PACKAGE or m.startswith(STUDENT_SIDE_PACKAGE + ".")]:
            del sys.modules[name]


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


def take_messages(messages):
    """The grader's words for what this process says (strings only; anything else is ignored)."""
    if isinstance(messages, dict):
        MESSAGES.update({k: v[:2000] for k, v in messages.items() if isinstance(k, str) and isinstance(v, str)})


def close_other_fds(keep):
    for fd in range(3, 1024):
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


# --- the student process ----------------------------------------------------------------------------

def student(side, settings, request, sock_fd, out_fd, release_fd):
    """In the fork that becomes the student: lock down, import, serve. Never returns."""
    code = 0
    try:
        take_messages(request.get("messages"))
        os.read(release_fd, 1)  # the supervisor has told the grader our pid
        os.close(release_fd)
        try:
            side["lockdown"].lock_down_student(settings)
        except BaseException:
            traceback.print_exc()  # to the template's stderr: the grader's machine, not the student's code
            os._exit(LOCK_DOWN_FAILED)
        _enter_workdir(settings["workdir"], out_fd)
        server = side["object_server"].Server(socket.socket(fileno=sock_fd), settings["workdir"], MESSAGES)
        modules = server.import_students(request["modules"])
        side["object_server"].flush_output()
        server.send({"hello": "student", "modules": modules})
        server.serve()
    except BaseException:  # whatever happens, this process never returns into the template
        traceback.print_exc()
        code = 70
    finally:
        os._exit(code)


def _enter_workdir(workdir, out_fd):
    """Output to the grader's pipe, no stdin, the student's folder as the current one and on sys.path."""
    os.dup2(out_fd, 1)
    os.dup2(out_fd, 2)
    os.close(out_fd)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)  # not the template's stdin
    os.close(devnull)
    os.chdir(workdir)
    sys.path.insert(0, workdir)
    sys.argv = ["student"]
    sys.stdin = open(os.devnull)


# --- the supervisor and the template -------------------------------------------------------------------

def supervise(side, settings, request, sock_fd, out_fd):
    """The disposable supervisor: build the student's view, fork it, tell the grader its pid."""
    wire = side["wire"]
    try:
        side["lockdown"].die_with_parent()
        close_other_fds({sock_fd, out_fd})
        applied = side["file_view"].build_view(settings, request["files"])
        release_r, release_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(release_w)
            student(side, settings, request, sock_fd, out_fd, release_r)
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


def serve_template(side, settings):
    """Probe what isolation this machine allows, then fork a supervisor per spawn request (the
    request holds the files and the modules; the descriptors are the socket and the output pipe)."""
    settings["isolation"] = side["sandbox"].probe(settings)

    def child(request, fds):
        supervise(side, settings, request, *fds)
    side["forkserver"].serve(settings["socket"], 2, child,
                             json.dumps({"ready": True, "isolation": settings["isolation"]}))


def main():
    settings = json.loads(sys.stdin.buffer.readline())
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]  # -I keeps it before 3.11
    hide_gdlab()
    side = load_student_side(here)
    for name in settings.get("preload", []):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    if "torch" in sys.modules:
        side["warmup"].warm_up()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the grader's to handle
    serve_template(side, settings)


if __name__ == "__main__":
    main()
