"""Hostile submissions of lab 1: each is a file a student could write to get points without the work,
to read the hidden tests, or to break grading. Each must score exactly what its honest part earns,
the grader must finish with a valid report, and the instructor's lab folder must not change.

They run against the real isolated grader: the student's code in a fork of the clean template
(its own user, namespaces and limits where this machine allows them), the tests in a trusted
pytest that reaches it only through data.
"""
import hashlib
import json
import os
import textwrap
from pathlib import Path

import pytest

from gdlab.grading.grade import expected_tests, grade
from gdlab.grading.lab import find_lab
from gdlab.grading.release import strip_solutions
from gdlab.grading.report import gradescope_results

LAB = find_lab("01_cost")
SOURCE = (LAB.path / "lab_cost.py").read_text(encoding="utf-8")
STUB = strip_solutions(SOURCE)[0]
COST = "    residuals = predict(x, w, b) - np.asarray(y, dtype=np.float64)\n    return float(np.mean(residuals ** 2))\n"
COST_POINTS = 6  # test_cost_is_the_mean_squared_error (3), on bundled data (2), returns a float (1)
LINUX = Path("/proc/self/ns/pid").exists()


def covered(path, hidden):
    """Whether `path` lies in one of the folders the student's view hides."""
    path = str(Path(path).resolve())
    return any(path == folder or path.startswith(folder.rstrip("/") + "/") for folder in hidden)


