"""The fork server's protocol with large requests (a submission's files travel in the request), and a
student template that fails to start."""
import hashlib
import json
import os
import subprocess
import sys
import threading

import pytest

import gdlab.grading.template as template
from gdlab.errors import GdlabError
from gdlab.grading import forkserver
from gdlab.grading.grade import grade
from gdlab.grading.lab import find_lab

# The child writes what it received (the size and digest of the files) to its descriptor and exits.
SERVER = """
import hashlib, json, os, sys
from gdlab.grading import forkserver

def child(request, fds):
    text = request["files"]["lab_cost.py"]
    answer = {"size": len(text), "sha256": hashlib.sha256(text.encode()).hexdigest()}
    os.write(fds[0], json.dumps(answer).encode())
    os._exit(0)

forkserver.serve(sys.argv[1], 1, child, "ready")
"""


@pytest.fixture
def server(tmp_path):
    path = str(tmp_path / "s.sock")
    process = subprocess.Popen([sys.executable, "-c", SERVER, path], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE)
    try:
        assert process.stdout.readline().strip() == b"ready"
        yield path
    finally:
        process.stdin.close()
        process.wait(timeout=10)
        process.stdout.close()


@pytest.mark.parametrize("size", [100, 300_000, 2 * 2 ** 20])
def test_a_large_request_arrives_whole_and_gets_its_answer(server, size):
    text = "".join(f"# line {i}\n" for i in range(size // 10))[:size]
    read, write = os.pipe()
    try:
        pid = forkserver.request(server, {"files": {"lab_cost.py": text}}, [write], 20)
        os.close(write)
        write = None
        with os.fdopen(read, "rb") as answer:
            read = None
            seen = json.loads(answer.read())
    finally:
        for fd in (read, write):
            if fd is not None:
                os.close(fd)
    assert type(pid) is int and pid > 0
    assert seen == {"size": len(text), "sha256": hashlib.sha256(text.encode()).hexdigest()}


def test_a_correct_submission_padded_to_a_megabyte_gets_full_marks(tmp_path, warm_grader):
    lab = find_lab("01_cost")
    source = (lab.path / "lab_cost.py").read_text(encoding="utf-8")
    padding = "".join(f"# a student's long notes, line {i:06d}, kept in the file\n" for i in range(20_000))
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "lab_cost.py").write_text(source + padding, encoding="utf-8")
    assert 1_000_000 < (tmp_path / "s" / "lab_cost.py").stat().st_size < 2 * 2 ** 20
    result = grade(tmp_path / "s", lab, timeout=30, **warm_grader)
    assert result.score == result.max_score == 13, [t.output for t in result.tests][:2]


def test_a_template_that_fails_to_start_says_why_every_time(tmp_path, monkeypatch):
    dead = tmp_path / "dead_server.py"
    dead.write_text("import sys\nsys.stderr.write('boom: no torch here\\n')\nsys.exit(3)\n", encoding="utf-8")
    monkeypatch.setattr(template, "SERVER", dead)
    started = template.StudentTemplate()
    errors = []

    def wait():
        try:
            started.wait()
        except Exception as error:  # what a grader thread would see
            errors.append(error)

    try:
        wait()
        threads = [threading.Thread(target=wait) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        wait()
    finally:
        started.close()
    assert len(errors) == 5
    for error in errors:
        assert type(error) is GdlabError
        assert "did not start" in str(error) and "boom: no torch here" in str(error)
