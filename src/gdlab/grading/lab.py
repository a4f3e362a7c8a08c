"""A lab: a folder under labs/ with lab.toml (title, the files a student hands in, the notebooks accepted
in their place, the per-test timeout, the modules the lab gives, the student process's limits, the
language it is graded in when no one says), the exercise module(s), README.md, tests/ (public) and
hidden/ (the instructor's, never shipped).
"""
import sys
from dataclasses import dataclass
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.grading.template import Limits
from gdlab.i18n import text
from gdlab.i18n.language import LANGUAGES, check_language

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, published as tomli (a dependency there, pyproject.toml)
    import tomli as tomllib

MANIFEST = "lab.toml"
PUBLIC_TESTS = "tests"
HIDDEN_TESTS = "hidden"
VISIBILITIES = ("visible", "hidden", "after_due_date", "after_published")


@dataclass(frozen=True)
class Lab:
    """What lab.toml says, plus where the lab lives."""

    name: str                     # the folder name, e.g. "01_cost"
    path: Path                    # the lab folder (instructor source or student edition)
    title: str
    files: tuple                  # the files a student hands in, e.g. ("lab_cost.py",)
    timeout: float = 10.0         # seconds one test may run when graded
    hidden_visibility: str = "after_due_date"  # Gradescope visibility of hidden tests
    given: tuple = ()             # modules the lab gives the student (released, provided when graded)
    limits: Limits = Limits()     # what the student's process may use when graded ([limits] in lab.toml)
    language: str | None = None   # the grader's language when neither --lang nor GDLAB_LANG says ("zh")
    notebooks: tuple = ()         # notebooks accepted in place of a file, e.g. ("lab_cost.ipynb",)

    def notebooks_for(self, name):
        """The notebook names accepted in place of the handed-in file `name` (same stem, or the only file)."""
        return tuple(n for n in self.notebooks if len(self.files) == 1 or Path(n).stem == Path(name).stem)

    @property
    def handed_in(self):
        """Every name a submission may hold for the lab: its files and the notebooks in their place."""
        return self.files + self.notebooks

    @property
    def public_dir(self):
        return self.path / PUBLIC_TESTS

    @property
    def hidden_dir(self):
        return self.path / HIDDEN_TESTS

    @property
    def has_hidden(self):
        return self.hidden_dir.is_dir()


def default_labs_dir():
    """labs/ beside src/ in a source checkout (where `pip install -e .` leaves gdlab)."""
    return Path(__file__).resolve().parents[3] / "labs"


def read_lab(path):
    """The Lab in folder `path`; a clear GdlabError if lab.toml is missing or malformed."""
    path = Path(path)
    manifest = path / MANIFEST
    if not manifest.is_file():
        raise GdlabError(text("grading.lab.not_a_lab", path=path, manifest=MANIFEST))
    try:
        spec = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise GdlabError(text("grading.lab.not_toml", manifest=manifest, error=error)) from None
    files = spec.get("files")
    if not isinstance(files, list) or not files or not all(isinstance(f, str) and f for f in files):
        raise GdlabError(text("grading.lab.no_files", manifest=manifest))
    bad = [f for f in files if Path(f).name != f or f in ("conftest.py", "pytest.ini")]
    if bad:
        raise GdlabError(text("grading.lab.files_not_plain", manifest=manifest, bad=bad))
    timeout = spec.get("timeout", 10.0)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise GdlabError(text("grading.lab.bad_timeout", manifest=manifest, timeout=repr(timeout)))
    visibility = spec.get("hidden_visibility", "after_due_date")
    if visibility not in VISIBILITIES:
        raise GdlabError(text("grading.lab.bad_visibility", manifest=manifest, choices=", ".join(VISIBILITIES),
                              visibility=repr(visibility)))
    given = spec.get("given", [])
    if not isinstance(given, list) or not all(isinstance(g, str) and Path(g).name == g and g.endswith(".py")
                                              and (path / g).is_file() and g not in files for g in given):
        raise GdlabError(text("grading.lab.bad_given", manifest=manifest, given=repr(given)))
    language = spec.get("language")
    if language is not None:
        if not isinstance(language, str):
            raise GdlabError(text("grading.lab.bad_language", manifest=manifest, choices=", ".join(LANGUAGES),
                                  language=repr(language)))
        try:
            language = check_language(language)
        except GdlabError as error:
            raise GdlabError(f"{manifest}: {error}") from None
    return Lab(name=path.name, path=path, title=str(spec.get("title", path.name)), files=tuple(files),
               timeout=float(timeout), hidden_visibility=visibility, given=tuple(given),
               limits=_read_limits(spec.get("limits", {}), manifest), language=language,
               notebooks=_read_notebooks(spec, files, manifest))


def _read_notebooks(spec, files, manifest):
    """lab.toml's `notebooks`: plain .ipynb names, each standing for one file (its stem's, when there
    are several); default: each file's stem + .ipynb."""
    notebooks = spec.get("notebooks", [Path(f).stem + ".ipynb" for f in files])
    stems = {Path(f).stem for f in files}
    if not isinstance(notebooks, list) or not all(
            isinstance(n, str) and Path(n).name == n and n.endswith(".ipynb") and n != ".ipynb"
            and (len(files) == 1 or Path(n).stem in stems) for n in notebooks):
        raise GdlabError(text("grading.lab.bad_notebooks", manifest=manifest, notebooks=repr(notebooks)))
    return tuple(notebooks)


def _read_limits(table, manifest):
    """Limits from lab.toml's [limits] table: whole positive numbers, known names only."""
    known = Limits.__dataclass_fields__
    if not isinstance(table, dict) or set(table) - set(known):
        raise GdlabError(text("grading.lab.bad_limits", manifest=manifest, names=", ".join(known),
                              table=repr(table)))
    for name, value in table.items():
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise GdlabError(text("grading.lab.bad_limit", manifest=manifest, name=name, value=repr(value)))
    return Limits(**table)


def list_labs(labs_dir=None):
    """Every lab under `labs_dir` (default: the checkout's labs/), in folder order."""
    labs_dir = Path(labs_dir) if labs_dir is not None else default_labs_dir()
    if not labs_dir.is_dir():
        raise GdlabError(text("grading.lab.no_labs_dir", path=labs_dir))
    return [read_lab(p) for p in sorted(labs_dir.iterdir()) if (p / MANIFEST).is_file()]


def find_lab(name, labs_dir=None):
    """A lab by folder name ("01_cost"), by topic ("cost"), or by path to its folder."""
    as_path = Path(name)
    if (as_path / MANIFEST).is_file():
        return read_lab(as_path)
    labs = list_labs(labs_dir)
    matches = [lab for lab in labs if name in (lab.name, lab.name.partition("_")[2])]
    if len(matches) != 1:
        known = ", ".join(lab.name for lab in labs) or text("grading.lab.no_labs")
        raise GdlabError(text("grading.lab.no_such_lab", name=repr(name), known=known))
    return matches[0]
