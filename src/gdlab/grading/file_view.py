"""The student's private, read-only view of the files, built in the disposable supervisor.

build_view(settings, files) enters new mount, PID, network, IPC and UTS namespaces (plus a user
namespace when not root); covers every folder in settings["hide"] (the checkout, gdlab's own
package, the labs, the grader's folders, the submissions, the outputs) and every folder the
student's user may not traverse with an empty tmpfs, binding back only the Python installation;
gives /tmp, /var/tmp and /dev/shm fresh small ones; makes every other mount read-only; and writes
the student's files into WORKDIR. Without namespaces (as probed) the files go to a folder of their
own on the real /tmp.

Loaded in the student template (as part of the student side, see student_server.py), which cannot
import gdlab: standard library only.
"""
import os
import sys
import tempfile

from .sandbox import student_ids
from .syscalls import (MS_BIND, MS_NOATIME, MS_NODEV, MS_NODIRATIME, MS_NOEXEC, MS_NOSUID, MS_RDONLY, MS_REC,
                       MS_RELATIME, MS_REMOUNT, MS_STRICTATIME, enter_namespaces, libc, mount)

WORKDIR = "/tmp/work"            # the student's folder inside its own /tmp
SCRATCH = ("/tmp", "/var/tmp", "/dev/shm")
SYSTEM = ("/", "/proc", "/dev", "/sys", "/usr", "/etc", "/lib", "/lib64", "/bin", "/sbin", "/var", "/run")
MOUNT_FLAGS = {"nosuid": MS_NOSUID, "nodev": MS_NODEV, "noexec": MS_NOEXEC, "noatime": MS_NOATIME,
               "nodiratime": MS_NODIRATIME, "relatime": MS_RELATIME}   # kept when made read-only


def build_view(settings, files):
    """In the supervisor: namespaces and the private view (as probed), then the student's files.
    Sets settings["workdir"]; returns the isolation applied (with the folders hidden)."""
    isolation = settings["isolation"]
    ids = student_ids(settings)
    applied = dict(isolation)
    if isolation["namespaces"]:
        applied["hidden"] = _namespaces(libc(), settings, ids)
        workdir = WORKDIR
        os.makedirs(workdir, mode=0o700)
    else:
        workdir = tempfile.mkdtemp(prefix="gdlab-student-")
    for name, text in files.items():
        with open(os.path.join(workdir, name), "w", encoding="utf-8") as stream:
            stream.write(text)
    if ids is not None:
        for entry in [workdir] + [os.path.join(workdir, n) for n in files]:
            os.chown(entry, *ids)
    settings["workdir"] = workdir
    return applied


def needed_paths():
    """The folders the student's interpreter reads modules from (the stdlib, site-packages)."""
    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    paths.update(p for p in sys.path if p and os.path.isdir(p))
    real = sorted({os.path.realpath(p) for p in paths if os.path.isdir(p)})
    return [p for p in real if not any(p != q and p.startswith(q.rstrip("/") + "/") for q in real)]


def _namespaces(lib, settings, ids):
    """The namespaces and the private view of the files. Returns what was hidden."""
    enter_namespaces(lib)
    needed = needed_paths()
    masks = [os.path.realpath(p) for p in settings.get("hide", []) if os.path.isdir(p)]
    if ids is not None:
        masks += [f for f in (_untraversable(p, ids[0]) for p in needed) if f]
    hidden = []
    for folder in sorted(set(masks), key=len):
        if not os.path.isdir(folder) or folder in needed or folder in SYSTEM:
            continue  # already under an earlier mask, the Python installation, or the system itself
        _mask(lib, folder, needed)
        hidden.append(folder)
    for folder in SCRATCH:
        if os.path.isdir(folder):
            size = settings["limits"]["tmp_mib"] if folder == "/tmp" else 1
            _mask(lib, folder, needed, f"mode=1777,size={size}m")
    _read_only_view(lib)
    return hidden


def _untraversable(path, uid):
    """The first folder on the way to `path` that the user `uid` may not enter, or None."""
    parts = path.strip("/").split("/")
    for i in range(1, len(parts) + 1):
        folder = "/" + "/".join(parts[:i])
        info = os.stat(folder)
        if info.st_uid != uid and not info.st_mode & 0o001:
            return folder
    return None


def _under(path, folder):
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _mask(lib, folder, needed, options="mode=0711,size=64k"):
    """Cover `folder` with an empty tmpfs, then bind back the needed paths that lay inside it."""
    inside = [p for p in needed if _under(p, folder) and p != folder]
    handles = [(p, os.open(p, os.O_PATH)) for p in inside]
    mount(lib, "tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, options)
    for path, fd in handles:
        os.makedirs(path, exist_ok=True)
        mount(lib, f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
        os.close(fd)


def _mount_points():
    """(mount point, its per-mount options) of every mount in this namespace, from mountinfo."""
    with open("/proc/self/mountinfo") as info:
        for line in info:
            fields = line.split()
            point = fields[4].encode().decode("unicode_escape")  # mountinfo writes a space as \040
            yield point, set(fields[5].split(","))


def _read_only_view(lib):
    """Every mount read-only but the scratch folders (/tmp with the student's folder) and /proc:
    where the student runs as the grader's own user, nothing of that user's can be changed."""
    for point, options in list(_mount_points()):
        if any(_under(point, s) for s in SCRATCH) or _under(point, "/proc") or "ro" in options:
            continue
        flags = MS_REMOUNT | MS_BIND | MS_RDONLY
        for name, flag in MOUNT_FLAGS.items():
            flags |= flag if name in options else 0
        if not options & {"noatime", "relatime", "nodiratime"}:
            flags |= MS_STRICTATIME
        mount(lib, None, point, None, flags)
