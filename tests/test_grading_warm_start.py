"""The two warm starts (the student template and the test runner) asked for by a whole class at once.

`gdlab grade FOLDER --jobs N` grades N submissions in threads, and each grader waits for the warm
starts before its first use. Before the fix, two threads waiting together both read the one
"ready" line: one blocked for ever, or timed out after two minutes and closed the template under
the class (every later submission scored 0: "the student template is not answering").
"""
import threading
import time

from gdlab.grading.grade import grade
from gdlab.grading.lab import default_labs_dir, find_lab
from gdlab.grading.runner import PytestRunner
from gdlab.grading.template import StudentTemplate

THREADS = 8


def _ask_all_at_once(wait):
    """Call wait() from THREADS threads released together; [(result or error)] of those that returned."""
    barrier, answers = threading.Barrier(THREADS), []

    def ask():
        barrier.wait()
        try:
            answers.append(wait())
        except Exception as error:  # noqa: BLE001 - the test reports what it was
            answers.append(error)
    threads = [threading.Thread(target=ask, daemon=True) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 90
    for thread in threads:
        thread.join(timeout=max(deadline - time.monotonic(), 0.1))
    return answers


def test_a_class_of_graders_waiting_at_once_all_get_the_warm_starts_and_they_stay_up(tmp_path):
    lab = find_lab("01_cost")
    with StudentTemplate(hide=[default_labs_dir()]) as template, PytestRunner() as runner:
        isolations = _ask_all_at_once(template.wait)
        readies = _ask_all_at_once(runner.wait)
        assert len(isolations) == THREADS, f"{THREADS - len(isolations)} grader(s) still waiting for the template"
        assert all(isinstance(i, dict) and i == isolations[0] for i in isolations), isolations
        assert len(readies) == THREADS and readies == [None] * THREADS, readies
        assert template.process.poll() is None and runner.process.poll() is None
        result = grade(lab.path, lab, timeout=30, template=template, runner=runner)
    assert result.score == result.max_score > 0, [(t.nodeid, t.status) for t in result.tests]
