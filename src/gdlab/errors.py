"""The errors gdlab raises for bad input: each message names the value, what was expected, and the fix."""


class GdlabError(ValueError):
    """Base class: a problem with what the user asked for, explained in the message."""


class DataError(GdlabError):
    """The data cannot be used as given (missing file, bad cell, NaN, wrong shape)."""


class DivergenceError(GdlabError):
    """The cost blew up: the learning rate is too large.

    `trajectory` holds every step up to the divergence, so it can still be plotted.
    """

    def __init__(self, message, *, step, lr, trajectory):
        super().__init__(message)
        self.step = step
        self.lr = lr
        self.trajectory = trajectory
