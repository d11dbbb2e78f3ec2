"""Correction boxes in the chapters' markdown, and the links from each box to the appendix.

What counts as a correction box (the convention the tests enforce):

* **Blockquote form.** A run of consecutive markdown lines starting with `>` whose first line
  starts with `> **Correction` or `> **Note` (e.g. `> **Correction (notes, §2).** ...`).
  Blank lines end a box, so two blockquotes separated by a blank line are two boxes.
* **Table-row form.** A markdown table whose header row names a "notes say" column
  (e.g. `| class | what the notes say | what is true | evidence |`): each data row is a box.

A box is linked to the registry by links to the appendix, `(90_corrections.ipynb#<claim id>)`.
In a blockquote they sit on the box's last line, `> → all corrections: [id](90_corrections.ipynb#id)`;
in a table row, at the end of the row's last cell. `link_notebook` writes them: an entry of the
same cell whose `phrase` occurs in the box belongs to that box. It changes nothing but those
link lines (and the last cell of correction-table rows), so it can be re-run at any time.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .registry import ENTRIES

APPENDIX = "90_corrections.ipynb"
BOX_START = re.compile(r"^> \*\*(Correction|Note)\b")
LINK = re.compile(r"\(" + re.escape(APPENDIX) + r"#([a-z0-9-]+)\)")
POINTER = re.compile(r"^> → all corrections: ")
TABLE_ROW_LINKS = re.compile(r"\s*\[→\]\(" + re.escape(APPENDIX) + r"#[a-z0-9-]+\)")


@dataclass
class Box:
    cell: str
    start: int  # first line index in the cell's source
    end: int  # one past the last line
    form: str  # "quote" or "row"
    text: str  # normalised text, links removed

    def __post_init__(self):
        self.links: list[str] = []


def normalise(text: str) -> str:
    """Markdown text without blockquote markers, links to the appendix or line breaks."""
    lines = [re.sub(r"^\s*>\s?", "", line) for line in text.splitlines()]
    joined = LINK.sub("", " ".join(lines))
    return re.sub(r"\s+", " ", joined).strip()


def _is_notes_table_header(line: str) -> bool:
    return line.startswith("|") and "notes say" in line.lower()


def find_boxes(cell_id: str, source: str) -> list[Box]:
    """Every correction box of one markdown cell, with the claim ids it links to."""
    lines = source.split("\n")
    boxes, i = [], 0
    while i < len(lines):
        if BOX_START.match(lines[i]):
            j = i
            while j < len(lines) and lines[j].startswith(">"):
                j += 1
            boxes.append(Box(cell_id, i, j, "quote", normalise("\n".join(lines[i:j]))))
            i = j
        elif _is_notes_table_header(lines[i]):
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                if not re.fullmatch(r"[|\s:-]+", lines[j]):
                    boxes.append(Box(cell_id, j, j + 1, "row", normalise(lines[j])))
                j += 1
            i = j
        else:
            i += 1
    for box in boxes:
        box.links = LINK.findall("\n".join(lines[box.start:box.end]))
    return boxes


def markdown_cells(path: Path) -> list[tuple[str, str]]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [(c["id"], "".join(c["source"])) for c in cells if c["cell_type"] == "markdown"]


def notebook_boxes(path: Path) -> list[Box]:
    return [box for cell_id, source in markdown_cells(path) for box in find_boxes(cell_id, source)]


def entries_for(box: Box, notebook: str) -> list[str]:
    """Claim ids of the entries of this cell whose phrase the box contains."""
    return [e.id for e in ENTRIES if e.notebook == notebook and e.cell == box.cell
            and normalise(e.phrase) in box.text]


def _pointer(ids: list[str]) -> str:
    return "> → all corrections: " + ", ".join(f"[{i}]({APPENDIX}#{i})" for i in ids)


def _relink(lines: list[str], box: Box, ids: list[str]) -> list[str]:
    """The box's lines with its appendix links set to exactly `ids` (in registry order)."""
    body = lines[box.start:box.end]
    if box.form == "row":
        row = TABLE_ROW_LINKS.sub("", body[0]).rstrip()
        row = row[:-1].rstrip() if row.endswith("|") else row
        return [row + "".join(f" [→]({APPENDIX}#{i})" for i in ids) + " |"]
    while body and (POINTER.match(body[-1]) or (body[-1].strip() == ">" and len(body) > 1)):
        body = body[:-1]
    return body + ([">", _pointer(ids)] if ids else [])


def link_source(cell_id: str, source: str, notebook: str) -> str:
    """The cell's markdown with every box linked to the entries that belong to it."""
    lines = source.split("\n")
    for box in reversed(find_boxes(cell_id, source)):
        ids = entries_for(box, notebook)
        lines[box.start:box.end] = _relink(lines, box, ids)
    return "\n".join(lines)


def link_notebook(path: Path) -> int:
    """Rewrite the appendix links of one notebook's boxes; return how many cells changed."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    changed = 0
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        new = link_source(cell.id, cell.source, path.name)
        if new != cell.source:
            cell.source = new
            changed += 1
    if changed:
        nbformat.write(nb, path)
    return changed
