"""The student edition: solutions out, NotImplementedError (or the code the student starts from) in,
hidden tests left behind, and proof of both.

In the instructor's source a solution sits between two marker lines (nbgrader's):

        ### HINT: y_hat = w·x + b, for the whole array at once     (optional, ships as a comment)
        ### BEGIN SOLUTION
        return w * x + b
        ### END SOLUTION

The release keeps everything else (signature, docstring, imports) and puts in the block's place

        # Hint: y_hat = w·x + b, for the whole array at once
        raise NotImplementedError("predict: write your code here (hint: y_hat = w·x + b, ...)")

at the block's indentation. A block may instead say what the student edition ships in its place: a
`### STUDENT EDITION` line, then that code commented out, so the instructor's source runs the solution

        ### BEGIN SOLUTION
        import torch.nn.functional as F
        ### STUDENT EDITION
        # import torch.functional as F
        ### END SOLUTION

and the release writes `import torch.functional as F` (each line loses its first `# `, blank lines stay
blank; the bug hunt of lab 6 ships the seed's bugs this way). Such a block may sit anywhere, even at
module level; a `### HINT:` above it ships as a comment. Each released .py file is parsed (valid Python
or an error), and a leak scan proves that no solution line and no hidden-test line appears anywhere in
the release.

A hint has its Chinese twin on the next line, `### HINT[zh]:`:

        ### HINT: NumPy multiplies a whole array by a number at once: w * x + b
        ### HINT[zh]: NumPy 可以一次把整个数组乘以一个数：w * x + b
        ### BEGIN SOLUTION

The release is written in the current language (`gdlab labs release --lang zh`, GDLAB_LANG, else
English). The English edition ships the `### HINT:` lines and drops the `### HINT[zh]:` ones; the
Chinese edition ships the `### HINT[zh]:` lines instead (`# 提示：...`, and
`raise NotImplementedError("predict：请在这里写代码（提示：……）")`), falling back to the English
hints of a block that has no Chinese twin, and ships the lab's README.zh.md as its README.md (the
English README.md stays behind; the English edition ships both files as they are).
"""
import ast
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.grading.lab import HIDDEN_TESTS, list_labs
from gdlab.i18n import get_language, text, using_language

BEGIN, END, HINT = "### BEGIN SOLUTION", "### END SOLUTION", "### HINT:"
HINTS = {"en": HINT, "zh": "### HINT[zh]:"}   # a hint in each language; the zh one follows the English
README, TRANSLATED_README = "README.md", {"zh": "README.zh.md"}  # what the zh edition ships as README.md
STUDENT = "### STUDENT EDITION"   # inside a block: the commented-out code the student edition ships
# in each released lab folder: the proof that gdlab wrote it, so a later release may replace it
MARKER = ".gdlab-release"
SKIPPED = {"__pycache__", ".pytest_cache", HIDDEN_TESTS, MARKER}
# lines too common to prove anything when they show up elsewhere (closing brackets, `else:`, ...)
MIN_LEAK_CHARS = 8


def _enclosing_function(node, lineno, prefix=""):
    """The name of the innermost def around line `lineno` (`Adam.step` for a method), or None."""
    for child in ast.iter_child_nodes(node):
        if getattr(child, "lineno", lineno) < lineno <= getattr(child, "end_lineno", 0):
            named = isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            inner = _enclosing_function(child, lineno, f"{prefix}{child.name}." if named else prefix)
            return inner or (prefix + child.name if named and not isinstance(child, ast.ClassDef) else None)
    return None


@dataclass
class _Block:
    """One solution block while it is read: where it opened, and what ships in its place."""
    start: int                # the line number of its BEGIN marker
    indent: str               # the BEGIN marker's indentation
    function: str | None      # the innermost def around it (None at module or class level)
    hints: list               # the HINT lines right above it
    student: list | None = None   # the lines the student edition ships, once STUDENT was read

    def replacement(self, filename):
        """The lines the student edition has where the block was."""
        if self.student is not None:
            return self.student
        if self.function is None:
            raise GdlabError(f"{filename} line {self.start}: a solution block must be inside a function "
                             f"body, so the student edition can raise NotImplementedError there (or "
                             f"say what ships instead in a {STUDENT} section)")
        message = text("grading.release.write_here_hint", function=self.function,
                       hints=text("grading.release.hint_separator").join(self.hints)) if self.hints \
            else text("grading.release.write_here", function=self.function)
        return [f"{self.indent}raise NotImplementedError({message!r})\n"]


