"""A notebook handed in for a lab's .py file: the module the tests see, built from its answer cells.

The notebook is read as data (json, then nbformat's schema): nothing in it runs here, in the grader's
process. The module built from it goes through the same path as a handed-in .py file, so the
student's code still runs only in the isolated student process.

Which cells are taken (the answer cells). A code cell is taken when
- its top level binds a name the lab's own module binds (`def predict`, `class Adam`, `LOSS_TAG = ...`,
  `import torch.nn.functional as F`: the names the tests reach as `lab.NAME`), or
- its top level holds only imports and def/class statements (the student's helpers: they run nothing), or
- it is tagged `answer` (a student's explicit "take this cell").
Names come first because they need nothing from the student: tags hide behind a menu in Jupyter and
are forgotten, while a lab's tests can only ever use the names its module defines. The tag covers what
the names miss (a helper cell that also sets a constant). Any other cell (one that prints, plots or
trains for show) is not taken. A taken cell is taken whole, as the same lines in a .py file would run.

A taken cell that does not parse, or holds an IPython magic or shell escape (`%`, `!`), is replaced by
a stub: each name it would define raises an error naming the cell, so it costs only the tests that use
those names; the report says why, one line each.
"""
import ast
import json
import keyword
import re
import warnings

import nbformat
from nbformat.v4.rwbase import rejoin_lines

from gdlab.i18n import text

ANSWER_TAG = "answer"
MAX_NOTEBOOK = 20 * 2 ** 20   # bytes of one notebook (outputs and images included)
DEFINITIONS = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
MAGIC = re.compile(r"^\s*[%!]")
DEF_LINE = re.compile(r"^(?:async\s+def|def|class)\s")
DEFINED = re.compile(r"^(?:async\s+def|def|class)\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)")


def lab_names(source):
    """The names the lab's module binds at its top level (its functions, classes, constants, imports)."""
    try:
        return _bound(ast.parse(source).body)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return set()


def read_notebook(raw, name, problems):
    """The notebook in bytes `raw` (validated, version 4), or None with one line in `problems`."""
    if len(raw) > MAX_NOTEBOOK:
        problems.append(text("grading.notebook.too_large", name=name, mib=MAX_NOTEBOOK // 2 ** 20))
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        problems.append(text("grading.grade.not_utf8", name=name, byte=error.start))
        return None
    except (ValueError, RecursionError) as error:
        problems.append(text("grading.notebook.not_json", name=name, error=_first_line(error)))
        return None
    if not isinstance(data, dict) or data.get("nbformat") != 4 or not isinstance(data.get("cells"), list):
        problems.append(text("grading.notebook.not_notebook", name=name))
        return None
    try:
        with warnings.catch_warnings():  # a missing cell id is repaired, not printed
            warnings.simplefilter("ignore")
            notebook = nbformat.from_dict(data)
            nbformat.validate(notebook)
    except (nbformat.ValidationError, ValueError, TypeError, KeyError, RecursionError) as error:
        problems.append(text("grading.notebook.invalid", name=name, error=_first_line(error)))
        return None
    return rejoin_lines(notebook)  # a cell's source as one string, as Jupyter shows it


def build_module(notebook, name, names, problems):
    """The source of the module the tests see: the answer cells in order, a stub for each broken one."""
    parts = []
    for index, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code":
            continue
        part = _answer_cell(cell.source, index, _tags(cell), name, names, problems)
        if part is not None:
            parts.append(f"# cell {index}\n{part.rstrip()}\n")
    if not parts:
        problems.append(text("grading.notebook.no_answers", name=name, tag=ANSWER_TAG,
                             names=", ".join(sorted(names)) or "-"))
    return "\n\n".join(parts)


def _answer_cell(source, index, tags, notebook, names, problems):
    """The cell's source if it is an answer cell, a stub if it is one that cannot run, else None."""
    try:
        body = ast.parse(source).body
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        return _broken_cell(source, index, tags, notebook, names, problems, error)
    if _is_answer(body, tags, names):
        return source
    return None


def _is_answer(body, tags, names):
    return (ANSWER_TAG in tags or bool(_bound(body) & names)
            or bool(body) and all(isinstance(node, DEFINITIONS) or _is_docstring(node) for node in body))


def _broken_cell(source, index, tags, notebook, names, problems, error):
    """A stub for an answer cell that does not parse or holds magics; None for any other cell."""
    lines = source.splitlines()
    magic = next(((number, line.strip()) for number, line in enumerate(lines, start=1) if MAGIC.match(line)), None)
    try:  # without its magics, the cell may parse: then it is judged as any other cell
        body = ast.parse("\n".join("" if MAGIC.match(line) else line for line in lines)).body
        taken, defined = _is_answer(body, tags, names), _bound(body, imports=False)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        defined = {m.group(1) or m.group(2) for line in lines if (m := DEFINED.match(line))
                   and not keyword.iskeyword(m.group(1) or m.group(2))}
        taken = ANSWER_TAG in tags or bool(defined & names) or any(DEF_LINE.match(line) for line in lines)
    if not taken:
        return None
    shown = ", ".join(sorted(defined)) or "-"
    if magic is not None:
        why = text("grading.notebook.magic", name=notebook, cell=index, line=magic[0], code=magic[1][:60],
                   names=shown)
    else:
        why = text("grading.notebook.does_not_parse", name=notebook, cell=index,
                   line=getattr(error, "lineno", None) or "?", error=getattr(error, "msg", type(error).__name__),
                   names=shown)
    problems.append(why)
    return _stub(sorted(defined), why)


def _stub(defined, why):
    """A cell whose every name raises `why` when called (a constant is a function: it compares unequal)."""
    lines = [f"def {name}(*args, **kwargs):\n    raise RuntimeError({why!r})" for name in defined]
    return "\n\n".join(lines) or "pass"


def _bound(body, imports=True):
    """The names a block of statements binds at its top level (`imports`: those of import statements too)."""
    found = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif imports and isinstance(node, (ast.Import, ast.ImportFrom)):
            found.update((alias.asname or alias.name).split(".")[0] for alias in node.names if alias.name != "*")
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found.update(n.id for target in targets for n in ast.walk(target) if isinstance(n, ast.Name))
    return found


def _is_docstring(node):
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _tags(cell):
    tags = cell.get("metadata", {}).get("tags", [])
    return {tag for tag in tags if isinstance(tag, str)} if isinstance(tags, list) else set()


def _first_line(error):
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
