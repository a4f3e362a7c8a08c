"""Figures and the demo's page in the reader's language: every plot function draws in English and in
Chinese with no missing glyph (rendered to PNG), its words are the catalogue's, and the Chinese
font comes from the mplfonts package without touching matplotlib's global settings."""
import base64
import io
import logging
import re
import sys
import warnings

import matplotlib
import pytest
from fontTools.ttLib import TTFont

from gdlab import plots
from gdlab.errors import GdlabError
from gdlab.i18n import fonts, text, using_language
from gdlab.landscapes import LANDSCAPES
from gdlab.plots.widgets import draw_1d, draw_2d

LANGUAGES = ("en", "zh")
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# words a Chinese figure keeps in Latin letters: method and optimizer names, symbols, landscape names
IDENTIFIERS = {"GD", "BGD", "SGD", "MBGD", "lr", "dJ", "dw", "symlog", "Rosenbrock", "Beale", "Himmelblau",
               "gd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam"}


@pytest.fixture(scope="module")
def runs(line_data):
    return plots.compare_methods(*line_data, lr=0.1, epochs=2, batch_size=10, w0=-1.0, b0=5.0)


@pytest.fixture(scope="module")
def one_d(line_data):
    from gdlab.descent import fit
    return fit(*line_data, model="wx", lr=0.1, epochs=4, tol=0.0)


def first_axes(drawn):
    """The first axes of what a plot function returned (an Axes, a list of them or a Figure)."""
    if isinstance(drawn, matplotlib.figure.Figure):
        return drawn.axes[0]
    return drawn[0] if isinstance(drawn, (list, tuple)) else drawn


def animated(animation, tmp_path):
    """Save a GIF (every frame drawn) and return the animation's axes."""
    plots.save_gif(animation, tmp_path / "a.gif", fps=2, dpi=40)
    return animation._fig.axes[0]


# name -> (draw(data) -> Figure, Axes or list of Axes; the first axes' title from the catalogue)
CASES = {
    "plot_data": (lambda d: plots.plot_data(*d["xy"], 1.5),
                  lambda: text("plots.data.title")),
    "plot_cost_curve": (lambda d: plots.plot_cost_curve(*d["xy"], d["one_d"]),
                        lambda: text("plots.cost_curve.title")),
    "plot_lr_panel": (lambda d: plots.plot_lr_panel(*d["xy"], steps=6),
                      lambda: text("plots.lr_panel.crawls") + "\n"),
    "plot_local_global": (lambda d: plots.plot_local_global(steps=10, num=100),
                          lambda: text("plots.local_global.title", lr=0.02, steps=10)),
    "plot_cost_panels": (lambda d: plots.plot_cost_panels(d["runs"], minimum=0.08),
                         lambda: text("plots.cost_per_step.title_linear")),
    "plot_contour": (lambda d: plots.plot_contour(*d["xy"], d["runs"], num=40),
                     lambda: text("plots.surface.contour_title")),
    "plot_surface3d": (lambda d: plots.plot_surface3d(*d["xy"], d["runs"], num=20),
                       lambda: text("plots.surface.title")),
    "plot_surface_pair": (lambda d: plots.plot_surface_pair(*d["xy"], d["runs"], num=30),
                          lambda: text("plots.surface.title")),
    "plot_landscape": (lambda d: plots.plot_landscape("himmelblau", num=60),
                       lambda: text("plots.landscape.name.himmelblau") + "\n"),
    "plot_race": (lambda d: plots.plot_race("saddle", steps=30),
                  lambda: text("plots.race.title", landscape=text("plots.landscape.name.saddle"), steps=30,
                               w0=LANDSCAPES["saddle"].start[0], b0=LANDSCAPES["saddle"].start[1])),
    "animate_curve": (lambda d: animated(plots.animate_curve(*d["xy"], d["one_d"]), d["tmp"]),
                      lambda: text("plots.animate.curve_title", k=4, steps=4, w=0, grad_w=0).split("w =")[0]),
    "animate_contour": (lambda d: animated(plots.animate_contour(*d["xy"], d["runs"], frames=3, num=30), d["tmp"]),
                        lambda: text("plots.animate.contour_title", k=200, steps=200)),
    "draw_1d": (lambda d: draw_1d(*d["xy"], lr=1.0, steps=6),
                lambda: text("plots.data.title")),
    "draw_2d": (lambda d: draw_2d(*d["xy"], epochs=1),
                lambda: text("plots.surface.contour_title")),
}


def figure_words(figure):
    """Every text a reader sees on the figure: titles, axis labels, legends, notes."""
    words = [t.get_text() for t in figure.texts]
    for ax in figure.axes:
        words += [ax.get_title(loc) for loc in ("left", "center", "right")]
        words += [ax.get_xlabel(), ax.get_ylabel()] + ([ax.get_zlabel()] if ax.name == "3d" else [])
        words += [t.get_text() for t in ax.texts]
        if ax.get_legend() is not None:
            words += [t.get_text() for t in ax.get_legend().get_texts()]
    return [w for w in words if w]


def english_words(words):
    """Latin-letter words outside $math$ that are not identifiers: English left in a figure."""
    plain = " ".join(re.sub(r"\$[^$]*\$", " ", w) for w in words)
    return sorted(set(re.findall(r"[A-Za-z]{2,}", plain)) - IDENTIFIERS)


