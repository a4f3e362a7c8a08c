"""setting(): a settings dataclass's field, with what its command-line option needs in its metadata.

The settings dataclasses (gdlab.config.FitConfig, gdlab.cnn.config.TrainConfig) write each setting
once: its name, type, default, help and choices, here; gdlab.cli.options generates the commands'
argparse options from these fields. The help is a catalogue key (gdlab.i18n.Said), looked up when `--help`
is built: the dataclasses are defined at import, before `--lang` or $GDLAB_LANG chose the language.
The core never imports the CLI.
"""
import dataclasses


def setting(default, help, *, metavar=None, choices=None, default_text=None, cli=True):
    """A dataclass field with what its command-line option needs, in the field's metadata.
    `help` and `default_text` are a Said (a catalogue key) or plain text; str() of either is what
    `--help` shows. `default_text` says the default in words where the value (None) does not;
    `cli=False` keeps the setting off the command line (a command may still set it, through
    config_from_args' overrides)."""
    metadata = {"help": help, "metavar": metavar, "choices": choices, "default_text": default_text, "cli": cli}
    if isinstance(default, (dict, list, set)):
        return dataclasses.field(default_factory=lambda: type(default)(default), metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)
