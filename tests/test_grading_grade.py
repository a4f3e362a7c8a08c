"""The grader against adversarial submissions of lab 1: bad code costs only its own tests' points,
every test stays in the denominator, hidden tests never show their code, and a report always comes."""
import csv
import json
from functools import lru_cache
from pathlib import Path

import pytest

from gdlab.cli import main
from gdlab.grading.grade import expected_tests, grade, truncate
from gdlab.grading.lab import find_lab
from gdlab.grading.release import strip_solutions
from gdlab.grading.report import gradescope_results

LAB = find_lab("01_cost")
SOURCE = (LAB.path / "lab_cost.py").read_text(encoding="utf-8")
PREDICT = "    return w * np.asarray(x, dtype=np.float64) + b\n"
COST = "    return float(np.mean(residuals ** 2))\n"


@lru_cache(maxsize=None)
def expected():
    return expected_tests(LAB)


def submit(folder, replace=None, extra=None):
    """A submission folder holding lab_cost.py (the instructor's, with `replace` applied) and extra files."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SOURCE
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    (folder / "lab_cost.py").write_text(text, encoding="utf-8")
    for name, content in (extra or {}).items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def run(warm_grader):
    """run(folder, **settings) -> Grade, with the session's warm template and runner."""
    def graded(folder, **settings):
        return grade(folder, LAB, expected=expected(), timeout=settings.pop("timeout", 3), **warm_grader,
                     **settings)
    return graded


def statuses(result):
    return {t.nodeid: t.status for t in result.tests}


def cost_tests(result):
    return {t.nodeid for t in result.tests if "test_cost_is" in t.nodeid or "bundled" in t.nodeid
            or "returns_a_float" in t.nodeid}


def test_correct_solution_gets_full_marks(tmp_path, run):
    result = run(submit(tmp_path / "s"))
    assert result.score == result.max_score == 13
    assert not result.problems


def test_bare_release_scores_zero_with_not_implemented_yet(tmp_path, run):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "lab_cost.py").write_text(strip_solutions(SOURCE)[0], encoding="utf-8")
    result = run(tmp_path / "s")
    assert result.score == 0 and result.max_score == 13
    assert set(statuses(result).values()) == {"not implemented yet"}
    assert "predict: write your code here" in result.tests[0].output


@pytest.mark.parametrize("replace, shown", [
    ({PREDICT: "    return w * np.asarray(x, dtype=np.float64)\n"},  # a wrong value: the comparison's hint
     ["tests/test_cost.py:27", "assert_close(got, w * X + b", "hint: you left out b"]),
    ({PREDICT: "    return w * np.asarray(x, dtype=np.float64) + b_\n"},  # an error in the student's code
     ["tests/test_cost.py:26", "got = lab.predict(X, w, b)", "NameError: name 'b_' is not defined",
      "line 25, in predict"]),
    ({"def predict(": "def predict_(", "predict(x, w, b)": "predict_(x, w, b)"},  # a name missing
     ["tests/test_cost.py:26", "got = lab.predict(X, w, b)", "has no attribute 'predict'"]),
], ids=["wrong-value", "raises", "missing"])
def test_feedback_shows_the_tests_line_and_never_the_graders_frames(tmp_path, run, replace, shown):
    result = run(submit(tmp_path / "s", replace))
    feedback = [t.output for t in result.tests if "test_predict_is_the_line" in t.nodeid]
    assert len(feedback) == 2
    for output in feedback:
        assert all(part in output for part in shown), output
        assert "gdlab/grading/" not in output and "student_process.py" not in output \
            and "proxy.py" not in output, output


def test_os_exit_in_one_function_costs_only_its_tests(tmp_path, run):
    result = run(submit(tmp_path / "s", {COST: "    import os\n    os._exit(3)\n"}))
    crashed = {n for n, s in statuses(result).items() if s == "crashed"}
    assert crashed == cost_tests(result)
    assert result.score == 13 - len(crashed)
    assert "exited with code 3" in next(t.output for t in result.tests if t.status == "crashed")


def test_a_segfault_costs_only_its_tests(tmp_path, run):
    result = run(submit(tmp_path / "s", {COST: "    import ctypes\n    ctypes.string_at(0)\n"}))
    crashed = [t for t in result.tests if t.status == "crashed"]
    assert {t.nodeid for t in crashed} == cost_tests(result)
    assert "segmentation fault" in crashed[0].output
    assert result.score == 13 - len(crashed)


