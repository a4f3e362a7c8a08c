"""The `gdlab` command: one module per subcommand under gdlab.cli, each with add_parser() and run().

Errors the user can fix (GdlabError, and a file that cannot be read or written) print as one
line on stderr and exit 2, never a traceback.
"""
import argparse
import importlib
import sys

from gdlab.errors import GdlabError

# one module per subcommand, in the order `gdlab --help` lists them
COMMANDS = ("fit", "crosscheck", "data", "plot", "labs", "release", "grade", "train", "demo")


def build_parser():
    parser = argparse.ArgumentParser(
        prog="gdlab", description="gdlab: a teaching lab for gradient descent, by hand and with torch.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"gdlab.cli.{name}").add_parser(subparsers)
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except GdlabError as error:
        print(f"gdlab {args.command}: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:   # a file the user named cannot be read or written
        where = f": {error.filename}" if error.filename else ""
        print(f"gdlab {args.command}: error: {error.strerror or error}{where}; check the path and its "
              "permissions", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"gdlab {args.command}: interrupted", file=sys.stderr)
        return 130
