"""The demo's index.html: the figures and the numbers in lesson order, one self-contained page.

Written last and atomically (gdlab.files: a temporary file, then a rename), so an interrupted demo never
leaves a half-written index behind. Its words come from the catalogue (demo.*) in the current
language, and it brings its own font for them: a browser on a machine without Chinese fonts
would draw boxes, so the page embeds the glyphs it uses, cut from Noto Sans CJK SC (a few tens
of kB as a data: URL, rather than a 16 MB copy of the .otf beside it; one file, written at once).
"""
import html
import os
from pathlib import Path

from gdlab.files import atomic_write_text
from gdlab.i18n import get_language, text
from gdlab.i18n.fonts import WEB_FONT_NAME, font_face_css, web_font_subset

# (section key demo.section.<key>, figure file stems in order, the result keys shown in that section)
SECTIONS = [
    ("cost", ["01_data_and_errors", "02_cost_curve", "11_descent_curve"], []),
    ("gradient", ["03_learning_rates"], []),
    ("surface", ["04_cost_surface_3d", "05_contour_paths", "12_descent_contour", "07_local_global"], []),
    ("methods", ["06_cost_per_step"], ["fits"]),
    ("optimizers", ["08_landscapes", "09_race_saddle", "10_race_rosenbrock"], []),
    ("crosscheck", [], ["crosscheck"]),
    ("training", [], ["training"]),
]


def write_index(out, results, figures):
    """Write out/index.html from the demo's results dict and its figure paths; returns its path."""
    out = Path(out)
    by_stem = {Path(f).stem: Path(f) for f in figures}
    shown = set()
    body = []
    for number, (section, stems, keys) in enumerate(SECTIONS, start=1):
        parts = [f"<h2>{number} · {html.escape(text(f'demo.section.{section}'))}</h2>"]
        for stem in stems:
            if stem in by_stem:
                shown.add(stem)
                parts.append(_figure(by_stem[stem], out))
        for key in keys:
            if key in results:
                parts.append(_result(key, results[key]))
        if len(parts) > 1:
            body.append("\n".join(parts))
    rest = [p for stem, p in by_stem.items() if stem not in shown]
    if rest:
        body.append(f"<h2>{html.escape(text('demo.section.more'))}</h2>\n" + "\n".join(_figure(p, out) for p in rest))
    page = _page("\n".join(body))
    return atomic_write_text(out / "index.html", page)


def _page(body):
    """The whole page around `body`, with a @font-face for the non-ASCII characters it holds.

    The embedded font comes first in font-family, limited by unicode-range to non-ASCII, so Latin
    text keeps the system's font; placed after system-ui instead, headless Chromium drew the
    Chinese of the bold headings as boxes (checked by screenshot)."""
    words = dict(lang=get_language(), font_name=WEB_FONT_NAME, title=html.escape(text("demo.page.title")),
                 heading=html.escape(text("demo.page.heading")),
                 intro=html.escape(text("demo.page.intro", command="{command}")).replace(
                     "{command}", "<code>gdlab demo</code>"),
                 body=body)
    font_face = font_face_css(web_font_subset(_PAGE.format(font_face="", **words)))
    return _PAGE.format(font_face=font_face, **words)


def _figure(path, out):
    rel = html.escape(os.path.relpath(path, out))
    try:
        caption = html.escape(text(f"demo.figure.{path.stem}"))
    except KeyError:   # a figure the catalogue does not describe
        caption = rel
    return (f'<figure><img src="{rel}" alt="{caption}"><figcaption>{caption} '
            f'<span class="file">{rel}</span></figcaption></figure>')


def _result(key, value):
    if key == "crosscheck":
        yes, no = html.escape(text("demo.yes")), html.escape(text("demo.no"))
        rows = "".join(f"<tr><td>{html.escape(r['case'])}</td>{_cell(r['params'])}{_cell(r['cost'])}"
                       f"{_cell(r['grad'])}<td>{yes if r['ok'] else f'<b>{no}</b>'}</td></tr>" for r in value["rows"])
        verdict = text("demo.crosscheck.all_within" if value["ok"] else "demo.crosscheck.not_all_within")
        head = _head(*(text(f"demo.crosscheck.{column}") for column in ("case", "params", "cost", "grad", "ok")))
        return (f"<p>{html.escape(text('demo.crosscheck.summary', verdict=verdict))}</p>"
                f"<table>{head}{rows}</table>")
    if key == "fits":
        rows = "".join(f"<tr><td>{html.escape(name)}</td><td>{s.get('method', '')}</td><td>{s.get('optimizer', '')}</td>"
                       f"<td>{s['w']:.6g}</td><td>{s['b']:.6g}</td><td>{s['cost']:.6g}</td><td>{s['steps']}</td></tr>"
                       for name, s in value.items())
        head = _head(text("demo.fits.run"), text("demo.fits.method_column"), text("demo.fits.optimizer"),
                     "w", "b", text("demo.fits.cost"), text("demo.fits.steps"))
        return f"<table>{head}{rows}</table>"
    items = "".join(f"<tr><td>{html.escape(str(k))}</td><td>{html.escape(str(v))}</td></tr>"
                    for k, v in (value.items() if isinstance(value, dict) else [(key, value)]))
    return f"<table>{items}</table>"


def _head(*columns):
    return "<tr>" + "".join(f"<th>{html.escape(column)}</th>" for column in columns) + "</tr>"


def _cell(value):
    return "<td>-</td>" if value is None else f"<td>{value:.1e}</td>"


_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>
{font_face}body {{ font-family: "{font_name}", system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }}
h1 {{ font-size: 1.8em; }} h2 {{ margin-top: 2em; border-bottom: 2px solid #0072B2; }}
figure {{ margin: 1em 0; }} img {{ max-width: 100%; }} figcaption {{ color: #444; font-size: 0.9em; }}
figcaption .file {{ color: #888; font-size: 0.85em; margin-left: 0.5em; }}
table {{ border-collapse: collapse; font-size: 0.85em; margin: 1em 0; }}
td, th {{ border: 1px solid #ccc; padding: 2px 8px; text-align: left; }}
</style></head><body>
<h1>{heading}</h1>
<p>{intro}</p>
{body}
</body></html>
"""
