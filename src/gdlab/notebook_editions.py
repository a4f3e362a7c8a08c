"""The Chinese edition of the notebooks, kept in step with the English one.

notebooks/NN_name.ipynb is the English edition, notebooks/zh/NN_name.ipynb the Chinese one. They
hold the same cells in the same order, with the same ids and tags; the code cells run the same code
(the one cell tagged `language` sets `gdlab.set_language("en")` / `("zh")`), and what the code says
to a person (comments, printed text, docstrings) is translated line by line from the table
CODE_LINES in gdlab/i18n/zh/nbNN.py (gdlab.i18n.code_lines); each markdown cell is translated. So a
code cell is edited in one place, the English notebook, and then

    make sync-zh          (python -m gdlab.notebook_editions sync)

copies every code cell into the Chinese edition, its lines translated by CODE_LINES, keeps each translated markdown cell (found by its
cell id), and marks a new or changed English markdown cell as untranslated, which drift() reports.
A translated cell remembers which English it was translated from (`translated_from`, a fingerprint
of the English text, in the cell's metadata), so an English edit after the translation is caught.
A code line that speaks English and has no translation yet is named by drift(), with the table to
add it to. tests/test_notebook_editions.py runs drift() on every pair and names the cell and what to do.
"""
import hashlib
import sys
from pathlib import Path

import nbformat

from gdlab.i18n.code_lines import changed_code, code_lines, speaking_lines, translate

LANGUAGE_TAG = "language"
UNTRANSLATED = "<!-- untranslated: translate this cell, then delete this line -->"
FIX = "run `make sync-zh`"
ROOT = Path(__file__).resolve().parents[2] / "notebooks"


def language_source(language):
    return f"import gdlab\ngdlab.set_language({language!r})   # {'中文版' if language == 'zh' else 'English edition'}"


def fingerprint(source):
    """A short fingerprint of a cell's English text: what a translation was made from."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def _translated_from(cell):
    return cell.metadata.get("gdlab", {}).get("translated_from")


def _tags(cell):
    return list(cell.metadata.get("tags", []))


def drift(english, chinese, name="notebook", table=None):
    """[problem] where the Chinese edition is out of step with the English one (empty: in step).
    `table`: the code lines' translations (default: CODE_LINES of gdlab/i18n/zh/nbNN.py for `name`)."""
    table = code_lines(name, "zh") if table is None else table
    if [c.get("id") for c in english.cells] != [c.get("id") for c in chinese.cells]:
        return [f"{name}: the cells (ids {[c.get('id') for c in english.cells]}) differ from the Chinese "
                f"edition's ({[c.get('id') for c in chinese.cells]}); {FIX} to copy the English order"]
    problems = []
    for index, (en, zh) in enumerate(zip(english.cells, chinese.cells)):
        where = f"{name} cell {index} (id {en.get('id')})"
        if en.cell_type != zh.cell_type or _tags(en) != _tags(zh):
            problems.append(f"{where}: type/tags {en.cell_type} {_tags(en)} vs {zh.cell_type} {_tags(zh)}; {FIX}")
        elif LANGUAGE_TAG in _tags(en):
            if (en.source, zh.source) != (language_source("en"), language_source("zh")):
                problems.append(f"{where}: the language cell must be {language_source('zh')!r}; {FIX}")
        elif en.cell_type == "code":
            problems += _code_drift(en.source, zh.source, table, where, name)
        elif en.cell_type == "markdown" and (UNTRANSLATED in zh.source or zh.source == en.source):
            problems.append(f"{where}: not translated yet; write its Chinese in notebooks/zh/{name} "
                            f"(English: {en.source[:60]!r}...)")
        elif en.cell_type == "markdown" and _translated_from(zh) != fingerprint(en.source):
            problems.append(f"{where}: the English text changed after this cell was translated; {FIX} "
                            "(it marks the cell and shows the new English), then translate it again")
    return problems


def _code_drift(english, chinese, table, where, name):
    """The problems of one code cell: code edited in the Chinese edition, a translation that
    changes the code, a line that speaks English with no translation."""
    translated = translate(english, table)
    if changed_code(english, translated):
        return [f"{where}: a translation in CODE_LINES of gdlab/i18n/zh/nb{name[:2]}.py changes the code, "
                "not only its comments and text; translate the words and keep the code and {fields}"]
    if chinese != translated:
        return [f"{where}: the code differs from the English edition's; edit code in the English "
                f"notebook only and {FIX}"]
    return [f"{where}: the line {line!r} speaks English; add its translation to CODE_LINES in "
            f"gdlab/i18n/zh/nb{name[:2]}.py, then {FIX}"
            for line in speaking_lines(english) if line not in table]


def synced(english, chinese=None, table=None):
    """The Chinese edition rebuilt from `english`: code copied with its lines translated by `table`
    (default: the notebook's CODE_LINES), markdown translations kept by cell id."""
    table = {} if table is None else table
    translated = {c.get("id"): c for c in (chinese.cells if chinese else []) if c.cell_type == "markdown"}
    result = nbformat.v4.new_notebook(metadata=english.metadata)
    for cell in english.cells:
        copy = nbformat.from_dict(dict(cell))
        if LANGUAGE_TAG in _tags(cell):
            copy.source = language_source("zh")
        elif cell.cell_type == "code":
            copy.source = translate(cell.source, table)
        elif cell.cell_type == "markdown":
            copy.source = _chinese_text(cell, translated.get(cell.get("id")))
            copy.metadata.setdefault("gdlab", {})["translated_from"] = fingerprint(cell.source)
        result.cells.append(copy)
    return result


def _chinese_text(english, chinese):
    """The Chinese cell's text after a sync: kept if translated from this English, else marked."""
    if chinese is None or UNTRANSLATED in chinese.source:
        return f"{UNTRANSLATED}\n{english.source}"
    if _translated_from(chinese) == fingerprint(english.source):
        return chinese.source
    return f"{UNTRANSLATED}\n<!-- the English now reads:\n{english.source}\n-->\n{chinese.source}"


def pairs(root=ROOT):
    """[(English path, Chinese path)] of every notebook."""
    return [(path, root / "zh" / path.name) for path in sorted(root.glob("*.ipynb"))]


def sync(root=ROOT):
    """Rewrite notebooks/zh/ from the English notebooks; returns the cells left untranslated."""
    (root / "zh").mkdir(exist_ok=True)
    left = []
    for english_path, chinese_path in pairs(root):
        english = nbformat.read(english_path, as_version=4)
        chinese = nbformat.read(chinese_path, as_version=4) if chinese_path.exists() else None
        result = synced(english, chinese, code_lines(english_path.name, "zh"))
        nbformat.write(result, chinese_path)
        left += [f"{chinese_path.name} cell {i}" for i, c in enumerate(result.cells)
                 if c.cell_type == "markdown" and UNTRANSLATED in c.source]
    return left


if __name__ == "__main__":
    if sys.argv[1:] != ["sync"]:
        sys.exit("usage: python -m gdlab.notebook_editions sync")
    untranslated = sync()
    print(f"notebooks/zh/ in step with notebooks/; {len(untranslated)} markdown cell(s) to translate"
          + (":\n  " + "\n  ".join(untranslated) if untranslated else ""))
