"""`gdlab plot KIND ... --out FILE`: one picture of the lesson as PNG or SVG (by the extension).

Kinds: curve (J(w) with the steps), surface (3-D and contour of J(w, b)), lr (the learning-rate
panel), paths (BGD/SGD/MBGD on the contour map), race (optimizers on a test landscape),
loss (cost per step of BGD/SGD/MBGD). `gdlab plot KIND --help` lists that kind's options.
"""
from pathlib import Path

from gdlab.batches import MBGD_BATCH_SIZE
from gdlab.cli.parser import help_text
from gdlab.data import load
from gdlab.descent import fit
from gdlab.errors import GdlabError
from gdlab.i18n import text
from gdlab.landscapes import LANDSCAPES
from gdlab.twins import OPTIMIZER_NAMES

# the kinds of picture, in the order `gdlab plot --help` lists them (each one's help: cli_help.plot.<kind>)
KINDS = ("curve", "surface", "lr", "paths", "race", "loss")
FORMATS = (".png", ".svg")


def add_parser(subparsers):
    parser = subparsers.add_parser("plot", help=help_text("plot.help"), description=text("cli_help.plot.description"))
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in KINDS:
        sub = kinds.add_parser(kind, help=help_text(f"plot.{kind}"), description=text(f"cli_help.plot.{kind}"))
        sub.add_argument("--out", required=True, metavar="FILE", help=help_text("plot.out"))
        sub.add_argument("--dpi", type=int, default=100, help=help_text("plot.dpi"))
        if kind == "race":
            _add_race_options(sub)
            continue
        sub.add_argument("--data", default="line", help=help_text("plot.data"))
        if kind in ("curve", "lr"):
            sub.add_argument("--steps", type=int, default=10 if kind == "curve" else 12, help=help_text("plot.steps"))
            sub.add_argument("--w0", type=float, default=0.0, help=help_text("plot.w0"))
        if kind == "curve":
            sub.add_argument("--lr", type=float, default=None, help=help_text("plot.curve_lr"))
        if kind == "lr":
            sub.add_argument("--lrs", type=float, nargs="+", help=help_text("plot.lrs"))
        if kind in ("curve", "surface", "paths"):
            sub.add_argument("--w-range", type=float, nargs=2, metavar=("LOW", "HIGH"), help=help_text("plot.w_range"))
        if kind in ("surface", "paths"):
            sub.add_argument("--b-range", type=float, nargs=2, metavar=("LOW", "HIGH"), help=help_text("plot.b_range"))
            sub.add_argument("--grid", type=int, default=150, help=help_text("plot.grid"))
        if kind in ("paths", "loss"):
            _add_descent_options(sub)
    parser.set_defaults(run=run)
    return parser


def _add_race_options(sub):
    sub.add_argument("--landscape", default="saddle", choices=list(LANDSCAPES), help=help_text("plot.landscape"))
    sub.add_argument("--steps", type=int, default=None, help=help_text("plot.race_steps"))
    sub.add_argument("--start", type=float, nargs=2, metavar=("W", "B"), help=help_text("plot.start"))
    sub.add_argument("--optimizers", nargs="+", choices=list(OPTIMIZER_NAMES), help=help_text("plot.optimizers"))


def _add_descent_options(sub):
    """paths and loss: the settings of the BGD, SGD and MBGD runs they compare."""
    sub.add_argument("--lr", type=float, default=0.1, help=help_text("plot.lr_value"))
    sub.add_argument("--epochs", type=int, default=10, help=help_text("plot.epochs"))
    sub.add_argument("--batch-size", type=int, default=None, help=help_text("plot.batch_size", size=MBGD_BATCH_SIZE))
    sub.add_argument("--optimizer", default="gd", choices=list(OPTIMIZER_NAMES), help=help_text("plot.optimizer"))
    # None: the demo figures' start (plots.demo_figures.START_2D, imported when drawing: matplotlib)
    sub.add_argument("--w0", type=float, default=None, help=help_text("plot.w0_demo"))
    sub.add_argument("--b0", type=float, default=None, help=help_text("plot.b0_demo"))
    sub.add_argument("--seed", type=int, default=0, help=help_text("plot.seed"))


def run(args):
    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise GdlabError(text("cli.plot.bad_format", name=out.name))
    if args.dpi < 10:
        raise GdlabError(text("cli.plot.bad_dpi", dpi=args.dpi))
    figure = _draw(args)
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=args.dpi)
    print(out)
    return 0


def _draw(args):
    from gdlab import plots
    if args.kind == "race":
        start = tuple(args.start) if args.start else None
        return plots.plot_race(args.landscape, optimizers=args.optimizers, start=start, steps=args.steps).figure
    x, y = load(args.data)
    if args.kind == "curve":
        from gdlab.scratch.sums import LineSums
        lr = args.lr if args.lr is not None else 0.2 * LineSums.from_data(x, y).critical_lr("wx")
        run = fit(x, y, model="wx", lr=lr, epochs=args.steps, max_steps=args.steps, tol=0.0,
                  w0=args.w0, on_divergence="stop")
        return plots.plot_cost_curve(x, y, run, w_range=args.w_range).figure
    if args.kind == "lr":
        return plots.plot_lr_panel(x, y, args.lrs, steps=args.steps, w0=args.w0)[0].figure
    if args.kind == "surface":
        return plots.plot_surface_pair(x, y, w_range=args.w_range, b_range=args.b_range, num=args.grid)[0].figure
    from gdlab.plots.demo_figures import START_2D
    w0 = START_2D["w0"] if args.w0 is None else args.w0
    b0 = START_2D["b0"] if args.b0 is None else args.b0
    # batch_size None: MBGD's default batch (gdlab.batches)
    runs = plots.compare_methods(x, y, lr=args.lr, epochs=args.epochs, batch_size=args.batch_size,
                                 w0=w0, b0=b0, seed=args.seed, optimizer=args.optimizer)
    if args.kind == "paths":
        return plots.plot_contour(x, y, runs, w_range=args.w_range, b_range=args.b_range, num=args.grid).figure
    from gdlab.scratch.sums import LineSums
    sums = LineSums.from_data(x, y)
    return plots.plot_cost_panels(runs, minimum=sums.cost(*sums.optimum()))[0].figure
