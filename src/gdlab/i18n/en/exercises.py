"""What check() prints around a notebook exercise."""
MESSAGES = {
    "right": "right",
    "wrong": "wrong",
    "not_done": "not done yet",
    "still_ellipsis": "write your answer in the cell above (it is still `...`)",
    "still_raises": "your function still raises NotImplementedError: write its body",
    "raised": "your answer raised {error}: {message}",

    # gdlab.exercises.exercise: a key that names no exercise
    "no_exercises": "notebook {notebook} has no exercises; keys look like '02.1'",
    "bad_key": "exercise key {key} is not of the form 'NN.k' (for example '02.1')",
    "no_such_exercise": "there is no exercise {key}; notebook {notebook} has {keys}",
}
