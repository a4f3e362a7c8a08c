"""The student edition: `gdlab labs release` (gdlab.grading.release, the solution markers of
gdlab.grading.solutions), `gdlab release` (gdlab.exercises.release, the notebooks' stubs of
gdlab.exercises.student_edition), their leak scans, and what the released files say."""
MESSAGES = {
    # gdlab.grading.release: where a lab's student edition may go, and its leak scan
    "labs.target_is_lab": "the release folder {target} is the source of lab {lab} ({path}); releasing there "
                          "would overwrite the instructor's lab; give --out a folder outside the labs",
    "labs.target_contains_lab": "the release folder {target} contains the source of lab {lab} ({path}); releasing "
                                "there would overwrite the instructor's lab; give --out a folder outside the labs",
    "labs.target_inside_lab": "the release folder {target} is inside the source of lab {lab} ({path}); releasing "
                              "there would overwrite the instructor's lab; give --out a folder outside the labs",
    "labs.out_is_lab": "the release folder {target} is the source of lab {lab} ({path}); releasing there would "
                       "write into the instructor's lab; give --out a folder outside the labs",
    "labs.out_inside_lab": "the release folder {target} is inside the source of lab {lab} ({path}); releasing "
                           "there would write into the instructor's lab; give --out a folder outside the labs",
    "not_a_folder": "{target} exists and is not a folder; move it away or give another --out",
    "labs.not_ours": "{target} is not empty and was not written by `gdlab labs release` (it has no {marker}); "
                     "nothing was changed; move it away or give another --out",
    "labs.cannot_write": "cannot write into the release folder {folder}: {reason}",
    "labs.cannot_place": "cannot put the release of {lab} in place at {target}: {reason}",
    "labs.leak": "the release of {lab} would leak {count} line(s) of solutions or hidden tests ({shown}); "
                 "nothing was written for this lab",
    "labs.marker": "written by `gdlab labs release` from {path}; the next release replaces this folder",

    # gdlab.grading.solutions: solution markers written wrong in an instructor's source
    "markers.syntax": "{filename} line {line}: {what} ({error})",
    "markers.source_invalid": "the instructor source is not valid Python",
    "markers.edition_invalid": "the student edition would not be valid Python; check the indentation of the "
                               "solution markers and of the STUDENT section",
    "markers.outside_function": "{filename} line {line}: a solution block must be inside a function body, so "
                                "the student edition can raise NotImplementedError there (or say what ships "
                                "instead in a {student} section)",
    "markers.not_commented": "{filename} line {line}: after {student} every line is commented out (`# code`), so "
                             "that the instructor's source runs the solution; this one is not",
    "markers.no_begin": "{filename} line {line}: {marker} without a {begin} before it",
    "markers.hint_not_before": "{filename} line {line}: {hint} must come right before {begin}",
    "markers.nested": "{filename} line {line}: {begin} inside another solution block (opened on line {start}); "
                      "close it with {end} first",
    "markers.second_student": "{filename} line {line}: a second {student} in the solution block opened on "
                              "line {start}",
    "markers.never_closed": "{filename} line {line}: {begin} is never closed by {end}",

    # gdlab.exercises.release: the notebooks' student edition
    "notebooks.overlap": "the release folder {target} overlaps the teacher's notebooks ({source}); give --out a "
                         "folder outside the checkout's notebooks/",
    "notebooks.not_ours": "{target} is not empty and was not written by `gdlab release` (it has no {marker}); "
                          "nothing was changed; move it away or give another --out",
    "notebooks.unreadable": "{path} is not a readable notebook ({error}); nothing was released",
    "notebooks.leak": "the student notebooks would leak {count} answer line(s) ({shown}); nothing was written",
    "notebooks.none": "no notebooks in {folder}; give --notebooks-dir the folder that holds them",
    "notebooks.marker": "written by `gdlab release` from {path}; the next release replaces this folder",

    # gdlab.exercises.student_edition: a solution cell's stub (the comments ship in the notebook)
    "stub.a_solution_cell": "a solution cell",
    "stub.cell": "{notebook} cell {index}",
    "stub.not_python": "{where} is not valid Python (line {line}: {error})",
    "stub.empty": "{where} assigns no answer and defines no function, so its stub would be empty: give the "
                  "answer a name (my_lr = ...)",
    "stub.header": "# Your answer (the check in the next cell tells you whether it is right):",
    "stub.your_answer": "# your answer",
    "stub.write_it_here": "{function}: write it here",

    # gdlab.cli.labs and gdlab.cli.release: what a release reports
    "labs.released": "released {lab}: {count} files, solutions replaced, hidden tests left out",
    "labs.done": "student edition in {out} (every .py parsed, leak scan clean)",
    "course.labs": "released {count} labs: solutions replaced, hidden tests left out",
    "course.notebooks": "released {count} notebooks: solution cells stubbed, answers removed, outputs cleared",
    "course.done": "student edition of the course in {out} (leak scans clean)",
}
