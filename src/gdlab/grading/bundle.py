"""A Gradescope autograder zip for one lab: setup.sh installs gdlab, run_autograder calls `gdlab grade`.

Gradescope unpacks the zip into /autograder/source, runs setup.sh once when the image is built,
and run_autograder for each submission (files in /autograder/submission); it reads
/autograder/results/results.json. The zip holds gdlab's source (to pip install) and the lab with
the instructor's solution and hidden tests: it is for the teacher's Gradescope account only.
"""
import zipfile
from pathlib import Path

from gdlab.errors import GdlabError

SETUP = """#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image.
set -euo pipefail
apt-get update && apt-get install -y python3 python3-pip python3-venv
python3 -m venv /autograder/venv
/autograder/venv/bin/pip install --upgrade pip
/autograder/venv/bin/pip install /autograder/source/gdlab
"""

RUN = """#!/usr/bin/env bash
# Gradescope runs this for every submission; gdlab grade always writes results.json, even
# when the submission crashes, loops forever or misses a file.
cd /autograder/source
/autograder/venv/bin/gdlab grade /autograder/submission --lab /autograder/source/lab/{lab} \\
    --json /autograder/results/results.json
"""

SKIP = {"__pycache__", ".pytest_cache", ".ipynb_checkpoints"}


def _source_root():
    """The checkout gdlab runs from: it holds pyproject.toml beside src/gdlab."""
    root = Path(__file__).resolve().parents[3]
    if not (root / "pyproject.toml").is_file() or not (root / "src" / "gdlab").is_dir():
        raise GdlabError(f"gdlab is not running from a source checkout ({root}); `gdlab labs bundle` "
                         f"needs one to pack gdlab's source into the zip")
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


def bundle(lab, out):
    """Write the autograder zip for `lab` to `out`; returns its path."""
    out = Path(out)
    root = _source_root()
    resolved = out.resolve()
    if resolved == lab.path.resolve() or lab.path.resolve() in resolved.parents:
        raise GdlabError(f"--out {out} is inside the lab {lab.name}'s own folder and could overwrite its "
                         "source; write the zip outside the labs, e.g. --out autograder.zip")
    if resolved.exists() and (resolved.is_dir() or not zipfile.is_zipfile(resolved)):
        raise GdlabError(f"--out {out} already exists and is not a zip gdlab could have written; "
                         "choose a new file name ending in .zip")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            _add_script(archive, "setup.sh", SETUP)
            _add_script(archive, "run_autograder", RUN.format(lab=lab.name))
            for name in ("pyproject.toml", "README.md"):
                if (root / name).is_file():
                    archive.write(root / name, f"gdlab/{name}")
            _add_tree(archive, root / "src" / "gdlab", "gdlab/src/gdlab")
            _add_tree(archive, lab.path, f"lab/{lab.name}")
    except OSError as error:
        raise GdlabError(f"cannot write the autograder zip {out}: {error.strerror}") from None
    return out
