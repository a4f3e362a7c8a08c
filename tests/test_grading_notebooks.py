"""Notebook hand-ins (issue 14): a notebook in place of the lab's .py file grades exactly as that file
would, for every lab; a broken answer cell costs only its names; magics and bad notebooks are refused
with one line; a hostile notebook is held as the same .py file is."""
import ast
import json
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from numpy import array as np_array
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from gdlab.cli import main
from gdlab.cli.grade import submissions_in
from gdlab.errors import GdlabError
from gdlab.grading import notebook_submission
from gdlab.grading.bundle import bundle
from gdlab.grading.grade import expected_tests, grade
from gdlab.grading.lab import list_labs, read_lab
from gdlab.grading.notebook_submission import build_module, lab_names, read_notebook
from gdlab.grading.submission import stage_submission

LABS = {lab.name: lab for lab in list_labs()}
COST = LABS["01_cost"]
SHOW = "for step in range(10 ** 10):  # training for show: never run by the grader\n    pass\nprint('trained')"


def cells_of(source, tag=True):
    """The lab's module as notebook cells: its docstring as markdown, one code cell per top-level block
    (tagged answer when `tag`), then a cell that trains for show and one that prints."""
    tree = ast.parse(source)
    lines = source.splitlines()
    cells = [new_markdown_cell(ast.get_docstring(tree) or "# lab")]
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        code = "\n".join(lines[first - 1:node.end_lineno])
        cells.append(new_code_cell(code, metadata={"tags": ["answer"]} if tag else {}))
    cells += [new_markdown_cell("Try it / 试一试"), new_code_cell(SHOW), new_code_cell("print('hello', 1 + 1)")]
    return cells


def write_notebook(folder, name, cells):
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(new_notebook(cells=cells), str(folder / name))
    return folder


def outcomes(result):
    return {t.nodeid: t.status for t in result.tests}


class _Expected(dict):
    """Each lab's graded tests, collected once, when first asked for."""

    def __missing__(self, name):
        self[name] = expected_tests(LABS[name])
        return self[name]


@pytest.fixture(scope="module")
def expected():
    return _Expected()


# --- every lab: the notebook grades as the .py file ------------------------------------------------------

def test_every_lab_accepts_its_notebook():
    assert [lab.notebooks for lab in LABS.values()] == [(Path(lab.files[0]).stem + ".ipynb",) for lab in LABS.values()]


@pytest.mark.parametrize("name", list(LABS))
def test_a_notebook_grades_as_the_same_py_file(name, tmp_path, expected, warm_grader):
    lab = LABS[name]
    source = (lab.path / lab.files[0]).read_text(encoding="utf-8")
    as_py = tmp_path / "py"
    as_py.mkdir()
    (as_py / lab.files[0]).write_text(source, encoding="utf-8")
    as_nb = write_notebook(tmp_path / "nb", lab.notebooks[0], cells_of(source))
    with ThreadPoolExecutor(max_workers=2) as pool:
        py, nb = pool.map(lambda folder: grade(folder, lab, expected=expected[name], timeout=60, **warm_grader),
                          (as_py, as_nb))
    assert py.score == py.max_score > 0, [(t.nodeid, t.status, t.output[:300]) for t in py.tests
                                          if t.status != "passed"]
    assert nb.problems == [] and (nb.score, nb.max_score) == (py.score, py.max_score)
    assert outcomes(nb) == outcomes(py)


def test_answer_cells_are_found_by_the_labs_names_without_tags():
    for lab in LABS.values():
        source = (lab.path / lab.files[0]).read_text(encoding="utf-8")
        names = lab_names(source)
        tagged = build_module(new_notebook(cells=cells_of(source)), "n.ipynb", names, [])
        untagged = build_module(new_notebook(cells=cells_of(source, tag=False)), "n.ipynb", names, [])
        assert tagged == untagged and "10 ** 10" not in tagged and "hello" not in tagged, lab.name
        assert lab_names(tagged) == names, lab.name


