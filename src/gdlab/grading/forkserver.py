"""A fork server: one warm process that forks a fresh child per request (both templates use it).

The trusted test runner (runner.py) and the clean student template (student_server.py) each
import their heavy modules once, then serve here: a request is one JSON line on a Unix socket
with descriptors attached (SCM_RIGHTS); the server forks, the child handles the request and
never returns, and the answer is one JSON line {"pid": n}. The server stops when its stdin
closes (its grader is gone) and kills the children still running.

Standard library only: the student template loads this file by path, without gdlab.
"""
import json
import os
import select
import signal
import socket
import sys

MAX_REQUEST = 64 * 2 ** 20   # bytes of one request (a submission's files travel in it)


def serve(path, fds_per_request, child, ready_line):
    """Accept requests on the Unix socket `path` until stdin closes; child(request, fds) runs in
    each fork. Prints `ready_line` once listening."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    print(ready_line, flush=True)
    children = set()
    try:
        while True:
            ready, _, _ = select.select([listener, sys.stdin], [], [], 1.0)
            children = {pid for pid in children if os.waitpid(pid, os.WNOHANG) == (0, 0)}
            if sys.stdin in ready and not sys.stdin.buffer.read1(4096):
                return
            if listener in ready:
                conn, _ = listener.accept()
                with conn:
                    pid = _fork_for(conn, listener, fds_per_request, child)
                if pid:
                    children.add(pid)
    finally:
        for pid in children:
            for kill in (os.killpg, os.kill):  # its session (a pytest run), or itself (a supervisor)
                try:
                    kill(pid, signal.SIGKILL)
                except OSError:
                    pass


def _fork_for(conn, listener, fds_per_request, child):
    """Read one request, fork, answer with the child's pid; None for a malformed request."""
    conn.settimeout(10)
    try:
        message, fds, _, _ = socket.recv_fds(conn, MAX_REQUEST, fds_per_request)
        while not message.endswith(b"\n") and len(message) < MAX_REQUEST:
            more = conn.recv(MAX_REQUEST)
            if not more:
                break
            message += more
        request = json.loads(message)
    except (OSError, ValueError):
        return None
    if len(fds) != fds_per_request:
        for fd in fds:
            os.close(fd)
        return None
    pid = os.fork()
    if pid == 0:
        listener.close()
        conn.close()
        try:
            child(request, fds)
        finally:
            os._exit(70)
    for fd in fds:
        os.close(fd)
    conn.sendall(json.dumps({"pid": pid}).encode() + b"\n")
    return pid


def request(path, message, fds, timeout):
    """Ask the fork server at `path` for a child: `message` (JSON-ready) with descriptors `fds`.
    Returns the child's pid; OSError when the server is not there or does not answer."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(timeout)
    try:
        conn.connect(path)
        socket.send_fds(conn, [json.dumps(message).encode() + b"\n"], fds)
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = conn.recv(4096)
            if not chunk:
                raise ConnectionError("the fork server closed the connection without an answer")
            reply += chunk
    finally:
        conn.close()
    return json.loads(reply)["pid"]
