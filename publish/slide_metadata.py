"""Write the standard `slideshow` cell metadata into every chapter notebook.

    python -m publish.slide_metadata           apply (idempotent; re-run after editing a notebook)
    python -m publish.slide_metadata --check   exit 1, naming the notebooks, if any is out of date

The rules, so a deck follows the chapter's own structure:
  * the title cell and every markdown cell that starts with a `## ` heading open a slide;
  * a markdown cell tagged `notes` becomes speaker notes (shown in the speaker view only);
  * the other cells stay on the current slide until it is full, then open a sub-slide
    (reveal.js's downward step), so long code, long outputs and plots get room of their own.

Only `metadata.slideshow` of each cell is written; sources, outputs and everything else in
the file stay byte for byte as they were.
"""
import argparse
import json
import math
import sys
from pathlib import Path

from .paths import chapter_notebooks

SLIDE_TYPES = {"slide", "subslide", "fragment", "skip", "notes", "-"}
# How much fits on one 1280x720 slide, in text lines; a plot counts as PLOT_LINES.
SLIDE_LINES = 22
PLOT_LINES = 16
WRAP = 90
OUTPUT_CAP = 30


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else (value or "")


def text_lines(text: str) -> int:
    """Lines the text takes on a slide, long lines wrapped."""
    return sum(max(1, math.ceil(len(line) / WRAP)) for line in text.splitlines())


def cell_height(cell: dict) -> int:
    """Rough height of a cell on a slide, in lines: source plus what it printed or drew."""
    height = text_lines(_text(cell.get("source")))
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if any(kind.startswith("image/") for kind in data):
            height += PLOT_LINES
        else:
            shown = _text(output.get("text")) or _text(data.get("text/plain")) \
                or _text(output.get("evalue"))
            height += min(OUTPUT_CAP, text_lines(shown))
    return height


def opens_section(cell: dict) -> bool:
    if cell["cell_type"] != "markdown":
        return False
    first = _text(cell["source"]).lstrip().split("\n", 1)[0]
    return first.startswith("# ") or first.startswith("## ")


def is_notes(cell: dict) -> bool:
    return cell["cell_type"] == "markdown" and "notes" in cell.get("metadata", {}).get("tags", [])


def slide_types(cells: list[dict]) -> list[str]:
    """The slide type of each cell under the rules in the module docstring."""
    types, used = [], None
    for cell in cells:
        if is_notes(cell):
            types.append("notes")
            continue
        height = cell_height(cell)
        if opens_section(cell) or used is None:
            types.append("slide")
            used = height
        elif used + height > SLIDE_LINES:
            types.append("subslide")
            used = height
        else:
            types.append("-")
            used += height
    return types


def dumps(notebook: dict) -> str:
    """The notebook as nbformat writes it (sorted keys, one-space indent, trailing newline)."""
    return json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def with_slide_metadata(raw: str) -> str:
    """The notebook text with every cell's slideshow metadata set by the rules."""
    notebook = json.loads(raw)
    if dumps(notebook) != raw:
        raise ValueError("not in nbformat's layout; rewriting it would change more than "
                         "metadata (save it from JupyterLab or nbformat first)")
    for cell, slide_type in zip(notebook["cells"], slide_types(notebook["cells"])):
        cell.setdefault("metadata", {})["slideshow"] = {"slide_type": slide_type}
    return dumps(notebook)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write or check the notebooks' slide metadata.")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if out of date")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every chapter")
    args = parser.parse_args(argv)
    stale = []
    for path in args.notebooks or chapter_notebooks():
        raw = path.read_text(encoding="utf-8")
        try:
            updated = with_slide_metadata(raw)
        except ValueError as err:
            print(f"error: {path}: {err}", file=sys.stderr)
            return 1
        if updated == raw:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(updated, encoding="utf-8")
            print(f"updated {path}")
    if args.check and stale:
        names = ", ".join(p.name for p in stale)
        print(f"slide metadata out of date in {names}; run `python -m publish.slide_metadata`",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
