"""A lab: a folder under labs/ with lab.toml (title, the files a student hands in, the per-test timeout,
the modules the lab gives, the student process's limits, the language it is graded in when no one
says), the exercise module(s), README.md,
tests/ (public) and hidden/ (the instructor's, never shipped).
"""
import tomllib
from dataclasses import dataclass
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.grading.template import Limits
from gdlab.i18n.language import LANGUAGES, check_language

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
        raise GdlabError(f"{path} is not a lab: it has no {MANIFEST}")
    try:
        spec = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise GdlabError(f"{manifest} is not valid TOML: {error}") from None
    files = spec.get("files")
    if not isinstance(files, list) or not files or not all(isinstance(f, str) and f for f in files):
        raise GdlabError(f"{manifest} must list the student's files, e.g. files = [\"lab_cost.py\"]")
    bad = [f for f in files if Path(f).name != f or f in ("conftest.py", "pytest.ini")]
    if bad:
        raise GdlabError(f"{manifest}: files must be plain file names in the lab folder (not "
                         f"conftest.py or pytest.ini), got {bad}")
    timeout = spec.get("timeout", 10.0)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise GdlabError(f"{manifest}: timeout must be a positive number of seconds, got {timeout!r}")
    visibility = spec.get("hidden_visibility", "after_due_date")
    if visibility not in VISIBILITIES:
        raise GdlabError(f"{manifest}: hidden_visibility must be one of {', '.join(VISIBILITIES)}, "
                         f"got {visibility!r}")
    given = spec.get("given", [])
    if not isinstance(given, list) or not all(isinstance(g, str) and Path(g).name == g and g.endswith(".py")
                                              and (path / g).is_file() and g not in files for g in given):
        raise GdlabError(f"{manifest}: given must list .py files of the lab folder that the student does "
                         f"not hand in, e.g. given = [\"linefit.py\"], got {given!r}")
    language = spec.get("language")
    if language is not None:
        if not isinstance(language, str):
            raise GdlabError(f"{manifest}: language must be one of {', '.join(LANGUAGES)}, got {language!r}")
        try:
            language = check_language(language)
        except GdlabError as error:
            raise GdlabError(f"{manifest}: {error}") from None
    return Lab(name=path.name, path=path, title=str(spec.get("title", path.name)), files=tuple(files),
               timeout=float(timeout), hidden_visibility=visibility, given=tuple(given),
               limits=_read_limits(spec.get("limits", {}), manifest), language=language)


def _read_limits(table, manifest):
    """Limits from lab.toml's [limits] table: whole positive numbers, known names only."""
    known = Limits.__dataclass_fields__
    if not isinstance(table, dict) or set(table) - set(known):
        raise GdlabError(f"{manifest}: [limits] may set {', '.join(known)}, got {table!r}")
    for name, value in table.items():
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise GdlabError(f"{manifest}: limits.{name} must be a positive whole number, got {value!r}")
    return Limits(**table)


def list_labs(labs_dir=None):
    """Every lab under `labs_dir` (default: the checkout's labs/), in folder order."""
    labs_dir = Path(labs_dir) if labs_dir is not None else default_labs_dir()
    if not labs_dir.is_dir():
        raise GdlabError(f"no labs folder at {labs_dir}; pass --labs-dir DIR")
    return [read_lab(p) for p in sorted(labs_dir.iterdir()) if (p / MANIFEST).is_file()]


def find_lab(name, labs_dir=None):
    """A lab by folder name ("01_cost"), by topic ("cost"), or by path to its folder."""
    as_path = Path(name)
    if (as_path / MANIFEST).is_file():
        return read_lab(as_path)
    labs = list_labs(labs_dir)
    matches = [lab for lab in labs if name in (lab.name, lab.name.partition("_")[2])]
    if len(matches) != 1:
        known = ", ".join(lab.name for lab in labs) or "none"
        raise GdlabError(f"no lab named {name!r}; the labs are: {known} (or give the path of a lab folder)")
    return matches[0]
