"""Shared by lab 1's public and hidden tests: grading each function on its own, and naming the mistake.

`fair` grades a function given the student's own helpers: when `cost` calls the student's `predict`
and that `predict` is wrong, a cost that is right for those predictions gets its points (the
mistake costs once, in predict's tests). `hints` recognise the usual wrong answers by their value
and say which mistake gave them, in the student's language (the words are in the catalogue,
gdlab/i18n/{en,zh}/lab01_cost.py).
"""
from types import SimpleNamespace

import numpy as np
import pytest
from gdlab.grading.mistakes import given_yours, name_the_mistake
from gdlab.i18n import text


def predict_hint(got, x, w, b):
    x = np.asarray(x, dtype=np.float64)
    return name_the_mistake(got, [
        (w * x, text("lab01_cost.predict.no_b")),
        (b * x + w, text("lab01_cost.predict.swapped")),
        (w * (x + b), text("lab01_cost.predict.b_multiplied")),
        (w * x - b, text("lab01_cost.predict.b_subtracted"))],
        text("lab01_cost.predict.otherwise"))


def cost_known(residuals):
    """(value, words) for the usual wrong costs, from the true residuals r = w·x + b − y."""
    r, n = residuals, residuals.size
    j = float(np.mean(r ** 2))
    return [
        (j / 2, text("lab01_cost.cost.half")),
        (j * n, text("lab01_cost.cost.sum")),
        (j * n / 2, text("lab01_cost.cost.half_sum")),
        (j * n / (n - 1) if n > 1 else np.nan, text("lab01_cost.cost.n_minus_1")),
        (np.sqrt(j), text("lab01_cost.cost.rmse")),
        (np.mean(np.abs(r)), text("lab01_cost.cost.mae")),
        (np.mean(r) ** 2, text("lab01_cost.cost.square_of_mean")),
        (np.mean(r), text("lab01_cost.cost.not_squared"))]


def cost_hint(got, x, y, w, b):
    residuals = w * np.asarray(x, dtype=np.float64) + b - np.asarray(y, dtype=np.float64)
    return name_the_mistake(got, cost_known(residuals), text("lab01_cost.cost.otherwise"))


def cost_curve_hint(got, x, y, ws, b):
    x, y, ws = (np.asarray(a, dtype=np.float64) for a in (x, y, ws))
    squares = (ws[:, None] * x[None, :] + b - y[None, :]) ** 2          # (m, n)
    return name_the_mistake(got, [
        (squares.mean(axis=0), text("lab01_cost.cost_curve.axis0")),
        (squares.mean(axis=1) / 2, text("lab01_cost.cost_curve.half")),
        (squares.sum(axis=1), text("lab01_cost.cost_curve.sum")),
        (((ws[:, None] * x[None, :] - y[None, :]) ** 2).mean(axis=1), text("lab01_cost.cost_curve.no_b"))],
        text("lab01_cost.cost_curve.otherwise"))


@pytest.fixture(scope="session")
def fair():
    """fair(got, expected, yours): the value `got` is graded against (see given_yours)."""
    return given_yours


@pytest.fixture(scope="session")
def hints():
    """The words that name a mistake: hints.predict(got, x, w, b), hints.cost(got, x, y, w, b),
    hints.cost_curve(got, x, y, ws, b)."""
    return SimpleNamespace(predict=predict_hint, cost=cost_hint, cost_curve=cost_curve_hint)
