"""`gdlab labs`: list the graded labs, release the student edition, bundle a lab for Gradescope."""
from gdlab.grading.bundle import bundle
from gdlab.grading.lab import find_lab, list_labs
from gdlab.grading.release import release
from gdlab.i18n import text


def add_parser(subparsers):
    p = subparsers.add_parser("labs", help="list, release (student edition) or bundle the graded labs",
                              description="The graded labs under labs/: list them, write the student "
                                          "edition, or bundle one as a Gradescope autograder zip.")
    p.add_argument("--labs-dir", metavar="DIR", help="where the labs are (default: the checkout's labs/)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="the labs, their files and points")
    r = actions.add_parser("release", help="write the student edition: no solutions, no hidden tests",
                           description="Write the student edition: solutions replaced by NotImplementedError, "
                                       "hidden tests left out. With --lang zh the hints are the ### HINT[zh]: "
                                       "lines and README.zh.md ships as README.md.")
    r.add_argument("--out", required=True, metavar="DIR", help="the folder to write the labs into")
    r.add_argument("--lab", action="append", metavar="LAB", help="only this lab (repeatable; default all)")
    b = actions.add_parser("bundle", help="write a Gradescope autograder zip for one lab")
    b.add_argument("lab", metavar="LAB", help="the lab's folder name, topic, or path")
    b.add_argument("--out", default="autograder.zip", metavar="ZIP", help="default: autograder.zip")
    p.set_defaults(run=run)


def run(args):
    if args.action == "list":
        for lab in list_labs(args.labs_dir):
            hidden = text("grading.labs.public_and_hidden" if lab.has_hidden else "grading.labs.public_only")
            print(f"{lab.name:<16} {lab.title}  [{', '.join(lab.files)}; {hidden}]")
    elif args.action == "release":
        labs = [find_lab(name, args.labs_dir) for name in args.lab] if args.lab else None
        written = release(args.out, args.labs_dir, labs)
        for name, files in written.items():
            print(text("release.labs.released", lab=name, count=len(files)))
        print(text("release.labs.done", out=args.out))
    else:
        path = bundle(find_lab(args.lab, args.labs_dir), args.out)
        print(text("grading.labs.bundled", path=path))
    return 0
