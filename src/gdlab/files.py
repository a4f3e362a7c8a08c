"""Writing a file or a folder whole or not at all: build it beside the target, then rename.

A reader sees the old version or the new one, never half of one. The new content goes to a
temporary name in the target's own folder (a rename is atomic only within one file system), is
flushed to the disk first if asked (fsync: the checkpoint must survive a power cut, not only a
killed process), and os.replace puts it in the target's place. If writing raises, the temporary
is removed and the old target is left as it was.
"""
import os
import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_file(path, *, fsync=False):
    """Yield a temporary path beside `path` for any writer (open, torch.save, savefig); when the
    block ends without an error it replaces `path`, else it is removed and `path` is untouched.

    The temporary file exists, empty, when the block starts (created exclusively, with the mode a
    plain open() would give), named .<name>.<random>.tmp.
    """
    path = Path(path)
    temporary = _new_file_beside(path)
    try:
        yield temporary
        if fsync:
            _flush_to_disk(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def atomic_write_text(path, text, *, encoding="utf-8", fsync=False):
    """Write `text` to `path` atomically (see atomic_file); returns the path."""
    with atomic_file(path, fsync=fsync) as temporary:
        temporary.write_text(text, encoding=encoding)
    return Path(path)


def _new_file_beside(path):
    """A new empty file next to `path` (O_EXCL); mode 0o666 less the umask."""
    return _create_beside(path, ".{name}.{random}.tmp",
                          lambda new: os.close(os.open(new, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)))


def _create_beside(path, pattern, create):
    """A new entry next to `path`, named by `pattern` ({name}: path's, {random}: 8 hex digits) and made
    by `create(new)`, which fails on a name that exists: so it is never someone else's."""
    while True:
        new = path.with_name(pattern.format(name=path.name, random=secrets.token_hex(4)))
        try:
            create(new)
            return new
        except FileExistsError:
            continue


def _flush_to_disk(path):
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def staged_folder(target):
    """Yield a new empty folder beside `target` to fill, named .<name>-<random>.partial; move it into
    place with replace_folder. It has the mode a plain mkdir gives (0o777 less the umask), which it
    keeps in `target`'s place. Whatever is still there when the block ends (an error came first) is
    removed."""
    target = Path(target)
    staged = _new_folder_beside(target)
    try:
        yield staged
    finally:
        if staged.exists():
            shutil.rmtree(staged)


def _new_folder_beside(target):
    """A new empty folder next to `target`; mode 0o777 less the umask (tempfile.mkdtemp's 0o700 would
    ship a release no one else can read)."""
    return _create_beside(target, ".{name}-{random}.partial", lambda new: os.mkdir(new, 0o777))


def replace_folder(staged, target, *, remove_old_tree):
    """Put the filled folder `staged` in `target`'s place. An earlier `target` folder goes first: with
    all it holds when `remove_old_tree` (the caller knows gdlab wrote it), else only if empty (rmdir
    refuses a folder that holds anything, so a person's own files are never deleted)."""
    target = Path(target)
    if target.is_dir():
        if remove_old_tree:
            shutil.rmtree(target)
        else:
            target.rmdir()
    os.replace(staged, target)
