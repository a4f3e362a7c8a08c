"""Graded labs: points in pytest, the student edition, and a grader that hostile code cannot fool.

lab.py              what a lab is (lab.toml: the student's files, timeout, given modules, limits)
compare.py          graded comparisons: type, shape and NaN checked before values, teaching messages
points.py           @pytest.mark.points(n), split over parametrized cases; the score table
plugin.py           the pytest plugin (entry point): score table, result stream, the student's proxies
solutions.py        solution blocks and their markers: a source file's student version (hints in en / zh)
release.py          the student edition of a lab folder: solutions out, hidden tests stay home, leak scan
mistakes.py         naming a student's mistake by its value; grading a function given their own helper
grade.py            grade a submission: the denominator first, then trusted child pytests until all ran
submission.py       the student's files from a submission, as text: only the lab's, checked
notebook_submission.py  a notebook in place of a file: its answer cells, read as data, as the module
child_pytest.py     the trusted child pytest's folder (the instructor's tests), command line, environment
events.py           the grader's end of the plugin's result stream (JSON lines, read as they come)
watch.py            following one child pytest: a test past its timeout, a crash, the budget
results.py          a grade as data: TestResult per test, Grade; truncate
report.py           the readable table, Gradescope results.json, one CSV for a folder of submissions
class_report.py     the class report: the scores, what the class got wrong per test, a page per student
student_page.py     one student's own feedback page beside the class report, safe to send them
html_page.py        a self-contained HTML page: inline CSS and PNG, the embedded CJK font subset
gradebook_import.py a CSV that Canvas's or Moodle's gradebook imports
bundle.py           the Gradescope autograder zip

How the student's code is kept apart (labs/README.md has the threat model):
runner.py           the trusted pytest, forked from a warm server (pytest, torch, gdlab imported once)
template.py         starts the clean student template; Limits
forkserver.py       one warm process that forks a child per request (both templates serve with it)
warmup.py           torch's lazy first-use costs, paid once in each template
student_process.py  the grader's end: one student process per need, deadlines, requests, callbacks
student_answers.py  reading the student's answers: whole frames, before the deadline, within budget
student_output.py   what the student prints: the head kept, a flood stopped
student_errors.py   timeouts, crashes, failed imports, and the student's own exceptions
proxy.py            `import lab_cost` in a graded test: the student's module and objects as handles
wire.py             frames of data between the two sides; decoding builds only plain values

The student side: run in the template and its forks, never importing gdlab (standard library, NumPy
and torch only; student_server.py loads the others, its STUDENT_SIDE, from their files, not as gdlab's):
student_server.py   the template, the supervisor and the student process: gdlab hidden, forks, serving
object_server.py    the student's objects served over the socket: handles, requests, callbacks
sandbox.py          what locks a student process down, and what of it this machine allows (probe)
file_view.py        the private view: namespaces, the grader's folders covered, read-only mounts
lockdown.py         the student process itself: limits, the unprivileged user, no capabilities
syscalls.py         the Linux calls (mount, unshare, prctl, capset) through ctypes
(wire.py, forkserver.py and warmup.py serve both sides.)
"""
