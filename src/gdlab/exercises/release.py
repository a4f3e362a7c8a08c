"""The student edition of the notebooks: solution cells stubbed, answers out, outputs cleared, leak-scanned.

`gdlab release --out DIR` writes DIR/notebooks/ with this module and DIR/labs/ with
gdlab.grading.release. The repository's notebooks are the teacher's edition.
"""
from pathlib import Path

import nbformat

from gdlab.errors import GdlabError
from gdlab.exercises.student_edition import student_notebook
from gdlab.files import replace_folder, staged_folder
from gdlab.grading.release import distinctive
from gdlab.i18n import get_language, text

MARKER = ".gdlab-release"


def default_notebooks_dir(language=None):
    """notebooks/ beside src/ in a source checkout (where `pip install -e .` leaves gdlab), or the edition
    in `language` (None: the current one) where it has a folder there: notebooks/zh/ for zh."""
    folder = Path(__file__).resolve().parents[3] / "notebooks"
    language = get_language() if language is None else language
    return folder / language if language != "en" and (folder / language).is_dir() else folder


def _output_text(output):
    """The text an output shows: a stream's text, or every text-like value of its data."""
    values = [output.get("text", "")] + [v for v in output.get("data", {}).values() if isinstance(v, str)]
    return "\n".join("".join(v) if isinstance(v, list) else v for v in values)


def leak_scan(folder, secret_lines, public_lines):
    """[(notebook, line)] for each answer line found in a cell or an output of a released notebook.

    Reads the notebooks as notebooks (a line inside the .ipynb JSON is quoted, so a text scan of the
    file would miss it). Answer lines the public cells already hold prove nothing and are not counted.
    """
    secrets = distinctive(secret_lines) - distinctive(public_lines)
    leaks = []
    for path in sorted(Path(folder).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        texts = [cell.source for cell in nb.cells] + [_output_text(out) for cell in nb.cells
                                                      for out in cell.get("outputs", [])]
        leaks += [(path, line.strip()) for text in texts for line in text.splitlines()
                  if line.strip() in secrets]
    return leaks


def _check_target(target, source_dirs):
    resolved = target.resolve()
    for source_dir in source_dirs:
        source = Path(source_dir).resolve()
        if resolved == source or source in resolved.parents or resolved in source.parents:
            raise GdlabError(text("release.notebooks.overlap", target=target, source=source_dir))
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise GdlabError(text("release.not_a_folder", target=target))
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise GdlabError(text("release.notebooks.not_ours", target=target, marker=MARKER))


def _write_student_notebooks(paths, building):
    secret, public, written = [], [], []
    for path in paths:
        try:
            teacher = nbformat.read(path, as_version=4)
        except Exception as error:  # nbformat raises several types for a broken file
            raise GdlabError(text("release.notebooks.unreadable", path=path, error=error)) from None
        student, solution_lines = student_notebook(teacher, path.name)
        secret += solution_lines
        public += [line for cell in student.cells if "stub" not in cell.metadata.get("tags", [])
                   for line in cell.source.splitlines()]
        nbformat.write(student, building / path.name)
        written.append(path.name)
    leaks = leak_scan(building, secret, public)
    if leaks:
        shown = "; ".join(f"{p.name}: {line!r}" for p, line in leaks[:5])
        raise GdlabError(text("release.notebooks.leak", count=len(leaks), shown=shown))
    return written


def release_notebooks(out_dir, notebooks_dir=None):
    """Write the student edition of every notebook into out_dir; returns the files written. Without
    `notebooks_dir`, the checkout's notebooks in the current language (notebooks/zh/ for zh)."""
    source_dir = Path(notebooks_dir) if notebooks_dir else default_notebooks_dir()
    protected = [source_dir] if notebooks_dir else [source_dir, default_notebooks_dir("en")]
    paths = sorted(source_dir.glob("*.ipynb"))
    if not paths:
        raise GdlabError(text("release.notebooks.none", folder=source_dir))
    target = Path(out_dir)
    _check_target(target, protected)
    target.parent.mkdir(parents=True, exist_ok=True)
    with staged_folder(target) as building:
        written = _write_student_notebooks(paths, building)
        (building / MARKER).write_text(text("release.notebooks.marker", path=source_dir) + "\n", encoding="utf-8")
        replace_folder(building, target, remove_old_tree=(target / MARKER).is_file())
    return [target / name for name in written]
