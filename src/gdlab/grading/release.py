"""The student edition of a lab: its files with solutions out (gdlab.grading.solutions), each with its
lab notebook beside it (lab_notebook.py), hidden tests left behind, README.zh.md as README.md in the
Chinese edition, and proof of both.

Each released .py file is parsed (valid Python or an error), and a leak scan proves that no solution
line and no hidden-test line appears anywhere in the release. The release is written in the current
language (`gdlab labs release --lang zh`, GDLAB_LANG, else English); the Chinese edition ships the
lab's README.zh.md as its README.md (the English README.md stays behind; the English edition ships
both files as they are). A release replaces only a folder an earlier release wrote (MARKER).
"""
import contextlib
import json
import shutil
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.files import replace_folder, staged_folder
from gdlab.grading.lab import HIDDEN_TESTS, list_labs
from gdlab.grading.lab_notebook import write_lab_notebook
from gdlab.grading.solutions import BEGIN, END, STUDENT, split_source, strip_solutions
from gdlab.i18n import get_language, text, using_language

README, TRANSLATED_README = "README.md", {"zh": "README.zh.md"}  # what the zh edition ships as README.md
# in each released lab folder: the proof that gdlab wrote it, so a later release may replace it
MARKER = ".gdlab-release"
SKIPPED = {"__pycache__", ".pytest_cache", HIDDEN_TESTS, MARKER}
# lines too common to prove anything when they show up elsewhere (closing brackets, `else:`, ...)
MIN_LEAK_CHARS = 8
__all__ = ["release", "release_lab", "leak_scan", "check_target", "strip_solutions", "split_source"]


def distinctive(lines):
    """Stripped lines long enough that finding one elsewhere means it was copied."""
    return {line.strip() for line in lines if len(line.strip()) >= MIN_LEAK_CHARS
            and not line.strip().startswith("#")}


def leak_scan(release_dir, secret_lines, public_lines):
    """[(file, line)] for each secret line (or solution marker) found in a released file.

    Secret lines that the public material already holds (an `import numpy as np` in a hidden
    test, a `return y_hat` outside the solution block) prove nothing and are not counted. A notebook
    is read as its text and as the lines of the strings its JSON holds (its cells' sources, their
    outputs), where a line of code is `"    return y_hat\\n",` in the text.
    """
    secrets = distinctive(secret_lines) - distinctive(public_lines)
    leaks = []
    for path in sorted(Path(release_dir).rglob("*")):
        if path.is_file():
            texts = _texts(path)
            lines = {line.strip(): None for text in texts for line in text.splitlines()}   # once each, in order
            leaks += [(path, line) for line in lines if line in secrets]
            leaks += [(path, marker) for marker in (BEGIN, END, STUDENT) if any(marker in text for text in texts)]
    return leaks


def _texts(path):
    """The text of a released file; for a notebook (.ipynb) also every string in its JSON."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix != ".ipynb":
        return [raw]
    try:
        pending = [json.loads(raw)]
    except (ValueError, RecursionError):
        return [raw]   # not JSON: its text is all there is to read
    strings = [raw]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            pending += [*value.keys(), *value.values()]
        elif isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            strings.append("".join(value))   # a source or output text as a list: Jupyter joins its parts
        elif isinstance(value, list):
            pending += value
    return strings


def _lab_files(lab):
    """The instructor's files that ship (all but hidden tests and caches)."""
    for path in sorted(lab.path.rglob("*")):
        relative = path.relative_to(lab.path)
        if path.is_file() and not SKIPPED & set(relative.parts) and path.suffix not in (".pyc", ".pyo"):
            yield path, relative


def _is_within(path, folder):
    return path == folder or folder in path.parents


def check_target(target, labs):
    """Refuse (GdlabError) a release folder that would touch a lab's source or a folder gdlab did not write.

    `target` is out_dir/<lab name>. It must not be, contain, or sit inside any lab of `labs`, and
    if it exists it must be empty or hold the MARKER of an earlier release (the only folder replaced).
    """
    target = Path(target)
    resolved = target.resolve()
    for lab in labs:
        source = lab.path.resolve()
        if _is_within(resolved, source) or resolved in source.parents:
            key = "release.labs.target_is_lab" if resolved == source else "release.labs.target_contains_lab" \
                if resolved in source.parents else "release.labs.target_inside_lab"
            raise GdlabError(text(key, target=target, lab=lab.name, path=lab.path))
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise GdlabError(text("release.not_a_folder", target=target))
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise GdlabError(text("release.labs.not_ours", target=target, marker=MARKER))


