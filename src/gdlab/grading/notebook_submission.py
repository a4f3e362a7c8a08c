"""A notebook handed in for a lab's .py file: the module the tests see, built from its answer cells.

The notebook is read as data (json, then nbformat's schema): nothing in it runs here, in the grader's
process. The module built from it goes through the same path as a handed-in .py file, so the
student's code still runs only in the isolated student process.

Which cells are taken (the answer cells). A code cell is taken whole when
- its top level binds, by def, class or assignment, a name the lab's own module binds (`def predict`,
  `class Adam`, `LOSS_TAG = ...`: the names the tests reach as `lab.NAME`), or
- its top level holds only imports and def/class statements (the student's helpers: they run nothing), or
- it is tagged `answer` (a student's explicit "take this cell").
Names come first because they need nothing from the student: tags hide behind a menu in Jupyter and
are forgotten, while a lab's tests can only ever use the lab's names. The tag covers what the names
miss. From the other cells (those that print, plot or train for show) only the definitions the answer
cells use are taken, in the notebook's order: an import, a constant, a helper in a cell of its own
(and what those use in turn); their prints, plots and training never run.

An IPython magic or shell line (`%matplotlib inline`, `!pip install ...`) in an answer cell is left out
(the report says so, one line each) and the rest of the cell is graded. A taken cell that does not
compile is replaced by a stub: each name it would define raises an error naming the cell, so it costs
only the tests that use those names; the report says why, in one line.
"""
import ast
import builtins
import json
import keyword
import re
import symtable
import threading
import warnings
from dataclasses import dataclass

import nbformat
from nbformat.v4.rwbase import rejoin_lines

from gdlab.i18n import text