def lab_fingerprint(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def grader(tmp_path_factory, warm_grader):
    """The session's template and warm runner (as `gdlab grade` shares them over a class)."""
    root = tmp_path_factory.mktemp("hostile")  # under /tmp: the student's view has a /tmp of its own
    yield root, warm_grader["template"], warm_grader["runner"], expected_tests(LAB)


@pytest.fixture
def graded(grader, request):
    """grade(text) -> (Grade, results.json as text); checks the lab folder is unchanged afterwards."""
    root, template, runner, expected = grader
    before = lab_fingerprint(LAB.path)

    def run(text, timeout=3):
        folder = root / request.node.name.replace("[", "_").replace("]", "")
        folder.mkdir()
        (folder / "lab_cost.py").write_text(textwrap.dedent(text), encoding="utf-8")
        result = grade(folder, LAB, expected=expected, timeout=timeout, template=template, runner=runner)
        report = json.dumps(gradescope_results(result), ensure_ascii=False)
        json.loads(report)  # valid JSON
        assert result.max_score == 13 and len(result.tests) == len(expected)
        return result, report

    yield run
    assert lab_fingerprint(LAB.path) == before, "the instructor's lab folder changed"


def stub_plus(code):
    """The student edition (every function raises NotImplementedError) with `code` at the top."""
    return textwrap.dedent(code) + "\n" + STUB


def with_cost(body):
    """The instructor's solution with cost's body replaced: predict and cost_curve stay honest."""
    return SOURCE.replace(COST, textwrap.indent(textwrap.dedent(body), "    "))


# --- the five rows of the issue ------------------------------------------------------------------------

def test_importing_the_reference_scores_zero_and_says_why(graded):
    result, report = graded("""
        from gdlab.scratch.cost import cost
        from gdlab.scratch.model import predict
        import numpy as np
        def cost_curve(x, y, ws, b=0.0):
            return np.array([cost(x, y, w, b) for w in ws])
        """)
    assert result.score == 0
    assert "gdlab's reference code is not available while grading: write it yourself" in report


def test_patching_pytest_reports_scores_zero(graded):
    result, _ = graded(stub_plus("""
        import _pytest.reports
        original = _pytest.reports.TestReport.__init__
        def passed(self, *args, **kwargs):
            original(self, *args, **kwargs)
            self.outcome = "passed"
        _pytest.reports.TestReport.__init__ = passed
        """))
    assert result.score == 0


def test_patching_the_compare_helpers_scores_zero(graded):
    result, _ = graded(stub_plus("""
        try:
            import gdlab.grading.compare as compare
            compare.assert_close = lambda *args, **kwargs: None
            compare.check_kind = lambda got, *args, **kwargs: got
        except ImportError:
            pass
        """))
    assert result.score == 0


def test_hidden_tests_cannot_be_read_or_leaked(graded):
    result, report = graded(stub_plus("""
        import glob, os
        found = []
        for pattern in ("/**/*hidden*.py", "/**/test_cost*.py", "/**/lab_cost.py"):
            try:
                found += glob.glob(pattern, recursive=True)
            except Exception:
                pass
        texts = []
        for path in found:
            try:
                texts.append(path + "\\n" + open(path).read())
            except Exception as error:
                texts.append(f"{path}: {error}")
        raise AssertionError("LEAK " + "\\n".join(texts))
        """))
    assert result.score == 0
    hidden = [line.strip() for p in LAB.hidden_dir.glob("*.py") for line in p.read_text().splitlines()
              if len(line.strip()) >= 12]
    solution = [line.strip() for line in SOURCE.splitlines() if line.strip() not in STUB and len(line.strip()) >= 12]
    for line in hidden + solution:
        assert line not in report, line


def test_killing_the_parent_at_import_still_gives_a_report(graded):
    result, report = graded(stub_plus("""
        import os, signal
        for pid in (os.getppid(), 0, -1):
            try:
                os.kill(pid, signal.SIGKILL)
            except Exception:
                pass
        """))
    assert result.score == 0 and len(json.loads(report)["tests"]) == 11


# --- and more ------------------------------------------------------------------------------------------

def test_patching_builtins_and_numpy_in_its_own_process_does_not_matter(graded):
    result, _ = graded(stub_plus("""
        import builtins, numpy as np
        np.isclose = lambda *args, **kwargs: True
        np.allclose = lambda *args, **kwargs: True
        builtins.isinstance = lambda *args: True
        """).replace("raise NotImplementedError", "return 0.0 #"))
    assert result.score == 0


def test_reading_the_solution_from_the_instructors_folder_fails(graded):
    result, report = graded(f"""
        source = open({str(LAB.path / "lab_cost.py")!r}).read()
        exec(compile(source, "stolen", "exec"))
        """)
    assert result.score == 0
    assert "could not be imported" in report


def test_the_checkout_and_its_history_are_out_of_sight(graded):
    checkout = LAB.path.parents[1]
    result, report = graded(with_cost(f"""
        import os
        seen = {{}}
        for path in {[str(checkout), str(checkout / ".git"), str(checkout / "labs"), str(checkout / "src")]!r}:
            try:
                seen[path] = sorted(os.listdir(path))
            except OSError as error:
                seen[path] = type(error).__name__
        raise AssertionError(f"SEEN {{seen}}")
        """))
    assert result.score == 13 - COST_POINTS
    shown = report[report.index("SEEN"):report.index("}", report.index("SEEN"))]
    assert "HEAD" not in shown and "01_cost" not in shown and "gdlab" not in shown and "pyproject" not in shown


def test_writing_outside_its_folder_changes_nothing_of_the_grader(graded, grader):
    root = grader[0]
    targets = [LAB.path / "lab_cost.py", LAB.hidden_dir / "test_cost_hidden.py", LAB.public_dir / "test_cost.py",
               root / "planted.txt", Path("/tmp/gdlab-planted.txt"), LAB.path.parent / "planted.txt"]
    result, _ = graded(stub_plus(f"""
        import glob
        for path in {[str(t) for t in targets]!r} + glob.glob("/tmp/gdlab-grade-*/**/*.py", recursive=True) \\
                + glob.glob("/tmp/gdlab-grade-*/.events*", recursive=True):
            try:
                with open(path, "a") as f:
                    f.write("\\n@pytest.mark.points(100)\\ndef test_free(): pass\\n")
            except Exception:
                pass
        """))
    assert result.score == 0
    assert not (root / "planted.txt").exists() and not Path("/tmp/gdlab-planted.txt").exists()
    assert not (LAB.path.parent / "planted.txt").exists()


def test_a_fork_bomb_is_bounded_and_costs_only_its_tests(graded):
    result, _ = graded(with_cost("""
        import os
        while True:
            try:
                os.fork()
            except OSError:
                pass
        """), timeout=2)
    assert result.score == 13 - COST_POINTS


def test_a_memory_bomb_costs_only_its_tests(graded):
    result, report = graded(with_cost("""
        hog = []
        while True:
            hog.append(bytearray(100 * 2 ** 20))
        """), timeout=10)
    assert result.score == 13 - COST_POINTS
    assert "MemoryError" in report


def test_endless_output_costs_only_its_tests(graded):
    result, report = graded(with_cost("""
        while True:
            print("spam" * 1000)
        """), timeout=10)
    assert result.score == 13 - COST_POINTS
    assert len(report) < 300_000


def test_a_sleep_past_every_timeout_costs_only_its_tests(graded):
    result, _ = graded(with_cost("""
        import time
        time.sleep(3600)
        """), timeout=1)
    assert result.score == 13 - COST_POINTS
    assert {t.status for t in result.tests if t.score == 0} == {"timed out"}


@pytest.mark.parametrize("body, said", [("import os\nos._exit(3)\n", "exited with code 3"),
                                        ("import ctypes\nctypes.string_at(0)\n", "segmentation fault")],
                         ids=["os._exit", "segfault"])
def test_dying_mid_test_costs_only_its_tests(graded, body, said):
    result, report = graded(with_cost(body))
    assert result.score == 13 - COST_POINTS
    assert said in report


@pytest.mark.parametrize("evil", [
    "class Evil:\n    def __reduce__(self):\n        import os\n        return (os.system, ('touch /tmp/gdlab-pwned',))\n",
    "class Evil:\n    def __eq__(self, other):\n        return True\n    __hash__ = object.__hash__\n",
    "import numpy as np\nclass Evil:\n    def __array__(self, *args, **kwargs):\n        return np.array(4.0)\n"
    "    def __float__(self):\n        return 4.0\n",
    "class Evil(float):\n    def __eq__(self, other):\n        return True\n    __hash__ = float.__hash__\n"
    "    def __sub__(self, other):\n        return 0.0\n    __rsub__ = __sub__\n",
], ids=["__reduce__", "__eq__", "__array__", "float subclass"])
def test_a_returned_object_is_data_never_control(graded, evil):
    result, _ = graded(with_cost(evil + "return Evil()" + (" if False else Evil(99.0)\n" if "(float)" in evil
                                                           else "\n")))
    assert result.score == 13 - COST_POINTS
    assert not Path("/tmp/gdlab-pwned").exists()


def test_a_huge_array_is_refused_not_carried(graded):
    result, report = graded(SOURCE.replace("    return w * np.asarray(x, dtype=np.float64) + b\n",
                                           "    return np.zeros(30_000_000)\n"))
    assert result.score < 13 and all(t.score == 0 for t in result.tests if "predict" in t.nodeid)
    assert len(report) < 300_000


def test_garbage_on_the_wire_is_a_crash_not_a_grader_error(graded):
    result, _ = graded(with_cost("""
        import os
        for fd in range(3, 20):
            try:
                os.write(fd, b"\\x00\\x00\\x00\\x10" + b"{not json at all" * 4)
            except OSError:
                pass
        return 1.0
        """))
    assert result.score == 13 - COST_POINTS


@pytest.mark.skipif(not LINUX or os.geteuid() != 0, reason="the root path: drop to nobody (Linux, as root)")
def test_as_root_the_student_runs_as_nobody_without_network(graded, grader):
    result, report = graded(with_cost("""
        import os, socket
        facts = [os.getuid(), os.getpid()]
        try:
            socket.create_connection(("127.0.0.1", 22), timeout=1)
        except OSError as error:
            facts.append(error.errno)
        raise AssertionError(f"FACTS {facts}")
        """))
    assert "FACTS [65534, 1, 101]" in report  # nobody, PID 1 of its own namespace, network unreachable
    isolation = json.loads(report)["isolation"]
    assert isolation["user"] == "nobody" and isolation["namespaces"] is True
    assert covered(LAB.path.parent, isolation["hidden"])


def test_the_given_module_of_lab_3_matches_gdlab():
    import numpy as np

    import importlib.util

    from gdlab import scratch
    spec = importlib.util.spec_from_file_location("linefit", find_lab("03_loop").path / "linefit.py")
    linefit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(linefit)
    x, y = np.array([0.5, 1.0, 2.0, 3.5]), np.array([1.0, 2.5, 3.9, 7.2])
    for w, b in [(0.0, 0.0), (1.7, -0.3)]:
        assert linefit.cost(x, y, w, b) == pytest.approx(scratch.cost(x, y, w, b), rel=1e-15)
        got = linefit.cost_and_grad(x, y, w, b)
        want = (scratch.cost(x, y, w, b), *scratch.cost_grad(x, y, w, b))
        assert np.all(np.isfinite(got)) and got == pytest.approx(want, rel=1e-14)


# --- the student side: what of gdlab's files the student's process holds ------------------------------------

SELF_EXAM = """
import gc, importlib.util, sys, types

def modules_from(folder):
    \"\"\"[name, file] of every module object alive here whose file lies in `folder`.\"\"\"
    found = {(m.__name__, m.__file__) for m in gc.get_objects()
             if isinstance(m, types.ModuleType) and (getattr(m, "__file__", None) or "").startswith(folder)}
    return sorted([name, path] for name, path in found)

def module_names():
    return sorted(sys.modules)

def findable(name):
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:  # the blocker, or a missing parent package
        return False
"""


def student_side_sources():
    """{name: source} of student_server.py and every module it loads by path (its STUDENT_SIDE)."""
    from gdlab.grading import student_server
    folder = Path(student_server.__file__).parent
    return {name: (folder / f"{name}.py").read_text(encoding="utf-8")
            for name in ("student_server", *student_server.STUDENT_SIDE)}


def test_the_student_side_imports_only_itself_the_standard_library_numpy_and_torch():
    """What runs in the student's process imports no gdlab module, by name or relatively."""
    import ast
    import sys
    from gdlab.grading.student_server import STUDENT_SIDE
    allowed = set(sys.stdlib_module_names) | {"numpy", "torch"}
    for name, source in student_side_sources().items():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and node.level:
                targets = [node.module] if node.module else [alias.name for alias in node.names]
                assert set(targets) <= set(STUDENT_SIDE), (name, targets)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                roots = {alias.name.split(".")[0] for alias in node.names} if isinstance(node, ast.Import) \
                    else {node.module.split(".")[0]}
                assert roots <= allowed, (name, roots - allowed)


def test_the_student_process_holds_only_the_student_side_of_gdlabs_files(warm_grader):
    """The template loaded the student side and nothing else of gdlab's package, under names no
    import can find again; gdlab itself stays blocked."""
    import gdlab
    from gdlab.grading import student_server
    from gdlab.grading.student_process import StudentSession
    template = warm_grader["template"]
    template.wait()
    session = StudentSession(template.socket, {"self_exam.py": SELF_EXAM}, ["self_exam"], 20)
    try:
        loaded = session.module_attr("self_exam", "modules_from")(str(Path(gdlab.__file__).parent))
        names = session.module_attr("self_exam", "module_names")()
        findable = session.module_attr("self_exam", "findable")
        package = student_server.STUDENT_SIDE_PACKAGE
        found = {name: findable(name) for name in ("gdlab", "gdlab.grading", package, f"{package}.sandbox")}
    finally:
        session.close()
    assert sorted(Path(path).stem for _, path in loaded) == sorted(student_side_sources())
    assert {name for name, _ in loaded} == {"__main__"} | {f"{package}.{m}" for m in student_server.STUDENT_SIDE}
    assert not [n for n in names if n.split(".")[0] in ("gdlab", package)], names
    assert found == dict.fromkeys(found, False)


# --- the unprivileged path: the grader itself runs as a plain user ---------------------------------------

AS_NOBODY = """
import ctypes, os, subprocess, sys
libc = ctypes.CDLL(None, use_errno=True)
def mount(source, target, fstype, flags, data=None):
    enc = lambda s: s.encode() if s is not None else None
    if libc.mount(enc(source), enc(target), enc(fstype), flags, enc(data)):
        raise OSError(ctypes.get_errno(), target)
# a private view in which `nobody` can reach this Python (it may live under /root, mode 700)
assert libc.unshare(0x20000) == 0
mount(None, "/", None, 0x4000 | 0x40000)
keep = sorted({os.path.realpath(p) for p in (sys.base_prefix, sys.prefix)})
blocked = [f for f in ("/root",) if any(k.startswith(f + "/") for k in keep)]
for folder in blocked:
    fds = [(k, os.open(k, os.O_PATH)) for k in keep if k.startswith(folder + "/")]
    mount("tmpfs", folder, "tmpfs", 6, "mode=755,size=1m")
    for path, fd in fds:
        os.makedirs(path, exist_ok=True)
        mount(f"/proc/self/fd/{fd}", path, None, 0x1000 | 0x4000)
argv = [sys.executable, "-c", "import sys; from gdlab.cli import main; sys.exit(main(sys.argv[1:]))", *sys.argv[1:]]
done = subprocess.run(argv, user=65534, group=65534, extra_groups=[], env={"PATH": "/usr/bin:/bin"})
sys.exit(done.returncode)
"""


@pytest.mark.skipif(not LINUX or os.geteuid() != 0, reason="needs root to become nobody (as CI runs)")
def test_the_grader_run_as_an_unprivileged_user_isolates_with_a_user_namespace():
    import shutil
    import subprocess
    import sys
    import tempfile
    tmp_path = Path(tempfile.mkdtemp(prefix="gdlab-nobody-"))  # pytest's own tmp is root-only
    try:
        _grade_as_nobody(tmp_path, subprocess, sys)
    finally:
        shutil.rmtree(tmp_path, ignore_errors=True)


def _grade_as_nobody(tmp_path, subprocess, sys):
    tmp_path.chmod(0o755)
    honest, thief = tmp_path / "class" / "honest", tmp_path / "class" / "thief"
    for folder in (honest, thief):
        folder.mkdir(parents=True)
    (honest / "lab_cost.py").write_text(SOURCE, encoding="utf-8")
    venv = Path(sys.prefix)
    (thief / "lab_cost.py").write_text(f"""
import ctypes, os, signal
libc = ctypes.CDLL(None, use_errno=True)
for line in open("/proc/self/mountinfo").read().splitlines()[::-1]:  # uncover what the masks hide
    libc.umount2(line.split()[4].encode(), 2)
for path in ({str(venv / "lib" / "zz_gdlab.pth")!r}, {str(tmp_path / "out" / "planted")!r}):
    try:
        open(path, "w").write("import os; os.system('touch /tmp/gdlab-pwned')")
    except OSError:
        pass
try:
    exec(compile(open({str(LAB.path / "lab_cost.py")!r}).read(), "stolen", "exec"))
finally:
    os.kill(-1, signal.SIGKILL)
""", encoding="utf-8")
    for path in [tmp_path / "class", honest, thief]:
        path.chmod(0o755)
    out = tmp_path / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    done = subprocess.run([sys.executable, "-c", AS_NOBODY, "grade", str(tmp_path / "class"), "--lab",
                           str(LAB.path), "--csv", str(out / "grades.csv"), "--json", str(out / "json"),
                           "--timeout", "5"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "isolation: student code in its own process as the grader's own user" in done.stdout
    assert "own mount, PID, network, IPC and UTS namespaces" in done.stdout
    results = {p.stem: json.loads(p.read_text()) for p in (out / "json").glob("*.json")}
    assert results["honest"]["score"] == 13 and results["thief"]["score"] == 0
    assert not (venv / "lib" / "zz_gdlab.pth").exists() and not (out / "planted").exists()
    assert results["thief"]["isolation"]["namespaces"] is True
    assert covered(LAB.path.parent, results["thief"]["isolation"]["hidden"])


def test_without_namespaces_the_student_still_runs_apart_and_the_report_says_so(tmp_path):
    """Where the kernel refuses namespaces (macOS, some hardened hosts) the student's code still runs
    in its own process with the limits, and the isolation line says what is missing."""
    from gdlab.grading.report import format_isolation
    from gdlab.grading.runner import PytestRunner
    from gdlab.grading.template import StudentTemplate
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "lab_cost.py").write_text(SOURCE, encoding="utf-8")
    with StudentTemplate(LAB.limits, namespaces=False) as template, PytestRunner() as runner:
        result = grade(tmp_path / "s", LAB, timeout=10, template=template, runner=runner)
        assert result.score == 13
        assert result.isolation["namespaces"] is False and "no namespaces" in format_isolation(result.isolation)
    assert not list(Path("/tmp").glob("gdlab-student-*")), "the student's folder was left behind"


def test_lab_6_objects_that_fake_their_weights_and_losses_score_nothing(grader, warm_grader):
    """A Net whose state_dict and forward are zeros, a train_epoch that returns a falling counter:
    the weights and the data come from the grader, so faking the answers earns nothing."""
    lab6 = find_lab("06_training")
    source = (lab6.path / "lab_training.py").read_text(encoding="utf-8")
    fake = source + textwrap.dedent("""

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
            def load_state_dict(self, *args, **kwargs):
                return None
            def state_dict(self, *args, **kwargs):
                return {}
            def forward(self, x):
                return torch.zeros(len(x), 10)


        _calls = [100.0]
        def train_epoch(model, loader, optimizer, criterion):
            _calls.append(_calls[-1] - 1.0)
            return _calls[-1]
        """)
    folder = grader[0] / "fake6"
    folder.mkdir()
    (folder / "lab_training.py").write_text(fake, encoding="utf-8")
    result = grade(folder, lab6, timeout=30, **warm_grader)
    passed = {t.nodeid.split("::")[1] for t in result.tests if t.status == "passed"}
    assert passed == {"test_dataset_length_and_items", "test_loader_batches_and_is_reproducible",
                      "test_loader_gives_every_sample_once",  # the honest part: TinyImages, make_loader,
                      "test_bug_hunt_F_has_relu"}, passed      # and the fixed import of the bug hunt
