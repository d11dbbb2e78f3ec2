"""Build the course website: `python -m publish.site` (what `make site` runs).

Sphinx + MyST-NB render the committed notebooks with their outputs (never re-executed), the
model cards of the built model set, and a home page, into build/site/; the Chinese edition
(notebooks/zh/, and the Chinese guides) is a second Sphinx build into build/site/zh/, with the
same pages under the same names, so every page can link to its counterpart in the other
language. Warnings are
errors, so a broken cross-reference or an unreadable notebook fails the build.
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from course_utils import paths as course_paths

from .outputs import prepare
from .paths import BUILD, NOTEBOOKS, SITE_OUT, ZH, ZH_NOTEBOOKS, chapter_notebooks, colab_root, repository_url

HERE = Path(__file__).resolve().parent / "site"
# The guides (installing, hosted notebooks, hub mode, ...): one Markdown file per guide and
# language, the Chinese ones under the English ones' names in zh/. The README links to them.
GUIDES = HERE / "guides"
SHARED_FILES = ("conf.py", "favicon.svg", "_templates/edition-switch.html", "_templates/colab-link.html",
                "_static/course.css")
# Pages the HTML builder writes without a source file; they exist in both editions.
GENERATED_PAGES = ("genindex", "search")


@dataclass(frozen=True)
class Edition:
    """One language of the site: where its notebooks, guides and home page come from, where
    it lands."""

    name: str
    notebooks: Path
    guides: Path
    home: str
    folder: str

    @property
    def source(self) -> Path:
        return BUILD / ("site-src" if self.name == "en" else f"site-src-{self.name}")

    @property
    def doctrees(self) -> Path:
        return BUILD / ("site-doctrees" if self.name == "en" else f"site-doctrees-{self.name}")

    @property
    def log(self) -> Path:
        return BUILD / f"site-{self.name}.log"

    def sphinx_out(self, out: Path) -> Path:
        """Where Sphinx writes this edition. MyST-NB keeps the images it extracts in the
        output folder's parent (jupyter_execute/), which for out/zh would be the published
        site itself; so the Chinese edition is written beside it and copied in."""
        return out if not self.folder else BUILD / f"site-{self.name}" / self.folder


ENGLISH = Edition("en", NOTEBOOKS, GUIDES, "index.md", "")
CHINESE = Edition("zh", ZH_NOTEBOOKS, GUIDES / ZH, "index.zh.md", ZH)
EDITIONS = (ENGLISH, CHINESE)


def model_cards(models: Path) -> dict[str, Path]:
    """The model set's checkpoint folders that carry a model card, by folder name."""
    return {card.parent.name: card for card in sorted(models.glob("*/README.md"))}


def assemble(edition: Edition, models: Path) -> None:
    """Lay out one edition's Sphinx source folder: configuration, home page, chapters, guides,
    model cards (English in both editions: they describe the checkpoints, not the lessons).
    Files are copied with their timestamps, so an unchanged page is not rebuilt."""
    source = edition.source
    if source.exists():
        shutil.rmtree(source)
    (source / "chapters").mkdir(parents=True)
    (source / "models").mkdir()
    (source / "guides").mkdir()
    (source / "_templates").mkdir()
    (source / "_static").mkdir()
    for name in SHARED_FILES:
        shutil.copy2(HERE / name, source / name)
    shutil.copy2(HERE / edition.home, source / "index.md")
    for notebook in chapter_notebooks(edition.notebooks):
        copy_notebook(notebook, source / "chapters" / notebook.name, edition.name)
    for guide in guides(edition):
        shutil.copy2(guide, source / "guides" / guide.name)
    for name, card in model_cards(models).items():
        shutil.copy2(card, source / "models" / f"{name}.md")


def guides(edition: Edition) -> list[Path]:
    """One edition's guides; a guide is published under the same name in both editions."""
    return sorted(edition.guides.glob("*.md"))


def pages(edition: Edition) -> list[str]:
    """The page names (Sphinx docnames) an assembled edition will have."""
    written = [p.relative_to(edition.source).with_suffix("").as_posix()
               for p in sorted(edition.source.rglob("*")) if p.suffix in (".md", ".ipynb")]
    return [page for page in written if not page.startswith("_")] + list(GENERATED_PAGES)


def root_to_root(edition: Edition, other: Edition) -> str:
    """The relative path from one edition's top folder to the other's ("zh/" or "../")."""
    up = "../" * len(Path(edition.folder).parts)
    return up + (f"{other.folder}/" if other.folder else "")


def write_edition_settings(edition: Edition, other: Edition) -> None:
    """What conf.py needs to know about the edition it builds: its language, and where the
    other edition's pages are, for the language switch on every page."""
    settings = {"edition": edition.name, "other_root": root_to_root(edition, other),
                "other_pages": pages(other), "colab_root": colab_root(repository_url(), edition.folder)}
    (edition.source / "edition.json").write_text(json.dumps(settings, ensure_ascii=False),
                                                 encoding="utf-8")


APPENDIX_LINK = re.compile(r"\[([^\]]+)\]\(90_corrections\.ipynb#([\w-]+)\)")


def appendix_links_as_html(text: str) -> str:
    """Links into the appendix's rows, as HTML links Sphinx passes through.

    The rows' anchors live in the appendix's *outputs* (its tables are computed when it
    runs), where MyST's reference check cannot see them; the errata tests already prove that
    every linked id is a row of that table.
    """
    return APPENDIX_LINK.sub(r'<a href="90_corrections.html#\2">\1</a>', text)


def copy_notebook(notebook: Path, dest: Path, language: str = "en") -> None:
    """A chapter into the edition's source: links into the appendix made HTML links, and its
    outputs prepared for reading (publish.outputs: minimal tracebacks for cells meant to fail,
    double underscores kept in printed Markdown, alt text on plots)."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    changed = prepare(nb, language)
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


def sphinx(edition: Edition, out: Path) -> subprocess.Popen:
    """Start Sphinx on one assembled edition, its log going to a file beside the build
    (a pipe left unread while the other edition builds could fill and stall it)."""
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html",
               "-d", str(edition.doctrees), str(edition.source), str(edition.sphinx_out(out))]
    with edition.log.open("w", encoding="utf-8") as log:
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)


def build(out: Path) -> list[str]:
    """Build both editions side by side (they share no file until the Chinese one is copied
    in), print each log whole, and put each in place; the names of those that failed."""
    running = {edition: sphinx(edition, out) for edition in EDITIONS}
    failed = []
    for edition, process in running.items():
        process.wait()
        print(edition.log.read_text(encoding="utf-8"), end="", flush=True)
        if process.returncode != 0:
            failed.append(edition.name)
        elif edition.sphinx_out(out) != out / edition.folder:
            shutil.copytree(edition.sphinx_out(out), out / edition.folder, dirs_exist_ok=True)
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SITE_OUT, help="output folder")
    args = parser.parse_args(argv)
    if course_paths.read_manifest() is None:
        print("error: no model set to take the model cards from; run `make models` first",
              file=sys.stderr)
        return 1
    start = time.perf_counter()
    for edition in EDITIONS:
        assemble(edition, course_paths.models_dir())
    for edition, other in zip(EDITIONS, reversed(EDITIONS)):
        write_edition_settings(edition, other)
    failed = build(args.out)
    if failed:
        print(f"error: the site build failed for {', '.join(failed)} (warnings count as "
              "errors); see above", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    size_mb = folder_size(args.out) / 1e6
    print(f"site: {args.out / 'index.html'} and {args.out / ZH / 'index.html'} "
          f"({seconds:.1f} s, {size_mb:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
