"""Build the course website: `python -m publish.site` (what `make site` runs).

Sphinx + MyST-NB render the committed notebooks with their outputs (never re-executed), the
model cards of the built model set, and a home page, into build/site/. Warnings are errors,
so a broken cross-reference or an unreadable notebook fails the build.
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from course_utils import paths as course_paths

from .paths import BUILD, SITE_OUT, chapter_notebooks

HERE = Path(__file__).resolve().parent / "site"
SOURCE = BUILD / "site-src"
DOCTREES = BUILD / "site-doctrees"


def model_cards(models: Path) -> dict[str, Path]:
    """The model set's checkpoint folders that carry a model card, by folder name."""
    return {card.parent.name: card for card in sorted(models.glob("*/README.md"))}


def assemble(source: Path, models: Path) -> None:
    """Lay out the Sphinx source folder: configuration, home page, chapters, model cards.
    Files are copied with their timestamps, so an unchanged page is not rebuilt."""
    if source.exists():
        shutil.rmtree(source)
    (source / "chapters").mkdir(parents=True)
    (source / "models").mkdir()
    for name in ("conf.py", "index.md", "favicon.svg"):
        shutil.copy2(HERE / name, source / name)
    for notebook in chapter_notebooks():
        copy_notebook(notebook, source / "chapters" / notebook.name)
    for name, card in model_cards(models).items():
        shutil.copy2(card, source / "models" / f"{name}.md")


APPENDIX_LINK = re.compile(r"\[([^\]]+)\]\(90_corrections\.ipynb#([\w-]+)\)")


def appendix_links_as_html(text: str) -> str:
    """Links into the appendix's rows, as HTML links Sphinx passes through.

    The rows' anchors live in the appendix's *outputs* (its tables are computed when it
    runs), where MyST's reference check cannot see them; the errata tests already prove that
    every linked id is a row of that table.
    """
    return APPENDIX_LINK.sub(r'<a href="90_corrections.html#\2">\1</a>', text)


def copy_notebook(notebook: Path, dest: Path) -> None:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    changed = False
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            text = "".join(cell["source"])
            linked = appendix_links_as_html(text)
            if linked != text:
                cell["source"], changed = linked, True
    if changed:
        dest.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        shutil.copy2(notebook, dest)


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SITE_OUT, help="output folder")
    args = parser.parse_args(argv)
    if course_paths.read_manifest() is None:
        print("error: no model set to take the model cards from; run `make models` first",
              file=sys.stderr)
        return 1
    start = time.perf_counter()
    assemble(SOURCE, course_paths.models_dir())
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html",
               "-d", str(DOCTREES), str(SOURCE), str(args.out)]
    if subprocess.run(command).returncode != 0:
        print("error: the site build failed (warnings count as errors); see above",
              file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    size_mb = folder_size(args.out) / 1e6
    print(f"site: {args.out / 'index.html'} ({seconds:.1f} s, {size_mb:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
