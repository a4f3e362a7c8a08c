"""Every notebook is committed clean and runs top to bottom headless, without errors or warnings,
in both editions: the teacher's (the repository's; every exercise check says right) and the
student's (solution cells stubbed by `gdlab release`; every check says not done yet)."""
import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from gdlab.exercises.exercise import LINE, NOT_DONE, RIGHT, STATUS_OF_MARK, exercises_of
from gdlab.exercises.student_edition import student_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHINESE = sorted((ROOT / "notebooks" / "zh").glob("*.ipynb"))   # the Chinese edition, same code
EVERY = NOTEBOOKS + CHINESE
# settings injected after a notebook's `parameters` cell to keep it short under test
QUICK = {"07_data": "DATA_ROOT = 'data'",
         "08_cnn": "EPOCHS = 1\nTRAIN_LIMIT = 512\nDEVICE = 'cpu'\nDATA_ROOT = 'data'\nLOGDIR = 'runs'"}


def test_there_are_eight_notebooks_in_lesson_order():
    assert [p.name[:2] for p in NOTEBOOKS] == [f"{i:02d}" for i in range(1, 9)]


@pytest.mark.parametrize("path", EVERY, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_committed_without_outputs(path):
    nb = json.loads(path.read_text())
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert not cell.get("outputs") and cell.get("execution_count") is None, \
                f"{path.name} holds outputs: clear them before committing (Kernel > Restart and Clear Outputs)"


@pytest.mark.parametrize("edition", ["teacher", "student"])
@pytest.mark.parametrize("path", EVERY, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_runs_clean_and_its_checks_say_what_they_should(path, edition, tmp_path, monkeypatch):
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel draws inline, as in class
    nb = nbformat.read(path, as_version=4)
    if edition == "student":
        nb = student_notebook(nb, path.name)[0]
    quick = QUICK.get(_key(path))
    if quick:
        index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
        nb.cells.insert(index + 1, nbformat.v4.new_code_cell(quick))
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    problems = [out["text"] for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
                if out.get("name") == "stderr" and any(w in out["text"] for w in ("Warning", "Error", "Traceback"))]
    assert not problems, f"{path.name} printed warnings or errors:\n" + "\n".join(problems)
    if "%matplotlib inline" in "".join(c.source for c in nb.cells):
        images = [out for c in nb.cells if c.cell_type == "code" for out in c.outputs if "image/png" in out.get("data", {})]
        assert images, f"{path.name} draws figures but none was shown as an image"
    verdicts = _verdicts(nb)
    assert sorted(verdicts) == sorted(exercises_of(path.name[:2])), \
        f"{path.name}: the checks run ({sorted(verdicts)}) are not the notebook's exercises"
    wanted = RIGHT if edition == "teacher" else NOT_DONE
    assert set(verdicts.values()) == {wanted}, f"{path.name} ({edition}'s edition): {verdicts}"


@pytest.mark.parametrize("path", EVERY, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_ends_with_two_to_four_exercises_and_points_to_its_lab(path):
    nb = nbformat.read(path, as_version=4)
    assert 2 <= len(exercises_of(path.name[:2])) <= 4, path.name
    solutions = [c for c in nb.cells if "solution" in c.metadata.get("tags", [])]
    assert solutions, f"{path.name} has no cell tagged solution"
    last = nb.cells[-1]
    assert last.cell_type == "markdown" and "labs/" in last.source, \
        f"{path.name}: the last cell should point to the lab that goes with it (labs/...)"


def _verdicts(nb):
    """{exercise key: status} from what the check cells printed."""
    text = "\n".join(out.get("text", "") for cell in nb.cells if cell.cell_type == "code"
                     for out in cell.outputs if out.get("name") == "stdout")
    found = {}
    for match in LINE.finditer(text):
        assert match["key"] not in found, f"exercise {match['key']} is checked twice"
        found[match["key"]] = STATUS_OF_MARK[match["mark"]]
    return found


def _key(path):
    number, rest = path.stem.split("_", 1)
    return f"{number}_{rest.split('_')[0]}"
