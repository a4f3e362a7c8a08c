"""The Chinese edition of every notebook is in step with the English one (gdlab.notebook_editions)."""
import nbformat
import pytest

from gdlab.notebook_editions import drift, language_source, pairs, synced

PAIRS = pairs()


def test_every_notebook_has_a_chinese_edition():
    assert len(PAIRS) == 8
    missing = [str(zh) for _, zh in PAIRS if not zh.is_file()]
    assert not missing, f"no Chinese edition: {missing}; run `make sync-zh`, then translate"


@pytest.mark.parametrize("english, chinese", PAIRS, ids=[en.stem for en, _ in PAIRS])
def test_the_chinese_edition_is_in_step(english, chinese):
    problems = drift(nbformat.read(english, as_version=4), nbformat.read(chinese, as_version=4), english.name)
    assert not problems, "\n".join(problems)


def test_drift_names_the_code_cell_changed_in_one_edition_only():
    english_path, chinese_path = PAIRS[0]
    english, chinese = nbformat.read(english_path, as_version=4), nbformat.read(chinese_path, as_version=4)
    index = next(i for i, c in enumerate(chinese.cells)
                 if c.cell_type == "code" and "language" not in c.metadata.get("tags", []))
    chinese.cells[index].source += "\nprint('changed in the Chinese edition only')"
    problems = [p for p in drift(english, chinese, english_path.name) if "code differs" in p]
    assert problems == [f"{english_path.name} cell {index} (id {english.cells[index].id}): the code differs "
                        "from the English edition's; edit code in the English notebook only and run "
                        "`make sync-zh`"]


def test_sync_copies_code_keeps_translations_and_marks_new_text():
    english = nbformat.v4.new_notebook()
    english.cells = [nbformat.v4.new_markdown_cell("# Title"), nbformat.v4.new_code_cell("x = 1"),
                     nbformat.v4.new_code_cell(language_source("en"), metadata={"tags": ["language"]})]
    chinese = synced(english)
    assert drift(english, chinese) and "not translated yet" in drift(english, chinese)[0]
    chinese.cells[0].source = "# 标题"
    assert drift(english, chinese) == []
    english.cells[1].source = "x = 2"                   # a code edit in the English notebook ...
    english.cells.append(nbformat.v4.new_markdown_cell("New text"))
    chinese = synced(english, chinese)                  # ... is carried over by sync
    assert chinese.cells[1].source == "x = 2" and chinese.cells[0].source == "# 标题"
    assert chinese.cells[2].source == language_source("zh")
    assert drift(english, chinese) == [drift(english, chinese)[0]] and "cell 3" in drift(english, chinese)[0]


def test_an_english_edit_after_the_translation_is_caught_and_marked_by_sync():
    english = nbformat.v4.new_notebook()
    english.cells = [nbformat.v4.new_markdown_cell("The slope is negative.")]
    chinese = synced(english)
    chinese.cells[0].source = "斜率是负的。"
    assert drift(english, chinese) == []
    english.cells[0].source = "The slope is negative left of the minimum."
    assert "changed after this cell was translated" in drift(english, chinese)[0]
    chinese = synced(english, chinese)
    assert "斜率是负的。" in chinese.cells[0].source and "left of the minimum" in chinese.cells[0].source
    assert "not translated yet" in drift(english, chinese)[0]


def _pair(code):
    english = nbformat.v4.new_notebook()
    english.cells = [nbformat.v4.new_code_cell(code)]
    return english


def test_a_code_line_that_speaks_english_is_named_until_translated():
    english = _pair('lr = 0.1   # the learning rate\nprint(f"after {n} steps, w = {w:.3f}")\nw = w - lr * g')
    table = {}
    problems = drift(english, synced(english, table=table), "01_x.ipynb", table)
    assert [p.split("the line ")[1].split(" speaks")[0] for p in problems] == [
        repr("lr = 0.1   # the learning rate"), repr('print(f"after {n} steps, w = {w:.3f}")')]
    assert "CODE_LINES in gdlab/i18n/zh/nb01.py" in problems[0]
    table = {"lr = 0.1   # the learning rate": "lr = 0.1   # 学习率",
             'print(f"after {n} steps, w = {w:.3f}")': 'print(f"{n} 步之后，w = {w:.3f}")'}
    chinese = synced(english, table=table)
    assert chinese.cells[0].source == 'lr = 0.1   # 学习率\nprint(f"{n} 步之后，w = {w:.3f}")\nw = w - lr * g'
    assert drift(english, chinese, "01_x.ipynb", table) == []
    chinese.cells[0].source = chinese.cells[0].source.replace("w - lr", "w + lr")   # edited in zh only
    assert "the code differs from the English edition's" in drift(english, chinese, "01_x.ipynb", table)[0]


@pytest.mark.parametrize("bad", ['print(f"{n} 步之后，w = {w:.6f}")',        # a field's format changed
                                 'print(f"{n} 步之后，w = {w:.3f}", end="")',  # code added
                                 'print(f"{n} 步之后")'])                       # a field dropped
def test_a_translation_that_changes_the_code_is_refused(bad):
    english = _pair('print(f"after {n} steps, w = {w:.3f}")')
    table = {'print(f"after {n} steps, w = {w:.3f}")': bad}
    problems = drift(english, synced(english, table=table), "01_x.ipynb", table)
    assert len(problems) == 1 and "changes the code" in problems[0]


def _chinese(character):
    """A CJK ideograph, or Chinese (full-width) punctuation: ，：（）。"""
    return "\u4e00" <= character <= "\u9fff" or "\u3000" <= character <= "\u303f" or "\uff00" <= character <= "\uffef"


def test_every_code_translation_is_used_and_written_in_chinese():
    """No stale CODE_LINES entry (its English line is gone) and no entry left in English."""
    import importlib
    lines = {}
    for english_path, _ in PAIRS:
        code = nbformat.read(english_path, as_version=4).cells
        lines[english_path.name[:2]] = {line.strip() for c in code if c.cell_type == "code"
                                        for line in c.source.split("\n")}
    every_line = set().union(*lines.values())
    for module, present in [("common", every_line), *((f"nb{nn}", lines[nn]) for nn in lines)]:
        catalogue = importlib.import_module(f"gdlab.i18n.zh.{module}")
        table = getattr(catalogue, "CODE_LINES", {})
        stale = [line for line in [*table, *getattr(catalogue, "UNCHANGED", ())] if line not in present]
        assert not stale, f"zh/{module}.py: CODE_LINES entries no longer in the notebooks: {stale}"
        english_only = [line for line, chinese in table.items() if not any(map(_chinese, chinese))]
        assert not english_only, f"zh/{module}.py: translations with no Chinese: {english_only}"


def test_a_table_header_written_as_quoted_fields_is_words_but_its_widths_are_code():
    english = _pair("""print(f"{'method':6} {'final J':>9}")""")
    assert "speaks English" in drift(english, synced(english, table={}), "01_x.ipynb", {})[0]
    good = {"""print(f"{'method':6} {'final J':>9}")""": """print(f"{'方法':6} {'最终 J':>9}")"""}
    assert drift(english, synced(english, table=good), "01_x.ipynb", good) == []
    bad = {"""print(f"{'method':6} {'final J':>9}")""": """print(f"{'方法':8} {'最终 J':>9}")"""}
    assert "changes the code" in drift(english, synced(english, table=bad), "01_x.ipynb", bad)[0]
