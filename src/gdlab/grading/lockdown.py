"""Locking the student process itself down, before any of its code runs.

lock_down_student(settings), in the student process: a session of its own, resource limits, a
/proc that shows only its own PID namespace, then (as root) the unprivileged user, no
capabilities left (checked), no_new_privs, and death with its parent. Any step that fails stops
the process (student_server.py exits with LOCK_DOWN_FAILED): it fails closed.

Loaded in the student template (as part of the student side, see student_server.py), which cannot
import gdlab: standard library only.
"""
import ctypes
import os
import resource
import sys

from .sandbox import student_ids
from .syscalls import (MS_NODEV, MS_NOEXEC, MS_NOSUID, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, PR_CAPBSET_DROP,
                       PR_SET_NO_NEW_PRIVS, PR_SET_PDEATHSIG, SIGKILL, check, libc, mount)


def lock_down_student(settings):
    """In the student process, before any of its code: session, /proc, limits, user, no_new_privs."""
    os.setsid()
    lib = libc()
    ids = student_ids(settings)
    set_limits(settings["limits"], ids[0] if ids else os.getuid())  # counted on the whole machine's /proc
    if settings["isolation"]["namespaces"]:
        mount(lib, "proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    linux = lib is not None and sys.platform.startswith("linux")
    if linux:
        _drop_bounding_set(lib)  # while CAP_SETPCAP is still there
    if ids is not None:
        _become(ids)
    if linux:
        drop_capabilities(lib)
        check(lib.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(NO_NEW_PRIVS)")
        die_with_parent(lib)  # after the user change, which clears it
    os.environ.clear()
    os.environ.update(HOME=settings["workdir"], PATH="/usr/bin:/bin", LANG="C.UTF-8", MPLBACKEND="Agg",
                      OMP_NUM_THREADS="1", TMPDIR="/tmp")


def _become(ids):
    """The unprivileged user (uid, gid), with no supplementary groups; checked."""
    os.setgroups([])
    os.setresgid(ids[1], ids[1], ids[1])
    os.setresuid(ids[0], ids[0], ids[0])
    if os.getuid() == 0 or os.geteuid() == 0:
        raise PermissionError("still root after dropping privileges")


# --- resource limits ----------------------------------------------------------------------------------

def set_limits(limits, uid):
    """The resource limits; returns them as applied (address space counted above the template's)."""
    mib = 2 ** 20
    applied = {}
    table = {
        "address_space": (resource.RLIMIT_AS, _address_space() + limits["memory_mib"] * mib),
        "cpu_seconds": (resource.RLIMIT_CPU, int(limits["cpu_seconds"])),
        "file_size": (resource.RLIMIT_FSIZE, limits["file_mib"] * mib),
        "open_files": (resource.RLIMIT_NOFILE, limits["open_files"]),
        "core_dump": (resource.RLIMIT_CORE, 0),
    }
    if sys.platform.startswith("linux"):
        table["processes"] = (resource.RLIMIT_NPROC, _tasks_of(uid) + limits["processes"])
    for name, (which, value) in table.items():
        resource.setrlimit(which, (value, value))
        applied[name] = value
    return applied


def _tasks_of(uid):
    """How many processes and threads `uid` runs now (RLIMIT_NPROC counts them all)."""
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += len(os.listdir(f"/proc/{entry}/task"))
            except OSError:
                continue
    return count


def _address_space():
    """Bytes of address space this process maps now (torch's libraries are most of it)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# --- capabilities and the parent -----------------------------------------------------------------------

def _drop_bounding_set(lib):
    """Empty the capability bounding set: nothing can be gained back later, even by exec."""
    with open("/proc/sys/kernel/cap_last_cap") as f:
        last = int(f.read())
    for cap in range(last + 1):
        check(lib.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0), f"prctl(CAPBSET_DROP, {cap})")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def drop_capabilities(lib):
    """No capability left: the ambient set emptied, then effective, permitted and inheritable
    cleared (in a user namespace the process would otherwise hold them all there, and
    could unmount the tmpfs that hide the grader's files). Fails unless CapEff reads 0 afterwards."""
    lib.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    header, data = _CapHeader(0x20080522, 0), (_CapData * 2)()  # _LINUX_CAPABILITY_VERSION_3
    check(lib.capset(ctypes.byref(header), data), "capset")
    with open("/proc/self/status") as status:
        effective = next(line.split()[1] for line in status if line.startswith("CapEff:"))
    if int(effective, 16) != 0:
        raise PermissionError(f"capabilities left after dropping them: CapEff {effective}")


def die_with_parent(lib=None):
    """SIGKILL this process when its parent dies (so nothing outlives the grader)."""
    lib = lib or libc()
    if lib is not None and sys.platform.startswith("linux"):
        check(lib.prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0), "prctl(PDEATHSIG)")
        if os.getppid() == 1 and os.getpid() != 1:
            os._exit(0)  # the parent was already gone