def test_sys_exit_in_one_function_is_a_plain_failure(tmp_path, run):
    result = run(submit(tmp_path / "s", {COST: "    import sys\n    sys.exit(0)\n"}))
    failed = {n for n, s in statuses(result).items() if s == "failed"}
    assert failed == cost_tests(result) and result.score == 13 - len(failed)


def test_sys_exit_at_import_scores_zero_and_says_why(tmp_path, run):
    result = run(submit(tmp_path / "s", {"import numpy as np\n": "import numpy as np\nimport sys\nsys.exit(1)\n"}))
    assert result.score == 0 and result.max_score == 13
    assert set(statuses(result).values()) == {"never ran"}
    assert "sys.exit()" in result.tests[0].output and result.problems


def test_a_syntax_error_is_named_and_scores_zero(tmp_path, run):
    result = run(submit(tmp_path / "s", {"def cost(x, y, w, b=0.0):": "def cost(x, y, w, b=0.0)"}))
    assert result.score == 0 and len(result.tests) == 11
    assert any("does not parse: line" in p for p in result.problems)
    assert "SyntaxError" in result.tests[0].output


def test_an_infinite_loop_times_out_and_the_others_count(tmp_path, run):
    result = run(submit(tmp_path / "s", {"    residuals = np.asarray(ws": "    while True:\n        pass\n"
                                                                         "    residuals = np.asarray(ws"}),
                 timeout=1.5)
    timed_out = {n for n, s in statuses(result).items() if s == "timed out"}
    assert timed_out == {n for n in statuses(result) if "cost_curve" in n}
    assert result.score == 13 - 4
    assert "timed out" in next(t.output for t in result.tests if t.status == "timed out")


def test_overall_budget_stops_the_run_and_names_what_never_ran(tmp_path, run):
    folder = submit(tmp_path / "s", {PREDICT: "    while True:\n        pass\n"})
    result = run(folder, timeout=30, budget=3)
    assert result.score == 0 or result.score < 13
    assert all(t.status in ("timed out", "never ran", "passed") for t in result.tests)
    assert any("budget" in t.output for t in result.tests if t.status != "passed")
    assert result.seconds < 15


def test_a_student_conftest_cannot_force_a_pass(tmp_path, run):
    cheat = ("import pytest\n"
             "@pytest.hookimpl(wrapper=True)\n"
             "def pytest_runtest_makereport(item, call):\n"
             "    report = yield\n"
             "    report.outcome = 'passed'\n"
             "    return report\n")
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "lab_cost.py").write_text(strip_solutions(SOURCE)[0], encoding="utf-8")
    (folder / "conftest.py").write_text(cheat, encoding="utf-8")
    (folder / "pytest.ini").write_text("[pytest]\naddopts = -p no:gdlab\n", encoding="utf-8")
    assert run(folder).score == 0


def test_huge_output_is_truncated(tmp_path, run):
    result = run(submit(tmp_path / "s", {PREDICT: "    print('x' * 1_000_000)\n" + PREDICT}))
    assert result.score == 13
    report = json.dumps(gradescope_results(result))
    assert len(report) < 200_000 and "characters cut" in report


def test_truncate_keeps_head_and_tail():
    text = "a" * 5000 + "END"
    short = truncate(text, 300)
    assert len(short) < 400 and short.endswith("END") and "characters cut" in short


def test_missing_file_gives_a_report(tmp_path, run):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "notes.txt").write_text("I forgot", encoding="utf-8")
    result = run(tmp_path / "s")
    assert result.score == 0 and result.max_score == 13
    assert any("missing file" in p and "lab_cost.py" in p for p in result.problems)
    assert "No module named 'lab_cost'" in result.tests[0].output


def test_a_file_in_a_subfolder_is_found(tmp_path, run):
    submit(tmp_path / "s" / "my_lab")
    assert run(tmp_path / "s").score == 13


