"""`gdlab fit` and `gdlab train` take their options from the settings dataclasses (gdlab.cli.options):
each setting is written once, the defaults on the command line are the dataclass's, every option
reaches its field, and the option names students know stay."""
import argparse
from dataclasses import dataclass, fields

import pytest

from gdlab.batches import MBGD_BATCH_SIZE
from gdlab.cli import build_parser, main
from gdlab.cli.options import add_dataclass_options, config_from_args, option_name, setting
from gdlab.cnn.config import TrainConfig
from gdlab.config import FitConfig

FIT_OPTIONS = ["--model", "--method", "--batch-size", "--optimizer", "--option", "--lr", "--epochs", "--max-steps",
               "--tol", "--w0", "--b0", "--reduction", "--backend", "--seed", "--logdir", "--json", "--lang"]
TRAIN_OPTIONS = ["--data", "--data-root", "--download", "--epochs", "--batch-size", "--lr", "--optimizer",
                 "--momentum", "--weight-decay", "--schedule", "--no-augment", "--device", "--amp", "--seed",
                 "--val-fraction", "--max-images", "--logdir", "--run-name", "--no-histograms", "--checkpoint",
                 "--resume", "--threads", "--no-progress", "--json", "--ddp", "--ddp-timeout", "--lang"]


def parse(*argv):
    return build_parser().parse_args(list(argv))


def command_parser(command):
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return subparsers.choices[command]


def option_strings(command):
    return {s for action in command_parser(command)._actions for s in action.option_strings}


@pytest.mark.parametrize("command, names", [("fit", FIT_OPTIONS), ("train", TRAIN_OPTIONS)])
def test_every_option_name_is_kept(command, names):
    assert set(names) <= option_strings(command)


@pytest.mark.parametrize("command, config_class", [("fit", FitConfig), ("train", TrainConfig)])
def test_every_setting_has_its_option(command, config_class):
    hidden = {f.name for f in fields(config_class) if not f.metadata["cli"]}
    assert hidden == ({"optimizer_options"} if config_class is FitConfig else set())
    wanted = {option_name(f) for f in fields(config_class) if f.name not in hidden}
    assert wanted <= option_strings(command)


def test_no_options_give_the_dataclass_defaults():
    assert config_from_args(FitConfig, parse("fit", "line")) == FitConfig()
    assert config_from_args(TrainConfig, parse("train")) == TrainConfig()


def test_every_fit_option_reaches_its_field():
    args = parse("fit", "line", "--model", "wx", "--method", "mbgd", "--batch-size", "7", "--optimizer", "adam",
                 "--lr", "0.05", "--epochs", "3", "--max-steps", "9", "--tol", "0", "--seed", "4", "--w0", "1.5",
                 "--b0", "-2", "--reduction", "sum", "--backend", "autograd", "--divergence-factor", "100",
                 "--lang", "zh")
    config = config_from_args(FitConfig, args, optimizer_options={"beta1": 0.8})
    assert config == FitConfig(model="wx", method="mbgd", batch_size=7, optimizer="adam", lr=0.05, epochs=3,
                               max_steps=9, tol=0.0, seed=4, w0=1.5, b0=-2.0, reduction="sum",
                               backend="autograd", divergence_factor=100.0, optimizer_options={"beta1": 0.8})


def test_every_train_option_reaches_its_field():
    args = parse("train", "--data", "mnist", "--data-root", "here", "--download", "--epochs", "2",
                 "--batch-size", "8", "--lr", "0.01", "--optimizer", "sgd", "--schedule", "constant",
                 "--no-augment", "--momentum", "0.5", "--weight-decay", "0.001", "--device", "cpu", "--amp",
                 "--seed", "3", "--val-fraction", "0.25", "--max-images", "50", "--logdir", "", "--run-name", "r",
                 "--checkpoint", "c.pt", "--resume", "--no-histograms", "--no-progress", "--ddp",
                 "--ddp-timeout", "30")
    expected = TrainConfig(data="mnist", data_root="here", download=True, epochs=2, batch_size=8, lr=0.01,
                           optimizer="sgd", schedule="constant", augment=False, momentum=0.5, weight_decay=0.001,
                           device="cpu", amp=True, seed=3, val_fraction=0.25, max_images=50, logdir=None,
                           run_name="r", checkpoint="c.pt", resume=True, histograms=False, progress=False,
                           ddp=True, ddp_timeout=30.0)
    assert config_from_args(TrainConfig, args) == expected
    assert all(getattr(expected, f.name) != f.default for f in fields(TrainConfig))   # each one was moved


