"""The message catalogue: every key in every language, with the same placeholders; the switch."""
import string

import pytest

import gdlab
from gdlab.errors import GdlabError
from gdlab.i18n import LANGUAGES, get_language, text, using_language
from gdlab.i18n.language import catalogue


def _placeholders(message):
    return sorted({field for _, field, _, _ in string.Formatter().parse(message) if field})


def test_every_key_has_every_language_with_the_same_placeholders():
    english = catalogue("en")
    assert english, "the English catalogue is empty"
    for language in LANGUAGES:
        other = catalogue(language)
        missing, extra = sorted(set(english) - set(other)), sorted(set(other) - set(english))
        assert not missing, f"{language}: no translation for {missing}"
        assert not extra, f"{language}: keys that English does not have: {extra}"
        for key, message in english.items():
            assert other[key].strip(), f"{language}: {key} is empty"
            assert _placeholders(other[key]) == _placeholders(message), \
                f"{language}: {key} has placeholders {_placeholders(other[key])}, English {_placeholders(message)}"


def test_chinese_messages_are_written_in_chinese():
    """A key whose English has words must not be left in English in zh (symbols and math may stay)."""
    english, chinese = catalogue("en"), catalogue("zh")
    untranslated = [key for key, message in english.items()
                    if any(c.isalpha() and c.isascii() for c in message.replace("$", ""))
                    and chinese[key] == message]
    assert not untranslated, f"copied, not translated: {untranslated}"


def test_the_switch_and_its_scope(monkeypatch):
    monkeypatch.delenv("GDLAB_LANG", raising=False)
    assert get_language() == "en" and text("common.language_name") == "English"
    with using_language("zh-CN"):
        assert text("common.language_name") == "中文"
    assert get_language() == "en"
    monkeypatch.setenv("GDLAB_LANG", "zh")
    assert text("common.language_name") == "中文"


def test_set_language_from_the_package(monkeypatch):
    monkeypatch.delenv("GDLAB_LANG", raising=False)
    with using_language("en"):
        gdlab.set_language("zh")
        assert get_language() == "zh"


@pytest.mark.parametrize("bad", ["fr", "", "english"])
def test_an_unknown_language_names_the_choices(bad, monkeypatch):
    with pytest.raises(GdlabError, match="choose one of: en, zh"):
        gdlab.set_language(bad)
    monkeypatch.setenv("GDLAB_LANG", "klingon")
    with pytest.raises(GdlabError, match="unknown language 'klingon'"):
        get_language()


def test_a_missing_key_says_where_to_add_it():
    with pytest.raises(KeyError, match="gdlab/i18n/en/"):
        with using_language("en"):
            text("plots.no_such_message")


def test_the_commands_that_talk_to_people_take_lang(capsys):
    from gdlab.cli import SPOKEN, build_parser, main
    commands = next(a for a in build_parser()._actions if a.dest == "command").choices

    def has_lang(parser):
        return any("--lang" in action.option_strings for action in parser._actions)

    assert all(has_lang(commands[name]) for name in SPOKEN)
    labs = next(a for a in commands["labs"]._actions if a.dest == "action").choices
    assert has_lang(labs["release"])                      # gdlab labs release --lang zh
    with pytest.raises(SystemExit):
        main(["demo", "--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_a_bad_gdlab_lang_is_one_clean_line(monkeypatch, capsys, tmp_path):
    from gdlab.cli import main
    monkeypatch.setenv("GDLAB_LANG", "fr")
    assert main(["release", "--out", str(tmp_path / "course")]) == 2
    err = capsys.readouterr().err
    assert "unknown language 'fr'; choose one of: en, zh" in err and "Traceback" not in err
