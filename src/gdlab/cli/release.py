"""`gdlab release`: the student edition of the whole course, labs and notebooks."""
from pathlib import Path

from gdlab.exercises.release import release_notebooks
from gdlab.grading.release import release
from gdlab.i18n import text


def add_parser(subparsers):
    p = subparsers.add_parser(
        "release", help="write the student edition of the course: labs and notebooks, no answers",
        description="The repository is the teacher's edition. This writes OUT/labs (as `gdlab labs "
                    "release`: solutions replaced, hidden tests left out) and OUT/notebooks (solution "
                    "cells replaced by stubs, worked answers removed, outputs cleared), each leak-scanned. "
                    "With --lang zh the labs ship their Chinese hints (### HINT[zh]:) and README.zh.md as "
                    "README.md, and the notebooks are those of notebooks/zh/.")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write the course into")
    p.add_argument("--labs-dir", metavar="DIR", help="where the labs are (default: the checkout's labs/)")
    p.add_argument("--notebooks-dir", metavar="DIR",
                   help="where the teacher's notebooks are (default: the checkout's notebooks/)")
    p.set_defaults(run=run)


def run(args):
    out = Path(args.out)
    labs = release(out / "labs", args.labs_dir)
    notebooks = release_notebooks(out / "notebooks", args.notebooks_dir)
    print(text("release.course.labs", count=len(labs)))
    print(text("release.course.notebooks", count=len(notebooks)))
    print(text("release.course.done", out=out))
    return 0
