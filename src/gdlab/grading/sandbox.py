"""Locking down the student process: namespaces, a private read-only view of the files, limits,
no capabilities, no privilege; and what of it this machine allows.

Part of the student side: loaded in the student template (gdlab/grading/student_server.py), which
cannot import gdlab; standard library only. Two steps, both in forks of the template:

- file_view.build_view(settings, files), in the disposable supervisor: new namespaces, every
  folder of the grader's covered, the Python installation bound back, every mount read-only,
  the student's files in a folder of their own;
- lockdown.lock_down_student(settings), in the student process itself: a session, limits, its own
  /proc, the unprivileged user, no capabilities, no_new_privs, death with its parent.

probe(settings) finds out once, at the template's start, which of these this machine allows; the
spawns then apply exactly those and fail closed: a measure that was reported and cannot be
applied stops the student process before any of its code runs. `settings` is the template's
(StudentTemplate: "hide", "limits", "user", "namespaces"), with "isolation" (the probe's answer)
and, once the view is built, "workdir".
"""
import os
import pwd
import sys

from .syscalls import MS_NODEV, MS_NOSUID, enter_namespaces, libc, mount

OWN_USER = "the grader's own user (not root: no user to drop to)"   # probe's "user" when not root


def student_ids(settings):
    """(uid, gid) of the unprivileged user when the grader runs as root, else None."""
    if os.geteuid() != 0 or not settings.get("user"):
        return None
    entry = pwd.getpwnam(settings["user"])
    return entry.pw_uid, entry.pw_gid


def probe(settings):
    """Which measures apply here: try the namespaces in a throwaway fork; the user drop needs root."""
    lib = libc()
    namespaces = bool(lib is not None and hasattr(lib, "unshare") and sys.platform.startswith("linux")
                      and settings.get("namespaces", True) and _namespaces_work(lib))
    ids = student_ids(settings)
    return {
        "separate_process": True,
        "user": settings["user"] if ids else OWN_USER,
        "namespaces": namespaces,  # mount + PID + network (+ user when not root)
        "network": "none (own network namespace)" if namespaces else "not isolated",
        "private_files": namespaces,
        "platform": sys.platform,
    }


def _namespaces_work(lib):
    """Whether a throwaway fork can enter the namespaces and mount a tmpfs there."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        ok = b"0"
        try:
            os.close(read)
            enter_namespaces(lib)
            mount(lib, "tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=1m")
            ok = b"1"
        finally:
            os.write(write, ok)
            os._exit(0)
    os.close(write)
    works = os.read(read, 1) == b"1"
    os.close(read)
    os.waitpid(pid, 0)
    return works