class MissingGlyphs(logging.Handler):
    """mathtext reports a glyph it cannot find by logging, not by a warning: collect those."""
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        if "does not have a glyph" in record.getMessage():
            self.messages.append(record.getMessage())


@pytest.fixture
def no_missing_glyphs():
    """Missing glyphs fail the test: matplotlib's "Glyph ... missing from font(s)" warning raises,
    and mathtext's logged "Font ... does not have a glyph" is collected and asserted empty."""
    handler = MissingGlyphs()
    logger = logging.getLogger("matplotlib.mathtext")
    logger.addHandler(handler)
    with warnings.catch_warnings():
        for category in (UserWarning, RuntimeWarning):
            warnings.filterwarnings("error", message=r"Glyph .* missing from font", category=category)
        yield
    logger.removeHandler(handler)
    assert not handler.messages, handler.messages


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(CASES))
def test_every_figure_in_each_language(name, language, line_data, runs, one_d, tmp_path, no_missing_glyphs):
    draw, title = CASES[name]
    data = {"xy": line_data, "runs": runs, "one_d": one_d, "tmp": tmp_path}
    with using_language(language):
        ax = first_axes(draw(data))
        expected_title = title()
    figure = ax.figure
    figure.savefig(io.BytesIO(), format="png", dpi=40)   # rendering is where a missing glyph shows
    assert ax.get_title().startswith(expected_title), f"{name}: {ax.get_title()!r}"
    words = figure_words(figure)
    if language == "zh":
        assert CJK.search(ax.get_title()), f"{name}: the title is not in Chinese: {ax.get_title()!r}"
        assert not english_words(words), f"{name}: English on a Chinese figure: {english_words(words)}"
        assert ax.title.get_fontfamily()[0] == fonts.CJK_FAMILY
    else:
        assert not [w for w in words if CJK.search(w)], f"{name}: Chinese on an English figure"
        assert ax.title.get_fontfamily()[0] == fonts.LATIN_FAMILY


def test_english_and_chinese_labels_are_the_catalogues(line_data, one_d):
    for language in LANGUAGES:
        with using_language(language):
            ax = plots.plot_cost_curve(*line_data, one_d)
            assert ax.get_ylabel() == "$J(w)$"   # math stays math, in both
            legend = [t.get_text() for t in ax.get_legend().get_texts()]
            assert text("plots.cost_curve.cost") in legend and text("plots.start") in legend
    with using_language("zh"):
        assert text("plots.start") == "起点"


def test_the_font_comes_from_mplfonts_and_global_settings_stay(line_data):
    family_before = list(matplotlib.rcParams["font.family"])
    with using_language("zh"):
        plots.plot_data(*line_data, 2.0).figure.savefig(io.BytesIO(), format="png", dpi=30)
    assert matplotlib.rcParams["font.family"] == family_before
    assert "mplfonts" not in sys.modules, "mplfonts' rc-changing helpers were imported"
    path = fonts.cjk_font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf" and "mplfonts" in path.parts
    assert any(f.name == fonts.CJK_FAMILY and f.fname == str(path)
               for f in matplotlib.font_manager.fontManager.ttflist)


def test_a_missing_font_package_is_a_clear_error_in_chinese_only(monkeypatch):
    monkeypatch.setattr(fonts.importlib.util, "find_spec", lambda name: None)
    fonts.register_cjk_font.cache_clear()
    try:
        with pytest.raises(GdlabError, match=r"pip install mplfonts"):
            fonts.font_families("zh")
        assert fonts.font_families("en") == [fonts.LATIN_FAMILY]
        assert fonts.web_font_subset("代价函数") is None
    finally:
        fonts.register_cjk_font.cache_clear()


def test_the_demo_page_in_chinese_brings_its_own_font(tmp_path, monkeypatch):
    """run_demo in Chinese (the fits and one figure, for speed): <html lang="zh">, Chinese headings
    and captions, and an embedded font that holds every non-ASCII character on the page."""
    from gdlab import demo

    def one_figure(out, echo=print):
        from gdlab.data import load
        from gdlab.descent import fit
        x, y = load("line")
        path = out / "figures" / "02_cost_curve.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        plots.plot_cost_curve(x, y, fit(x, y, model="wx", lr=0.1, epochs=3, tol=0.0)).figure.savefig(path)
        return [str(path)]

    monkeypatch.setattr(demo, "PARTS", [("fits", demo.fits), ("figures", one_figure)])
    printed = []
    with using_language("zh"):
        demo.run_demo(tmp_path, echo=printed.append)
        headings = [text("demo.section.cost"), text("demo.section.methods")]
        where = text("demo.open_index", path=(tmp_path / "index.html").resolve())
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh">' in page
    assert re.findall(r"<h2>\d · ([^<]+)</h2>", page) == headings
    assert all(CJK.search(h) for h in headings)
    assert "代价 J" in page and any(where in line for line in printed)
    font = re.search(r"url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)", page)
    assert font, "the page has no embedded font"
    cmap = TTFont(io.BytesIO(base64.b64decode(font.group(1)))).getBestCmap()
    shown = set(page.replace(font.group(0), "")) - {c for c in page if ord(c) < 0x80}
    assert shown and not sorted(c for c in shown if ord(c) not in cmap)
    assert len(font.group(1)) < 300_000   # a subset, not the 16 MB font


def test_the_english_page_stays_english(tmp_path):
    from gdlab.demo_page import write_index
    with using_language("en"):
        page = write_index(tmp_path, {}, []).read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "gradient descent, step by step" in page
