"""The fonts a figure or a page needs for its language: DejaVu Sans for Latin, Noto Sans CJK SC for Chinese.

Noto Sans CJK SC (SIL Open Font License) comes with the install, in the mplfonts package, so no
system font is needed. Only its file is used: mplfonts itself is never imported (its helpers
change matplotlib's global rcParams). The file is added to matplotlib's font manager once per
process (`register_cjk_font`), and a figure asks for it through rc_context (palette.styled), so
the user's own matplotlib settings stay as they were.

Why the order of the families depends on the language: matplotlib (>= 3.6) falls back glyph by
glyph along font.family, but only for plain text. A label that holds math ("代价 $J(w)$") is laid
out by mathtext, which writes its plain words in the FIRST family alone; so Chinese figures put
Noto first (its Latin letters and digits are fine), English ones keep DejaVu Sans first. The math
itself is drawn by mathtext's own fonts (DejaVu) in both. A generic "sans-serif" family would not
do: it resolves to one font, with no fallback at all.
"""
import functools
import importlib.util
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.i18n.language import check_language, get_language, text

LATIN_FAMILY = "DejaVu Sans"            # matplotlib's own font
WEB_FONT_NAME = "gdlab CJK"             # a page's embedded subset, as its CSS names it
CJK_FAMILY = "Noto Sans CJK SC"         # the family name inside CJK_FILE
CJK_PACKAGE, CJK_FILE = "mplfonts", "fonts/NotoSansCJKsc-Regular.otf"


def cjk_font_path():
    """The .otf file of Noto Sans CJK SC inside the installed mplfonts package (found, not imported)."""
    spec = importlib.util.find_spec(CJK_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise GdlabError(text("plots.font_package_missing", package=CJK_PACKAGE, family=CJK_FAMILY))
    path = Path(next(iter(spec.submodule_search_locations))) / CJK_FILE
    if not path.is_file():
        raise GdlabError(text("plots.font_file_missing", package=CJK_PACKAGE, path=path))
    return path


@functools.cache
def register_cjk_font():
    """Add Noto Sans CJK SC to matplotlib's font manager (once per process); returns its path."""
    from matplotlib import font_manager
    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    return path


def cjk_font_available():
    """True when Noto Sans CJK SC is (or can now be) registered with matplotlib."""
    try:
        register_cjk_font()
    except GdlabError:
        return False
    return True


def font_families(language=None):
    """font.family for a figure in `language` (default: the current one): a list to fall back along.

    Chinese needs the CJK font, and says how to install it when it is missing; English draws
    without it (it is only a fallback there)."""
    language = get_language() if language is None else check_language(language)
    if language == "zh":
        register_cjk_font()
        return [CJK_FAMILY, LATIN_FAMILY]
    return [LATIN_FAMILY, CJK_FAMILY] if cjk_font_available() else [LATIN_FAMILY]


def figure_fonts(language=None):
    """The rcParams that give a figure the fonts of `language`, for matplotlib.rc_context."""
    return {"font.family": font_families(language)}


def web_font_subset(characters):
    """A WOFF font holding CJK_FAMILY's glyphs for `characters` (a page's own text), or None when
    there is nothing to draw with it or the font is not installed.

    The full .otf is 16 MB; a page's few hundred distinct characters make a subset of tens of kB.
    Every name record is kept, so the subset carries the font's copyright and its licence (OFL)."""
    wanted = "".join(sorted({c for c in characters if ord(c) > 0x7F}))
    if not wanted:
        return None
    try:
        path = cjk_font_path()
    except GdlabError:
        return None
    import io

    from fontTools import subset   # fontTools comes with matplotlib
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff"             # zlib-compressed; woff2 would need brotli
    options.name_IDs = ["*"]            # keep copyright, licence and licence URL
    options.notdef_outline = True
    buffer = io.BytesIO()
    with TTFont(path, lazy=True) as font:   # closes the .otf it reads from
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=wanted)
        subsetter.subset(font)
        font.save(buffer)
    return buffer.getvalue()


def font_face_css(font):
    """The page's @font-face rule for `font` (web_font_subset's bytes, or None: no rule), named
    WEB_FONT_NAME. unicode-range keeps it to non-ASCII characters, so that a page can put it first
    in font-family and Latin text keeps the system's font."""
    if font is None:
        return ""
    import base64
    return (f"@font-face {{ font-family: \"{WEB_FONT_NAME}\"; "
            f"src: url(data:font/woff;base64,{base64.b64encode(font).decode('ascii')}) format(\"woff\"); "
            f"unicode-range: U+80-10FFFF; }}\n")
