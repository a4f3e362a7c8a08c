"""The student edition: solutions out, NotImplementedError in, hidden tests left behind, and proof of both.

In the instructor's source a solution sits between two marker lines (nbgrader's):

        ### HINT: y_hat = w·x + b, for the whole array at once     (optional, ships as a comment)
        ### BEGIN SOLUTION
        return w * x + b
        ### END SOLUTION

The release keeps everything else (signature, docstring, imports) and puts in the block's place

        # Hint: y_hat = w·x + b, for the whole array at once
        raise NotImplementedError("predict: write your code here (hint: y_hat = w·x + b, ...)")

at the block's indentation. Each released .py file is parsed (valid Python or an error), and a leak
scan proves that no solution line and no hidden-test line appears anywhere in the release.
"""
import ast
import shutil
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.grading.lab import HIDDEN_TESTS, list_labs

BEGIN, END, HINT = "### BEGIN SOLUTION", "### END SOLUTION", "### HINT:"
SKIPPED = {"__pycache__", ".pytest_cache", HIDDEN_TESTS}
# lines too common to prove anything when they show up elsewhere (closing brackets, `else:`, ...)
MIN_LEAK_CHARS = 8


def _enclosing_function(tree, lineno):
    """The name of the innermost def around line `lineno`, or None at module or class level."""
    name = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                node.lineno < lineno <= node.end_lineno:
            if name is None or node.lineno > name[0]:
                name = (node.lineno, node.name)
    return name[1] if name else None


def strip_solutions(source, filename="<source>"):
    """(student source, solution lines): every solution block replaced by a raise with its hint."""
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as error:
        raise GdlabError(f"{filename} line {error.lineno}: the instructor source is not valid Python "
                         f"({error.msg})") from None
    out, solution, hints, block_start = [], [], [], None
    for number, line in enumerate(source.splitlines(keepends=True), start=1):
        stripped = line.strip()
        indent = line[:len(line) - len(line.lstrip())]
        if block_start is None and stripped.startswith(HINT):
            hints.append(stripped[len(HINT):].strip())
            out.append(f"{indent}# Hint: {hints[-1]}\n")
        elif stripped.startswith(BEGIN):
            if block_start is not None:
                raise GdlabError(f"{filename} line {number}: {BEGIN} inside another solution block "
                                 f"(opened on line {block_start}); close it with {END} first")
            function = _enclosing_function(tree, number)
            if function is None:
                raise GdlabError(f"{filename} line {number}: a solution block must be inside a function "
                                 f"body, so the student edition can raise NotImplementedError there")
            block_start = number
            hint = f" (hint: {'; '.join(hints)})" if hints else ""
            message = f"{function}: write your code here{hint}"
            out.append(f"{indent}raise NotImplementedError({message!r})\n")
        elif stripped.startswith(END):
            if block_start is None:
                raise GdlabError(f"{filename} line {number}: {END} without a {BEGIN} before it")
            block_start, hints = None, []
        elif block_start is not None:
            solution.append(line)
        else:
            if hints and stripped:
                raise GdlabError(f"{filename} line {number}: {HINT} must come right before {BEGIN}")
            out.append(line)
    if block_start is not None:
        raise GdlabError(f"{filename} line {block_start}: {BEGIN} is never closed by {END}")
    student = "".join(out)
    try:
        ast.parse(student, filename)
    except SyntaxError as error:
        raise GdlabError(f"{filename}: the student edition would not be valid Python (line "
                         f"{error.lineno}: {error.msg}); check the indentation of the solution markers") \
            from None
    return student, solution


def _distinctive(lines):
    """Stripped lines long enough that finding one elsewhere means it was copied."""
    return {line.strip() for line in lines if len(line.strip()) >= MIN_LEAK_CHARS
            and not line.strip().startswith("#")}


def split_source(text):
    """(lines outside solution blocks, lines inside): a plain scan, independent of strip_solutions."""
    outside, inside, in_block = [], [], False
    for line in text.splitlines():
        if line.strip().startswith(BEGIN):
            in_block = True
        elif line.strip().startswith(END):
            in_block = False
        else:
            (inside if in_block else outside).append(line)
    return outside, inside


def leak_scan(release_dir, secret_lines, public_lines):
    """[(file, line)] for each secret line (or solution marker) found in a released file.

    Secret lines that the public material already holds (an `import numpy as np` in a hidden
    test, a `return y_hat` outside the solution block) prove nothing and are not counted.
    """
    secrets = _distinctive(secret_lines) - _distinctive(public_lines)
    leaks = []
    for path in sorted(Path(release_dir).rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            leaks += [(path, line.strip()) for line in text.splitlines() if line.strip() in secrets]
            leaks += [(path, marker) for marker in (BEGIN, END) if marker in text]
    return leaks


def _lab_files(lab):
    """The instructor's files that ship (all but hidden tests and caches)."""
    for path in sorted(lab.path.rglob("*")):
        relative = path.relative_to(lab.path)
        if path.is_file() and not SKIPPED & set(relative.parts) and path.suffix not in (".pyc", ".pyo"):
            yield path, relative


def release_lab(lab, out_dir):
    """Write the student edition of one lab into out_dir/<lab name>; returns the files written.

    Raises GdlabError (and writes nothing for the lab) if the leak scan finds a secret line.
    """
    target = Path(out_dir) / lab.name
    if target.exists():
        shutil.rmtree(target)
    written, secret, public = [], [], []
    for path, relative in _lab_files(lab):
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".py":
            text = path.read_text(encoding="utf-8")
            destination.write_text(strip_solutions(text, str(path))[0], encoding="utf-8")
            outside, inside = split_source(text)
            public += outside
            secret += inside
        else:
            shutil.copyfile(path, destination)
            public += path.read_text(encoding="utf-8", errors="replace").splitlines()
        written.append(destination)
    if lab.has_hidden:
        for path in sorted(lab.hidden_dir.rglob("*.py")):
            secret += path.read_text(encoding="utf-8").splitlines()
    leaks = leak_scan(target, secret, public)
    if leaks:
        shutil.rmtree(target)
        shown = "; ".join(f"{p.relative_to(target)}: {line!r}" for p, line in leaks[:5])
        raise GdlabError(f"the release of {lab.name} would leak {len(leaks)} line(s) of solutions or "
                         f"hidden tests ({shown}); nothing was written for this lab")
    return written


def release(out_dir, labs_dir=None, labs=None):
    """The student edition of every lab (or of `labs`) under out_dir; returns {lab name: files}."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GdlabError(f"cannot create the release folder {out_dir}: {error.strerror}") from None
    chosen = labs if labs is not None else list_labs(labs_dir)
    return {lab.name: release_lab(lab, out_dir) for lab in chosen}
