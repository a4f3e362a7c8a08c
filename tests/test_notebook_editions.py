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
