"""The `gdlab` parser speaks the chosen language: its descriptions and option help come from the
cli_help catalogue (gdlab/i18n/<language>/cli_help.py), and so do the few words argparse writes itself
("usage:", the section titles, -h's help).

The texts are looked up when the parser is built, so the language must be known before: main() reads
`--lang` from the command line first (language_of), then builds the parser in that language.
"""
import argparse
import re
import unicodedata

from gdlab.errors import GdlabError
from gdlab.i18n import LANGUAGES, get_language, text


def help_text(key, /, **fields):
    """The option help `cli_help.<key>` in the current language, % escaped (argparse %-formats help)."""
    return escaped(text(f"cli_help.{key}", **fields))


def escaped(words):
    """`words` (a str, or a Said looked up now) as argparse shows it: each % doubled."""
    return str(words).replace("%", "%%")


def language_of(argv):
    """The language `argv` asks for, known before any parser is built: its last `--lang X` or
    `--lang=X`, else $GDLAB_LANG's, else English. A --lang that is no language is left for argparse
    to refuse (in one line), a bad $GDLAB_LANG for main."""
    asked = None
    for i, arg in enumerate(argv):
        if arg == "--":   # what follows is an argument, not an option
            break
        if arg == "--lang" and i + 1 < len(argv):
            asked = argv[i + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    if asked in LANGUAGES:
        return asked
    try:
        return get_language()
    except GdlabError:
        return "en"


# a piece of text a line may not be broken inside: an opening bracket or two, then one Chinese character
# or a run of other non-space characters, then the punctuation that must not start a line
_WIDE = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
_PIECE = re.compile(f"[（《「『]*(?:[{_WIDE}]|[^\\s{_WIDE}]+)[，。、；：！？）》」』]*")


def _width(words):
    """The columns `words` take in a terminal: two for each wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in words)


def wrap(words, width):
    """`words` as lines at most `width` columns wide, a Chinese text broken between its characters (never
    before its closing punctuation), as argparse (textwrap) breaks an English one at its spaces."""
    lines, line, flat = [], "", " ".join(words.split())
    for match in _PIECE.finditer(flat):
        piece = match.group()
        joined = line + (" " if line and flat[match.start() - 1] == " " else "") + piece
        if line and _width(joined) > width:
            lines.append(line)
            line = piece
        else:
            line = joined
    return [*lines, line] if line else lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with "usage: " in the current language, and Chinese text wrapped by the
    columns it takes (textwrap counts characters: a Chinese line would run twice as wide)."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, text("cli_help.usage") if prefix is None else prefix)

    def _split_lines(self, words, width):
        return wrap(words, width) if _width(words) > len(words) else super()._split_lines(words, width)

    def _fill_text(self, words, width, indent):
        if _width(words) == len(words):
            return super()._fill_text(words, width, indent)
        return "\n".join(indent + line for line in wrap(words, width - len(indent)))


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are in the current language. Its subcommands' parsers are
    Parsers too (add_subparsers makes them of the parent's class)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = text("cli_help.positionals")
        self._optionals.title = text("cli_help.options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = help_text("help")
