"""The `gdlab` command: one module per subcommand under gdlab.cli, each with add_parser() and run().

Errors the user can fix (GdlabError, and a file that cannot be read or written) print as one
line on stderr and exit 2, never a traceback. `--help` is in the language of --lang or $GDLAB_LANG
(gdlab.cli.parser).
"""
import argparse
import importlib
import sys

from gdlab.cli.parser import Parser, help_text, language_of
from gdlab.errors import GdlabError
from gdlab.i18n import LANGUAGES, get_language, text, using_language

# one module per subcommand, in the order `gdlab --help` lists them
COMMANDS = ("fit", "crosscheck", "data", "plot", "labs", "release", "grade", "train", "demo")
# the commands that talk to people take --lang (default: $GDLAB_LANG, else English)
SPOKEN = ("fit", "crosscheck", "data", "plot", "labs", "release", "grade", "train", "demo")


def _add_lang(parser):
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=help_text("lang"))


def build_parser():
    """The whole `gdlab` parser, its texts in the current language."""
    parser = Parser(prog="gdlab", description=text("cli_help.gdlab"))
    _add_lang(parser)   # gdlab --lang zh COMMAND ..., as well as gdlab COMMAND ... --lang zh
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"gdlab.cli.{name}").add_parser(subparsers)
    for name in SPOKEN:
        command = subparsers.choices[name]
        _add_lang(command)
        for action in command._subparsers._group_actions if command._subparsers else ():
            for nested in action.choices.values():   # gdlab labs release --lang zh
                _add_lang(nested)
    return parser


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    with using_language(language_of(argv)):   # --help, and argparse's usage on an error, in that language
        args = build_parser().parse_args(argv)
    language = getattr(args, "lang", None)
    if language is None:
        try:
            get_language()
        except GdlabError as error:   # a bad $GDLAB_LANG: one clean line, in English
            with using_language("en"):
                return _fail(args.command, error)
    with using_language(language):
        return _run(args)


def _run(args):
    """Run the command; the errors the user can fix become one line on stderr, in the language chosen."""
    try:
        return args.run(args) or 0
    except GdlabError as error:
        return _fail(args.command, error)
    except OSError as error:   # a file the user named cannot be read or written
        reason = error.strerror or error
        if error.filename:
            print(text("cli.os_error_file", command=args.command, reason=reason, path=error.filename),
                  file=sys.stderr)
        else:
            print(text("cli.os_error", command=args.command, reason=reason), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(text("cli.interrupted", command=args.command), file=sys.stderr)
        return 130


def _fail(command, error):
    print(text("cli.error", command=command, error=error), file=sys.stderr)
    return 2
