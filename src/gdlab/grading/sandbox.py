"""Locking down the student process: namespaces, a private read-only view of the files, limits,
no capabilities, no privilege.

Loaded by path in the student template (gdlab/grading/student_server.py), which cannot import
gdlab; standard library only. Two steps, both in forks of the template:

- build_view(settings, files), in the disposable supervisor: new mount, PID, network, IPC and
  UTS namespaces (plus a user namespace when not root); every folder in settings["hide"] (the
  checkout, gdlab's own package, the labs, the grader's folders, the submissions, the outputs)
  and every folder the student's user may not traverse is covered by an empty tmpfs, with only
  the Python installation bound back; /tmp, /var/tmp and /dev/shm are fresh and small; every
  other mount is made read-only; the student's files land in WORKDIR.
- lock_down_student(settings), in the student process itself: a session of its own, resource
  limits, a /proc that shows only its own PID namespace, then (as root) the unprivileged user,
  no capabilities left (checked), no_new_privs, and death with its parent.

probe(settings) finds out once, at the template's start, which of these this machine allows; the
spawns then apply exactly those and fail closed: a measure that was reported and cannot be
applied stops the student process before any of its code runs.
"""
import ctypes
import os
import pwd
import resource
import sys
import tempfile

WORKDIR = "/tmp/work"            # the student's folder inside its own /tmp
CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x20000, 0x10000000, 0x20000000, 0x40000000
CLONE_NEWIPC, CLONE_NEWUTS = 0x8000000, 0x4000000
NAMESPACES = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 0x1, 0x2, 0x4, 0x8
MS_BIND, MS_REC, MS_PRIVATE, MS_REMOUNT = 0x1000, 0x4000, 0x40000, 0x20
MS_NOATIME, MS_NODIRATIME, MS_RELATIME, MS_STRICTATIME = 0x400, 0x800, 0x200000, 0x1000000
MOUNT_FLAGS = {"nosuid": MS_NOSUID, "nodev": MS_NODEV, "noexec": MS_NOEXEC, "noatime": MS_NOATIME,
               "nodiratime": MS_NODIRATIME, "relatime": MS_RELATIME}   # kept when made read-only
PR_CAPBSET_DROP, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 24, 47, 4
PR_SET_NO_NEW_PRIVS, PR_SET_PDEATHSIG = 38, 1
SIGKILL = 9
SCRATCH = ("/tmp", "/var/tmp", "/dev/shm")
OWN_USER = "the grader's own user (not root: no user to drop to)"   # probe's "user" when not root
SYSTEM = ("/", "/proc", "/dev", "/sys", "/usr", "/etc", "/lib", "/lib64", "/bin", "/sbin", "/var", "/run")


def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _check(result, what):
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _mount(libc, source, target, fstype, flags, data=None):
    encode = lambda s: s.encode() if s is not None else None  # noqa: E731
    _check(libc.mount(encode(source), encode(target), encode(fstype), flags, encode(data)), f"mount {target}")


def student_ids(settings):
    """(uid, gid) of the unprivileged user when the grader runs as root, else None."""
    if os.geteuid() != 0 or not settings.get("user"):
        return None
    entry = pwd.getpwnam(settings["user"])
    return entry.pw_uid, entry.pw_gid


# --- what the student's Python needs to see ---------------------------------------------------------

def needed_paths():
    """The folders the student's interpreter reads modules from (the stdlib, site-packages)."""
    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    paths.update(p for p in sys.path if p and os.path.isdir(p))
    real = sorted({os.path.realpath(p) for p in paths if os.path.isdir(p)})
    return [p for p in real if not any(p != q and p.startswith(q.rstrip("/") + "/") for q in real)]


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


def _mask(libc, folder, needed, options="mode=0711,size=64k"):
    """Cover `folder` with an empty tmpfs, then bind back the needed paths that lay inside it."""
    inside = [p for p in needed if _under(p, folder) and p != folder]
    handles = [(p, os.open(p, os.O_PATH)) for p in inside]
    _mount(libc, "tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, options)
    for path, fd in handles:
        os.makedirs(path, exist_ok=True)
        _mount(libc, f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
        os.close(fd)


def _user_namespace(libc, flags):
    uid, gid = os.getuid(), os.getgid()
    _check(libc.unshare(flags | CLONE_NEWUSER), "unshare")
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"{uid} {uid} 1")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"{gid} {gid} 1")


def _enter_namespaces(libc):
    """New mount, PID, network, IPC and UTS namespaces (and a user namespace when not root);
    mounts private."""
    flags = NAMESPACES
    if os.geteuid() == 0:
        _check(libc.unshare(flags), "unshare")
    else:
        _user_namespace(libc, flags)
    _mount(libc, None, "/", None, MS_REC | MS_PRIVATE)