def test_a_tag_takes_a_cell_the_names_miss_and_show_cells_stay_out():
    cells = [new_code_cell("import numpy as np"), new_code_cell("SCALE = 2.0\nprint('scale', SCALE)"),
             new_code_cell("SHIFT = 1.0", metadata={"tags": ["answer"]}),
             new_code_cell("def predict(x, w, b=0.0):\n    return w * x + b\nprint(predict(1, 2))"),
             new_code_cell("def helper(x):\n    return 2 * x"), new_code_cell("w = 3.0\nprint(predict(1, w))")]
    problems = []
    module = build_module(new_notebook(cells=cells), "lab_cost.ipynb", {"predict", "np"}, problems)
    assert problems == []
    assert lab_names(module) == {"np", "SHIFT", "predict", "helper"}  # not SCALE, not w
    assert "print(predict(1, 2))" in module  # an answer cell is taken whole, as in a .py file


# --- a broken cell costs only its names ----------------------------------------------------------------

def _stubbed(source, function):
    """The lab's source with `function` raising, as the built module's stub does."""
    tree = ast.parse(source)
    node = next(n for n in tree.body if getattr(n, "name", None) == function)
    lines = source.splitlines()
    return "\n".join(lines[:node.lineno - 1] + [f"def {function}(*args, **kwargs):", "    raise RuntimeError('x')"]
                     + lines[node.end_lineno:]) + "\n"


def test_a_cell_that_does_not_parse_costs_only_the_tests_of_its_names(tmp_path, expected, warm_grader):
    source = (COST.path / "lab_cost.py").read_text(encoding="utf-8")
    cells = cells_of(source)
    broken = next(i for i, c in enumerate(cells) if c.source.startswith("def cost("))
    cells[broken].source = cells[broken].source.replace("return float(", "return float((", 1)
    as_nb = write_notebook(tmp_path / "nb", "lab_cost.ipynb", cells)
    as_py = tmp_path / "py"
    as_py.mkdir()
    (as_py / "lab_cost.py").write_text(_stubbed(source, "cost"), encoding="utf-8")
    with ThreadPoolExecutor(max_workers=2) as pool:
        nb, py = pool.map(lambda folder: grade(folder, COST, expected=expected["01_cost"], timeout=60,
                                               **warm_grader), (as_nb, as_py))
    lost = {t.nodeid for t in nb.tests if t.status != "passed"}
    assert lost == {t.nodeid for t in py.tests if t.status != "passed"}
    assert lost and len(lost) < len(nb.tests) and nb.score == py.score > 0
    assert all("cost" in nodeid for nodeid in lost)
    assert len(nb.problems) == 1 and f"cell {broken + 1} does not parse" in nb.problems[0], nb.problems
    assert all("lab_cost.ipynb" in t.output for t in nb.tests if t.status != "passed")


@pytest.mark.parametrize("line", ["!pip install numpy", "%timeit predict(1, 2)", "    %time y = 1",
                                  "%matplotlib inline"])
def test_a_magic_or_shell_line_is_left_out_and_the_rest_of_its_cell_graded(line):
    code = "import numpy as np\n\ndef predict(x, w, b=0.0):\n    return w * np.asarray(x) + b\n" + line
    cells = [new_code_cell(code), new_code_cell("def cost(x, y, w, b=0.0):\n    return 0.0"),
             new_code_cell("%matplotlib inline")]  # not an answer cell: left out, nothing said
    problems = []
    module = build_module(new_notebook(cells=cells), "lab_cost.ipynb", lab_names(COST.path.joinpath(
        "lab_cost.py").read_text(encoding="utf-8")), problems)
    assert len(problems) == 1 and "cell 1: line 5 is an IPython magic or shell command" in problems[0], problems
    assert "the rest of the cell is graded" in problems[0]
    assert line.strip() not in [row.strip() for row in module.splitlines()] and "matplotlib" not in module
    namespace = {}
    exec(compile(module, "built", "exec"), namespace)  # the trusted test may run its own fixture's module
    assert list(namespace["predict"]([1.0, 2.0], 2.0, 1.0)) == [3.0, 5.0]   # its import was kept
    assert namespace["cost"](1, 2, 3) == 0.0


def _built(*sources, names=None):
    problems = []
    names = lab_names(COST.path.joinpath("lab_cost.py").read_text(encoding="utf-8")) if names is None else names
    module = build_module(new_notebook(cells=[new_code_cell(source) for source in sources]), "lab_cost.ipynb",
                          names, problems)
    namespace = {}
    exec(compile(module, "built", "exec"), namespace)  # the trusted test runs its own fixture's module
    return module, namespace, problems


