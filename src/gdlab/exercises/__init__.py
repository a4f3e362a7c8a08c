"""Exercises a student can check inside the notebook: `check("02.1", my_lr)`.

Each notebook ends with 2-4 exercises. The notebook's markdown asks the question, a cell tagged
`solution` holds the teacher's answer (the student edition replaces it with a stub, see
`gdlab.exercises.student_edition`), and a check cell calls `check(key, answer)`, which prints one
line: right, wrong with a hint that names the mistake, or not done yet.

The checks of notebook NN live in `gdlab.exercises.nbNN` as `EXERCISES = {key: Exercise(...)}`;
they compute the expected answer with gdlab's reference code and compare with the same helpers
as the graded labs (`gdlab.grading.compare`), so NaN never passes.
"""
from gdlab.exercises.exercise import Exercise, Verdict, check, exercises_of, verdict

__all__ = ["Exercise", "Verdict", "check", "exercises_of", "verdict"]
