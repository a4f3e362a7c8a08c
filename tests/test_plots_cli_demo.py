"""`gdlab plot KIND --out FILE` for every kind, its errors, the animations, widgets and the demo set."""
import warnings

import numpy as np
import pytest
from PIL import Image

from gdlab.cli import main
from gdlab.descent import fit
from gdlab.plots.animate import animate_contour, animate_curve, save_gif, to_jshtml

KIND_ARGS = {   # small, quick settings for each kind
    "curve": ["--steps", "5"],
    "surface": ["--grid", "30"],
    "lr": ["--steps", "6"],
    "paths": ["--epochs", "2", "--grid", "30"],
    "race": ["--landscape", "himmelblau", "--steps", "30"],
    "loss": ["--epochs", "2"],
}


@pytest.fixture(autouse=True)
def no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


@pytest.mark.parametrize("kind", list(KIND_ARGS))
def test_every_kind_writes_a_non_empty_image(kind, tmp_path, capsys):
    out = tmp_path / f"{kind}.png"
    assert main(["plot", kind, *KIND_ARGS[kind], "--out", str(out), "--dpi", "40"]) == 0
    assert out.stat().st_size > 1000
    with Image.open(out) as image:
        assert image.format == "PNG" and min(image.size) > 50
    assert str(out) in capsys.readouterr().out


def test_svg_by_extension(tmp_path):
    out = tmp_path / "curve.svg"
    assert main(["plot", "curve", "--data", "house", "--out", str(out)]) == 0
    assert out.read_text().lstrip().startswith("<?xml") and "<svg" in out.read_text()


@pytest.mark.parametrize("argv, message", [
    (["curve", "--out", "x.pdf"], "must end in .png or .svg"),
    (["surface", "--w-range", "3", "1", "--out", "x.png"], "inverted"),
    (["surface", "--grid", "1", "--out", "x.png"], "at least 2 points"),
    (["curve", "--lr", "-1", "--out", "x.png"], "lr must be a positive"),
    (["paths", "--data", "no/such.csv", "--out", "x.png"], "no such file"),
    (["loss", "--batch-size", "1000", "--out", "x.png"], "larger than the data"),
])
def test_bad_input_is_one_clear_line(argv, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["plot", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_unknown_kind_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["plot", "histogram", "--out", "x.png"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'histogram'" in capsys.readouterr().err


def test_help_lists_each_kinds_options(capsys):
    with pytest.raises(SystemExit):
        main(["plot", "race", "--help"])
    text = capsys.readouterr().out
    assert "--landscape" in text and "--optimizers" in text and "--out" in text


def test_curve_animation_has_one_frame_per_state(line_data, tmp_path):
    trajectory = fit(*line_data, model="wx", lr=0.05, epochs=5, tol=0.0)
    animation = animate_curve(*line_data, trajectory)
    path = save_gif(animation, tmp_path / "curve.gif", dpi=30)
    with Image.open(path) as gif:
        assert gif.n_frames == trajectory.steps + 1
    html = to_jshtml(animate_curve(*line_data, trajectory))
    assert "<script" in html and html.count("data:image/png;base64") == trajectory.steps + 1


def test_contour_animation_frames_and_bad_file_name(line_data, tmp_path):
    from gdlab.errors import GdlabError
    from gdlab.plots import compare_methods
    runs = compare_methods(*line_data, methods=("bgd",), epochs=4, w0=-1.0, b0=5.0)
    animation = animate_contour(*line_data, runs, num=30)
    with pytest.raises(GdlabError, match=r"\.gif"):
        save_gif(animation, tmp_path / "a.mp4")
    with Image.open(save_gif(animation, tmp_path / "a.gif", dpi=30)) as gif:
        assert gif.n_frames == runs["bgd"].steps + 1


def test_each_frame_redraws_the_drawn_paths(line_data):
    """The animations update the paths' own artists (returned by the drawing), step by step."""
    from gdlab.plots import compare_methods
    runs = compare_methods(*line_data, methods=("bgd", "sgd"), epochs=1, w0=-1.0, b0=5.0)
    animation = animate_contour(*line_data, runs, num=30)
    animation._init_draw()   # draws frame 0, as saving or showing would; then frame k by its function
    ax = animation._fig.axes[0]
    for k in (0, 3, runs["sgd"].steps):
        lines = animation._func(k)   # frame k: each path up to step k
        assert [line.get_label().split(",")[0] for line in lines] == ["BGD", "SGD"]
        for line, run in zip(lines, runs.values()):
            assert line in ax.lines
            w, b = line.get_data()
            np.testing.assert_array_equal(w, np.asarray(run.w)[:k + 1])
            np.testing.assert_array_equal(b, np.asarray(run.b)[:k + 1])
    trajectory = fit(*line_data, model="wx", lr=0.05, epochs=4, tol=0.0)
    animation = animate_curve(*line_data, trajectory)
    animation._init_draw()
    steps, current, _ = animation._func(2)
    assert steps.get_label().startswith("4 steps")
    np.testing.assert_array_equal(steps.get_data()[0], np.asarray(trajectory.w)[:3])
    np.testing.assert_array_equal(steps.get_data()[1], np.asarray(trajectory.cost)[:3])
    np.testing.assert_array_equal(current.get_data()[0], [trajectory.w[2]])


def test_widget_drawing_functions(line_data):
    from gdlab.plots.widgets import draw_1d, draw_2d
    figure = draw_1d(*line_data, lr=0.3, steps=5, w0=1.0)
    w, _ = next(l for l in figure.axes[1].get_lines() if "5 steps" in l.get_label()).get_data()
    assert w.size == 6 and w[0] == 1.0
    figure = draw_1d(*line_data, lr=2.0, steps=30)   # diverges: a note, not an exception
    assert any("diverged" in t.get_text() for t in figure.axes[1].texts)
    figure = draw_2d(*line_data, method="sgd", lr=0.05, epochs=1, optimizer="adam", w0=1.0, b0=2.0)
    w, b = next(l for l in figure.axes[0].get_lines() if l.get_label().startswith("SGD")).get_data()
    assert w.size == len(line_data[0]) + 1 and (w[0], b[0]) == (1.0, 2.0)
    from gdlab.batches import MBGD_BATCH_SIZE
    for batch_size, expected in ((None, MBGD_BATCH_SIZE), (5, 5), (10_000, len(line_data[0]))):
        figure = draw_2d(*line_data, epochs=1, batch_size=batch_size)   # at most n: a slider's 100
        labels = [line.get_label() for line in figure.axes[0].get_lines()]
        assert f"MBGD, {len(line_data[0]) // expected} steps" in labels, (batch_size, labels)


def test_widgets_build(line_data):
    import ipywidgets
    from gdlab.plots.widgets import widget_1d, widget_2d
    assert isinstance(widget_1d(line_data), ipywidgets.VBox)
    assert isinstance(widget_2d("house"), ipywidgets.VBox)


def test_demo_writes_every_figure(tmp_path):
    from gdlab.plots.demo_figures import write_demo_figures
    paths = write_demo_figures(tmp_path / "demo", gif=False)
    assert len(paths) == 10 and all(p.exists() and p.stat().st_size > 5000 for p in paths)
    assert sorted(p.suffix for p in paths) == [".png"] * 10