def test_hidden_tests_never_show_their_code(tmp_path, run):
    wrong = {COST: "    return float(np.sum(residuals ** 2))\n",
             PREDICT: "    return 1.5 * w * np.asarray(x, dtype=np.float64) + b\n"}
    result = run(submit(tmp_path / "s", wrong))
    hidden = [t for t in result.tests if t.hidden and t.status == "failed"]
    assert hidden
    public_text = "".join(p.read_text(encoding="utf-8") for p in LAB.public_dir.glob("*.py"))
    secret = [line.strip() for p in LAB.hidden_dir.glob("*.py") for line in p.read_text(encoding="utf-8").splitlines()
              if len(line.strip()) >= 8 and line.strip() not in public_text]
    report = json.dumps(gradescope_results(result), ensure_ascii=False)
    shown = "\n".join(t["output"] for t in gradescope_results(result)["tests"])
    for line in secret:
        assert line not in report and line not in shown, line
    assert all("expected" in t.output for t in hidden)  # the teaching message itself does show


def test_gradescope_results_schema(tmp_path, run):
    data = gradescope_results(run(submit(tmp_path / "s", {COST: "    return float(np.sum(residuals ** 2))\n"})))
    assert set(data) >= {"score", "tests", "output", "execution_time"}
    assert data["score"] == pytest.approx(8.0)
    for test in data["tests"]:
        assert set(test) >= {"name", "score", "max_score", "output", "visibility", "status"}
        assert test["visibility"] == ("after_due_date" if test["name"].startswith("hidden/") else "visible")
        assert 0 <= test["score"] <= test["max_score"]
    assert sum(t["max_score"] for t in data["tests"]) == pytest.approx(13.0)


def test_cli_grades_one_submission_into_results_json(tmp_path, capsys):
    submit(tmp_path / "s")
    assert main(["grade", str(tmp_path / "s"), "--lab", "cost", "--json", str(tmp_path / "r" / "results.json")]) == 0
    assert "total: 13.00 / 13.00" in capsys.readouterr().out
    assert json.loads((tmp_path / "r" / "results.json").read_text())["score"] == 13


def test_cli_grades_a_folder_into_one_csv_in_parallel(tmp_path, capsys):
    submit(tmp_path / "all" / "alice")
    submit(tmp_path / "all" / "bob", {COST: "    return float(np.sum(residuals ** 2))\n"})
    (tmp_path / "all" / "carol").mkdir()
    out = tmp_path / "grades.csv"
    assert main(["grade", str(tmp_path / "all"), "--lab", "01_cost", "--csv", str(out), "--jobs", "2",
                 "--timeout", "5"]) == 0
    rows = {row["submission"]: row for row in csv.DictReader(out.open())}
    assert set(rows) == {"alice", "bob", "carol"}
    assert (rows["alice"]["score"], rows["bob"]["score"], rows["carol"]["score"]) == ("13.00", "8.00", "0.00")
    assert rows["carol"]["max_score"] == "13.00" and "missing file" in rows["carol"]["problems"]


@pytest.mark.parametrize("argv, message", [
    (["grade", ".", "--lab", "no_such_lab"], "no lab named 'no_such_lab'"),
    (["grade", ".", "--lab", "cost", "--jobs", "0"], "--jobs must be a whole number"),
    (["labs", "bundle", "nope"], "no lab named 'nope'"),
])
def test_cli_bad_input_is_one_clear_line(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_cli_unwritable_results_path_still_prints_the_report(tmp_path, capsys):
    submit(tmp_path / "s")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["grade", str(tmp_path / "s"), "--lab", "cost", "--json", str(blocker / "results.json")]) == 2
    captured = capsys.readouterr()
    assert "total: 13.00 / 13.00" in captured.out and "cannot write the results" in captured.err


def test_cli_missing_submission_gives_a_zero_report(tmp_path, capsys):
    assert main(["grade", str(tmp_path / "nothing"), "--lab", "cost", "--json", str(tmp_path / "r.json")]) == 0
    assert json.loads((tmp_path / "r.json").read_text())["score"] == 0


# --- Ctrl-C: the CLI stops promptly and leaves no child pytest behind --------------------------------

LOOP = {PREDICT: "    while True:\n        pass\n"}


def _proc_stat(pid):
    """(parent pid, state, start time) of a live process from /proc, or None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text[text.rindex(")") + 2:].split()  # after "pid (name) "
    return int(fields[1]), fields[0], fields[19]


def _descendants(root):
    """{pid: start time} of every live process below `root`."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _proc_stat(int(entry.name))):
            parents[int(entry.name)] = stat
    found, frontier = {}, {root}
    while frontier:
        frontier = {pid for pid, (ppid, _, _) in parents.items() if ppid in frontier and pid not in found}
        found.update({pid: parents[pid][2] for pid in frontier})
    return found


