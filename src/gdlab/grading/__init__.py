"""Graded labs: points in pytest, the student edition, and a grader that hostile code cannot fool.

lab.py              what a lab is (lab.toml: the student's files, timeout, given modules, limits)
compare.py          graded comparisons: type, shape and NaN checked before values, teaching messages
points.py           @pytest.mark.points(n), split over parametrized cases; the score table
plugin.py           the pytest plugin (entry point): score table, result stream, the student's proxies
solutions.py        solution blocks and their markers: a source file's student version (hints in en / zh)
release.py          the student edition of a lab folder: solutions out, hidden tests stay home, leak scan
mistakes.py         naming a student's mistake by its value; grading a function given their own helper
grade.py            grade a submission: trusted tests in a child pytest, a crash costs only its test
report.py           the readable table, Gradescope results.json, one CSV for a folder of submissions
bundle.py           the Gradescope autograder zip

How the student's code is kept apart (labs/README.md has the threat model):
runner.py           the trusted pytest, forked from a warm server (pytest, torch, gdlab imported once)
template.py         starts the clean student template; Limits
student_server.py   runs in the template and its forks (never imports gdlab): serves the student's objects
sandbox.py          locks a fork down: namespaces, a private view of the files, limits, nobody
wire.py             frames of data between the two sides; decoding builds only plain values
forkserver.py       one warm process that forks a child per request (both templates serve with it)
warmup.py           torch's lazy first-use costs, paid once in each template
student_process.py  the grader's end: one student process per need, deadlines, answers, callbacks
student_errors.py   timeouts, crashes, failed imports, and the student's own exceptions
proxy.py            `import lab_cost` in a graded test: the student's module and objects as handles
"""
