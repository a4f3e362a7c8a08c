"""The current language and the lookup of a message in its catalogue."""
import contextlib
import functools
import importlib
import os
import pkgutil

from gdlab.errors import GdlabError

LANGUAGES = ("en", "zh")
ENVIRONMENT = "GDLAB_LANG"
# The one piece of process-wide state, like a locale: None until set_language; then GDLAB_LANG
# decides, then English. (Not a ContextVar: a notebook cell may run in a copy of the context, and
# set_language in one cell must hold in the next.)
_chosen = {"language": None}


def check_language(language):
    """`language` normalised ("zh-CN" → "zh"), or a GdlabError naming the choices."""
    code = _code(language)
    if code not in LANGUAGES:
        message = catalogue(_language_for_errors())["core.language.unknown"]
        raise GdlabError(message.format(language=language, choices=", ".join(LANGUAGES)))
    return code


def _code(language):
    return str(language).strip().lower().replace("_", "-").split("-")[0]


def _language_for_errors():
    """The language to say "unknown language" in, found without check_language (text() would call
    get_language, which checks $GDLAB_LANG with check_language: a bad one would recurse): the chosen
    one, else $GDLAB_LANG's if it is known, else English."""
    from_environment = _code(os.environ.get(ENVIRONMENT, ""))
    return _chosen["language"] or (from_environment if from_environment in LANGUAGES else "en")


def get_language():
    """The language texts are written in now: set_language's, else $GDLAB_LANG's, else "en"."""
    chosen = _chosen["language"]
    if chosen is not None:
        return chosen
    from_environment = os.environ.get(ENVIRONMENT, "").strip()
    return check_language(from_environment) if from_environment else "en"


def language_chosen():
    """Whether set_language, using_language or $GDLAB_LANG chose a language (not just the default)."""
    return _chosen["language"] is not None or bool(os.environ.get(ENVIRONMENT, "").strip())


def set_language(language):
    """Write every later text (figures, messages, pages) in `language`: "en" or "zh"."""
    _chosen["language"] = check_language(language)


@contextlib.contextmanager
def using_language(language):
    """Within the block, texts are in `language` (None: leave the current one)."""
    if language is None:
        yield get_language()
        return
    before, _chosen["language"] = _chosen["language"], check_language(language)
    try:
        yield _chosen["language"]
    finally:
        _chosen["language"] = before


@functools.lru_cache(maxsize=None)
def catalogue(language):
    """{key: message} of one language: every module of gdlab.i18n.<language>, keys prefixed by it."""
    package = importlib.import_module(f"gdlab.i18n.{check_language(language)}")
    messages = {}
    for module in pkgutil.iter_modules(package.__path__):
        domain = importlib.import_module(f"{package.__name__}.{module.name}")
        messages.update({f"{module.name}.{key}": value for key, value in domain.MESSAGES.items()})
    return messages


def text(key, /, **values):
    """The message `key` in the current language, its {placeholders} filled from `values`."""
    language = get_language()
    try:
        message = catalogue(language)[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in the {language!r} catalogue (gdlab/i18n/{language}/); "
                       "add it there") from None
    return message.format(**values)   # literal braces are doubled in the catalogue: {{ }}


class Said:
    """The catalogue message `key`, looked up in the current language each time it is shown (str() or
    format()), not when it is written: an exercise's question or a setting's --help, made at import,
    reads in the language chosen later."""

    def __init__(self, key, **values):
        self.key, self.values = key, values

    def __str__(self):
        return text(self.key, **self.values)

    def __format__(self, spec):
        return format(str(self), spec)

    def __repr__(self):
        return repr(str(self))

    def __eq__(self, other):
        return isinstance(other, Said) and (self.key, self.values) == (other.key, other.values)

    def __hash__(self):
        return hash((self.key, tuple(sorted(self.values.items()))))