def test_the_definitions_an_answer_uses_are_taken_from_the_other_cells_and_their_show_code_is_not():
    module, namespace, problems = _built(
        "import numpy as np\nX = np.array([1.0, 2.0])\nprint(predict(X, 2.0))",   # show code, before predict
        "SCALE = 1.0",
        "def predict(x, w, b=0.0):\n    return SCALE * (w * x + b)",
        "import matplotlib.pyplot as plt\nplt.plot([1], [2])\nraise SystemExit('shown, never graded')",
        "from gdlab.grading.self_check import check\n\ncheck()")
    assert problems == [] and list(namespace["predict"](np_array([1.0, 3.0]), 2.0)) == [2.0, 6.0]
    assert "print(" not in module and "plt" not in module and "SystemExit" not in module and "check" not in module
    assert "X = np.array" not in module and "numpy" not in module   # predict uses neither
    assert module.index("SCALE = 1.0") < module.index("def predict")


def test_a_cell_that_compiles_badly_is_a_stub_and_so_is_a_top_level_await():
    module, namespace, problems = _built("def predict(x, w, b=0.0):\n    return 0\n__debug__ = 1\nx = (",
                                         "import asyncio\ndef cost(x, y, w, b=0.0):\n    return 1.0\n"
                                         "await asyncio.sleep(0)",
                                         "def cost_curve(x, y, ws, b=0.0):\n    return 2.0")
    assert len(problems) == 2 and "cell 1 does not parse" in problems[0] and "cell 2 does not parse" in problems[1]
    assert namespace["cost_curve"](1, 2, 3) == 2.0 and "__debug__" not in module.replace("# cell", "")
    with pytest.raises(RuntimeError, match="cell 2 does not parse"):
        namespace["cost"](1, 2, 3)


@pytest.mark.parametrize("minor", ['"x"', "null", "4.5", "true"])
def test_a_notebook_whose_version_is_not_an_integer_is_refused_in_one_line(minor, tmp_path):
    raw = f'{{"nbformat": 4, "nbformat_minor": {minor}, "metadata": {{}}, "cells": []}}'.encode()
    problems = []
    assert read_notebook(raw, "lab_cost.ipynb", problems) is None
    assert len(problems) == 1 and problems[0].startswith("lab_cost.ipynb is not a valid Jupyter notebook")
    problems = []
    assert read_notebook(b'{"nbformat": 4.0, "nbformat_minor": 5, "metadata": {}, "cells": []}', "n", problems) \
        is None and len(problems) == 1


# --- bad notebooks: one line each ------------------------------------------------------------------------

