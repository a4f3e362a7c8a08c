"""Every sentence gdlab says to a person comes from the catalogue, not from a literal in the code.

The scan reads every module under src/gdlab as a syntax tree and flags a literal with words (two
or more English words) passed to an error gdlab raises (GdlabError and its subclasses), to print()
or to announce() (the progress lines of `gdlab train`), as the help=, description=, epilog= or title=
of an argparse call (the `--help` of `gdlab`), or as the help or default_text of a setting() (the
`--help` of the options generated from gdlab.config and gdlab.cnn.config). Such a literal would be
English in the Chinese edition; the fix is a key in gdlab/i18n/en/<domain>.py and zh/<domain>.py and
text("<domain>.<key>", ...) in the code (help_text("<key>") for argparse's help, Said("cli_help.<key>")
for a setting's).
"""
import ast
import re
from pathlib import Path

import gdlab

SOURCE = Path(gdlab.__file__).parent
SPEAKERS = {"GdlabError", "DataError", "DivergenceError", "print", "announce"}
# argparse's calls, and the keywords of theirs that `--help` shows to a person
ARGPARSE = {"ArgumentParser", "Parser", "add_argument", "add_parser", "add_subparsers", "add_argument_group",
            "add_mutually_exclusive_group"}
ARGPARSE_TEXTS = {"help", "description", "epilog", "title"}
WORDS = re.compile(r"[A-Za-z]{2,}[\s,;:()'-]+[A-Za-z]{2,}")

# Modules allowed to hold literals, each with its reason.
ALLOWED = {
    # the catalogues themselves
    "i18n/en", "i18n/zh",
    # developer tooling run by `make sync-zh`, never by a student or teacher
    "notebook_editions.py",
}


def _name(call):
    function = call.func
    return function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)


def _spoken_arguments(call):
    """The arguments of `call` that a person reads: all of a speaker's, argparse's help texts, and a
    setting()'s help (its second argument) and default_text; none for any other call."""
    name = _name(call)
    if name in SPEAKERS:
        return [*call.args, *(k.value for k in call.keywords)]
    if name in ARGPARSE:
        return [k.value for k in call.keywords if k.arg in ARGPARSE_TEXTS]
    if name == "setting":
        return [*call.args[1:2], *(k.value for k in call.keywords if k.arg in ("help", "default_text"))]
    return []


def _literal_words(node):
    """The literal strings with words inside `node`; an f-string is read whole, {…} for each field."""
    found, inside_fstrings = [], set()
    for child in ast.walk(node):
        if isinstance(child, ast.JoinedStr):
            inside_fstrings.update(id(part) for part in child.values)
            whole = "".join(part.value if isinstance(part, ast.Constant) else "{…}" for part in child.values)
            if WORDS.search(whole):
                found.append(whole)
        elif (isinstance(child, ast.Constant) and isinstance(child.value, str)
              and id(child) not in inside_fstrings and WORDS.search(child.value)):
            found.append(child.value)
    return found


def _allowed(path, root):
    relative = path.relative_to(root).as_posix()
    return any(relative == allowed or relative.startswith(allowed + "/") for allowed in ALLOWED)


def spoken_literals(root=SOURCE):
    """['path:line: call(...) says "literal"'] for every human sentence written in code."""
    offenders = []
    for path in sorted(root.rglob("*.py")):
        if _allowed(path, root):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _spoken_arguments(node):
                for literal in _literal_words(ast.Tuple(elts=_spoken_arguments(node))):
                    offenders.append(f"{path.relative_to(root)}:{node.lineno}: {_name(node)}(...) "
                                     f"says {literal[:60]!r}")
    return offenders


def test_no_sentence_is_written_outside_the_catalogue():
    offenders = spoken_literals()
    assert not offenders, ("these sentences are written in the code, so the Chinese edition would "
                           "show them in English; move each into gdlab/i18n/en/ and zh/ and call "
                           "text(...):\n  " + "\n  ".join(offenders))


def test_the_scan_finds_a_literal_it_should(tmp_path):
    """The scan itself can fail: a planted English error and progress line are both found."""
    (tmp_path / "planted.py").write_text(
        "def f(x, announce):\n"
        "    announce(f'epoch {x} of the run')\n"
        "    raise GdlabError('the learning rate must be positive')\n")
    found = spoken_literals(tmp_path)
    assert len(found) == 2 and "epoch" in found[0] and "learning rate" in found[1]


def test_the_scan_finds_english_help_on_the_command_line(tmp_path):
    """An English --help written in the code is found too: argparse's help=, description=, epilog= and
    a setting()'s help and default_text; a catalogue key and an option's metavar are not sentences."""
    (tmp_path / "planted.py").write_text(
        "def add_parser(subparsers):\n"
        "    p = subparsers.add_parser('fit', help=help_text('fit.help'), description='Fit a line by descent.')\n"
        "    p.add_argument('--w-range', nargs=2, metavar='LOW HIGH', help='the w axis range')\n"
        "    parser = argparse.ArgumentParser(epilog=f'see {URL} for more')\n"
        "class Config:\n"
        "    lr: float = setting(0.1, 'the learning rate', metavar='A')\n"
        "    steps: int = setting(None, help=Said('cli_help.fit.max_steps'), default_text='all the epochs')\n")
    found = spoken_literals(tmp_path)
    assert len(found) == 5, found
    for line, said in zip((2, 3, 4, 6, 7), ("Fit a line", "the w axis", "see {…} for", "the learning rate",
                                            "all the epochs")):
        assert any(f"planted.py:{line}:" in offender and said in offender for offender in found), (said, found)
    assert not any("LOW HIGH" in offender or "cli_help" in offender for offender in found)
