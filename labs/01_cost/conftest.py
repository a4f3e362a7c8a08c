"""Shared by lab 1's public and hidden tests: grading each function on its own, and naming the mistake.

`fair` grades a function given the student's own helpers: when `cost` calls the student's `predict`
and that `predict` is wrong, a cost that is right for those predictions gets its points (the
mistake costs once, in predict's tests). `hints` recognise the usual wrong answers by their value
and say which mistake gave them.
"""
from types import SimpleNamespace

import numpy as np
import pytest
from gdlab.grading.mistakes import given_yours, name_the_mistake


def predict_hint(got, x, w, b):
    x = np.asarray(x, dtype=np.float64)
    return name_the_mistake(got, [
        (w * x, "you left out b: y_hat = w·x + b"),
        (b * x + w, "w and b are swapped: w multiplies x, b is added"),
        (w * (x + b), "w·(x + b) is not w·x + b: only x is multiplied by w"),
        (w * x - b, "b is subtracted: y_hat = w·x + b")],
        "y_hat = w·x + b, one value per sample")


def cost_known(residuals):
    """(value, words) for the usual wrong costs, from the true residuals r = w·x + b − y."""
    r, n = residuals, residuals.size
    j = float(np.mean(r ** 2))
    return [
        (j / 2, "that is half of J: the 1/(2n) convention (J = 1/(2n)·Σr², Andrew Ng's course); in this "
                "lab J = (1/n)·Σr², without the 1/2"),
        (j * n, "that is the sum of the squared residuals: J is their mean (divide by n)"),
        (j * n / 2, "that is ½·Σr²: J is the mean (1/n)·Σr², no 1/2, divided by n"),
        (j * n / (n - 1) if n > 1 else np.nan, "that divides by n − 1: J is the mean, divide by n"),
        (np.sqrt(j), "that is the square root of J (the RMSE): J has no square root"),
        (np.mean(np.abs(r)), "that is the mean absolute error: square each residual instead of abs"),
        (np.mean(r) ** 2, "that is the square of the mean residual: square each residual first, then "
                          "take the mean"),
        (np.mean(r), "the residuals are not squared: J is the mean of r²")]


def cost_hint(got, x, y, w, b):
    residuals = w * np.asarray(x, dtype=np.float64) + b - np.asarray(y, dtype=np.float64)
    return name_the_mistake(got, cost_known(residuals),
                            "J = (1/n)·Σ (w·x_i + b − y_i)²: square each residual, then take the mean")


def cost_curve_hint(got, x, y, ws, b):
    x, y, ws = (np.asarray(a, dtype=np.float64) for a in (x, y, ws))
    squares = (ws[:, None] * x[None, :] + b - y[None, :]) ** 2          # (m, n)
    return name_the_mistake(got, [
        (squares.mean(axis=0), "you averaged over axis=0 (the slopes): average over axis=1, the "
                               "samples, one cost per slope"),
        (squares.mean(axis=1) / 2, "that is half of J at each slope: the 1/(2n) convention; in this lab "
                                   "J = (1/n)·Σr², without the 1/2"),
        (squares.sum(axis=1), "that is the sum of the squared residuals at each slope: take their mean "
                              "over axis=1"),
        (((ws[:, None] * x[None, :] - y[None, :]) ** 2).mean(axis=1),
         "you left out b: the residuals are w·x + b − y")],
        "one cost per slope: the (m, n) table ws[:, None]·x + b − y, squared, averaged over axis=1")


@pytest.fixture(scope="session")
def fair():
    """fair(got, expected, yours): the value `got` is graded against (see given_yours)."""
    return given_yours


@pytest.fixture(scope="session")
def hints():
    """The words that name a mistake: hints.predict(got, x, w, b), hints.cost(got, x, y, w, b),
    hints.cost_curve(got, x, y, ws, b)."""
    return SimpleNamespace(predict=predict_hint, cost=cost_hint, cost_curve=cost_curve_hint)