def _uncomment(line, filename, number):
    """A line of a STUDENT section as it ships: its first `# ` (or a lone `#`) taken out."""
    body = line.lstrip()
    indent = line[:len(line) - len(body)]
    if body.rstrip() in ("", "#"):
        return "\n" if line.endswith("\n") else ""
    if not body.startswith("#"):
        raise GdlabError(f"{filename} line {number}: after {STUDENT} every line is commented out "
                         f"(`# code`), so that the instructor's source runs the solution; this one is not")
    return indent + (body[2:] if body.startswith("# ") else body[1:])


def _parse(source, filename, what):
    try:
        return ast.parse(source, filename)
    except SyntaxError as error:
        raise GdlabError(f"{filename} line {error.lineno}: {what} ({error.msg})") from None


def _hint_language(stripped):
    """The language of a hint line ("en" for `### HINT:`, "zh" for `### HINT[zh]:`), else None."""
    return next((language for language, marker in HINTS.items() if stripped.startswith(marker)), None)


def _chosen_hints(pending, language):
    """The lines that ship above a block from its `pending` hint lines (and blank lines between):
    the hints in `language` as comments (the English ones where it has none), blank lines as they are;
    returns (lines, the hints' texts)."""
    languages = {entry[0] for entry in pending if entry[0] is not None}
    shown = language if language in languages else "en"
    lines, hints = [], []
    for hint_language, indent, body in pending:
        if hint_language is None:
            lines.append(body)
        elif hint_language == shown:
            hints.append(body)
            lines.append(f"{indent}{text('grading.release.hint_comment', hint=body)}\n")
    return lines, hints


def strip_solutions(source, filename="<source>", language=None):
    """(student source, solution lines): every solution block replaced by a raise with its hint,
    or by the uncommented code of its STUDENT section; hints and messages in `language` (None: the
    current language)."""
    language = get_language() if language is None else language
    with using_language(language):
        return _strip_solutions(source, filename, language)


def _strip_solutions(source, filename, language):
    tree = _parse(source, filename, "the instructor source is not valid Python")
    out, solution, pending, block = [], [], [], None   # pending: (language or None, indent, hint or line)
    for number, line in enumerate(source.splitlines(keepends=True), start=1):
        stripped = line.strip()
        indent = line[:len(line) - len(line.lstrip())]
        if block is None:
            hint_language = _hint_language(stripped)
            if hint_language is not None:
                pending.append((hint_language, indent, stripped[len(HINTS[hint_language]):].strip()))
            elif stripped.startswith(BEGIN):
                lines, hints = _chosen_hints(pending, language)
                out += lines
                block, pending = _Block(number, indent, _enclosing_function(tree, number), hints), []
            elif stripped.startswith((END, STUDENT)):
                marker = END if stripped.startswith(END) else STUDENT
                raise GdlabError(f"{filename} line {number}: {marker} without a {BEGIN} before it")
            elif pending and stripped:
                raise GdlabError(f"{filename} line {number}: {HINT} must come right before {BEGIN}")
            elif pending:
                pending.append((None, indent, line))   # a blank line between a hint and its block
            else:
                out.append(line)
        elif stripped.startswith(BEGIN):
            raise GdlabError(f"{filename} line {number}: {BEGIN} inside another solution block "
                             f"(opened on line {block.start}); close it with {END} first")
        elif stripped.startswith(END):
            out, block = out + block.replacement(filename), None
        elif stripped.startswith(STUDENT):
            if block.student is not None:
                raise GdlabError(f"{filename} line {number}: a second {STUDENT} in the solution block "
                                 f"opened on line {block.start}")
            block.student = []
        elif block.student is not None:
            block.student.append(_uncomment(line, filename, number))
        else:
            solution.append(line)
    if block is not None:
        raise GdlabError(f"{filename} line {block.start}: {BEGIN} is never closed by {END}")
    out += _chosen_hints(pending, language)[0]   # hints after the last block ship as comments
    student = "".join(out)
    _parse(student, filename, "the student edition would not be valid Python; check the indentation "
                              "of the solution markers and of the STUDENT section")
    return student, solution