ANSWER_TAG = "answer"
MAX_NOTEBOOK = 20 * 2 ** 20   # bytes of one notebook (outputs and images included)
DEFINITIONS = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
MAGIC = re.compile(r"^\s*[%!]")
DEF_LINE = re.compile(r"^(?:async\s+def|def|class)\s")
DEFINED = re.compile(r"^(?:async\s+def|def|class)\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)")
USABLE = (ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
BUILTINS = set(dir(builtins))
_WARNINGS = threading.Lock()   # warnings.catch_warnings changes the process's filters: one grader at a time


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
    if not isinstance(data, dict) or type(data.get("nbformat")) is not int or data.get("nbformat") != 4 \
            or not isinstance(data.get("cells"), list):
        problems.append(text("grading.notebook.not_notebook", name=name))
        return None
    if not isinstance(data.get("nbformat_minor"), int) or isinstance(data.get("nbformat_minor"), bool):
        problems.append(text("grading.notebook.invalid", name=name, error="nbformat_minor"))
        return None
    try:
        with _WARNINGS, warnings.catch_warnings():  # a missing cell id is repaired, not printed
            warnings.simplefilter("ignore")
            notebook = nbformat.from_dict(data)
            nbformat.validate(notebook)
    except (nbformat.ValidationError, ValueError, TypeError, KeyError, RecursionError, AssertionError) as error:
        problems.append(text("grading.notebook.invalid", name=name, error=_first_line(error)))
        return None
    return rejoin_lines(notebook)  # a cell's source as one string, as Jupyter shows it


def build_module(notebook, name, names, problems):
    """The source of the module the tests see: the answer cells in order (a stub for each broken one),
    with the definitions they use from the other cells, in the notebook's order."""
    cells = [_read_cell(cell.source, index, _tags(cell), name, names, problems)
             for index, cell in enumerate(notebook.cells, start=1) if cell.cell_type == "code"]
    used = _used_definitions(cells)
    parts = []
    for cell in cells:
        code = cell.source if cell.taken else "\n".join(_segment(cell.source, node) for node in cell.body or []
                                                        if id(node) in used)
        if code.strip():
            parts.append(f"# cell {cell.index}\n{code.rstrip()}\n")
    if not any(cell.taken for cell in cells):
        problems.append(text("grading.notebook.no_answers", name=name, tag=ANSWER_TAG,
                             names=", ".join(sorted(names)) or "-"))
    return "\n\n".join(parts)


@dataclass
class _Cell:
    index: int
    taken: bool             # an answer cell: taken whole
    source: str = ""        # its source, magics left out (a stub, for an answer cell that does not compile)
    body: list = None       # its statements, when it compiles


def _read_cell(source, index, tags, notebook, names, problems):
    """The cell as read: an answer cell (its magic and shell lines left out, said in `problems`), a
    stub for an answer cell that does not compile, or another cell (whose definitions may be used)."""
    clean, magics = _without_magics(source)
    try:
        tree = ast.parse(clean)
        compile(tree, f"<cell {index}>", "exec", dont_inherit=True)   # compiled (top-level await...), never run
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        stub = _broken_cell(clean.splitlines(), index, tags, notebook, names, problems, error)
        return _Cell(index, stub is not None, stub or "")
    taken = _is_answer(tree.body, tags, names)
    for line, code in magics if taken else []:
        problems.append(text("grading.notebook.magic", name=notebook, cell=index, line=line, code=code[:60]))
    return _Cell(index, taken, clean, tree.body)


def _without_magics(source):
    """(the source with each IPython magic or shell line made a `pass`, [(line number, line)])."""
    lines, magics = source.splitlines(), []
    for number, line in enumerate(lines, start=1):
        if MAGIC.match(line):
            magics.append((number, line.strip()))
            lines[number - 1] = line[:len(line) - len(line.lstrip())] + "pass"
    return "\n".join(lines), magics


def _used_definitions(cells):
    """ids of the statements of the other cells (imports, assignments, def, class) that bind a global
    name the answer cells use, and what those use in turn: the constant or import a student put in a
    cell of its own. What a cell prints, plots or trains is never taken."""
    taken = [cell for cell in cells if cell.taken and cell.body is not None]
    wanted = set().union(*(_globals_used(cell.source) for cell in taken)) - BUILTINS
    wanted -= _bound([node for cell in taken for node in cell.body])
    others = [(cell, node) for cell in cells if not cell.taken and cell.body for node in cell.body
              if isinstance(node, USABLE)]
    used, grew = set(), True
    while grew:
        grew = False
        for cell, node in others:
            if id(node) not in used and _bound([node]) & wanted:
                used.add(id(node))
                wanted |= _globals_used(_segment(cell.source, node)) - BUILTINS
                grew = True
    return used


def _globals_used(source):
    """The global names `source` reads: at its top level, and in its functions and classes (not their
    parameters and locals)."""
    def read(table):
        names = {symbol.get_name() for symbol in table.get_symbols() if symbol.is_referenced()
                 and (table.get_type() == "module" or symbol.is_global())}
        return names.union(*(read(child) for child in table.get_children()))
    return read(symtable.symtable(source, "<cell>", "exec"))


def _segment(source, node):
    """The source lines of one top-level statement of `source`, its decorators included."""
    first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    return "\n".join(source.splitlines()[first - 1:node.end_lineno])


def _is_answer(body, tags, names):
    """Tagged answer, binds a name of the lab's (not by an import: a cell that imports NumPy and prints
    is not an answer), or holds only imports and def/class."""
    return (ANSWER_TAG in tags or bool(_bound(body, imports=False) & names)
            or bool(body) and all(isinstance(node, DEFINITIONS) or _is_docstring(node) for node in body))


def _broken_cell(lines, index, tags, notebook, names, problems, error):
    """A stub for an answer cell that does not compile; None for any other cell."""
    defined = {m.group(1) or m.group(2) for line in lines if (m := DEFINED.match(line))}
    defined = {name for name in defined if not keyword.iskeyword(name) and name != "__debug__"}
    taken = ANSWER_TAG in tags or bool(defined & names) or any(DEF_LINE.match(line) for line in lines)
    if not taken:
        return None
    why = text("grading.notebook.does_not_parse", name=notebook, cell=index,
               line=getattr(error, "lineno", None) or "?", error=getattr(error, "msg", type(error).__name__),
               names=", ".join(sorted(defined)) or "-")
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
