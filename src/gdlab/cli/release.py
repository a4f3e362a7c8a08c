"""`gdlab release`: the student edition of the whole course, labs and notebooks."""
from pathlib import Path

from gdlab.cli.parser import help_text
from gdlab.exercises.release import release_notebooks
from gdlab.grading.release import release
from gdlab.i18n import text


def add_parser(subparsers):
    p = subparsers.add_parser("release", help=help_text("release.help"),
                              description=text("cli_help.release.description"))
    p.add_argument("--out", required=True, metavar="DIR", help=help_text("release.out"))
    p.add_argument("--labs-dir", metavar="DIR", help=help_text("labs_dir"))
    p.add_argument("--notebooks-dir", metavar="DIR", help=help_text("release.notebooks_dir"))
    p.set_defaults(run=run)


def run(args):
    out = Path(args.out)
    labs = release(out / "labs", args.labs_dir)
    notebooks = release_notebooks(out / "notebooks", args.notebooks_dir)
    print(text("release.course.labs", count=len(labs)))
    print(text("release.course.notebooks", count=len(notebooks)))
    print(text("release.course.done", out=out))
    return 0