def _distinctive(lines):
    """Stripped lines long enough that finding one elsewhere means it was copied."""
    return {line.strip() for line in lines if len(line.strip()) >= MIN_LEAK_CHARS
            and not line.strip().startswith("#")}


def split_source(text):
    """(lines that ship or are public, lines of solutions): a plain scan, independent of
    strip_solutions; a STUDENT section ships, so its lines count as public (uncommented)."""
    outside, inside, section = [], [], None
    for line in text.splitlines():
        marker = line.strip()
        if marker.startswith((BEGIN, STUDENT)):
            section = "solution" if marker.startswith(BEGIN) else "student"
        elif marker.startswith(END):
            section = None
        elif section == "student":
            outside.append(marker[1:])
        else:
            (inside if section else outside).append(line)
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
            leaks += [(path, marker) for marker in (BEGIN, END, STUDENT) if marker in text]
    return leaks


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
            where = "is" if resolved == source else "contains" if resolved in source.parents else "is inside"
            raise GdlabError(f"the release folder {target} {where} the source of lab {lab.name} "
                             f"({lab.path}); releasing there would overwrite the instructor's lab; "
                             f"give --out a folder outside the labs")
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise GdlabError(f"{target} exists and is not a folder; move it away or give another --out")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise GdlabError(f"{target} is not empty and was not written by `gdlab labs release` (it has no "
                         f"{MARKER}); nothing was changed; move it away or give another --out")


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
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{lab.name}-", suffix=".partial", dir=out_dir))
    except OSError as error:
        raise GdlabError(f"cannot write into the release folder {out_dir}: {error.strerror}") from None
    try:
        written = _write_release(lab, building, get_language() if language is None else language)
        check_target(target, [lab, *labs])  # again: nothing may have appeared there meanwhile
        try:
            if target.is_dir():
                shutil.rmtree(target) if (target / MARKER).is_file() else target.rmdir()
            building.rename(target)
        except OSError as error:
            raise GdlabError(f"cannot put the release of {lab.name} in place at {target}: "
                             f"{error.strerror}") from None
    finally:
        if building.exists():
            shutil.rmtree(building)
    return [target / path.relative_to(building) for path in written]


def _write_release(lab, target, language):
    """The student edition of `lab` in `language`, in the new folder `target`, leak-scanned; returns
    the files."""
    written, secret, public = [], [], []
    translated = TRANSLATED_README.get(language)
    if translated is None or not (lab.path / translated).is_file():
        translated = None   # English, or no README in this language: every file ships as it is
    for path, relative in _lab_files(lab):
        if translated is not None and relative == Path(README):
            public += path.read_text(encoding="utf-8", errors="replace").splitlines()
            continue   # the translated README ships in its place
        destination = target / (Path(README) if translated is not None and relative == Path(translated)
                                 else relative)
        destination.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".py":
            source = path.read_text(encoding="utf-8")
            with using_language(language):   # (strip_solutions follows the current language)
                destination.write_text(strip_solutions(source, str(path))[0], encoding="utf-8")
            outside, inside = split_source(source)
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
        shown = "; ".join(f"{p.relative_to(target)}: {line!r}" for p, line in leaks[:5])
        raise GdlabError(f"the release of {lab.name} would leak {len(leaks)} line(s) of solutions or "
                         f"hidden tests ({shown}); nothing was written for this lab")
    (target / MARKER).write_text(f"written by `gdlab labs release` from {lab.path}; the next release "
                                 f"replaces this folder\n", encoding="utf-8")
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
            where = "is" if resolved_out == source else "is inside"
            raise GdlabError(f"the release folder {out_dir} {where} the source of lab {lab.name} "
                             f"({lab.path}); releasing there would write into the instructor's lab; "
                             f"give --out a folder outside the labs")
    for lab in chosen:
        check_target(out_dir / lab.name, protected)
    return {lab.name: release_lab(lab, out_dir, protected, language) for lab in chosen}
