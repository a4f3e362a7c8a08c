"""The lines of the `gdlab` command itself: its errors, fit's summary, plot's checks, crosscheck's table.
(argparse help texts are in cli_help; the commands' lessons and pages have their own domains.)"""
MESSAGES = {
    # gdlab.cli: how every command reports an error it cannot fix for you
    "error": "gdlab {command}: error: {error}",
    "os_error": "gdlab {command}: error: {reason}; check the path and its permissions",
    "os_error_file": "gdlab {command}: error: {reason}: {path}; check the path and its permissions",
    "interrupted": "gdlab {command}: interrupted",

    # gdlab fit: --option, and the summary (describe)
    "fit.bad_option": "--option needs NAME=VALUE, got {pair!r}; e.g. --option momentum=0.5",
    "fit.bad_value": "--option {name}={value!r}: the value must be a number, true/false, "
                     "or numbers separated by commas (betas=0.9,0.999)",
    "fit.header": "{source}: {n} samples, {line}, {method} (batch {batch_size}), {optimizer}, lr={lr:g}, {backend}",
    "fit.result": "{params}   cost J = {cost:.6g}",
    "fit.stopped": "after {steps} steps ({epochs} epochs), stopped: {reason}",
    "fit.least_squares": "least squares: {best}   J = {cost:.6g}",

    # gdlab plot
    "plot.bad_format": "--out must end in .png or .svg, got {name!r}",
    "plot.bad_dpi": "--dpi must be at least 10, got {dpi}",

    # gdlab crosscheck: the table (gdlab.crosscheck.Report.table)
    "crosscheck.case": "case",
    "crosscheck.params": "params",
    "crosscheck.cost": "cost",
    "crosscheck.grad": "grad",
    "crosscheck.ok": "ok",
    "crosscheck.yes": "yes",
    "crosscheck.no": "NO",
    "crosscheck.stepwise": "each step vs torch.optim: {label}",
    "crosscheck.summary_ok": "{count} comparisons, largest relative difference {worst:.1e}: "
                             "all within the tolerance {tol:.0e}",
    "crosscheck.summary_bad": "{count} comparisons, largest relative difference {worst:.1e}: "
                              "NOT all within the tolerance {tol:.0e}",
}
