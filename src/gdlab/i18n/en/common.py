"""Words used across gdlab."""
MESSAGES = {
    "language_name": "English",
}