def release_lab(lab, out_dir, labs=(), language=None):
    """Write the student edition of one lab into out_dir/<lab name>; returns the files written.
    Its hints, messages and README are in `language` (None: the current language).

    The release is built in a temporary folder beside it and leak-scanned there; only then does it
    replace an earlier release (a folder holding MARKER). Raises GdlabError, changing nothing, if
    the target is a lab's source (or `labs`'), a folder gdlab did not write, or would leak a secret.
    """
    out_dir = Path(out_dir)
    target = out_dir / lab.name
    check_target(target, [lab, *labs])
    with contextlib.ExitStack() as staging:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            building = staging.enter_context(staged_folder(target))
        except OSError as error:
            raise GdlabError(text("release.labs.cannot_write", folder=out_dir, reason=error.strerror)) from None
        written = _write_release(lab, building, get_language() if language is None else language)
        check_target(target, [lab, *labs])  # again: nothing may have appeared there meanwhile
        try:
            replace_folder(building, target, remove_old_tree=(target / MARKER).is_file())
        except OSError as error:
            raise GdlabError(text("release.labs.cannot_place", lab=lab.name, target=target,
                                  reason=error.strerror)) from None
    return [target / path.relative_to(building) for path in written]


def _write_release(lab, target, language):
    """The student edition of `lab` in `language`, in the new folder `target`, leak-scanned; returns
    the files. Public (a secret line found there proves nothing) is only the .py files' code outside
    their solutions: a README, a notebook or any other shipped file is scanned like the rest, and a
    solution or hidden-test line it quotes is a leak, not proof that the line is public."""
    written, secret, public = [], [], []
    translated = TRANSLATED_README.get(language)
    if translated is None or not (lab.path / translated).is_file():
        translated = None   # English, or no README in this language: every file ships as it is
    for path, relative in _lab_files(lab):
        if translated is not None and relative == Path(README):
            continue   # the translated README ships in its place
        destination = target / (Path(README) if translated is not None and relative == Path(translated)
                                 else relative)
        destination.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".py":
            source = path.read_text(encoding="utf-8")
            with using_language(language):   # (strip_solutions follows the current language)
                student = strip_solutions(source, str(path))[0]
                destination.write_text(student, encoding="utf-8")
                if str(relative) in lab.files and lab.notebooks_for(str(relative)):
                    written.append(write_lab_notebook(lab, str(relative), student, destination.parent))
            outside, inside = split_source(source)
            public += outside
            secret += inside
        else:
            shutil.copyfile(path, destination)   # scanned, but never its own proof: its lines are not public
        written.append(destination)
    if lab.has_hidden:
        for path in sorted(lab.hidden_dir.rglob("*.py")):
            secret += path.read_text(encoding="utf-8").splitlines()
    leaks = leak_scan(target, secret, public)
    if leaks:
        shown = "; ".join(f"{p.relative_to(target)}: {line!r}" for p, line in leaks[:5])
        raise GdlabError(text("release.labs.leak", lab=lab.name, count=len(leaks), shown=shown))
    (target / MARKER).write_text(text("release.labs.marker", path=lab.path) + "\n", encoding="utf-8")
    return written


def release(out_dir, labs_dir=None, labs=None, language=None):
    """The student edition of every lab (or of `labs`) under out_dir, in `language` (None: the current
    language); returns {lab name: files}.

    Every target is checked before anything is written: none may be, contain, or sit inside a lab's
    source (the chosen labs and every lab under labs_dir), nor be a folder gdlab did not write.
    """
    out_dir = Path(out_dir)
    chosen = labs if labs is not None else list_labs(labs_dir)
    try:
        protected = list_labs(labs_dir)
    except GdlabError:
        protected = []  # no labs folder: the chosen labs (found by path) are still protected
    protected = [*chosen, *protected]
    resolved_out = out_dir.resolve()
    for lab in protected:
        source = lab.path.resolve()
        if _is_within(resolved_out, source):
            key = "release.labs.out_is_lab" if resolved_out == source else "release.labs.out_inside_lab"
            raise GdlabError(text(key, target=out_dir, lab=lab.name, path=lab.path))
    for lab in chosen:
        check_target(out_dir / lab.name, protected)
    return {lab.name: release_lab(lab, out_dir, protected, language) for lab in chosen}
