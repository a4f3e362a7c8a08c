"""The `gdlab` command as a student uses it: fit, data, demo; --help everywhere."""
import json
import subprocess
import sys

import numpy as np
import pytest

from gdlab.cli import COMMANDS, main
from gdlab.data import load_csv


def test_fit_json_has_the_answer(capsys):
    assert main(["fit", "house", "--lr", "0.25", "--epochs", "10000", "--tol", "1e-14", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"w", "b", "cost", "steps", "diverged"} <= set(out)
    assert out["w"] == pytest.approx(200.0, rel=1e-10) and out["b"] == pytest.approx(100.0, rel=1e-10)
    assert out["diverged"] is False and out["stop_reason"] == "tolerance"


def test_fit_summary_is_readable(capsys):
    assert main(["fit", "data/line.csv", "--method", "mbgd", "--batch-size", "10", "--optimizer", "momentum",
                 "--option", "momentum=0.5", "--lr", "0.05", "--epochs", "5", "--backend", "autograd"]) == 0
    out = capsys.readouterr().out
    assert "MBGD (batch 10), momentum, lr=0.05, autograd" in out
    assert "after 50 steps (5 epochs), stopped: budget" in out and "least squares: w = 1.98038" in out


def test_fit_reports_divergence_and_exits_1(capsys):
    assert main(["fit", "line", "--lr", "2", "--json"]) == 1
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["diverged"] is True and "with lr=2" in out["error"]
    assert "diverged at step" in captured.err and "try lr=" in captured.err


def test_data_csv_writes_the_bundled_files(tmp_path, capsys):
    assert main(["data", "csv", "--out", str(tmp_path)]) == 0
    for name in ("line", "house", "diabetes"):
        x, y = load_csv(tmp_path / f"{name}.csv")
        x_repo, y_repo = load_csv(f"data/{name}.csv")
        assert np.array_equal(x, x_repo) and np.array_equal(y, y_repo)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_everywhere(command, capsys):
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    assert "usage: gdlab " + command in capsys.readouterr().out


def test_the_installed_command_runs():
    result = subprocess.run([sys.executable, "-m", "gdlab", "fit", "house", "--json", "--lr", "0.25"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["n"] == 2


def test_data_digits_never_replaces_the_users_files(tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes")
    assert main(["data", "digits", "--out", str(mine)]) == 2
    assert "already holds files that gdlab did not write" in capsys.readouterr().err
    assert (mine / "notes.txt").read_text() == "my notes" and not (mine / "train").exists()
    ours = tmp_path / "digits"
    for _ in range(2):   # a tree gdlab wrote may be written again
        assert main(["data", "digits", "--out", str(ours)]) == 0
    assert "1438 train and 359 val images" in capsys.readouterr().out
