"""`gdlab demo`, the main job: the whole lesson into one folder, the index written last."""
import contextlib
import io
import json
import re

import pytest

from gdlab.cli import main
from gdlab.demo import PARTS, run_demo


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["demo", "--out", str(out)]) == 0
    return out, printed.getvalue()


@pytest.fixture(scope="module")
def demo(demo_run):
    return demo_run[0]


def test_the_demo_writes_the_lesson_in_order(demo):
    results = json.loads((demo / "results.json").read_text())
    assert [name for name, _ in PARTS] == list(results) == ["fits", "crosscheck", "figures", "training"]
    assert results["crosscheck"]["ok"] is True
    assert results["fits"]["house"]["w"] == pytest.approx(200.0, rel=1e-9)
    assert results["training"]["val_accuracy"] > 0.9
    page = (demo / "index.html").read_text()
    shown = re.findall(r'<img src="([^"]+)"', page)
    assert len(results["figures"]) == len(shown) >= 12
    assert all((demo / src).is_file() and (demo / src).stat().st_size > 1000 for src in shown)
    titles = re.findall(r"<h2>(\d) ·", page)
    assert titles == sorted(titles) and len(titles) == 7   # every section, in lesson order
    assert list((demo / "runs").iterdir()), "the CNN's TensorBoard run is missing"


def test_the_demo_prints_where_to_look(demo_run):
    demo, out = demo_run
    assert f"open {(demo / 'index.html').resolve()}" in out
    assert f"tensorboard --logdir {demo / 'runs'}" in out


def test_an_interrupted_demo_leaves_no_index(tmp_path, monkeypatch):
    def interrupted(out, echo=print):
        raise KeyboardInterrupt
    monkeypatch.setattr("gdlab.demo.PARTS", [("fits", PARTS[0][1]), ("crosscheck", interrupted)])
    with pytest.raises(KeyboardInterrupt):
        run_demo(tmp_path, echo=lambda *a: None)
    assert not (tmp_path / "index.html").exists() and not (tmp_path / "results.json").exists()
    assert not list(tmp_path.glob(".*.tmp"))
