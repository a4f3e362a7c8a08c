"""gdlab: a teaching lab for gradient descent.

Every concept twice: by hand in NumPy (gdlab.scratch) and through torch.autograd / torch.optim
(gdlab.autograd), cross-checked (gdlab.crosscheck). The loop is gdlab.descent.fit; pictures are
in gdlab.plots; the CNN in gdlab.cnn; graded labs in gdlab.grading; every text for people in
gdlab.i18n (English and Chinese: gdlab.set_language("zh")). Importing gdlab imports none of them
(and no torch): each is imported where it is used.
"""
from importlib.metadata import PackageNotFoundError, version



def set_language(language):
    """Write gdlab's figures and messages in `language` from now on: "en" (default) or "zh"."""
    from gdlab.i18n import set_language as choose
    choose(language)


try:
    __version__ = version("gdlab")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