BAD = {
    "invalid JSON": (b'{"cells": [', "is not a notebook: it is not valid JSON"),
    "not a notebook": (b'{"hello": "world"}', "is not a Jupyter notebook (version 4"),
    "a list": (b"[1, 2, 3]", "is not a Jupyter notebook (version 4"),
    "version 3": (json.dumps({"nbformat": 3, "nbformat_minor": 0, "worksheets": [], "metadata": {}}).encode(),
                  "is not a Jupyter notebook (version 4"),
    "schema": (json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                           "cells": [{"cell_type": "code", "source": 3}]}).encode(),
               "is not a valid Jupyter notebook ("),
    "not UTF-8": (b'{"cells": "\xff"}', "is not UTF-8 text"),
    "too large": (b" " * (notebook_submission.MAX_NOTEBOOK + 1), "is larger than 20 MiB"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_notebook_is_refused_with_one_line(case, tmp_path):
    raw, said = BAD[case]
    (tmp_path / "lab_cost.ipynb").write_bytes(raw)
    problems = []
    files = stage_submission(COST, tmp_path, problems)
    assert "lab_cost.py" not in files
    assert len(problems) == 1 and said in problems[0] and "\n" not in problems[0], problems
    assert problems[0].startswith("lab_cost.ipynb")


def test_the_py_file_wins_over_a_notebook_and_a_missing_file_names_both(tmp_path):
    source = (COST.path / "lab_cost.py").read_text(encoding="utf-8")
    write_notebook(tmp_path, "lab_cost.ipynb", [new_code_cell("def predict(x, w, b=0.0):\n    return 0")])
    (tmp_path / "lab_cost.py").write_text(source, encoding="utf-8")
    problems = []
    assert stage_submission(COST, tmp_path, problems) == {"lab_cost.py": source}
    assert len(problems) == 1 and problems[0].startswith("lab_cost.ipynb was not graded"), problems
    problems = []
    assert stage_submission(COST, tmp_path / "nothing", problems) == {}
    assert "(the lab asks for lab_cost.py or the notebook lab_cost.ipynb)" in problems[0]


def test_a_notebook_with_no_answer_cell_says_so():
    problems = []
    assert build_module(new_notebook(cells=[new_code_cell("print(1)")]), "x.ipynb", {"predict"}, problems) == ""
    assert len(problems) == 1 and "no cell defines the lab's names (predict)" in problems[0]


def test_read_notebook_runs_nothing():
    raw = nbformat.writes(new_notebook(cells=[new_code_cell("raise SystemExit('ran')")])).encode()
    assert read_notebook(raw, "x.ipynb", []).cells[0].source == "raise SystemExit('ran')"


@pytest.mark.parametrize("notebooks", ['"lab_cost.py"', '["a/lab_cost.ipynb"]', '["lab_cost"]', "3"])
def test_lab_toml_notebooks_must_be_plain_ipynb_names(notebooks, tmp_path):
    (tmp_path / "lab.toml").write_text(f'files = ["lab_cost.py"]\nnotebooks = {notebooks}\n', encoding="utf-8")
    with pytest.raises(GdlabError, match="notebooks must be a list of plain .ipynb file names"):
        read_lab(tmp_path)


def test_with_several_files_each_notebook_stands_for_its_own(tmp_path):
    (tmp_path / "lab.toml").write_text('files = ["a.py", "b.py"]\n', encoding="utf-8")
    lab = read_lab(tmp_path)
    assert lab.notebooks == ("a.ipynb", "b.ipynb") and lab.notebooks_for("b.py") == ("b.ipynb",)
    (tmp_path / "lab.toml").write_text('files = ["a.py", "b.py"]\nnotebooks = ["c.ipynb"]\n', encoding="utf-8")
    with pytest.raises(GdlabError):
        read_lab(tmp_path)


# --- hostile notebooks: held as the same .py file is ----------------------------------------------------

def test_a_hostile_notebook_is_held_as_the_same_py_file(tmp_path, expected, warm_grader):
    source = (COST.path / "lab_cost.py").read_text(encoding="utf-8")
    results = {}
    for form in ("py", "nb"):
        target = Path(f"/tmp/gdlab-notebook-planted-{form}.txt")
        target.unlink(missing_ok=True)
        evil = (f"print('<script>alert(1)</script>')\n"
                f"for path in [{str(target)!r}, {str(COST.path / 'planted.txt')!r}]:\n"
                f"    try:\n        open(path, 'w').write('planted')\n    except OSError:\n        pass\n")
        folder = tmp_path / form
        if form == "py":
            folder.mkdir()
            (folder / "lab_cost.py").write_text(source + "\n" + evil, encoding="utf-8")
        else:
            cells = cells_of(source)
            cells[1].source += "\n" + evil  # the cell of `import numpy as np`
            write_notebook(folder, "lab_cost.ipynb", cells)
        results[form] = grade(folder, COST, expected=expected["01_cost"], timeout=60, **warm_grader)
        assert not target.exists() and not (COST.path / "planted.txt").exists(), form
    assert outcomes(results["nb"]) == outcomes(results["py"]) and results["nb"].score == results["py"].score
    assert results["nb"].problems == results["py"].problems == []
    assert results["nb"].score == results["nb"].max_score  # the honest functions still count


# --- the command line and Gradescope: either form ----------------------------------------------------------

def test_a_class_folder_finds_notebook_submissions(tmp_path):
    write_notebook(tmp_path / "alice", "lab_cost.ipynb", [new_code_cell("x = 1")])
    (tmp_path / "bob").mkdir()
    assert submissions_in(tmp_path, COST) == [tmp_path / "alice", tmp_path / "bob"]
    assert submissions_in(tmp_path / "alice", COST) is None  # itself one submission


def test_the_bundle_carries_the_notebook_rule(tmp_path):
    with zipfile.ZipFile(bundle(COST, tmp_path / "autograder.zip")) as archive:
        toml = archive.read("lab/01_cost/lab.toml").decode()
        assert 'notebooks = ["lab_cost.ipynb"]' in toml
        assert "gdlab/src/gdlab/grading/notebook_submission.py" in archive.namelist()


def test_run_autograders_command_grades_a_notebook_upload(tmp_path, capsys):
    """What run_autograder runs, on /autograder/submission holding only the student's notebook."""
    source = (COST.path / "lab_cost.py").read_text(encoding="utf-8")
    submission = write_notebook(tmp_path / "submission", "lab_cost.ipynb", cells_of(source))
    results = tmp_path / "results" / "results.json"
    assert main(["grade", str(submission), "--lab", "cost", "--json", str(results)]) == 0
    assert "total: 13.00 / 13.00" in capsys.readouterr().out
    assert json.loads(results.read_text())["score"] == 13


def test_a_broken_cell_becomes_a_stub_that_parses_whatever_it_held():
    cells = [new_code_cell("def predict(x, w, b=0.0):\n    if x:\n        return (\nelse: y = 1\nclass = 3\n"
                           "cost_curve = lambda: 0\nNet: int = 1 +"),
             new_code_cell("def cost(x, y, w, b=0.0):\n    return 1.5")]
    problems = []
    module = build_module(new_notebook(cells=cells), "lab_cost.ipynb\nimport os", {"predict", "cost"}, problems)
    namespace = {}
    exec(compile(module, "built", "exec"), namespace)  # it parses; the trusted test runs its own fixture
    assert {"predict", "cost_curve", "Net", "cost"} <= set(namespace) and "else" not in namespace
    assert namespace["cost"](1, 2, 3) == 1.5 and "os" not in namespace
    with pytest.raises(RuntimeError, match="cell 1 does not parse: line 3"):
        namespace["Net"]()


def _released_stub():
    from gdlab.grading.solutions import strip_solutions
    return strip_solutions(COST.path.joinpath("lab_cost.py").read_text(encoding="utf-8"), "lab_cost.py", "en")[0]


def test_beside_a_notebook_a_changed_py_is_graded_and_the_report_says_the_notebook_was_not(tmp_path):
    write_notebook(tmp_path, "lab_cost.ipynb", cells_of(COST.path.joinpath("lab_cost.py").read_text(encoding="utf-8")))
    (tmp_path / "lab_cost.py").write_text(_released_stub() + "\nX = 1\n", encoding="utf-8")
    problems = []
    files = stage_submission(COST, tmp_path, problems)
    assert files["lab_cost.py"].endswith("X = 1\n")
    assert problems == ["lab_cost.ipynb was not graded: lab_cost.py was handed in beside it and changed, so "
                        "lab_cost.py is graded; hand in one of the two"]


def test_a_link_beside_a_notebook_is_never_read_through(tmp_path):
    outside = tmp_path / "outside.py"   # what the link points to: the released stub, word for word
    outside.write_text(_released_stub(), encoding="utf-8")
    folder = write_notebook(tmp_path / "sub", "lab_cost.ipynb",
                            cells_of(COST.path.joinpath("lab_cost.py").read_text(encoding="utf-8")))
    (folder / "lab_cost.py").symlink_to(outside)
    problems = []
    files = stage_submission(COST, folder, problems)
    assert "lab_cost.py" not in files and any("is a link" in p for p in problems), problems


def test_a_notebook_that_builds_a_module_over_the_limit_is_refused_in_one_line(tmp_path):
    from gdlab.grading.submission import MAX_SOURCE
    big = "def predict(x, w, b=0.0):\n    return w * x + b\n" + "# padding\n" * (MAX_SOURCE // 10 + 1)
    write_notebook(tmp_path, "lab_cost.ipynb", [new_code_cell(big)])
    problems = []
    assert "lab_cost.py" not in stage_submission(COST, tmp_path, problems)
    assert len(problems) == 1 and problems[0] == "lab_cost.ipynb is a link or larger than 2 MiB: not graded"
