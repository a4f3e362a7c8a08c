"""The student's files, read from a submission as text: only those the lab asks for, checked first.

A missing file, one that is a link or too large, not UTF-8 or not Python is a problem named in the
report (its tests score 0); the grader never imports or runs anything of the submission here. In
place of a file the lab names, a notebook lab.toml accepts: its answer cells become the file's text
(notebook_submission.py). When both are there the file wins, unless it is still the student edition
as released (the student worked in the lab notebook released beside it): then the notebook is graded.
"""
import ast
from pathlib import Path

from gdlab.grading.notebook_submission import MAX_NOTEBOOK, build_module, lab_names, read_notebook
from gdlab.grading.solutions import strip_solutions
from gdlab.i18n import LANGUAGES, text

IGNORED_DIRS = {"__MACOSX", "__pycache__", ".git", ".ipynb_checkpoints"}
MAX_SOURCE = 2 * 2 ** 20     # bytes of one submitted file


def find_submitted(submission, name):
    """The student's copy of `name`: at the top of the submission, else the one match in a subfolder."""
    submission = Path(submission)
    if submission.is_file():
        return submission if submission.name == name else None
    if (submission / name).is_file():
        return submission / name
    matches = [p for p in submission.rglob(name)
               if p.is_file() and not IGNORED_DIRS & set(p.relative_to(submission).parts)]
    return matches[0] if len(matches) == 1 else None


def stage_submission(lab, submission, problems):
    """{name: text} of the lab's files from the submission (nothing else), plus the lab's given
    modules; notes in `problems` what is missing, too large, not UTF-8 or does not parse."""
    files = {}
    for name in lab.files:
        source = _read_submitted(submission, name, lab, problems)
        if source is None:
            continue
        files[name] = source
        try:
            ast.parse(source, name)
        except SyntaxError as error:
            problems.append(text("grading.grade.does_not_parse", name=name, line=error.lineno, error=error.msg))
        except (ValueError, RecursionError, MemoryError) as error:  # nesting too deep for the parser
            problems.append(text("grading.grade.not_python", name=name, error=type(error).__name__))
    for name in lab.given:  # the lab's own helpers always win over a student's copy
        files[name] = (lab.path / name).read_text(encoding="utf-8")
    return files


def _read_submitted(submission, name, lab, problems):
    """The text of the student's `name` (or of the module built from a notebook in its place), or None
    with the reason added to `problems`."""
    found = find_submitted(submission, name)
    notebook = next(filter(None, (find_submitted(submission, n) for n in lab.notebooks_for(name))), None)
    if notebook is not None and found is not None:
        if _as_released(lab, name, found):
            problems.append(text("grading.notebook.instead_of_stub", name=name, notebook=notebook.name))
            found = None
        else:   # both handed in, and the student changed the .py: it is graded, the notebook is not
            problems.append(text("grading.notebook.not_graded", name=name, notebook=notebook.name))
    if found is None:
        if notebook is not None:
            return _read_notebook(notebook, name, lab, problems)
        problems.append(text("grading.grade.missing_file", name=name,
                             files=text("grading.grade.file_separator").join(_accepted(lab))))
        return None
    raw = _read_bytes(found, name, MAX_SOURCE, problems)
    if raw is None:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(text("grading.grade.not_utf8", name=name, byte=error.start))
    return None


def _as_released(lab, name, found):
    """Whether the student's `name` is still the student edition of it, in any language, untouched."""
    raw = _bounded_read(found, MAX_SOURCE)   # never through a link (/proc/kmsg would block for ever)
    if raw is None:
        return False
    handed = raw.decode("utf-8", errors="replace").strip()
    source = (lab.path / name).read_text(encoding="utf-8")
    return any(strip_solutions(source, name, language)[0].strip() == handed for language in LANGUAGES)


def _read_notebook(found, name, lab, problems):
    """The module built from the notebook `found` in place of `name`, or None with the reason."""
    raw = _read_bytes(found, found.name, MAX_NOTEBOOK, problems, "grading.notebook.too_large")
    notebook = None if raw is None else read_notebook(raw, found.name, problems)
    if notebook is None:
        return None
    reference = lab.path / name  # the lab's own module (solution or stub): the names its tests use
    names = lab_names(reference.read_text(encoding="utf-8")) if reference.is_file() else set()
    module = build_module(notebook, found.name, names, problems)
    if len(module.encode("utf-8")) > MAX_SOURCE:   # what travels to the student process, as a .py would
        problems.append(text("grading.grade.link_or_large", name=found.name, mib=MAX_SOURCE // 2 ** 20))
        return None
    return module


def _read_bytes(found, name, limit, problems, too_large="grading.grade.link_or_large"):
    """The bytes of `found`, or None (a link, over `limit` bytes, unreadable) with the reason."""
    try:
        if found.is_symlink():
            problems.append(text("grading.grade.link_or_large", name=name, mib=limit // 2 ** 20))
            return None
        raw = _bounded_read(found, limit)
        if raw is None:
            problems.append(text(too_large, name=name, mib=limit // 2 ** 20))
        return raw
    except OSError as error:
        problems.append(text("grading.grade.unreadable", name=name, reason=error.strerror))
    return None


def _bounded_read(found, limit):
    """The bytes of the regular file `found` (not a link), or None when it holds more than `limit`."""
    if found.is_symlink() or not found.is_file() or found.stat().st_size > limit:
        return None
    with open(found, "rb") as stream:
        raw = stream.read(limit + 1)
    return raw if len(raw) <= limit else None


def _accepted(lab):
    """Each file the lab asks for, with the notebooks accepted in its place."""
    return [text("grading.notebook.or_notebooks", file=name, notebooks=" / ".join(lab.notebooks_for(name)))
            if lab.notebooks_for(name) else name for name in lab.files]