@pytest.fixture(autouse=True)
def wide_help(monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")   # argparse wraps help lines (even at a hyphen) to the terminal


def help_of(capsys, *argv):
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--help"])
    assert caught.value.code == 0
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("command, config_class", [("fit", FitConfig), ("train", TrainConfig)])
def test_help_shows_each_settings_text_and_default(command, config_class, capsys):
    text = help_of(capsys, command)
    actions = {a.dest: a for a in command_parser(command)._actions}
    for f in fields(config_class):
        if not f.metadata["cli"]:
            continue
        action = actions[f.name]
        assert action.option_strings == [option_name(f)] and action.default == f.default, f.name
        assert action.help.startswith(str(f.metadata["help"])) and " ".join(action.help.split()) in text, f.name
        if not isinstance(f.default, bool):
            assert action.help.endswith(")") and "(default: " in action.help, f.name
    assert actions["lr"].help.endswith("(default: 0.1)" if command == "fit" else "(default: 0.002)")


def test_the_mbgd_default_is_said_from_the_one_constant(capsys):
    assert f"(default: min({MBGD_BATCH_SIZE}, n))" in help_of(capsys, "fit")
    assert f"(default min({MBGD_BATCH_SIZE}, n))" in help_of(capsys, "plot", "paths")


def test_plot_paths_starts_where_the_demo_figures_do(monkeypatch):
    from gdlab import plots
    from gdlab.cli.plot import _draw
    from gdlab.plots.demo_figures import START_2D
    seen = []

    def record(x, y, **kwargs):
        seen.append(kwargs)
        raise KeyboardInterrupt   # stop before drawing

    monkeypatch.setattr(plots, "compare_methods", record)
    for argv in (["paths", "--out", "p.png"], ["loss", "--out", "p.png", "--w0", "3", "--batch-size", "5"]):
        with pytest.raises(KeyboardInterrupt):
            _draw(parse("plot", *argv))
    assert (seen[0]["w0"], seen[0]["b0"]) == (START_2D["w0"], START_2D["b0"])
    assert seen[0]["batch_size"] is None   # gdlab.batches decides
    assert (seen[1]["w0"], seen[1]["b0"], seen[1]["batch_size"]) == (3.0, START_2D["b0"], 5)


@pytest.mark.parametrize("argv, message", [
    (["fit", "line", "--lr", "abc"], "argument --lr: invalid float value: 'abc'"),
    (["fit", "line", "--epochs", "2.5"], "argument --epochs: invalid int value: '2.5'"),
    (["fit", "line", "--model", "cubic"], "argument --model: invalid choice: 'cubic'"),
    (["train", "--ddp-timeout", "soon"], "argument --ddp-timeout: invalid float value: 'soon'"),
])
def test_a_value_of_the_wrong_type_is_one_clear_line(argv, message, capsys):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert [line for line in err.splitlines() if "error:" in line] == [line for line in err.splitlines()
                                                                          if message in line]


@pytest.mark.parametrize("value, message", [
    ("nan", "divergence_factor must be a finite"), ("inf", "divergence_factor must be a finite"),
    ("0.5", "divergence_factor must be > 1, got 0.5")])
def test_a_bad_divergence_factor_is_refused(value, message, capsys):
    assert main(["fit", "house", "--divergence-factor", value]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdlab fit: error: ") and message in err and len(err.splitlines()) == 1


# the helper on its own, with a dataclass of every kind it supports

@dataclass(frozen=True)
class Toy:
    count: int = setting(3, "how many", metavar="N")
    limit: int | None = setting(None, "at most", default_text="no limit")
    scale: float = setting(0.5, "a share in % of the whole")
    colour: str = setting("red", "the colour", choices=("red", "blue"))
    folder: str | None = setting("out", "where; '' for none")
    loud: bool = setting(False, "say more")
    tidy: bool = setting(True, "clean up after")
    extras: dict = setting({}, "set by the program", cli=False)
    plain: int = 7   # no metadata: not an option


def toy_parser():
    return add_dataclass_options(argparse.ArgumentParser(prog="toy"), Toy)


def test_the_helper_builds_each_kind_of_option():
    parser = toy_parser()
    assert config_from_args(Toy, parser.parse_args([])) == Toy()
    args = parser.parse_args(["--count", "5", "--limit", "2", "--scale", "0.25", "--colour", "blue",
                              "--folder", "", "--loud", "--no-tidy"])
    toy = config_from_args(Toy, args, extras={"a": 1})
    assert toy == Toy(count=5, limit=2, scale=0.25, colour="blue", folder=None, loud=True, tidy=False,
                      extras={"a": 1})
    assert not hasattr(args, "plain") and not hasattr(args, "extras")
    assert Toy().extras == {} and Toy().extras is not Toy().extras   # a fresh dict each time


def test_the_helpers_help_text():
    text = " ".join(toy_parser().format_help().split())
    for part in ("--count N how many (default: 3)", "at most (default: no limit)",
                 "a share in % of the whole (default: 0.5)", "--colour {red,blue} the colour (default: red)",
                 "--folder FOLDER where; '' for none (default: out)", "--loud say more",
                 "--no-tidy clean up after (on by default; this turns it off)"):
        assert part in text


def test_a_type_without_an_option_is_a_programming_error():
    @dataclass
    class Odd:
        pairs: list = setting([], "no option for a list")

    with pytest.raises(TypeError, match="Odd.pairs: no option for type"):
        add_dataclass_options(argparse.ArgumentParser(), Odd)


def test_the_settings_dataclasses_do_not_import_the_cli():
    """The core's settings (FitConfig, TrainConfig) come from gdlab.settings; the CLI builds on them,
    never the other way round."""
    import subprocess
    import sys
    code = ("import sys, gdlab.config, gdlab.cnn.config; "
            "print(sorted(m for m in sys.modules if m.startswith('gdlab.cli')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "[]", (done.stdout, done.stderr[-500:])
