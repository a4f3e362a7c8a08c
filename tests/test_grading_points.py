"""Points in pytest (the plugin, run in a child pytest) and the graded comparisons."""
import subprocess
import sys

import numpy as np
import pytest
import torch

from gdlab.grading.compare import Mismatch, assert_close, assert_equal, check_kind
from gdlab.grading.points import case_group, is_hidden

TESTS = '''
import pytest

@pytest.mark.points(3)
@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_split(n):
    assert n != 4

@pytest.mark.points(2)
def test_todo():
    raise NotImplementedError("write f")

def test_unmarked_fails():
    assert False
'''


def run_pytest(folder):
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", str(folder)],
                          cwd=folder, capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def test_score_table_splits_points_and_ignores_unmarked_tests(tmp_path):
    (tmp_path / "lab.toml").write_text('files = ["x.py"]\n')
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_demo.py").write_text(TESTS)
    out = run_pytest(tmp_path)
    assert "gdlab score" in out
    assert "test_split[1]" in out and "0.75 / 0.75" in out  # 3 points over 4 cases
    assert "0.00 / 0.75" in out and "0.00 / 2.00" in out
    assert "not implemented yet" in out
    assert "test_unmarked_fails" not in out.split("gdlab score")[1].split("short test summary")[0]
    assert f"lab {tmp_path.name}: 2.25 / 5.00  (public tests only" in out


def test_hidden_tests_count_in_the_lab_line(tmp_path):
    (tmp_path / "lab.toml").write_text('files = ["x.py"]\n')
    for folder in ("tests", "hidden"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"test_{folder}.py").write_text(
            "import pytest\n@pytest.mark.points(1)\ndef test_ok():\n    pass\n")
    out = run_pytest(tmp_path)
    assert f"lab {tmp_path.name}: 2.00 / 2.00\n" in out and "public tests only" not in out


def test_bad_points_marker_is_a_usage_error(tmp_path):
    (tmp_path / "test_bad.py").write_text("import pytest\n@pytest.mark.points(-1)\ndef test_x():\n    pass\n")
    out = run_pytest(tmp_path)
    assert "points must be a positive number, got -1" in out


def test_not_implemented_yet_replaces_the_traceback(tmp_path):
    (tmp_path / "test_todo.py").write_text(TESTS)
    out = run_pytest(tmp_path)
    failures = out.split("FAILURES")[1].split("gdlab score")[0]
    assert "not implemented yet: write f" in failures and "raise NotImplementedError" not in failures


def test_case_group_and_hidden():
    assert case_group("tests/t.py::test_a[1-2]") == "tests/t.py::test_a"
    assert is_hidden("hidden/test_h.py::test_a") and not is_hidden("tests/test_hidden.py::test_a")


@pytest.mark.parametrize("got, expected, message", [
    (np.array([1.0, np.nan]), np.array([1.0, np.nan]), "not finite"),
    (np.array([1.0, 2.0]), np.array([[1.0, 2.0]]), "wrong shape"),
    ([1.0, 2.0], np.array([1.0, 2.0]), "wrong type"),
    (np.array([1.0, 2.0]), 1.0, "wrong type"),
    (float("inf"), 1.0, "not finite"),
    (np.array([1.0, 2.5, 3.0]), np.array([1.0, 2.0, 3.0]), "1 of 3 values differ, first at index (1,)"),
    (torch.ones(2), np.ones(2), "wrong type"),
])
def test_compare_rejects_before_comparing_values(got, expected, message):
    with pytest.raises(Mismatch, match=r"(?s)" + message.replace("(", r"\(").replace(")", r"\)")):
        assert_close(got, expected, "f(x)", hint="a hint")


def test_compare_messages_teach():
    with pytest.raises(Mismatch) as error:
        assert_close(2.0, 1.0, "cost(x, y, w=1)", hint="divide by n")
    text = str(error.value)
    assert "cost(x, y, w=1) is wrong" in text and "expected: 1.0" in text and "got:      2.0" in text
    assert "hint: divide by n" in text


def test_compare_accepts_close_values_of_every_kind():
    assert_close(np.float64(1.0 + 1e-12), 1.0)
    assert_close(np.array(3.0), 3.0)  # a 0-d array is a number
    assert_close(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0], dtype=torch.float64))
    assert_equal([1, 2], [1, 2])
    check_kind(2, "number")
    with pytest.raises(Mismatch, match="wrong type"):
        check_kind(True, "number")
