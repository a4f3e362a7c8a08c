"""Two languages, one lesson: every text gdlab writes for people comes from a message catalogue.

    from gdlab.i18n import text, set_language
    set_language("zh")                       # or GDLAB_LANG=zh, or `gdlab ... --lang zh`
    text("plots.cost_curve.title")           # the Chinese title

The catalogue is one package per language (gdlab/i18n/en/, gdlab/i18n/zh/), one module per domain
(plots.py, demo.py, cli.py, ...), each a dict MESSAGES = {key: text with {placeholders}}. The key
of "title" in en/plots.py is "plots.title". tests/test_i18n.py proves every key exists in every
language with the same placeholders, so a missing translation is a failing test, never an English
sentence on a Chinese page.
"""
from gdlab.i18n.language import (LANGUAGES, Said, get_language, set_language, text,
                                 using_language)

__all__ = ["LANGUAGES", "Said", "get_language", "set_language", "text", "using_language"]
