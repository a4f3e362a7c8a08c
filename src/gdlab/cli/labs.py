"""`gdlab labs`: list the graded labs, release the student edition, bundle a lab for Gradescope."""
from gdlab.cli.parser import help_text
from gdlab.grading.bundle import bundle
from gdlab.grading.lab import find_lab, list_labs
from gdlab.grading.release import release
from gdlab.i18n import text


def add_parser(subparsers):
    p = subparsers.add_parser("labs", help=help_text("labs.help"), description=text("cli_help.labs.description"))
    p.add_argument("--labs-dir", metavar="DIR", help=help_text("labs_dir"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help=help_text("labs.list"))
    r = actions.add_parser("release", help=help_text("labs.release"),
                           description=text("cli_help.labs.release_description"))
    r.add_argument("--out", required=True, metavar="DIR", help=help_text("labs.release_out"))
    r.add_argument("--lab", action="append", metavar="LAB", help=help_text("labs.release_lab"))
    b = actions.add_parser("bundle", help=help_text("labs.bundle"))
    b.add_argument("lab", metavar="LAB", help=help_text("labs.bundle_lab"))
    b.add_argument("--out", default="autograder.zip", metavar="ZIP", help=help_text("labs.bundle_out"))
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
