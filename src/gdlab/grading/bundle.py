"""A Gradescope autograder zip for one lab: setup.sh installs gdlab, run_autograder calls `gdlab grade`.

Gradescope unpacks the zip into /autograder/source, runs setup.sh once (as root) when the image is
built, and run_autograder for each submission (files in /autograder/submission); it reads
/autograder/results/results.json. The zip holds gdlab's source (to pip install) and the lab with
the instructor's solution and hidden tests: it is for the teacher's Gradescope account only.
Students upload the lab's file or a notebook in its place (lab.toml's `notebooks`): `gdlab grade`
takes either, so the scripts need nothing more than the lab folder and gdlab's source.

Grading is isolated: setup.sh makes sure the unprivileged user `nobody` exists (creating it with
useradd if the image lacks it), lets other users read and run the venv and gdlab's source, and
takes every right of other users away from the lab folder (solution and hidden tests).
run_autograder runs `gdlab grade --require-isolation`, which refuses to grade unless it is root
and can drop the student's process to `nobody` in its own namespaces. If `gdlab grade` fails,
for that or any reason, run_autograder still writes a valid results.json that scores 0 and says
why (Gradescope shows it to the student), then exits non-zero so the failure is loud.
"""
import zipfile
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.files import atomic_file
from gdlab.grading.grade import lab_language
from gdlab.i18n import get_language, text, using_language
from gdlab.i18n.language import language_chosen

SETUP = """#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image.
set -euo pipefail
apt-get update && apt-get install -y python3 python3-pip python3-venv
python3 -m venv /autograder/venv
/autograder/venv/bin/pip install --upgrade pip
/autograder/venv/bin/pip install /autograder/source/gdlab

# gdlab grade runs the student's code as the unprivileged user nobody (run_autograder passes
# --require-isolation, which refuses to grade without it): make sure that user exists.
if ! id -u nobody >/dev/null 2>&1; then
    if getent group nogroup >/dev/null; then
        group=nogroup
    elif getent group nobody >/dev/null; then
        group=nobody
    else
        groupadd --system nogroup
        group=nogroup
    fi
    useradd --system --no-create-home --shell /usr/sbin/nologin --gid "$group" nobody
fi
if [ "$(id -u nobody)" = 0 ]; then
    echo "setup.sh: the user nobody is root (uid 0); student code needs an unprivileged user" >&2
    exit 1
fi

# The student's process (as nobody) uses the venv's Python and packages: others may read and run
# them. The lab holds the solution and hidden tests: others get no rights on it at all.
chmod o+x /autograder /autograder/source
chmod -R o+rX /autograder/venv /autograder/source/gdlab
chmod -R o-rwx /autograder/source/lab
"""

RUN = """#!/usr/bin/env bash
# Gradescope runs this, as root, for every submission. gdlab grade always writes results.json,
# even when the submission crashes, loops forever or misses a file; --require-isolation makes it
# refuse to grade (exit 2) unless it can run the student's code as nobody in its own namespaces;
# --hide /autograder keeps the source, the lab and the results out of the student's view.
# Whenever gdlab grade fails, this script writes a results.json that scores 0 and says why, and
# exits non-zero.
set -uo pipefail   # not -e: a failed grade must still leave a results.json
results=/autograder/results/results.json
mkdir -p /autograder/results
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
cd /autograder/source
status=0
# gdlab's stderr goes to the log as usual and also into $errors, to quote its error below.
{ /autograder/venv/bin/gdlab grade /autograder/submission --lab /autograder/source/lab/{lab} \\
    --json "$results" --require-isolation --hide /autograder{lang} 2>&1 1>&3 3>&- | tee "$errors" >&2; } 3>&1 \
    || status=$?
if [ "$status" -ne 0 ]; then
    message="{message}"
    reason=$(grep '^gdlab grade: ' "$errors" | head -c 2000)
    [ -n "$reason" ] || reason=$(grep -v '^[[:space:]]*$' "$errors" | tail -n 1 | head -c 500)
    echo "run_autograder: $message" >&2
    # The venv's Python escapes the reason into JSON; if even it cannot run, printf writes the fixed
    # message (no quotes or backslashes in it, so the JSON is valid).
    if ! GDLAB_MESSAGE="$message" GDLAB_REASON="$reason" /autograder/venv/bin/python3 -c '
import json, os, sys
output = "\\n".join(part for part in (os.environ["GDLAB_MESSAGE"], os.environ["GDLAB_REASON"]) if part)
with open(sys.argv[1], "w") as file:
    json.dump({"score": 0, "output": output, "tests": []}, file)
' "$results"; then
        printf '{"score": 0, "output": "%s", "tests": []}\\n' "$message" > "$results"
    fi
    exit "$status"
fi
"""

SKIP = {"__pycache__", ".pytest_cache", ".ipynb_checkpoints"}


def _source_root():
    """The checkout gdlab runs from: it holds pyproject.toml beside src/gdlab."""
    root = Path(__file__).resolve().parents[3]
    if not (root / "pyproject.toml").is_file() or not (root / "src" / "gdlab").is_dir():
        raise GdlabError(text("grading.bundle.no_checkout", root=root))
    return root


def _add_tree(archive, folder, prefix):
    for path in sorted(Path(folder).rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and not SKIP & set(relative.parts) and path.suffix != ".pyc":
            archive.write(path, f"{prefix}/{relative.as_posix()}")


def _add_script(archive, name, text):
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o755 << 16  # executable, as Gradescope runs them directly
    archive.writestr(info, text)


def run_script(lab):
    """run_autograder for `lab`, in the language chosen when bundling (--lang, GDLAB_LANG: passed on to
    `gdlab grade`), else lab.toml's; what it tells the student when grading fails is one line that a
    shell string and JSON can hold."""
    with using_language(lab_language(lab)):
        message = text("grading.bundle.not_graded", status="$status")
    message = " ".join(message.replace("\\", "/").replace('"', "'").replace("`", "'").split())
    lang = f" --lang {get_language()}" if language_chosen() else ""
    return RUN.replace("{lab}", lab.name).replace("{lang}", lang).replace("{message}", message)


def bundle(lab, out):
    """Write the autograder zip for `lab` to `out`; returns its path."""
    out = Path(out)
    root = _source_root()
    resolved = out.resolve()
    if resolved == lab.path.resolve() or lab.path.resolve() in resolved.parents:
        raise GdlabError(text("grading.bundle.out_in_lab", out=out, lab=lab.name))
    if resolved.exists() and (resolved.is_dir() or not zipfile.is_zipfile(resolved)):
        raise GdlabError(text("grading.bundle.out_exists", out=out))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # built beside `out`, then renamed: a failed bundle never leaves half a zip (or spoils the last one)
        with atomic_file(out) as building, zipfile.ZipFile(building, "w", zipfile.ZIP_DEFLATED) as archive:
            _add_script(archive, "setup.sh", SETUP)
            _add_script(archive, "run_autograder", run_script(lab))
            for name in ("pyproject.toml", "README.md"):
                if (root / name).is_file():
                    archive.write(root / name, f"gdlab/{name}")
            _add_tree(archive, root / "src" / "gdlab", "gdlab/src/gdlab")
            _add_tree(archive, lab.path, f"lab/{lab.name}")
    except OSError as error:
        raise GdlabError(text("grading.bundle.cannot_write", out=out, reason=error.strerror)) from None
    return out
