"""The cross-check passes on the real twins, and fails loudly when one twin is wrong."""
import json

import numpy as np
import pytest

from gdlab.cli import main
from gdlab.crosscheck import crosscheck, relative_difference
from gdlab.scratch import optimizers


@pytest.fixture(scope="module")
def report():
    return crosscheck()


def test_every_case_agrees_within_1e_10(report):
    assert len(report.rows) == 2 * 3 * 7 + 14
    assert report.ok, report.table()
    for row in report.rows:
        assert row.params <= 1e-10 and row.grad <= 1e-10, row.case
        assert np.isnan(row.cost) or row.cost <= 1e-10, row.case


def test_relative_difference_never_lets_nan_pass():
    assert relative_difference([1.0, np.nan], [1.0, np.nan]) == float("inf")
    assert relative_difference([1.0, 2.0], [1.0]) == float("inf")
    assert relative_difference([0.0], [0.0]) == 0.0
    assert relative_difference([2.0, 4.0], [2.0, 4.4]) == pytest.approx(0.4 / 4.4)


def test_a_wrong_optimizer_is_caught(monkeypatch):
    def adam_without_bias_correction(self, params, g):
        if self.m is None:
            self.m, self.v, self.v_max = (np.zeros_like(params) for _ in range(3))
        self.m = self.beta1 * self.m + (1 - self.beta1) * g
        self.v = self.beta2 * self.v + (1 - self.beta2) * g * g
        return params - self.lr * self.m / (np.sqrt(self.v) + self.eps)
    monkeypatch.setattr(optimizers.Adam, "_update", adam_without_bias_correction)
    bad = crosscheck()
    failing = [row.case for row in bad.rows if not row.ok]
    assert not bad.ok and failing and all("adam" in case for case in failing)
    assert "NOT all within" in bad.table()


def test_cli_exit_codes_and_json(monkeypatch, capsys):
    assert main(["crosscheck", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is True and len(out["rows"]) == 56
    monkeypatch.setattr(optimizers.GD, "_update", lambda self, p, g: p - 1.0001 * self.lr * g)
    assert main(["crosscheck"]) == 1
    assert "NO" in capsys.readouterr().out
