"""Guards for the notebooks' slide metadata (publish/slide_metadata.py): every cell says how
it is shown, sections open slides, notes stay notes, and the script changes nothing else."""
import copy
import json
import subprocess
import sys

import pytest

from publish import slide_metadata
from publish.paths import ROOT, chapter_notebooks

NOTEBOOKS = chapter_notebooks()


def cell(kind, text, tags=(), outputs=()):
    made = {"cell_type": kind, "id": f"c{abs(hash(text)) % 10**8}",
            "metadata": {"tags": list(tags)} if tags else {}, "source": text}
    if kind == "code":
        made.update(execution_count=None, outputs=list(outputs))
    return made


def notebook(*cells):
    return {"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_cell_of_every_chapter_has_valid_slide_metadata(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    hint = "run `python -m publish.slide_metadata`"
    for index, c in enumerate(cells):
        kind = c["metadata"].get("slideshow", {}).get("slide_type")
        assert kind in slide_metadata.SLIDE_TYPES, f"cell {index}: {kind!r}; {hint}"
        if slide_metadata.is_notes(c):
            assert kind == "notes", f"cell {index} is tagged notes; {hint}"
        elif slide_metadata.opens_section(c) or index == 0:
            assert kind == "slide", f"cell {index} opens a section; {hint}"


def test_sections_open_slides_and_long_content_gets_sub_slides():
    long_output = {"output_type": "stream", "name": "stdout", "text": "x\n" * 40}
    cells = [cell("markdown", "# Title"), cell("code", "a = 1"),
             cell("markdown", "## Section\nwhy"), cell("code", "print(a)"),
             cell("code", "print(b)", outputs=[long_output]), cell("code", "c = 3"),
             cell("markdown", "what to say aloud", tags=["notes"])]
    assert slide_metadata.slide_types(cells) == ["slide", "-", "slide", "-", "subslide",
                                                 "subslide", "notes"]


def test_applying_changes_only_cell_metadata_and_is_idempotent():
    original = notebook(cell("markdown", "# T"), cell("code", "x = 1"))
    raw = slide_metadata.dumps(original)
    once = slide_metadata.with_slide_metadata(raw)
    assert slide_metadata.with_slide_metadata(once) == once
    changed = json.loads(once)
    for c in changed["cells"]:
        del c["metadata"]["slideshow"]
    assert changed == original


def test_a_file_not_in_nbformat_layout_is_refused_not_rewritten(tmp_path):
    path = tmp_path / "99_odd.ipynb"
    path.write_text(json.dumps(notebook(cell("markdown", "# T"))), encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "publish.slide_metadata", str(path)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1 and "nbformat" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == before


def test_check_mode_reports_a_stale_notebook_and_changes_nothing(tmp_path):
    path = tmp_path / "98_stale.ipynb"
    path.write_text(slide_metadata.dumps(notebook(cell("markdown", "# T"))), encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    command = [sys.executable, "-m", "publish.slide_metadata", "--check", str(path)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1 and "98_stale" in result.stderr
    assert path.read_text(encoding="utf-8") == before
    subprocess.run(command[:3] + [str(path)], cwd=ROOT, check=True, capture_output=True)
    assert subprocess.run(command, cwd=ROOT, capture_output=True).returncode == 0


def test_notes_cells_become_speaker_notes_in_the_deck(tmp_path):
    from publish import slides

    nb = notebook(cell("markdown", "# Deck"), cell("markdown", "Say this aloud.", tags=["notes"]))
    path = tmp_path / "97_notes.ipynb"
    path.write_text(slide_metadata.with_slide_metadata(slide_metadata.dumps(nb)), encoding="utf-8")
    body, _ = slides.exporter().from_filename(str(path))
    notes = body[body.index('<aside class="notes">'):]
    assert "Say this aloud." in notes[:notes.index("</aside>")]
