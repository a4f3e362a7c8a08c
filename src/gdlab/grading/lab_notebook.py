"""The lab notebook of the student edition: the lab's .py file as notebook cells, and a check cell.

`gdlab labs release` writes it beside the file it stands for (lab_cost.ipynb for lab_cost.py, the
name lab.toml's `notebooks` accepts): an introduction, the module's docstring, one answer cell
(tagged `answer`) per top-level block of the student's file, then the check cell, which runs the
lab's public tests on the answers (self_check.check). Handed in, the notebook grades as that file
would: the grader takes the answer cells, never the check cell (notebook_submission.py).
"""
import ast

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from gdlab.grading.lab import PUBLIC_TESTS
from gdlab.grading.notebook_submission import ANSWER_TAG
from gdlab.i18n import get_language, text

CHECK_CELL = "from gdlab.grading.self_check import check\n\ncheck()"   # the English edition's
KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}


def answer_cells(source):
    """One code cell (tagged answer) per top-level block of `source`, decorators and comments above it
    included (comments after the last block end the last code cell); the module's docstring as a
    markdown cell first."""
    tree = ast.parse(source)
    lines = source.splitlines()
    cells, start = [], 0
    body = tree.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        cells.append(new_markdown_cell(ast.get_docstring(tree)))
        start, body = body[0].end_lineno, body[1:]
    for node in body:
        end = node.end_lineno
        code = "\n".join(lines[start:end]).strip("\n")
        start = end
        if code:
            cells.append(new_code_cell(code, metadata={"tags": [ANSWER_TAG]}))
    rest = "\n".join(lines[start:]).rstrip("\n")   # comments after the last block: the last code cell's
    if rest.strip() and cells and cells[-1].cell_type == "code":
        cells[-1].source += "\n" + rest
    elif rest.strip():
        cells.append(new_code_cell(rest.strip("\n"), metadata={"tags": [ANSWER_TAG]}))
    return _merge_imports(cells)


def _merge_imports(cells):
    """Consecutive import cells as one (a student reads `import numpy as np` once, at the top)."""
    merged, after_imports = [], False
    for cell in cells:
        imports = cell.cell_type == "code" and all(
            isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.parse(cell.source).body)
        if imports and after_imports:
            merged[-1].source += "\n" + cell.source
        else:
            merged.append(cell)
        after_imports = imports
    return merged


def check_cell(language, file=None):
    """The check cell's code: the edition's language is passed on, so that a Chinese edition's check
    speaks Chinese whatever the student's GDLAB_LANG; so is `file`, the lab's file the notebook stands
    for, when the lab has several (check() takes the first by default)."""
    arguments = [f"file={file!r}"] if file is not None else []
    arguments += [f"language={language!r}"] if language != "en" else []
    return CHECK_CELL.replace("check()", f"check({', '.join(arguments)})")


def lab_notebook(lab, name, source):
    """The notebook standing for the lab's file `name`, from its student edition `source`, in the
    current language."""
    notebook_name = lab.notebooks_for(name)[0]
    intro = text("grading.lab_notebook.intro", title=lab.title or lab.name, tests=PUBLIC_TESTS, name=notebook_name)
    cells = [new_markdown_cell(intro), *answer_cells(source),
             new_markdown_cell(text("grading.lab_notebook.check")),
             new_code_cell(check_cell(get_language(), name if len(lab.files) > 1 else None))]
    notebook = new_notebook(cells=cells, metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})
    nbformat.validate(notebook)
    return notebook


def write_lab_notebook(lab, name, source, folder):
    """Write lab_notebook(...) into `folder` under its accepted name; returns its path."""
    path = folder / lab.notebooks_for(name)[0]
    path.write_text(nbformat.writes(lab_notebook(lab, name, source)) + "\n", encoding="utf-8")
    return path
