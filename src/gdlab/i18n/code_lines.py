"""The words inside a notebook's code, translated line by line: comments, printed text, docstrings.

The Chinese notebook runs the English notebook's code; only what the code *says* differs. Each
language's catalogue module of a notebook (gdlab/i18n/zh/nb01.py for 01_*.ipynb) may hold
CODE_LINES = {English line: translated line}, both without their indentation (lines every notebook
shares, like the first cell's import check, are in <language>/common.py):

    "print(f\"cost J({W}) = {J:.6f}\")":  "print(f\"代价 J({W}) = {J:.6f}\")",

A line whose strings are code or data (a dict key, source code to compile) goes in the module's
UNCHANGED = {line, ...} instead: kept as it is, by decision.

translate() swaps each line found in the table; speaking_lines() finds the lines that say something
to a person (a comment, a string with words), so a line added in English and not yet translated is
named; changed_code() makes sure a translation changed only words: the same tokens, the same
f-string fields (a field that is only quoted text, a table header's {'method':6}, is words: its
width stays), the code itself untouched.
"""
import importlib
import io
import re
import tokenize

WORD = re.compile(r"[A-Za-z]{2,}")
FIELD = re.compile(r"(?<!\{)\{(?!\{)[^{}]*\}")        # an f-string's {expression:format}
LITERAL_FIELD = re.compile(r"""\{\s*(['"])((?:(?!\1).)*)\1\s*((?:![rsa])?(?::[^{}]*)?)\}""")   # {'text':spec}
FORMAT_FIELD = re.compile(r"(?<!\{)\{\w*(?:![rsa])?(?::[^{}\s]*)?\}")   # a str.format field: {name:spec}
MAGIC = re.compile(r"^\s*[%!]")                         # IPython's %magic and !shell lines


def code_lines(notebook_name, language):
    """{English line: translated line} of a notebook ("01_prediction_and_cost.ipynb") in `language`:
    its own (gdlab/i18n/<language>/nbNN.py) and those every notebook shares (<language>/common.py)."""
    return (_table(f"gdlab.i18n.{language}.common")
            | _table(f"gdlab.i18n.{language}.nb{notebook_name[:2]}"))


def _table(module_name):
    """CODE_LINES of a module, and its UNCHANGED lines (listed as speaking, but their strings are
    code or data, e.g. dict keys: kept as they are, on purpose) mapped to themselves."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        return {}
    return {line: line for line in getattr(module, "UNCHANGED", ())} | getattr(module, "CODE_LINES", {})


def translate(source, table):
    """`source` with every line found in `table` (by its text without indentation) translated."""
    lines = []
    for line in source.split("\n"):
        stripped = line.strip()
        lines.append(line[:len(line) - len(line.lstrip())] + table[stripped] if stripped in table else line)
    return "\n".join(lines)


def _tokens(source):
    """The cell's Python tokens (magic lines blanked so they keep their line numbers)."""
    python = "\n".join("" if MAGIC.match(line) else line for line in source.split("\n"))
    return list(tokenize.generate_tokens(io.StringIO(python).readline))


def _says_something(token):
    if token.type == tokenize.COMMENT:
        return True
    text_types = (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING))
    return token.type in text_types and _has_words(_words_of(token.string))


def _fields(string):
    """The fields a translation must keep: an f-string's {expressions}, but a field that is only a
    quoted text ({'method':6}, a table's header) is words: its format spec is kept, not its text; in
    another string, what str.format would fill ({name}, {0:.3f}; not "{w: the slope}" in a docstring)."""
    if not _is_fstring(string):
        return FORMAT_FIELD.findall(string)
    return [LITERAL_FIELD.sub(r"{''\3}", field) for field in FIELD.findall(string)]


def _is_fstring(string):
    return "f" in string[:len(string) - len(string.lstrip("rRbBuUfF"))].lower()


def _words_of(string):
    """A string token's own words: an f-string's {fields} are code, not words."""
    if not _is_fstring(string):
        return string
    return FIELD.sub(lambda field: LITERAL_FIELD.sub(r"\2", field.group()) if LITERAL_FIELD.fullmatch(
        field.group()) else "", string)


def _has_words(string):
    """A sentence rather than a name: two or more words, spaced ("first errors", not "line")."""
    return " " in string and len(WORD.findall(string)) >= 2


def speaking_lines(source):
    """The lines (text without indentation) of `source` that say words to a person."""
    lines = source.split("\n")
    numbers = set()
    for token in _tokens(source):
        if _says_something(token):
            numbers.update(range(token.start[0], token.end[0] + 1))
    return [lines[number - 1].strip() for number in sorted(numbers) if lines[number - 1].strip()]


def _shape(source):
    """What a translation must not change: every token but comments, with strings reduced to
    their f-string fields."""
    shape = []
    for token in _tokens(source):
        if token.type == tokenize.COMMENT or token.type in (tokenize.NL, tokenize.NEWLINE):
            continue
        if token.type == tokenize.STRING:
            shape.append(("string", tuple(_fields(token.string))))
        elif token.type == getattr(tokenize, "FSTRING_MIDDLE", None):
            continue
        else:
            shape.append((token.type, token.string))
    return shape


def changed_code(english, translated):
    """Whether `translated` differs from `english` in more than its comments and strings' words."""
    try:
        return _shape(english) != _shape(translated)
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return True
