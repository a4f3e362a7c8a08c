"""The grader's own words (gdlab.grading): the comparisons' messages, the statuses and lines of a
grade report and of Gradescope's results.json, and the stub a released lab ships. The statuses the
code compares ("passed", "not implemented yet", ...) stay English inside; these are how they show."""
MESSAGES = {
    # gdlab.grading.compare: what a failed comparison tells the student
    "compare.the_result": "the result",
    "compare.wrong": "{what} is wrong",
    "compare.wrong_because": "{what} is wrong: {detail}",
    "compare.expected": "  expected: {value}",
    "compare.got": "  got:      {value}",
    "compare.hint": "  hint: {hint}",
    "compare.wrong_type": "wrong type",
    "compare.a_kind": "a {kind}",
    "compare.a_kind_shown": "a {kind} ({value})",
    "compare.kind.number": "number",
    "compare.kind.array": "array",
    "compare.kind.tensor": "tensor",
    "compare.kind.bool": "bool",
    "compare.wrong_shape": "wrong shape",
    "compare.shape": "shape {shape}",
    "compare.shape_hint": "check which axis you sum over and whether you kept one value per sample",
    "compare.not_finite": "not finite",
    "compare.finite_numbers": "finite numbers",
    "compare.finite_hint": "NaN or inf usually means a division by zero, a log of 0, or a step that diverged",
    "compare.values_differ": "{count} of {size} values differ, first at index {index}: expected {expected}, "
                             "got {got}; shape {shape}",

    # a test's status as a student reads it (the code keeps the English status)
    "status.passed": "passed",
    "status.failed": "failed",
    "status.skipped": "skipped",
    "status.not_run": "not run",
    "status.not_implemented_yet": "not implemented yet",
    "status.timed_out": "timed out",
    "status.crashed": "crashed",
    "status.never_ran": "never ran",

    # gdlab.grading.plugin: the messages of the graded run
    "plugin.not_implemented_because": "not implemented yet: {message}",
    "plugin.withheld": "the result is not what this hidden test expected (details are withheld)",
    "plugin.skipped": "skipped: {reason}",
    "plugin.timed_out": "timed out: your code ran for more than {seconds} s in this test (an infinite "
                        "loop?); it scores 0, the other tests still count",
    "plugin.crashed": "crashed: {error}; this test scores 0, the other tests still count",
    "plugin.never_ran": "never ran: {error}",
    "plugin.not_collected": "could not be collected",
    "plugin.could_not_collect": "could not collect {nodeid}: its points are missing above; see the error "
                                "reported for it",

    # gdlab.grading.report: the table and Gradescope's summary
    "report.title": "grade of {submission} on lab {lab}",
    "report.test": "test",
    "report.score": "score",
    "report.max": "max",
    "report.status": "status",
    "report.hidden": "(hidden)",
    "report.total": "total: {score} / {max_score}",
    "report.problem": "problem: {problem}",
    "report.points": "{score} / {max_score} points",

    # gdlab.grading.release: what a released stub says in place of the solution
    "release.hint_comment": "# Hint: {hint}",
    "release.write_here": "{function}: write your code here",
    "release.write_here_hint": "{function}: write your code here (hint: {hints})",
    "release.hint_separator": "; ",
}
