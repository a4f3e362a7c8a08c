"""Every bad input gets a clear message naming the problem and the fix: in Python and at the CLI."""
import json

import numpy as np
import pytest

from gdlab.cli import main
from gdlab.data import check_xy, load_csv
from gdlab.descent import fit
from gdlab.errors import DataError, GdlabError

X, Y = np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0, 6.0])


@pytest.mark.parametrize("x, y, message", [
    ([], [], "the data is empty: give at least one"),
    ([1.0, 2.0], [1.0], "x has 2 values but y has 1; give one y for every x"),
    ([1.0, np.nan], [1.0, 2.0], r"x\[1\] is nan .*remove or fill those samples"),
    ([1.0, 2.0], [np.inf, 2.0], r"y\[0\] is inf"),
    (np.ones((3, 2)), np.ones(3), r"x must be a 1-D array of shape \(n,\), got shape \(3, 2\)"),
    (["a", "b"], [1.0, 2.0], "x must be numbers"),
])
def test_bad_arrays(x, y, message):
    with pytest.raises(DataError, match=message):
        check_xy(x, y)
    with pytest.raises(DataError, match=message):
        fit(x, y)


def test_a_column_vector_is_accepted():
    x, y = check_xy(np.ones((3, 1)), [1.0, 2.0, 3.0])
    assert x.shape == (3,)


@pytest.mark.parametrize("settings, message", [
    ({"lr": 0}, "lr must be a positive finite number, got 0"),
    ({"lr": -0.1}, "lr must be a positive finite number, got -0.1"),
    ({"lr": float("inf")}, "lr must be a positive finite number, got inf"),
    ({"lr": float("nan")}, "lr must be a positive finite number, got nan"),
    ({"method": "mbgd", "batch_size": 0}, "batch_size must be a whole number >= 1, got 0"),
    ({"method": "mbgd", "batch_size": 4}, "batch_size 4 is larger than the data \\(3 samples\\); use at most 3"),
    ({"method": "sgd", "batch_size": 2}, "does not fit method 'sgd'.*use method='mbgd'"),
    ({"method": "adam"}, "unknown method 'adam'; choose one of: bgd, sgd, mbgd"),
    ({"optimizer": "lbfgs"}, "unknown optimizer 'lbfgs'; choose one of: gd, momentum"),
    ({"model": "quadratic"}, "unknown model 'quadratic'; choose one of: wx, wxb"),
    ({"backend": "jax"}, "unknown backend 'jax'; choose one of: scratch, autograd"),
    ({"epochs": 0}, "epochs must be a whole number >= 1, got 0"),
    ({"w0": float("nan")}, "w0 must be a finite number, got nan"),
    ({"learning_rate": 0.1}, "unknown setting learning_rate; the settings are: "),
    ({"optimizer": "adam", "optimizer_options": {"momentum": 0.9}}, "optimizer 'adam' has no option momentum"),
])
def test_bad_settings(settings, message):
    with pytest.raises(GdlabError, match=message):
        fit(X, Y, **settings)


@pytest.mark.parametrize("text, message", [
    ("", "is empty: it needs a header line 'x,y'"),
    ("x,y\n", "has a header but no data rows"),
    ("a,b\n1,2\n", "the header must name columns 'x' and 'y'"),
    ("x,y\n1,2\n3,abc\n", "line 3, column 'y': 'abc' is not a number; fix or delete that line"),
    ("x,y\n1,2\n,4\n", "line 3, column 'x': '' is not a number"),
    ("x,y\n1,2\nnan,4\n", "line 3, column 'x': 'nan' is not finite"),
    ("x,y\n1,2\n3\n", "line 3: 1 field\\(s\\), expected 2"),
])
def test_bad_csv_files(tmp_path, text, message):
    path = tmp_path / "data.csv"
    path.write_text(text)
    with pytest.raises(DataError, match=message):
        load_csv(path)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DataError, match="no such file: .*nowhere.csv; check the path"):
        load_csv(tmp_path / "nowhere.csv")


def test_extra_columns_and_any_order_are_fine(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("id,Y,X\n1,2.5,1\n2,4.5,2\n")
    x, y = load_csv(path)
    assert list(x) == [1.0, 2.0] and list(y) == [2.5, 4.5]


@pytest.mark.parametrize("argv, message", [
    (["fit", "{missing}"], "no such file"),
    (["fit", "{bad}"], "line 2, column 'x': 'one' is not a number"),
    (["fit", "line", "--lr", "-1"], "lr must be a positive finite number"),
    (["fit", "line", "--method", "mbgd", "--batch-size", "1000"], "batch_size 1000 is larger than the data"),
    (["fit", "line", "--option", "momentum"], "--option needs NAME=VALUE"),
    (["fit", "line", "--optimizer", "adam", "--option", "momentum=0.9"], "has no option momentum"),
])
def test_the_cli_prints_one_line_never_a_traceback(tmp_path, capsys, argv, message):
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\none,2\n")
    argv = [a.format(missing=tmp_path / "missing.csv", bad=bad) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and message in err and err.startswith("gdlab fit: error: ")


def test_the_cli_rejects_unknown_choices_with_usage(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["fit", "line", "--method", "newton"])
    assert caught.value.code == 2
    assert "invalid choice: 'newton'" in capsys.readouterr().err


def test_a_csv_that_is_not_utf8_text_is_named(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"x,y\n1,\xff\xfe\n")
    with pytest.raises(DataError, match="is not a UTF-8 text CSV .*save it as CSV UTF-8"):
        load_csv(path)


@pytest.mark.parametrize("backend", ["scratch", "autograd"])
@pytest.mark.parametrize("optimizer, options, message", [
    ("adam", {"betas": (1.0, 0.999)}, r"beta1 must be in \[0, 1\), got 1.0"),
    ("adam", {"betas": (0.9,)}, r"betas must be two numbers \(beta1, beta2\)"),
    ("rmsprop", {"alpha": 2.0}, r"alpha must be in \[0, 1\], got 2.0"),
    ("adadelta", {"rho": 1.5}, r"rho must be in \[0, 1\], got 1.5"),
    ("momentum", {"dampening": -1.0}, "dampening must be >= 0"),
])
def test_hyperparameters_outside_their_range_are_named_for_both_twins(backend, optimizer, options, message):
    with pytest.raises(GdlabError, match=message):
        fit(X, Y, optimizer=optimizer, optimizer_options=options, backend=backend)


def test_an_unwritable_log_folder_is_one_line_before_any_work(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["fit", "line", "--logdir", str(blocker / "runs")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdlab fit: error: --logdir ") and "cannot create that folder" in err
    assert "Traceback" not in err


def test_divergence_to_infinity_still_prints_valid_json(capsys):
    assert main(["fit", "line", "--lr", "1e200", "--json"]) == 1
    out = json.loads(capsys.readouterr().out, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))
    assert out["diverged"] is True and out["cost"] is None
