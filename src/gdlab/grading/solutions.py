"""Solution blocks in an instructor's source, and the student's version of a file (no I/O here).

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
module level; a `### HINT:` above it ships as a comment.

A hint has its Chinese twin on the next line, `### HINT[zh]:`:

        ### HINT: NumPy multiplies a whole array by a number at once: w * x + b
        ### HINT[zh]: NumPy 可以一次把整个数组乘以一个数：w * x + b
        ### BEGIN SOLUTION

The release is written in the current language (`gdlab labs release --lang zh`, GDLAB_LANG, else
English). The English edition ships the `### HINT:` lines and drops the `### HINT[zh]:` ones; the
Chinese edition ships the `### HINT[zh]:` lines instead (`# 提示：...`, and
`raise NotImplementedError("predict：请在这里写代码（提示：……）")`), falling back to the English
hints of a block that has no Chinese twin.
"""
import ast
from dataclasses import dataclass

from gdlab.errors import GdlabError
from gdlab.i18n import get_language, text, using_language

BEGIN, END, HINT = "### BEGIN SOLUTION", "### END SOLUTION", "### HINT:"
HINTS = {"en": HINT, "zh": "### HINT[zh]:"}   # a hint in each language; the zh one follows the English
STUDENT = "### STUDENT EDITION"   # inside a block: the commented-out code the student edition ships


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

    def replacement(self, filename, language):
        """The lines the student edition (in `language`) has where the block was."""
        if self.student is not None:
            return self.student
        if self.function is None:
            raise GdlabError(text("release.markers.outside_function", filename=filename, line=self.start,
                                  student=STUDENT))
        with using_language(language):
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
        raise GdlabError(text("release.markers.not_commented", filename=filename, line=number, student=STUDENT))
    return indent + (body[2:] if body.startswith("# ") else body[1:])


def _parse(source, filename, what):
    """The syntax tree of `source`; else a GdlabError that says `what` (a catalogue key) is wrong, and where."""
    try:
        return ast.parse(source, filename)
    except SyntaxError as error:
        raise GdlabError(text("release.markers.syntax", filename=filename, line=error.lineno, what=text(what),
                              error=error.msg)) from None


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
            with using_language(language):
                lines.append(f"{indent}{text('grading.release.hint_comment', hint=body)}\n")
    return lines, hints


def strip_solutions(source, filename="<source>", language=None):
    """(student source, solution lines): every solution block replaced by a raise with its hint,
    or by the uncommented code of its STUDENT section; hints and messages in `language` (None: the
    current language; the instructor's mistakes are told in the current language)."""
    return _strip_solutions(source, filename, get_language() if language is None else language)


def _strip_solutions(source, filename, language):
    tree = _parse(source, filename, "release.markers.source_invalid")
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
                raise GdlabError(text("release.markers.no_begin", filename=filename, line=number, marker=marker,
                                      begin=BEGIN))
            elif pending and stripped:
                raise GdlabError(text("release.markers.hint_not_before", filename=filename, line=number, hint=HINT,
                                      begin=BEGIN))
            elif pending:
                pending.append((None, indent, line))   # a blank line between a hint and its block
            else:
                out.append(line)
        elif stripped.startswith(BEGIN):
            raise GdlabError(text("release.markers.nested", filename=filename, line=number, begin=BEGIN,
                                  start=block.start, end=END))
        elif stripped.startswith(END):
            out, block = out + block.replacement(filename, language), None
        elif stripped.startswith(STUDENT):
            if block.student is not None:
                raise GdlabError(text("release.markers.second_student", filename=filename, line=number,
                                      student=STUDENT, start=block.start))
            block.student = []
        elif block.student is not None:
            block.student.append(_uncomment(line, filename, number))
        else:
            solution.append(line)
    if block is not None:
        raise GdlabError(text("release.markers.never_closed", filename=filename, line=block.start, begin=BEGIN,
                              end=END))
    out += _chosen_hints(pending, language)[0]   # hints after the last block ship as comments
    student = "".join(out)
    _parse(student, filename, "release.markers.edition_invalid")
    return student, solution


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