def _alive(pid, started):
    stat = _proc_stat(pid)
    return stat is not None and stat[2] == started and stat[1] != "Z"


def _graders(root):
    """The student processes below `root`: forks of the student template two levels down (the
    template forks a supervisor, which forks the student)."""
    tree = _descendants(root)
    parents = {pid: (_proc_stat(pid) or (None,))[0] for pid in tree}

    def is_template_child(pid):
        try:
            return b"student_server.py" in Path(f"/proc/{pid}/cmdline").read_bytes()
        except (FileNotFoundError, ProcessLookupError):
            return False
    templates = {pid for pid in tree if is_template_child(pid) and not is_template_child(parents[pid])}
    supervisors = {pid for pid in tree if parents[pid] in templates}
    return {pid: started for pid, started in tree.items() if parents[pid] in supervisors}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
@pytest.mark.parametrize("folders, jobs", [(["s"], 1), (["a", "b", "c"], 2)], ids=["one", "a folder, --jobs 2"])
def test_ctrl_c_stops_grading_promptly_and_kills_every_child(tmp_path, folders, jobs):
    """SIGINT reached only the CLI (each child pytest has a session of its own), so an infinite loop
    in the student's code ran on after the CLI was gone; with --jobs the CLI also waited for every
    queued submission. Now the CLI exits within seconds and no process it started survives."""
    import os
    import signal
    import subprocess
    import sys
    import time
    for name in folders:
        submit(tmp_path / "all" / name, LOOP)
    target = tmp_path / "all" / folders[0] if len(folders) == 1 else tmp_path / "all"
    argv = ["grade", str(target), "--lab", "cost", "--timeout", "60", "--jobs", str(jobs),
            "--csv", str(tmp_path / "grades.csv")]
    # as a terminal would: SIGINT raises KeyboardInterrupt even if this runner ignores SIGINT
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            f"from gdlab.cli import main; sys.exit(main({argv!r}))")
    cli = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    seen = {}
    try:
        deadline = time.monotonic() + 60
        while len(_graders(cli.pid)) < min(jobs, len(folders)) and time.monotonic() < deadline:
            assert cli.poll() is None, cli.communicate()
            time.sleep(0.05)
        time.sleep(0.5)  # let the children reach the loop
        seen = _descendants(cli.pid)
        assert len(_graders(cli.pid)) == min(jobs, len(folders))
        os.kill(cli.pid, signal.SIGINT)
        started = time.monotonic()
        try:
            _, err = cli.communicate(timeout=8)
        except subprocess.TimeoutExpired:
            pytest.fail("gdlab grade was still running 8 s after Ctrl-C")
        assert time.monotonic() - started < 5
        assert cli.returncode == 130 and "gdlab grade: interrupted" in err and "Traceback" not in err
        time.sleep(0.2)
        survivors = [pid for pid, when in seen.items() if _alive(pid, when)]
        assert survivors == [], f"processes of gdlab grade still running after it exited: {survivors}"
    finally:
        for pid, when in {**seen, **_descendants(cli.pid)}.items():
            if _alive(pid, when):
                os.kill(pid, signal.SIGKILL)
        if cli.poll() is None:
            cli.kill()
            cli.wait()


def test_gradescope_max_scores_add_up_to_the_lab_total(warm_grader):
    """Lab 3's points split into thirds: rounded one by one they summed to 16.0001 of 16 (now 19)."""
    from gdlab.grading.report import shown_points
    assert sum(shown_points([16 / 3] * 3)) == pytest.approx(16.0, abs=1e-12)
    assert sorted(shown_points([16 / 3] * 3)) == [5.3333, 5.3333, 5.3334]
    lab = find_lab("03_loop")
    result = grade(lab.path, lab, timeout=30, **warm_grader)
    assert result.max_score == 19 and any(abs(t.max_score * 3 - round(t.max_score * 3)) < 1e-9
                                          and t.max_score != round(t.max_score) for t in result.tests)
    data = gradescope_results(result)
    assert round(sum(t["max_score"] for t in data["tests"]), 9) == 19
    assert round(sum(t["score"] for t in data["tests"]), 9) == data["score"] == 19
