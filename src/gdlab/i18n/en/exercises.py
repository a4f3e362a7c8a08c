"""What check() prints around a notebook exercise."""
MESSAGES = {
    "right": "right",
    "wrong": "wrong",
    "not_done": "not done yet",
    "still_ellipsis": "write your answer in the cell above (it is still `...`)",
    "still_raises": "your function still raises NotImplementedError: write its body",
    "raised": "your answer raised {error}: {message}",
}
