"""One self-contained HTML page for the grading reports: inline CSS, figures as base64 PNG, and the
embedded font subset for Chinese words (gdlab.i18n.fonts.web_font_subset, as the demo's page does).

Nothing on the page loads from the network and nothing runs: no script, no external link, so a
report opens from disk and may be mailed. Every text the page holds is escaped by its caller.
"""
import base64
import html
import io

from gdlab.i18n import get_language
from gdlab.i18n.fonts import WEB_FONT_NAME, font_face_css, web_font_subset


def escape(value):
    """html.escape of anything a student may have written (names, outputs, messages, file names)."""
    return html.escape(str(value), quote=True)


def breakable(name):
    """escape(name) of a test's node id, with a line-break opportunity after each '/' and '::' (a long
    id wraps at its parts, never mid-word, and leaves the feedback column its width)."""
    return escape(name).replace("/", "/<wbr>").replace("::", "::<wbr>")


def png_data_url(figure):
    """A matplotlib Figure as a data: URL holding its PNG."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def page_font(texts):
    """The embedded font for pages holding `texts`: one subset for a whole set of pages (cutting one
    takes about a second, so a class's pages share it), or None when only ASCII is written."""
    return web_font_subset("".join(texts))


def page(title, body, font):
    """The whole page: `title` (plain text) and `body` (HTML, already escaped), in the current language,
    with `font` (page_font) embedded.

    The embedded font comes first in font-family, limited by unicode-range to non-ASCII characters
    (gdlab.demo_page explains why that order)."""
    return _PAGE.format(lang=get_language(), title=escape(title), font_face=font_face_css(font),
                        font_name=WEB_FONT_NAME, body=body)


def table(head, rows, wide=False):
    """A <table>: `head` plain words (escaped here), `rows` lists of cells already in HTML. A `wide`
    one fills the page and gives its last column (the feedback, the hints) half of it."""
    top = "".join(f"<th>{escape(column)}</th>" for column in head)
    lines = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in rows)
    opening = '<table class="wide">' if wide else "<table>"
    return f"{opening}<tr>{top}</tr>\n{lines}</table>"


_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>
{font_face}body {{ font-family: "{font_name}", system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }}
h1 {{ font-size: 1.7em; }} h2 {{ margin-top: 1.6em; border-bottom: 2px solid #0072B2; }}
img {{ max-width: 100%; }} table {{ border-collapse: collapse; font-size: 0.9em; margin: 1em 0; }}
td, th {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; overflow-wrap: break-word; }}
th, .number, .lost, .passed {{ white-space: nowrap; }}
table.wide {{ width: 100%; }} table.wide td:last-child {{ width: 50%; }}
.lost {{ color: #D55E00; }} .passed {{ color: #009E73; }} .small {{ color: #555; font-size: 0.85em; }}
pre {{ font-family: "{font_name}", ui-monospace, monospace; white-space: pre-wrap; background: #f6f6f6; padding: 0.5em; margin: 0.3em 0; font-size: 0.9em; }}
ul {{ margin: 0.2em 0; padding-left: 1.2em; }}
</style></head><body>
{body}
</body></html>
"""
