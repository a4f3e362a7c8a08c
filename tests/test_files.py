"""gdlab.files: a file or folder is replaced whole or not at all, and a failed write leaves no litter."""
import os
import stat

import pytest

import gdlab.files as files
from gdlab.files import atomic_file, atomic_write_text, replace_folder, staged_folder


class Crash(Exception):
    pass


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_atomic_write_text_writes_the_whole_text_and_nothing_else(tmp_path):
    path = tmp_path / "results.json"
    assert atomic_write_text(path, "{\"w\": 2.0}\n") == path
    assert path.read_text(encoding="utf-8") == "{\"w\": 2.0}\n"
    atomic_write_text(path, "代价 J(w, b)\n")                       # replaces, in UTF-8
    assert path.read_bytes() == "代价 J(w, b)\n".encode("utf-8")
    assert names(tmp_path) == ["results.json"]


@pytest.mark.parametrize("error", [Crash, KeyboardInterrupt], ids=["exception", "interrupt"])
def test_a_write_that_raises_midway_leaves_the_old_file_and_no_temporary(tmp_path, error):
    path = tmp_path / "c.pt"
    path.write_bytes(b"the last good checkpoint")
    with pytest.raises(error):
        with atomic_file(path) as temporary:
            assert temporary.parent == tmp_path and temporary.name.startswith(".c.pt.")
            temporary.write_bytes(b"half a check")
            assert path.read_bytes() == b"the last good checkpoint"   # a reader meanwhile sees the old file
            raise error()
    assert path.read_bytes() == b"the last good checkpoint"
    assert names(tmp_path) == ["c.pt"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "index.html"
    path.write_text("old", encoding="utf-8")

    def refuse(source, destination):
        raise OSError("rename refused (test)")
    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(OSError, match="rename refused"):
        atomic_write_text(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert names(tmp_path) == ["index.html"]


def test_a_new_file_that_fails_is_never_created(tmp_path):
    with pytest.raises(Crash):
        with atomic_file(tmp_path / "grades.csv") as temporary:
            temporary.write_text("submission,score\n", encoding="utf-8")
            raise Crash()
    assert names(tmp_path) == []


@pytest.mark.parametrize("fsync", [True, False])
def test_fsync_flushes_the_new_content_before_the_rename(tmp_path, monkeypatch, fsync):
    events, real_fsync, real_replace = [], os.fsync, os.replace

    def recording_fsync(descriptor):
        info = os.fstat(descriptor)
        events.append(("fsync", info.st_ino, info.st_size))
        real_fsync(descriptor)

    def recording_replace(source, destination):
        events.append(("replace", str(source), str(destination)))
        real_replace(source, destination)
    monkeypatch.setattr(files.os, "fsync", recording_fsync)
    monkeypatch.setattr(files.os, "replace", recording_replace)
    path = tmp_path / "c.pt"
    with atomic_file(path, fsync=fsync) as temporary:
        temporary.write_bytes(b"12345")
    assert path.read_bytes() == b"12345"
    replaced = ("replace", str(temporary), str(path))
    flushed = ("fsync", path.stat().st_ino, 5)                  # the file now at `path`, whole
    assert events == ([flushed, replaced] if fsync else [replaced])


def test_the_new_file_has_the_mode_a_plain_open_gives(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    atomic_write_text(tmp_path / "atomic.txt", "x")
    assert stat.S_IMODE((tmp_path / "atomic.txt").stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


def test_the_checkpoint_is_flushed_to_disk_before_it_replaces_the_last_one(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    from gdlab.cnn.checkpoint import save_checkpoint
    model = torch.nn.Linear(2, 1)
    flushed, real_fsync = [], os.fsync
    monkeypatch.setattr(files.os, "fsync", lambda descriptor: (flushed.append(os.fstat(descriptor).st_ino),
                                                               real_fsync(descriptor)))
    path = save_checkpoint(tmp_path / "c.pt", model, torch.optim.SGD(model.parameters(), lr=0.1), epoch=1)
    assert flushed == [path.stat().st_ino]
    assert torch.load(path, weights_only=True)["epoch"] == 1


# ---------------------------------------------------------------- folders

def test_a_staged_folder_replaces_an_earlier_tree_of_ours(tmp_path):
    target = tmp_path / "digits"
    (target / "old").mkdir(parents=True)
    (target / "old" / "0.png").write_bytes(b"old")
    with staged_folder(target) as staged:
        assert staged.parent == tmp_path and staged.name.startswith(".digits-") and names(staged) == []
        (staged / "new.png").write_bytes(b"new")
        assert names(target) == ["old"]                              # untouched while it is built
        replace_folder(staged, target, remove_old_tree=True)
    assert names(target) == ["new.png"]
    assert names(tmp_path) == ["digits"]


def test_a_staged_folder_that_fails_leaves_the_old_tree_and_no_staging(tmp_path):
    target = tmp_path / "notebooks"
    target.mkdir()
    (target / "01.ipynb").write_text("old", encoding="utf-8")
    with pytest.raises(Crash):
        with staged_folder(target) as staged:
            (staged / "01.ipynb").write_text("half", encoding="utf-8")
            raise Crash()
    assert names(tmp_path) == ["notebooks"]
    assert (target / "01.ipynb").read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002], ids=["022", "027", "002"])
def test_a_staged_folder_has_the_mode_a_plain_mkdir_gives_and_keeps_it_in_place(tmp_path, umask):
    """tempfile.mkdtemp made it 0o700: a released lab no one else (a TA, a web server) could read."""
    old = os.umask(umask)
    try:
        (tmp_path / "plain").mkdir()
        with staged_folder(tmp_path / "release") as staged:
            assert stat.S_IMODE(staged.stat().st_mode) == 0o777 & ~umask
            replace_folder(staged, tmp_path / "release", remove_old_tree=False)
    finally:
        os.umask(old)
    plain = stat.S_IMODE((tmp_path / "plain").stat().st_mode)
    assert stat.S_IMODE((tmp_path / "release").stat().st_mode) == plain == 0o777 & ~umask


def release_into(target, remove_old_tree):
    with staged_folder(target) as staged:
        (staged / "README.md").write_text("release", encoding="utf-8")
        replace_folder(staged, target, remove_old_tree=remove_old_tree)


def test_replace_folder_never_deletes_a_folder_it_was_not_told_is_ours(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "my_notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OSError):
        release_into(target, remove_old_tree=False)
    assert names(target) == ["my_notes.txt"]
    assert names(tmp_path) == ["out"]
    (tmp_path / "empty").mkdir()
    release_into(tmp_path / "empty", remove_old_tree=False)      # an empty folder may go
    assert names(tmp_path / "empty") == ["README.md"]
