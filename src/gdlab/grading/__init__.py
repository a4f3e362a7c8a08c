"""Graded labs: points in pytest, the student edition, and a grader that bad code cannot break.

lab.py      what a lab is (lab.toml: title, the student's files, the per-test timeout)
compare.py  graded comparisons: type, shape and NaN checked before values, teaching messages
points.py   @pytest.mark.points(n), split over parametrized cases; the score table
plugin.py   the pytest plugin (entry point): score table, "not implemented yet", result stream
release.py  the student edition: solutions become NotImplementedError, hidden tests stay home
grade.py    grade a submission in a child pytest with timeouts; a crash costs only its own test
report.py   the readable table, Gradescope results.json, one CSV for a folder of submissions
"""
