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

    # gdlab.grading.lab: what is wrong with a lab folder or its lab.toml (for the teacher)
    "lab.not_a_lab": "{path} is not a lab: it has no {manifest}",
    "lab.not_toml": "{manifest} is not valid TOML: {error}",
    "lab.no_files": "{manifest} must list the student's files, e.g. files = [\"lab_cost.py\"]",
    "lab.files_not_plain": "{manifest}: files must be plain file names in the lab folder (not conftest.py or "
                           "pytest.ini), got {bad}",
    "lab.bad_timeout": "{manifest}: timeout must be a positive number of seconds, got {timeout}",
    "lab.bad_visibility": "{manifest}: hidden_visibility must be one of {choices}, got {visibility}",
    "lab.bad_given": "{manifest}: given must list .py files of the lab folder that the student does not hand "
                     "in, e.g. given = [\"linefit.py\"], got {given}",
    "lab.bad_language": "{manifest}: language must be one of {choices}, got {language}",
    "lab.bad_limits": "{manifest}: [limits] may set {names}, got {table}",
    "lab.bad_limit": "{manifest}: limits.{name} must be a positive whole number, got {value}",
    "lab.no_labs_dir": "no labs folder at {path}; pass --labs-dir DIR",
    "lab.no_such_lab": "no lab named {name}; the labs are: {known} (or give the path of a lab folder)",
    "lab.no_labs": "none",

    # gdlab.grading.grade: the instructor's tests, and how a long message is cut
    "grade.no_such_file": "lab {lab} lists {name} in {manifest} but has no such file",
    "grade.collect_timeout": "collecting the tests of lab {lab} took over {seconds} s",
    "grade.collect_failed": "the instructor's tests of lab {lab} do not collect with the instructor's solution:\n"
                            "{detail}",
    "grade.no_points": "lab {lab} has no test marked @pytest.mark.points(n): nothing to grade",
    "grade.cut": "\n... [{count} characters cut] ...\n",
    "grade.printed": "\n--- your code printed ---\n{output}",

    # gdlab.grading.points: a points marker written wrong (for the teacher)
    "points.one_number": "{nodeid}: write @pytest.mark.points(n) with one number n, got points{args}{kwargs}",
    "points.not_positive": "{nodeid}: points must be a positive number, got {n}",
    "plugin.score_title": "gdlab score",

    # gdlab.grading.runner and template: the warm starts of the grading machine
    "runner.no_run": "the warm test runner did not start a run: {error}",
    "runner.no_start": "the warm test runner did not start (python -m gdlab.grading.runner)",
    "template.no_start": "the student template did not start: {error}",
    "template.no_answer": "no answer",

    # gdlab.grading.student_process: the student's process as the grader sees it
    "process.not_answering": "the student template is not answering ({error})",
    "process.not_locked_down": "the grader could not lock down the student process: {error}",
    "process.answer_too_large": "an answer of {length} bytes, over the limit of {limit}",
    "process.answers_over_budget": "more than {mib} MiB of answers in one test",
    "process.handle_to_grader": "a handle passed to a grader function (only data may be passed)",
    "process.no_hello": "no hello",
    "process.unknown_frame": "an unknown frame",
    "process.not_data": "a {type} cannot be sent to the student's process: send numbers, strings, arrays, "
                        "tensors, lists/tuples/dicts of them, or a plain function",
    "process.import_timed_out": "importing your code took longer than the test's time limit (an infinite loop "
                                "at import?)",
    "process.import_crashed": "{error} while your code was being imported",
    "process.import_failed": "{name}.py could not be imported: {type}: {error}{why}",
    "process.bad_len": "len() of the student's object is not a whole number",
    "process.bad_iter": "iter() of the student's object did not give an iterator",
    "process.remote": "<the student's {type} object>",

    # said inside the student's process (student_server.py cannot import gdlab: the grader hands
    # these over, in its language, with each student process it asks for)
    "student.blocked": "gdlab's reference code is not available while grading: write it yourself",
    # gdlab.grading.wire: the limits of what one answer may hold
    "wire.nested_too_deep": "a value nested more than {depth} deep",
    "wire.header_too_large": "a frame header of {size} bytes, over the limit of {limit} (send many numbers as "
                             "one array, not as a list)",
    "wire.too_many_numbers": "more than {limit} numbers in one answer",

    # gdlab.grading.report: files that cannot be written, and the isolation line
    "report.cannot_write_results": "cannot write the results to {path}: {reason}; choose a folder you can "
                                   "write to",
    "report.cannot_write_grades": "cannot write the grades to {path}: {reason}; choose a folder you can write to",
    "isolation.line": "isolation: student code in its own process as {user}; {view}; limits: {limits}",
    "isolation.namespaces": "own mount, PID, network, IPC and UTS namespaces, a private read-only view, "
                            "no capabilities",
    "isolation.no_namespaces": "no namespaces (the student process can read what the grader's user can)",
    "isolation.own_user": "the grader's own user (not root: no user to drop to)",

    # gdlab.grading.bundle: the Gradescope zip (not_graded is what run_autograder tells the student;
    # it goes into a shell string and JSON: no quotes, backslashes, $ or backticks)
    "bundle.no_checkout": "gdlab is not running from a source checkout ({root}); `gdlab labs bundle` needs one "
                          "to pack gdlab's source into the zip",
    "bundle.out_in_lab": "--out {out} is inside the lab {lab}'s own folder and could overwrite its source; write "
                         "the zip outside the labs, e.g. --out autograder.zip",
    "bundle.out_exists": "--out {out} already exists and is not a zip gdlab could have written; choose a new "
                         "file name ending in .zip",
    "bundle.cannot_write": "cannot write the autograder zip {out}: {reason}",
    "bundle.not_graded": "Not graded: the autograder could not grade this submission safely (gdlab grade exited "
                         "with status {status}), so it scores 0. This is a problem with the autograder, not with "
                         "your submission: please tell your instructor.",

    # gdlab.cli.grade: `gdlab grade`
    "cli.bad_timeout": "--timeout must be a positive number of seconds, got {value}",
    "cli.bad_budget": "--budget must be a positive number of seconds, got {value}",
    "cli.jobs_hint": "; e.g. --jobs 2 or --jobs auto",
    "cli.no_hide_folder": "--hide {folder}: no such folder; give folders to keep out of the student's view",
    "cli.not_isolated": "--require-isolation: not grading, because {reasons}",
    "cli.not_root": "the grader is not root, so it cannot drop the student's code to another user",
    "cli.no_user": "no unprivileged user to run the student's code as",
    "cli.no_namespaces": "this kernel refused new mount, PID and network namespaces",
    "cli.separator": "; ",
    "cli.wrote": "wrote {path}",
    "cli.submission": "{name}: {score} / {max_score}{problems}",
    "cli.problems": "  ({count} problem(s))",
    "cli.wrote_csv": "wrote {path} ({count} submissions)",
    "cli.wrote_results": "wrote {count} results files into {path}",

    # gdlab.cli.labs: `gdlab labs list` and `gdlab labs bundle`
    "labs.public_and_hidden": "public + hidden tests",
    "labs.public_only": "public tests only",
    "labs.bundled": "wrote {path}: upload it as the autograder of a Gradescope programming assignment",

    # gdlab.grading.notebook_submission: a notebook handed in for the lab's .py file
    "lab.bad_notebooks": "{manifest}: notebooks must be a list of plain .ipynb file names, each named after "
                         "one of the lab's files when it has several (e.g. notebooks = [\"lab_cost.ipynb\"]), "
                         "got {notebooks}",
    "notebook.or_notebooks": "{file} or the notebook {notebooks}",
    "notebook.too_large": "{name} is larger than {mib} MiB (outputs and images count): not graded; clear its "
                          "outputs in Jupyter (Edit > Clear Outputs of All Cells), save and hand it in again",
    "notebook.not_json": "{name} is not a notebook: it is not valid JSON ({error}); save it from Jupyter as "
                         ".ipynb again, or hand in the lab's .py file instead",
    "notebook.not_notebook": "{name} is not a Jupyter notebook (version 4, with a list of cells): save it from "
                             "Jupyter as .ipynb again, or hand in the lab's .py file instead",
    "notebook.invalid": "{name} is not a valid Jupyter notebook ({error}): save it from Jupyter as .ipynb "
                        "again, or hand in the lab's .py file instead",
    "notebook.magic": "{name}, cell {cell}: line {line} is an IPython magic or shell command ({code}), which "
                      "the grader does not run: it was left out, and the rest of the cell is graded",
    "notebook.does_not_parse": "{name}, cell {cell} does not parse: line {line}: {error}; fix this cell. Until "
                               "then the tests that use {names} score 0 (the other cells are graded)",
    "notebook.no_answers": "{name}: no cell defines the lab's names ({names}) or is tagged {tag}: nothing of "
                           "it was graded; define the lab's functions in code cells of the notebook",
    "self_check.no_tests": "{folder} has no {tests}/ folder: open this notebook from the lab's folder (the one "
                           "with lab.toml and {tests}/), or pass check(folder=...)",
    "self_check.summary": "{passed} of {total} public tests pass (the hidden tests run when your work is graded)",
    "lab_notebook.intro": "# {title}\n\nWrite your answers in the code cells below, in place of each "
                          "`raise NotImplementedError`. Run the **check** cell at the end at any time: it runs "
                          "this lab's public tests (the `{tests}/` folder beside this notebook) on your answers, "
                          "as the grader will. Hand in this notebook as `{name}` (or the `.py` file instead).\n\n"
                          "Cells that only print, plot or train for show are never run by the grader.",
    "lab_notebook.check": "## Check your answers\n\nThe lab's public tests on the answers above, as graded.",
    "notebook.instead_of_stub": "{name} is the lab's file as released, unchanged: {notebook} was graded in its place",
    "notebook.not_graded": "{notebook} was not graded: {name} was handed in beside it and changed, so {name} "
                           "is graded; hand in one of the two",
}
