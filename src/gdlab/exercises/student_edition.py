"""The student edition of a notebook: every `solution` cell becomes a stub, outputs are cleared.

A solution cell (tag `solution`) holds the teacher's answer as plain Python. In its place the
student gets a stub built from the answer's shape, never from its lines:

    my_lr = 2 / second_derivative            →   my_lr = ...  # your answer
    def half_cost(x, y, w):                  →   def half_cost(x, y, w):
        \"\"\"J = 1/(2n)·Σ r².\"\"\"                      \"\"\"J = 1/(2n)·Σ r².\"\"\"
        return ((w * x - y) ** 2).mean() / 2          raise NotImplementedError("half_cost: write it here")

Imports are kept; every other statement is dropped. `check(key, my_lr)` then reports "not done yet"
(the answer is `...`, or the function raises NotImplementedError). Cells tagged `answer` (worked
answers to read after trying) are removed. The lines of every solution are returned so that the
release can prove none of them ships (all but the lines the stub keeps on purpose: signatures,
docstrings, imports).
"""
import ast
import copy

from gdlab.errors import GdlabError
from gdlab.i18n import text

SOLUTION, ANSWER = "solution", "answer"


def _stub_target(target):
    """`name = ...`, or `a, b = ..., ...` for a tuple of names."""
    if isinstance(target, (ast.Tuple, ast.List)):
        return f"{', '.join(ast.unparse(t) for t in target.elts)} = {', '.join(['...'] * len(target.elts))}"
    return f"{ast.unparse(target)} = ..."


def _stub_statement(node, source):
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return ast.get_source_segment(source, node)
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if len(targets) > 1:   # a = b = value
            return " = ".join(ast.unparse(t) for t in targets) + " = ...  " + text("release.stub.your_answer")
        return _stub_target(targets[0]) + "  " + text("release.stub.your_answer")
    if isinstance(node, ast.FunctionDef):
        signature = ast.unparse(node.args)
        body = [f"def {node.name}({signature}):"]
        docstring = ast.get_docstring(node)
        if docstring:
            body.append(f'    """{docstring}"""')
        body.append(f"    raise NotImplementedError({text('release.stub.write_it_here', function=node.name)!r})")
        return "\n".join(body)
    return None


def stub(source, where=None):
    """The student's stub for a solution cell's `source` (assignments to `...`, function bodies raise),
    its comments in the current language; `where` names the cell in an error."""
    where = text("release.stub.a_solution_cell") if where is None else where
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise GdlabError(text("release.stub.not_python", where=where, line=error.lineno, error=error.msg)) from None
    lines = [line for node in tree.body if (line := _stub_statement(node, source)) is not None]
    if not any(not line.startswith(("import", "from")) for line in lines):
        raise GdlabError(text("release.stub.empty", where=where))
    return text("release.stub.header") + "\n" + "\n".join(lines) + "\n"


def student_notebook(nb, name="notebook"):
    """(student copy of nb, solution lines): solution cells stubbed, answer cells out, no outputs."""
    nb = copy.deepcopy(nb)
    solution_lines, cells = [], []
    for index, cell in enumerate(nb.cells):
        tags = cell.metadata.get("tags", [])
        if ANSWER in tags:
            solution_lines += cell.source.splitlines()
            continue
        if SOLUTION in tags:
            student = stub(cell.source, text("release.stub.cell", notebook=name, index=index))
            kept = {line.strip() for line in student.splitlines()}  # signatures, docstrings, imports
            solution_lines += [line for line in cell.source.splitlines() if line.strip() not in kept]
            cell.source = student
            cell.metadata["tags"] = [t for t in tags if t != SOLUTION] + ["stub"]
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        cells.append(cell)
    nb.cells = cells
    return nb, solution_lines
