"""The Linux calls the sandbox makes through libc (ctypes): mount, unshare, prctl, capset.

The flag values are the kernel's (linux/sched.h, linux/mount.h, linux/prctl.h); a call that fails
raises OSError naming the call and the kernel's reason.

Loaded in the student template (as part of the student side, see student_server.py), which cannot
import gdlab: standard library only.
"""
import ctypes
import os

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x20000, 0x10000000, 0x20000000, 0x40000000
CLONE_NEWIPC, CLONE_NEWUTS = 0x8000000, 0x4000000
NAMESPACES = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 0x1, 0x2, 0x4, 0x8
MS_BIND, MS_REC, MS_PRIVATE, MS_REMOUNT = 0x1000, 0x4000, 0x40000, 0x20
MS_NOATIME, MS_NODIRATIME, MS_RELATIME, MS_STRICTATIME = 0x400, 0x800, 0x200000, 0x1000000
PR_CAPBSET_DROP, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 24, 47, 4
PR_SET_NO_NEW_PRIVS, PR_SET_PDEATHSIG = 38, 1
SIGKILL = 9


def libc():
    """The C library of this process, or None where there is none to load."""
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def check(result, what):
    """OSError(errno, "what: reason") when a libc call returned non-zero."""
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def mount(lib, source, target, fstype, flags, data=None):
    encode = lambda s: s.encode() if s is not None else None  # noqa: E731
    check(lib.mount(encode(source), encode(target), encode(fstype), flags, encode(data)), f"mount {target}")


def _user_namespace(lib, flags):
    """unshare with a user namespace that maps only this user and group (no root needed)."""
    uid, gid = os.getuid(), os.getgid()
    check(lib.unshare(flags | CLONE_NEWUSER), "unshare")
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"{uid} {uid} 1")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"{gid} {gid} 1")


def enter_namespaces(lib):
    """New mount, PID, network, IPC and UTS namespaces (and a user namespace when not root);
    mounts private."""
    if os.geteuid() == 0:
        check(lib.unshare(NAMESPACES), "unshare")
    else:
        _user_namespace(lib, NAMESPACES)
    mount(lib, None, "/", None, MS_REC | MS_PRIVATE)
