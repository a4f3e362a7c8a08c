"""A settings dataclass becomes a command's options: each setting's name, type, default, help and
choices are written once, in its field, and argparse options are generated from them.

    lr: float = setting(0.1, Said("cli_help.fit.lr"), metavar="A")  # in the dataclass
    add_dataclass_options(parser, FitConfig)                              # --lr A  (default: 0.1)
    config = config_from_args(FitConfig, args)                            # FitConfig(lr=args.lr, ...)

The rules: `batch_size` becomes `--batch-size`; int, float and str fields (and `X | None`) take one
value of that type; a bool field that is off by default is a flag `--name`, one that is on by default
a flag `--no-name`; for a `str | None` field an empty value ('') means None; `--help` shows the default.
The help (and a default_text) is looked up when the options are added (str() of a Said), so it is
in the language the parser is built in.

Bad input stays one line: a value argparse cannot convert (`--lr abc`) is argparse's `error:` line;
a value of the right type that is wrong (`--lr -1`) is refused by the dataclass's own checks, and
cli/__init__ prints that as one line.

Why these few functions and not tyro or simple-parsing (both read in their docs): gdlab's CLI is one
argparse tree whose subcommand modules each add_parser(subparsers), and cli/__init__ adds --lang to
every subcommand afterwards and turns errors into one line. tyro builds and runs its own parser
(tyro.cli) with its own help layout, and turns a bool with a default into a pair
`--augment/--no-augment`; simple-parsing needs its ArgumentParser subclass for the parser and, by
default, puts the dataclass under one dest (args.options) and spells options with underscores
(--batch_size). Either would add a dependency for two commands and change option names that
students' notes, the docs and the tests use.
"""
import dataclasses
import types
import typing

from gdlab.cli.parser import escaped, help_text
from gdlab.settings import setting  # noqa: F401  (the field these options come from; defined in the core)

_NONE = type(None)


def option_fields(config_class):
    """(field, its type without None, whether None is allowed) for each setting on the command line."""
    hints = typing.get_type_hints(config_class)
    for f in dataclasses.fields(config_class):
        if not f.metadata.get("cli", False):
            continue
        kind, optional = _without_none(hints[f.name])
        if kind not in (bool, int, float, str) or (kind is bool and optional):
            raise TypeError(f"{config_class.__name__}.{f.name}: no option for type {hints[f.name]}")
        yield f, kind, optional


def option_name(f):
    """'--batch-size' for batch_size; '--no-augment' for a bool that is on by default."""
    name = f.name.replace("_", "-")
    return f"--no-{name}" if f.default is True else f"--{name}"


def add_dataclass_options(parser, config_class):
    """Add one option per setting of `config_class` to `parser` (dest: the field's name)."""
    for f, kind, optional in option_fields(config_class):
        meta, said = f.metadata, str(f.metadata["help"])   # a Said is looked up now
        if kind is bool:   # off by default: --name turns it on; on by default: --no-name turns it off
            action, said = (("store_false", help_text("on_by_default", help=said)) if f.default
                            else ("store_true", escaped(said)))
            parser.add_argument(option_name(f), dest=f.name, action=action, help=said)
            continue
        convert = _empty_is_none if (kind is str and optional) else kind
        parser.add_argument(option_name(f), dest=f.name, type=convert, default=f.default,
                            choices=meta["choices"], metavar=meta["metavar"],
                            help=help_text("with_default", help=said, default=_default_text(f)))
    return parser


def config_from_args(config_class, args, **overrides):
    """`config_class` built from the parsed options of add_dataclass_options, plus `overrides`."""
    values = {f.name: getattr(args, f.name) for f, _, _ in option_fields(config_class)}
    return config_class(**(values | overrides))


def _without_none(annotation):
    """int | None -> (int, True); int -> (int, False)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not _NONE]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _empty_is_none(value):
    return value or None


def _default_text(f):
    if f.metadata["default_text"] is not None:
        return str(f.metadata["default_text"])
    if isinstance(f.default, float):
        return f"{f.default:g}"
    return "''" if f.default == "" else str(f.default)
