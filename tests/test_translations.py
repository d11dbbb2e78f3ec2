"""The Chinese edition never lags the English one without a failing test.

The first test checks the real notebooks/zh/ against notebooks/. The others prove the check
can fail: each changes a *copy* of an English notebook (or its translation) in one way and
expects exactly that problem to be reported.
"""
import json
import shutil
import subprocess
import sys

import pytest

from course_utils.maintain import translations as tr

ENGLISH = tr.english_notebooks()


@pytest.mark.parametrize("english", ENGLISH, ids=lambda p: p.name)
def test_chinese_edition_is_complete_and_current(english):
    problems = tr.check(english, tr.edition_dir("zh") / english.name)
    assert not problems, "\n".join(map(str, problems)) + \
        "\n(run `python -m course_utils translations` for the English before and after)"


def test_every_chinese_notebook_has_an_english_original():
    chinese = {p.name for p in tr.edition_dir("zh").glob("*.ipynb")}
    assert chinese == {p.name for p in ENGLISH}


@pytest.fixture
def pair(tmp_path):
    """A copy of chapter 1 in both editions, in a notebooks/ layout of its own."""
    english = next(p for p in ENGLISH if p.name.startswith("01_"))
    (tmp_path / "zh").mkdir()
    shutil.copy(english, tmp_path / english.name)
    shutil.copy(tr.edition_dir("zh") / english.name, tmp_path / "zh" / english.name)
    return tmp_path / english.name, tmp_path / "zh" / english.name


def append(cell, text):
    cell["source"] = tr.text_of(cell) + text


def edit(path, change):
    nb = tr.read(path)
    change(nb["cells"])
    tr.write(path, nb)


def first(cells, kind, where=lambda c: True):
    return next(c for c in cells if c["cell_type"] == kind and where(c))


def kinds(english, translated):
    return [p.kind for p in tr.check(english, translated)]


def test_the_copies_start_clean(pair):
    assert tr.check(*pair) == []


def test_an_english_markdown_change_makes_its_translation_stale(pair):
    english, translated = pair
    cell = first(tr.read(english)["cells"], "markdown")
    edit(english, lambda cells: append(first(cells, "markdown"), "\nOne more sentence."))
    problems = tr.check(english, translated)
    assert [(p.kind, p.cell) for p in problems] == [("stale", cell["id"])]
    [(cid, before, after)] = tr.stale_cells(english, translated)
    assert cid == cell["id"] and before == tr.text_of(cell) and after.endswith("One more sentence.")


def test_accepting_a_retranslated_cell_clears_staleness(pair):
    english, translated = pair
    edit(english, lambda cells: append(first(cells, "markdown"), "\nOne more sentence."))
    cid = tr.stale_cells(english, translated)[0][0]
    assert tr.accept(english, translated, [cid]) == [cid]
    assert tr.check(english, translated) == []


def test_changed_code_is_reported(pair):
    english, translated = pair
    edit(translated, lambda cells: append(first(cells, "code"), "\nprint('extra')"))
    assert kinds(english, translated) == ["code"]


def test_changed_outputs_are_reported_outside_exercise_cells(pair):
    english, translated = pair

    def change(cells):
        cell = first(cells, "code", lambda c: c["outputs"] and not tr.COURSE_SPEAKS.search(tr.text_of(c))
                     and not tr.IGNORED_TAGS & set(c["metadata"].get("tags", [])))
        cell["outputs"] = []

    edit(translated, change)
    assert kinds(english, translated) == ["outputs"]


def test_exercise_cells_may_speak_another_language(pair):
    english, translated = pair

    def change(cells):
        cell = first(cells, "code", lambda c: c["outputs"] and tr.COURSE_SPEAKS.search(tr.text_of(c)))
        cell["outputs"][0]["text"] = ["练习：正确！\n"]

    edit(translated, change)
    assert tr.check(english, translated) == []


@pytest.mark.parametrize("change, kind", [
    (lambda cells: cells.pop(3), "structure"),  # a cell missing
    (lambda cells: cells.insert(2, json.loads(json.dumps(cells[1]))), "structure"),  # extra
    (lambda cells: cells.insert(1, cells.pop(4)), "structure"),  # out of order
])
def test_missing_extra_and_reordered_cells_are_reported(pair, change, kind):
    english, translated = pair
    edit(translated, change)
    assert set(kinds(english, translated)) == {kind}


def test_an_untranslated_cell_is_reported(pair):
    english, translated = pair
    english_text = tr.text_of(first(tr.read(english)["cells"], "markdown"))
    edit(translated, lambda cells: first(cells, "markdown").update(source=english_text))
    assert kinds(english, translated) == ["untranslated"]


def test_a_lost_link_to_the_corrections_appendix_is_reported(pair):
    english, translated = pair

    def drop_links(cells):
        cell = first(cells, "markdown", lambda c: tr.APPENDIX_LINK.search(tr.text_of(c)))
        cell["source"] = tr.APPENDIX_LINK.sub("90_corrections.ipynb", tr.text_of(cell))

    edit(translated, drop_links)
    assert kinds(english, translated) == ["links"]


def test_sync_keeps_translations_and_adds_new_english_cells_untranslated(pair):
    english, translated = pair
    new = {"cell_type": "markdown", "id": "new-cell", "metadata": {}, "source": ["A new idea."]}
    edit(english, lambda cells: cells.insert(2, new))
    tr.write(translated, tr.sync(english, translated, "zh"))
    assert [(p.kind, p.cell) for p in tr.check(english, translated)] == [("untranslated", "new-cell")]
    kept = [c for c in tr.read(translated)["cells"] if c["cell_type"] == "markdown"]
    assert sum(bool(tr.CJK.search(tr.text_of(c))) for c in kept) == len(kept) - 1


def test_translations_command_lists_stale_cells_with_the_english_before_and_after(pair):
    english, translated = pair
    edit(english, lambda cells: append(first(cells, "markdown"), "\nOne more sentence."))
    code = ("import sys; from pathlib import Path; from course_utils.maintain import translations as tr; "
            "sys.exit(tr.report('zh', Path(sys.argv[1])) > 0)")
    run = subprocess.run([sys.executable, "-c", code, str(english.parent)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "stale [" in run.stdout and "English of cell" in run.stdout
    assert "+One more sentence." in run.stdout


def test_translations_command_exits_zero_when_up_to_date():
    run = subprocess.run([sys.executable, "-m", "course_utils", "translations"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:]
    assert "up to date" in run.stdout
