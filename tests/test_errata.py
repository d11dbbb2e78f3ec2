"""The errata registry: every check holds on the pinned releases, and the chapters'
correction boxes and the registry's entries agree in both directions."""
import json
import re
from pathlib import Path

import pytest

from course_utils import errata
from course_utils.errata import ENTRIES, boxes
from course_utils.errata.registry import CORRECTION, Entry

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "notebooks").glob("[0-8][0-9]_*.ipynb"))
BY_NAME = {p.name: p for p in CHAPTERS}


def markdown(notebook: str) -> dict[str, str]:
    return dict(boxes.markdown_cells(BY_NAME[notebook]))


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.check], ids=lambda e: e.id)
def test_every_check_holds_on_the_pinned_releases(entry):
    result = errata.run_check(entry)
    assert result.holds, result.reason


def test_claim_ids_are_unique_and_name_their_chapter():
    ids = [e.id for e in ENTRIES]
    assert len(ids) == len(set(ids))
    for e in ENTRIES:
        assert re.fullmatch(r"ch0[1-9]-[a-z0-9-]+", e.id), e.id
        assert e.id.startswith(f"ch{e.chapter:02d}-"), e.id


def test_corrections_quote_the_notes_and_every_entry_cites_evidence():
    for e in ENTRIES:
        assert e.evidence.strip() and e.true.strip(), e.id
        if e.kind == CORRECTION:
            assert e.notes.strip(), f"{e.id} corrects the notes but quotes nothing from them"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_every_entry_points_at_a_cell_that_still_states_it(entry):
    assert entry.notebook in BY_NAME, f"{entry.id}: no notebook {entry.notebook}"
    cells = markdown(entry.notebook)
    assert entry.cell in cells, f"{entry.id}: cell {entry.cell} is gone from {entry.notebook}"
    assert boxes.normalise(entry.phrase) in boxes.normalise(cells[entry.cell]), (
        f"{entry.id}: cell {entry.cell} no longer says {entry.phrase!r}")


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
def test_every_correction_box_links_to_its_entries(path):
    for box in boxes.notebook_boxes(path):
        expected = boxes.entries_for(box, path.name)
        assert expected, f"cell {box.cell}: a correction box with no registry entry: {box.text[:80]}"
        assert box.links == expected, (
            f"cell {box.cell}: links {box.links}, entries {expected}; run python -m course_utils.errata --link")


def test_every_correction_entry_is_shown_in_a_box():
    linked = {i for p in CHAPTERS for box in boxes.notebook_boxes(p) for i in box.links}
    unshown = [e.id for e in ENTRIES if e.kind == CORRECTION and e.id not in linked]
    assert not unshown


# The convention itself, on made-up cells: it must fail in both directions.

FAKE = Entry("ch01-fake", "01_pipelines.ipynb", "cafe0001", "spoon is a fork", CORRECTION,
             "A spoon is a spoon.", "common sense", None, notes="勺子是叉子")


def test_a_box_without_an_entry_has_nothing_to_link(monkeypatch):
    source = "Text.\n\n> **Correction (notes).** The notes say a knife is a fork.\n\nMore text."
    (box,) = boxes.find_boxes("cafe0001", source)
    monkeypatch.setattr(boxes, "ENTRIES", [FAKE])
    assert boxes.entries_for(box, "01_pipelines.ipynb") == []
    assert boxes.link_source("cafe0001", source, "01_pipelines.ipynb") == source


def test_linking_adds_one_pointer_and_is_idempotent(monkeypatch):
    source = "> **Note (notes).** The notes say a\n> spoon is a fork.\n\n> **Correction.** Other."
    monkeypatch.setattr(boxes, "ENTRIES", [FAKE])
    once = boxes.link_source("cafe0001", source, "01_pipelines.ipynb")
    assert once.count("90_corrections.ipynb#ch01-fake") == 1
    assert boxes.link_source("cafe0001", once, "01_pipelines.ipynb") == once
    first, second = boxes.find_boxes("cafe0001", once)
    assert first.links == ["ch01-fake"] and second.links == []
    assert once.endswith("> **Correction.** Other.")


def test_a_correction_table_row_is_a_box_and_gets_its_link(monkeypatch):
    source = ("| class | what the notes say | what is true | evidence |\n|---|---|---|---|\n"
              "| AutoX | spoon is a fork | a spoon | common sense |\n"
              "| AutoY | other | other | other |")
    monkeypatch.setattr(boxes, "ENTRIES", [FAKE])
    linked = boxes.link_source("cafe0001", source, "01_pipelines.ipynb")
    rows = boxes.find_boxes("cafe0001", linked)
    assert [b.form for b in rows] == ["row", "row"]
    assert rows[0].links == ["ch01-fake"] and rows[1].links == []
    assert linked.splitlines()[2].endswith("common sense [→](90_corrections.ipynb#ch01-fake) |")
    assert boxes.link_source("cafe0001", linked, "01_pipelines.ipynb") == linked


def test_an_entry_whose_cell_is_gone_is_found(tmp_path):
    nb = json.loads(CHAPTERS[0].read_text(encoding="utf-8"))
    nb["cells"] = [c for c in nb["cells"] if c["id"] != "8e655823"]
    edited = tmp_path / CHAPTERS[0].name
    edited.write_text(json.dumps(nb), encoding="utf-8")
    cells = dict(boxes.markdown_cells(edited))
    gone = [e.id for e in ENTRIES if e.notebook == edited.name and e.cell not in cells]
    assert "ch01-qa-pipeline-removed" in gone


def test_a_failing_check_becomes_a_one_line_reason():
    def broken():
        raise ImportError("cannot import name 'Gone' from 'transformers'\nmore lines")

    result = errata.run_check(Entry("ch01-x", "01_pipelines.ipynb", "c", "p", "claim", "t", "e", broken))
    assert result.holds is False
    assert result.reason == "ImportError: cannot import name 'Gone' from 'transformers'"


def test_the_chapter_table_shows_every_entry_with_its_anchor():
    results = {e.id: errata.Result(e.id, True if e.check else None) for e in ENTRIES}
    table = errata.table(2, results)
    text = table._repr_markdown_()
    for e in ENTRIES:
        assert (f'<a id="{e.id}">' in text) == (e.chapter == 2)
    assert repr(table).startswith("Chapter 2: ")
