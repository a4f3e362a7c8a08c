"""Errors of the numerical core: settings, batches, the twins, the optimizers, the descent, plot ranges.

Each message names the value that is wrong and the fix. Values shown as {value!r} keep Python's
quotes, so a user sees exactly what was passed."""
MESSAGES = {
    # gdlab.checks: user-given settings
    "checks.lr": "lr must be a positive finite number, got {value!r}; try lr=0.1 or smaller",
    "checks.positive_int": "{name} must be a whole number >= 1, got {value!r}{hint}",
    "checks.batch_size_hint": "; use 1 (SGD) up to the number of samples, {n}",
    "checks.batch_too_large": "batch_size {batch_size} is larger than the data ({n} samples); "
                              "use at most {n} (that is BGD)",
    "checks.choice": "unknown {name} {value!r}; choose one of: {choices}",
    "checks.finite": "{name} must be a finite number, got {value!r}",
    "checks.nonnegative": "{name} must be >= 0, got {value!r}",
    "checks.seed": "seed must be a whole number >= 0, got {value!r}",
    "checks.fraction": "{name} must be in {interval}, got {value!r}; the default is a good start",
    "checks.folder_not_created": "{name} {folder}: cannot create that folder ({reason}); "
                                 "choose a folder you can write to",
    "checks.folder_not_writable": "{name} {folder}: this folder is not writable; choose a folder you can write to",
    "checks.positive": "{name} must be a positive finite number, got {value!r}",

    # gdlab.checks: the data and parameters both twins take (predict, cost, update, optimizers)
    "checks.not_numbers": "{name} must be numbers (a number, a list or an array), got {type}: {error}",
    "checks.samples_not_1d": "{name} must hold one number per sample, shape (n,), got shape {shape}; "
                             "pass one column of the data",
    "checks.samples_mismatch": "x and y must hold the same number of samples, got {n_x} and {n_y}; "
                               "give one y for each x",
    "checks.samples_empty": "x and y are empty: the cost needs at least one sample",
    "checks.samples_not_finite": "{name}[{index}] is {value} ({count} non-finite value(s) in {name}); "
                                 "remove or fill those samples first",
    "checks.one_number": "{name} must be a single number (the line has one w and one b), got {value}",
    "checks.same_shape": "{name} must have the shape of {other}, {expected}, got {shape}",

    # gdlab.config: FitConfig
    "config.batch_size_hint": "; use 1 (SGD) up to the number of samples",
    "config.divergence_factor": "divergence_factor must be > 1, got {value!r}",
    "config.unknown_setting": "unknown setting {unknown}; the settings are: {names}",

    # gdlab.batches
    "batches.fixed_size": "batch_size {batch_size!r} does not fit method {method!r}, which always uses "
                          "{fixed} sample(s) per step; use method='mbgd' to choose the batch size",

    # gdlab.twins and the optimizers (gdlab.scratch.optimizers)
    "twins.unknown_option": "optimizer {name!r} has no option {unknown}; its options are: {options}",
    "twins.no_options": "none",
    "optimizers.betas": "betas must be two numbers (beta1, beta2), got {value!r}; e.g. betas=(0.9, 0.999)",
    "optimizers.shape_changed": "params have shape {shape}, but this optimizer's state was made for shape "
                                "{expected}; use a new optimizer for other parameters",

    # gdlab.descent
    "descent.on_divergence": "on_divergence must be 'raise' or 'stop', got {value!r}",
    "descent.not_finite": "is not finite",
    "descent.too_large": "= {cost:.3g}, past {factor:.0e} × where it started",
    "descent.advice_critical": "plain BGD on this data diverges for lr > {critical:.4g}, so try lr={suggested:.3g}",
    "descent.advice_smaller": "try a smaller one, e.g. lr={suggested:.3g}",
    "descent.diverged": "gradient descent diverged at step {step} with lr={lr:g}: the cost J {what}. "
                        "The learning rate is too large (each step overshoots the minimum, 反复横跳, by more "
                        "than the last); {advice}.",
    "descent.diverged_error": "{message} The steps up to the divergence are in .trajectory.",

    # gdlab.trajectory: why a descent stopped, as shown to a person (the data values stay
    # "tolerance", "budget", "diverged")
    "trajectory.stopped.tolerance": "tolerance",
    "trajectory.stopped.budget": "budget",
    "trajectory.stopped.diverged": "diverged",
    "trajectory.stopped.running": "running",

    # gdlab.plots.ranges, surface, animate: ranges, grids and files of the figures
    "ranges.not_two_numbers": "{name} must be two numbers LOW HIGH, got {value!r}",
    "ranges.not_finite": "{name} must be finite, got ({low:g}, {high:g}); give two finite numbers",
    "ranges.inverted": "{name} must have low < high, got ({low:g}, {high:g}): the range is inverted; swap them",
    "ranges.empty": "{name} must have low < high, got ({low:g}, {high:g}): the range is empty; widen it",
    "ranges.grid": "the grid needs at least 2 points per axis, got {value!r}; try 200",
    "surface.all_non_finite": "every value on the grid is non-finite (overflow): narrow the ranges",
    "surface.flat": "the surface is flat over this range (every value is {value:g}); widen the ranges",
    "animate.no_frames": "an animation needs at least 1 frame, got {frames}",
    "animate.not_gif": "an animation is saved as .gif, got {name!r}; name the file *.gif",

    # gdlab.i18n.language
    "language.unknown": "unknown language {language!r}; choose one of: {choices}",
}
