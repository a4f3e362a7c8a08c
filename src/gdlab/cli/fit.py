"""`gdlab fit CSV`: gradient descent on a data set, with a readable summary or one JSON object."""
import json
import math
import sys

from gdlab.checks import check_writable_folder
from gdlab.cli.options import add_dataclass_options, config_from_args
from gdlab.cli.parser import help_text
from gdlab.config import FitConfig
from gdlab.data import DATASETS, load
from gdlab.descent import divergence_message, fit
from gdlab.errors import GdlabError
from gdlab.i18n import text
from gdlab.scratch.sums import LineSums


def add_parser(subparsers):
    p = subparsers.add_parser("fit", help=help_text("fit.help"), description=text("cli_help.fit.description"))
    p.add_argument("csv", metavar="CSV", help=help_text("fit.csv", sets=", ".join(DATASETS)))
    add_dataclass_options(p, FitConfig)   # --model ... --divergence-factor: the fields of FitConfig
    p.add_argument("--option", action="append", default=[], metavar="NAME=VALUE", help=help_text("fit.option"))
    p.add_argument("--logdir", metavar="DIR", help=help_text("fit.logdir"))
    p.add_argument("--json", action="store_true", help=help_text("fit.json"))
    p.set_defaults(run=run)


def parse_options(pairs):
    """['momentum=0.5', 'nesterov=true'] -> {'momentum': 0.5, 'nesterov': True}."""
    options = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise GdlabError(text("cli.fit.bad_option", pair=pair))
        options[name.strip()] = _value(name, value.strip())
    return options


def _value(name, value):
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    try:
        parts = [float(part) for part in value.split(",")]
    except ValueError:
        raise GdlabError(text("cli.fit.bad_value", name=name, value=value)) from None
    return parts[0] if len(parts) == 1 else tuple(parts)


def run(args):
    config = config_from_args(FitConfig, args, optimizer_options=parse_options(args.option))
    x, y = load(args.csv)
    if args.logdir:
        check_writable_folder("--logdir", args.logdir)
    trajectory = fit(x, y, config, on_divergence="stop")
    result = trajectory.summary()
    if args.logdir:
        from gdlab.tensorboard import log_trajectory
        result["logdir"] = str(log_trajectory(trajectory, args.logdir))
    sums = LineSums.from_data(x, y)
    error = divergence_message(trajectory, sums) if trajectory.diverged else None
    if args.json:
        result = {k: None if isinstance(v, float) and not math.isfinite(v) else v for k, v in result.items()}
        print(json.dumps(result | ({"error": error} if error else {}), allow_nan=False))
    else:
        print(describe(args.csv, sums, trajectory))
    if error:
        print(text("cli.error", command="fit", error=error), file=sys.stderr)
        return 1
    return 0


def describe(source, sums, trajectory):
    """The readable summary: settings, result, and the least-squares answer to compare with."""
    s, cfg = trajectory.summary(), trajectory.config
    line = "y = w·x + b" if cfg.model == "wxb" else "y = w·x"
    w_ls, b_ls = sums.optimum(cfg.model)
    j_ls = sums.cost(w_ls, b_ls, cfg.reduction)
    params = f"w = {s['w']:.6g}" + (f"   b = {s['b']:.6g}" if cfg.model == "wxb" else "")
    best = f"w = {w_ls:.6g}" + (f"   b = {b_ls:.6g}" if cfg.model == "wxb" else "")
    return "\n".join([
        text("cli.fit.header", source=source, n=s["n"], line=line, method=cfg.method.upper(),
             batch_size=s["batch_size"], optimizer=cfg.optimizer, lr=cfg.lr, backend=cfg.backend),
        "  " + text("cli.fit.result", params=params, cost=s["cost"]),
        "  " + text("cli.fit.stopped", steps=s["steps"], epochs=s["epochs"], reason=trajectory.stop_phrase()),
        "  " + text("cli.fit.least_squares", best=best, cost=j_ls)])
