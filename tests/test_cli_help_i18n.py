"""`gdlab ... --help` is written in the language chosen (--lang, $GDLAB_LANG): every description and
option help comes from the cli_help catalogue (gdlab/i18n/<language>/cli_help.py), the settings' help
too (a Said, looked up when the parser is built), and so do argparse's own words.

That cli_help has the same keys and {fields} in en and zh is tests/test_i18n.py's check, which reads
every domain of the catalogue; here: that the parser uses them, everywhere.
"""
import argparse
import re
import unicodedata
from dataclasses import dataclass, fields

import pytest

from gdlab.cli import COMMANDS, build_parser, main
from gdlab.cli.parser import language_of, wrap
from gdlab.cli.options import add_dataclass_options
from gdlab.cnn.config import TrainConfig
from gdlab.config import FitConfig
from gdlab.i18n import Said, using_language
from gdlab.i18n.language import catalogue
from gdlab.settings import setting

CHINESE = re.compile("[\u4e00-\u9fff]")
# help texts that are the same in English and Chinese (names, code): none today; add one here, with
# its reason, only where a translation would say nothing more
SAME_IN_BOTH = frozenset()


@pytest.fixture(autouse=True)
def wide_help(monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")   # one line per help text: whole sentences to compare


def parsers(parser, path=("gdlab",)):
    """(path, parser) for gdlab and every subcommand, nested ones included (gdlab labs release)."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub, (*path, name))


def texts(language):
    """{(command, what): text} of every description and help of the parser built in `language`."""
    with using_language(language):
        tree = build_parser()
    found = {}
    for path, parser in parsers(tree):
        found[(path, "description")] = parser.description
        for action in parser._actions:
            found[(path, action.dest, *action.option_strings)] = action.help
            for choice in getattr(action, "_choices_actions", ()):   # a subcommand's one-line help
                found[(path, "command", choice.dest)] = choice.help
    return {where: said for where, said in found.items() if said is not None}


def help_of(capsys, *argv):
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--help"])
    assert caught.value.code == 0
    return capsys.readouterr().out


with using_language("en"):
    ALL_COMMANDS = [path[1:] for path, _ in parsers(build_parser())]


def test_every_help_text_is_translated():
    english, chinese = texts("en"), texts("zh")
    assert english.keys() == chinese.keys()
    assert len(english) > 100   # the whole tree: descriptions, options, subcommands
    copied = [where for where, said in english.items() if chinese[where] == said and said not in SAME_IN_BOTH]
    assert not copied, f"--help left in English in zh: {copied}"
    unwritten = [where for where, said in chinese.items() if said not in SAME_IN_BOTH and not CHINESE.search(said)]
    assert not unwritten, f"zh --help without a Chinese word: {unwritten}"


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda path: " ".join(path) or "gdlab")
def test_chinese_help_of_every_command(command, capsys):
    said = help_of(capsys, "--lang", "zh", *command)
    assert said.startswith("用法：gdlab") and "显示这段帮助并退出" in said and "选项" in said
    english = " ".join(help_of(capsys, "--lang", "en", *command).split())
    assert english.startswith("usage: gdlab") and "show this help message and exit" in english
    flat = " ".join(said.split())
    left = [text for text in texts("en").values()
            if len(text.split()) > 1 and text not in SAME_IN_BOTH and " ".join(text.split()) in flat]
    assert not left, f"English sentences in `gdlab {' '.join(command)} --help` in zh: {left}"


@pytest.mark.parametrize("argv", [["--lang", "zh", "fit"], ["fit", "--lang", "zh"], ["fit", "--lang=zh"],
                                  ["--lang=zh", "labs", "release"], ["labs", "release", "--lang", "zh"]])
def test_every_way_of_saying_lang_gives_chinese_help(argv, capsys):
    said = help_of(capsys, *argv)
    assert said.startswith("用法：") and "图表、页面和消息使用的语言" in said


def test_gdlab_lang_gives_chinese_help_and_lang_overrides_it(monkeypatch, capsys):
    monkeypatch.setenv("GDLAB_LANG", "zh")
    assert "学习率（默认：0.1）" in help_of(capsys, "fit")
    assert "（峰值）学习率（默认：0.002）" in help_of(capsys, "train")
    assert "learning rate (学习率) (default: 0.1)" in help_of(capsys, "fit", "--lang", "en")


def test_english_help_says_what_it_said(capsys):
    fit = help_of(capsys, "fit")
    for part in ("Fit y = w·x (+ b) to a CSV (columns x,y) by gradient descent.",
                 "--lr A learning rate (学习率) (default: 0.1)", "--max-steps S step budget (default: all the epochs)",
                 "--option NAME=VALUE an optimizer option, e.g. momentum=0.5 or weight_decay=0.01 (repeatable)"):
        assert part in " ".join(fit.split())
    train = " ".join(help_of(capsys, "train").split())
    assert "Train the seed's LeNet-style Net. digits (offline, bundled), cifar10" in train
    assert "--no-augment random small rotations, scalings and shifts of the training images (on by default; " \
           "this turns it off)" in train
    assert "--checkpoint FILE save model, optimizer and RNG states here after every epoch (default: none)" in train


def test_a_bad_lang_is_still_one_clear_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "fr", "fit", "--help"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if "error:" in line] == [
        "gdlab: error: argument --lang: invalid choice: 'fr' (choose from 'en', 'zh')"]


def test_a_bad_gdlab_lang_leaves_help_in_english(monkeypatch, capsys):
    monkeypatch.setenv("GDLAB_LANG", "klingon")
    assert help_of(capsys, "fit").startswith("usage: gdlab fit")
    assert help_of(capsys, "fit", "--lang", "zh").startswith("用法：gdlab fit")


@pytest.mark.parametrize("argv, language", [
    ([], "en"), (["fit", "--lang", "zh"], "zh"), (["--lang=zh", "fit"], "zh"),
    (["--lang", "zh", "fit", "--lang", "en"], "en"),        # the last one, as argparse
    (["fit", "--lang", "fr"], "en"),                         # not a language: argparse refuses it
    (["fit", "--", "--lang", "zh"], "en"), (["fit", "--lang"], "en")])
def test_language_of_reads_lang_before_the_parser_exists(argv, language):
    assert language_of(argv) == language


def test_settings_help_is_looked_up_when_the_options_are_added():
    @dataclass(frozen=True)
    class Toy:
        lr: float = setting(0.1, Said("cli_help.fit.lr"), metavar="A")
        steps: int | None = setting(None, "at most", default_text=Said("cli_help.fit.max_steps_default"))

    def helps(language):
        with using_language(language):
            parser = add_dataclass_options(argparse.ArgumentParser(), Toy)
        return {action.dest: action.help for action in parser._actions}

    assert helps("en")["lr"] == "learning rate (学习率) (default: 0.1)"
    assert helps("zh")["lr"] == "学习率（默认：0.1）"
    assert helps("zh")["steps"] == "at most（默认：跑完全部轮数）"
    assert str(Said("cli_help.plot.batch_size", size=7)) == "MBGD batch size (default min(7, n))"


@pytest.mark.parametrize("config_class", [FitConfig, TrainConfig])
def test_every_settings_key_is_in_both_catalogues(config_class):
    for f in fields(config_class):
        for said in (f.metadata["help"], f.metadata["default_text"]):
            assert isinstance(said, (Said, type(None))) or f.name == "batch_size", f.name
            if isinstance(said, Said):
                assert said.key in catalogue("en") and said.key in catalogue("zh"), said.key


def test_chinese_is_wrapped_by_the_columns_it_takes():
    text = "每一步的学习率：onecycle（先预热到 lr，再退火到接近 0）或 constant（不变）（默认：onecycle）"
    lines = wrap(text, 30)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(sum(1 + (unicodedata.east_asian_width(c) == "W" or c in "：（），") for c in line) <= 30
               for line in lines) and len(lines) == 4
    assert not any(line[0] in "，。：；）" for line in lines)   # no line starts with closing punctuation
    assert wrap("the cost of y = w·x", 10) == ["the cost", "of y = w·x"]


def test_commands_are_all_walked():
    assert {path[0] for path in ALL_COMMANDS if path} == set(COMMANDS)