def _namespaces(libc, settings, ids):
    """The namespaces and the private view of the files. Returns what was hidden."""
    _enter_namespaces(libc)
    needed = needed_paths()
    masks = [os.path.realpath(p) for p in settings.get("hide", []) if os.path.isdir(p)]
    if ids is not None:
        masks += [f for f in (_untraversable(p, ids[0]) for p in needed) if f]
    hidden = []
    for folder in sorted(set(masks), key=len):
        if not os.path.isdir(folder) or folder in needed or folder in SYSTEM:
            continue  # already under an earlier mask, the Python installation, or the system itself
        _mask(libc, folder, needed)
        hidden.append(folder)
    for folder in SCRATCH:
        if os.path.isdir(folder):
            size = settings["limits"]["tmp_mib"] if folder == "/tmp" else 1
            _mask(libc, folder, needed, f"mode=1777,size={size}m")
    _read_only_view(libc)
    return hidden


def _mount_points():
    """(mount point, its per-mount options) of every mount in this namespace, from mountinfo."""
    with open("/proc/self/mountinfo") as info:
        for line in info:
            fields = line.split()
            point = fields[4].encode().decode("unicode_escape")  # mountinfo writes a space as \040
            yield point, set(fields[5].split(","))


def _read_only_view(libc):
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
        _mount(libc, None, point, None, flags)


def build_view(settings, files):
    """In the supervisor: namespaces and the private view (as probed), then the student's files."""
    isolation = settings["isolation"]
    ids = student_ids(settings)
    applied = dict(isolation)
    if isolation["namespaces"]:
        applied["hidden"] = _namespaces(_libc(), settings, ids)
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


# --- in the student process ------------------------------------------------------------------------

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


def lock_down_student(settings):
    """In the student process, before any of its code: session, /proc, limits, user, no_new_privs."""
    os.setsid()
    libc = _libc()
    ids = student_ids(settings)
    set_limits(settings["limits"], ids[0] if ids else os.getuid())  # counted on the whole machine's /proc
    if settings["isolation"]["namespaces"]:
        _mount(libc, "proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    if libc is not None and sys.platform.startswith("linux"):
        _drop_bounding_set(libc)  # while CAP_SETPCAP is still there
    if ids is not None:
        os.setgroups([])
        os.setresgid(ids[1], ids[1], ids[1])
        os.setresuid(ids[0], ids[0], ids[0])
        if os.getuid() == 0 or os.geteuid() == 0:
            raise PermissionError("still root after dropping privileges")
    if libc is not None and sys.platform.startswith("linux"):
        drop_capabilities(libc)
        _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(NO_NEW_PRIVS)")
        die_with_parent(libc)  # after the user change, which clears it
    os.environ.clear()
    os.environ.update(HOME=settings["workdir"], PATH="/usr/bin:/bin", LANG="C.UTF-8", MPLBACKEND="Agg",
                      OMP_NUM_THREADS="1", TMPDIR="/tmp")


def _drop_bounding_set(libc):
    """Empty the capability bounding set: nothing can be gained back later, even by exec."""
    with open("/proc/sys/kernel/cap_last_cap") as f:
        last = int(f.read())
    for cap in range(last + 1):
        _check(libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0), f"prctl(CAPBSET_DROP, {cap})")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def drop_capabilities(libc):
    """No capability left: the ambient set emptied, then effective, permitted and inheritable
    cleared (in a user namespace the process would otherwise hold them all there, and
    could unmount the tmpfs that hide the grader's files). Fails unless CapEff reads 0 afterwards."""
    libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    header, data = _CapHeader(0x20080522, 0), (_CapData * 2)()  # _LINUX_CAPABILITY_VERSION_3
    _check(libc.capset(ctypes.byref(header), data), "capset")
    with open("/proc/self/status") as status:
        effective = next(line.split()[1] for line in status if line.startswith("CapEff:"))
    if int(effective, 16) != 0:
        raise PermissionError(f"capabilities left after dropping them: CapEff {effective}")


def die_with_parent(libc=None):
    """SIGKILL this process when its parent dies (so nothing outlives the grader)."""
    libc = libc or _libc()
    if libc is not None and sys.platform.startswith("linux"):
        _check(libc.prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0), "prctl(PDEATHSIG)")
        if os.getppid() == 1 and os.getpid() != 1:
            os._exit(0)  # the parent was already gone


# --- what this machine allows ------------------------------------------------------------------------

def probe(settings):
    """Which measures apply here: try the namespaces in a throwaway fork; the user drop needs root."""
    namespaces = False
    libc = _libc()
    if libc is not None and hasattr(libc, "unshare") and sys.platform.startswith("linux") \
            and settings.get("namespaces", True):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            ok = b"0"
            try:
                os.close(read)
                _enter_namespaces(libc)
                _mount(libc, "tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=1m")
                ok = b"1"
            finally:
                os.write(write, ok)
                os._exit(0)
        os.close(write)
        namespaces = os.read(read, 1) == b"1"
        os.close(read)
        os.waitpid(pid, 0)
    ids = student_ids(settings)
    return {
        "separate_process": True,
        "user": settings["user"] if ids else OWN_USER,
        "namespaces": namespaces,  # mount + PID + network (+ user when not root)
        "network": "none (own network namespace)" if namespaces else "not isolated",
        "private_files": namespaces,
        "platform": sys.platform,
    }
