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
import time

MAX_REQUEST = 64 * 2 ** 20   # bytes of one request (a submission's files travel in it)
REQUEST_TIMEOUT = 10.0       # seconds for the whole of one request to arrive
CHUNK = 2 ** 20              # bytes read at a time


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


def _read_request(conn, fds_per_request):
    """(request, fds): one JSON line and its descriptors, read whole within REQUEST_TIMEOUT seconds
    in all (a large request comes in many pieces; the descriptors come with the first). Closes the
    descriptors and raises OSError or ValueError when the request is not whole or not JSON."""
    deadline = time.monotonic() + REQUEST_TIMEOUT
    conn.settimeout(REQUEST_TIMEOUT)
    message, fds, _, _ = socket.recv_fds(conn, CHUNK, fds_per_request)
    try:
        chunks, size = [message], len(message)
        while not chunks[-1].endswith(b"\n"):
            if size >= MAX_REQUEST:
                raise ValueError("the request is too large")
            conn.settimeout(max(deadline - time.monotonic(), 0.001))
            more = conn.recv(min(CHUNK, MAX_REQUEST - size + 1))
            if not more:
                raise ValueError("the request ended before its newline")
            chunks.append(more)
            size += len(more)
        return json.loads(b"".join(chunks)), fds
    except BaseException:
        for fd in fds:
            os.close(fd)
        raise


def _fork_for(conn, listener, fds_per_request, child):
    """Read one request, fork, answer with the child's pid; None for a malformed request."""
    try:
        request, fds = _read_request(conn, fds_per_request)
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
        data = json.dumps(message).encode() + b"\n"
        sent = socket.send_fds(conn, [data], fds)   # the descriptors go with the first part
        conn.sendall(data[sent:])                    # a large request does not fit in one send
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = conn.recv(4096)
            if not chunk:
                raise ConnectionError("the fork server closed the connection without an answer")
            reply += chunk
    finally:
        conn.close()
    return json.loads(reply)["pid"]
