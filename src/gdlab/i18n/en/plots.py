"""Figure texts (gdlab.plots): titles, axis labels, legends, notes. Math stays in $...$ (mathtext);
a label that is only math ("$J(w, b)$") is not a message and stays in the code."""
MESSAGES = {
    # the font for Chinese figures (gdlab.i18n.fonts)
    "font_package_missing": "Chinese figures need the font {family} from the Python package {package}, "
                            "which is not installed; install it with: pip install {package} (a gdlab "
                            "dependency: pip install -e . brings it), or draw in English: "
                            "gdlab.set_language('en')",
    "font_file_missing": "the package {package} is installed but its font file {path} is missing; "
                         "reinstall it: pip install --force-reinstall {package}",

    # shared by several figures
    "start": "start",
    "end": "end",
    "points": "points",
    "path_points": "points of the paths",
    "clipped": "{outside} of {total} {what} lie outside the plotted range (clipped)",
    "diverged_at_step": "diverged at step {step}",

    # line1d: y = w·x
    "data.samples": r"data $(x_i, y_i)$",
    "data.errors": r"error $\hat y_i - y_i$",
    "data.title": r"Prediction $\hat y = w\,x$ and each sample's error",
    "cost_curve.cost": r"cost $J(w)$",
    "cost_curve.minimum": r"minimum $w^* = {w:.3g}$",
    "cost_curve.steps": "{steps} steps, lr = {lr:.3g}",
    "cost_curve.tangent": r"tangent, slope $dJ/dw = {grad_w:.3g}$",
    "cost_curve.title": r"Cost $J(w)$: a parabola; the gradient is its slope",
    "lr_panel.crawls": "too small: crawls",
    "lr_panel.good": "good",
    "lr_panel.oscillates": "near critical: oscillates",
    "lr_panel.diverges": "too large: diverges",
    "lr_panel.lr": "lr = {lr:.3g} = {ratio:.2g} × critical",

    # local_global: the double well
    "local_global.global_minimum": r"global minimum $w = {w:.2f}$",
    "local_global.local_minimum": r"local minimum $w = {w:.2f}$",
    "local_global.global": "global",
    "local_global.local": "local",
    "local_global.diverged": "diverged",
    "local_global.path": r"GD from $w_0 = {start:g}$ → {end}",
    "local_global.title": "Where GD ends depends on the start (lr = {lr:g}, {steps} steps)",

    # paths: BGD, SGD, MBGD
    "path.label": "{method}, {steps} steps",
    "path.label_diverged": "{method}, {steps} steps, diverged",
    "cost_per_step.minimum": r"least-squares minimum $J^* = {cost:.3g}$",
    "cost_per_step.step": "step",
    "cost_per_step.step_symlog": "step (symlog scale)",
    "cost_per_step.cost_log": r"$J(w, b)$ (log scale)",
    "cost_per_step.title_linear": "Cost per step, linear scale",
    "cost_per_step.title_log": "Cost per step, log scale",

    # surface: J(w, b)
    "surface.optimum": r"least squares $(w^*, b^*) = ({w:.3g}, {b:.3g})$",
    "surface.non_finite": "{count} grid points have a non-finite cost (overflow): left blank",
    "surface.overflow": "{count} grid points overflow: drawn at the largest finite cost",
    "surface.contour_title": r"Cost $J(w, b)$ of $\hat y = w\,x + b$: contour map",
    "surface.title": r"Cost surface $J(w, b)$",

    # race: the test landscapes and the optimizer race
    "landscape.minimum": "minimum",
    "landscape.minima": "minima",
    "landscape.name.rosenbrock": "Rosenbrock",
    "landscape.name.beale": "Beale",
    "landscape.name.himmelblau": "Himmelblau",
    "landscape.name.saddle": "Saddle",
    "race.path": "{optimizer} (lr {lr:.3g})",
    "race.path_diverged": "{optimizer} (lr {lr:.3g}), diverged",
    "race.title": "Optimizer race on {landscape}: {steps} steps from ({w0:.3g}, {b0:.3g})",

    # animate
    "animate.curve_title": "step {k} of {steps}: w = {w:.3g}, slope dJ/dw = {grad_w:.3g}",
    "animate.contour_title": "step {k} of {steps}",

    # widgets: the sliders and their messages
    "widgets.diverged": "diverged at step {step}: lr > critical {critical:.3g}",
    "widgets.error": "error: {error}",
    "widgets.lr": "lr",
    "widgets.steps": "steps",
    "widgets.start_w": "start w",
    "widgets.start_b": "start b",
    "widgets.method": "method",
    "widgets.optimizer": "optimizer",
    "widgets.epochs": "epochs",
    "widgets.batch_size": "batch size",
}
