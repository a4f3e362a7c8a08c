"""The grader's own words (gdlab.grading): the comparisons' messages, the statuses and lines of a
grade report and of Gradescope's results.json, and the stub a released lab ships. The statuses the
code compares ("passed", "not implemented yet", ...) stay English inside; these are how they show."""
MESSAGES = {
    "process.timed_out": "timed out",
    "process.printed_too_much": "your code printed more than {limit} bytes (the output limit)",
    "process.exited": "the student process {how}",
    "process.ended": "the student process ended",
    "process.protocol": "the student process broke the grading protocol: {what}",
    "process.gone": "this object lived in a student process that has ended",
    "process.restarted": "the student process was restarted {count} times; no more",
    "process.missing_module": "{module}.py is not in the submission",
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

    # gdlab.grading.grade: how a test ended when the student's code did not answer, and the problems
    "grade.timed_out": "timed out: this test ran for more than {seconds} s (an infinite loop?); it scores 0, "
                       "the other tests still count",
    "grade.budget_ran_out": "timed out: the overall time budget ran out during this test",
    "grade.crashed": "crashed: the test process {how} during this test; it scores 0, the other tests still count",
    "grade.idle_outside_test": "the test process did nothing for {seconds} s outside any test (an infinite loop "
                               "at import?)",
    "grade.process_ended": "the test process {how}",
    "grade.stopped_importing": "the test process stopped while importing your code, before any test ran: it "
                               "{how}{called}",
    "grade.called_sys_exit": " (your code called sys.exit() while it was imported)",
    "grade.never_ran": "never ran: {reason}",
    "grade.never_ran_import": "never ran: {test_file} could not be imported with your code:\n{message}",
    "grade.never_ran_budget": "never ran: the overall time budget of {seconds} s was used up",
    "grade.never_ran_stopped": "never ran: pytest stopped before this test (see the other tests' messages)",
    "grade.no_submission": "never ran: there was no submission to grade",
    "grade.submission_missing": "the submission {submission} does not exist; every test scores 0",
    "grade.not_graded": "not graded: {why}",
    "grade.tests_status": "{count} test(s) {status}: {names}{more}",
    "grade.more": " ...",
    "grade.missing_file": "missing file: the submission has no {name} (the lab asks for {files}); its tests score 0",
    "grade.file_separator": ", ",
    "grade.link_or_large": "{name} is a link or larger than {mib} MiB: not graded",
    "grade.not_utf8": "{name} is not UTF-8 text (byte {byte}): save it as UTF-8",
    "grade.unreadable": "{name} cannot be read ({reason}): not graded",
    "grade.does_not_parse": "{name} does not parse: line {line}: {error}; the tests that import it score 0",
    "grade.not_python": "{name} cannot be read as Python source ({error}); the tests that import it score 0",

    # how a process ended (gdlab.grading.grade for the test process, student_errors for the student's)
    "exit.was_stopped": "was stopped",
    "exit.stopped": "stopped",
    "exit.crashed_with": "crashed with {what} ({name})",
    "exit.signal_number": "signal {number}",
    "exit.interrupted": "was interrupted (KeyboardInterrupt or pytest.exit() in the code?)",
    "exit.code": "exited with code {code} (os._exit() or sys.exit() in the code?)",
    "exit.student_code": "exited with code {code} (os._exit() in the code?)",
    "exit.lock_down_failed": "exited with code {code}: it could not be locked down (a problem of the grading "
                             "machine), or the code called os._exit({code})",
    "exit.SIGSEGV": "a segmentation fault",
    "exit.SIGABRT": "an abort",
    "exit.SIGBUS": "a bus error",
    "exit.SIGFPE": "a floating-point exception",
    "exit.SIGKILL": "killed (out of memory?)",
    "exit.SIGKILL_limit": "killed (out of memory, or a limit?)",
    "exit.SIGXCPU": "the CPU-time limit",
    "exit.SIGXFSZ": "the file-size limit",

    # gdlab.grading.student_errors: the student's own traceback under an error's message
    "errors.in_your_code": "\n(in your code:\n{traceback})",

    # gdlab.grading.points: the score table of a plain pytest run
    "points.test": "test",
    "points.earned": "earned",
    "points.possible": "possible",
    "points.status": "status",
    "points.lab_total": "lab {lab}: {earned} / {possible}{note}",
    "points.public_only": "  (public tests only: hidden tests did not run)",
}
