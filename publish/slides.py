"""Build a reveal.js deck per chapter: `python -m publish.slides` (what `make slides` runs).

The decks come from the committed notebooks and their `slideshow` cell metadata (written by
publish.slide_metadata), through nbconvert's slides exporter and the course_reveal template.
The Chinese decks (notebooks/zh/, into build/slides/zh/) carry the same slide metadata as
the English notebooks (tests/test_translations.py), so both editions cut the same slides. reveal.js,
require.js, jQuery and MathJax are copied from the local npm install (`make js`) into
build/slides/lib/, once for both editions, so a deck opens offline and never reaches a CDN.
"""
import argparse
import html
import json
import re
import shutil
import sys
import time
from pathlib import Path
from urllib.parse import unquote

from .outputs import prepare
from .paths import JS_DIR, SLIDES_OUT, ZH, ZH_NOTEBOOKS, chapter_notebooks

TEMPLATES = Path(__file__).resolve().parent / "templates"
LIB = "lib"
# Only the parts of each package a deck loads (MathJax's full package is 73 MB).
JS_FILES = {
    "reveal.js/dist": "reveal.js/dist",
    "reveal.js/plugin/notes": "reveal.js/plugin/notes",
    "requirejs/require.js": "require.js",
    "jquery/dist/jquery.min.js": "jquery.min.js",
    "mathjax/MathJax.js": "mathjax/MathJax.js",
    "mathjax/config/TeX-AMS_CHTML-full.js": "mathjax/config/TeX-AMS_CHTML-full.js",
    "mathjax/config/Safe.js": "mathjax/config/Safe.js",
    "mathjax/extensions": "mathjax/extensions",
    "mathjax/jax/input/TeX": "mathjax/jax/input/TeX",
    "mathjax/jax/output/CommonHTML": "mathjax/jax/output/CommonHTML",
    "mathjax/jax/element": "mathjax/jax/element",
    "mathjax/fonts/HTML-CSS/TeX/woff": "mathjax/fonts/HTML-CSS/TeX/woff",
}


def copy_js(js_dir: Path, out: Path) -> None:
    """Copy the decks' browser files from the npm install into out/lib/."""
    modules = js_dir / "node_modules"
    missing = [name for name in JS_FILES if not (modules / name).exists()]
    if missing:
        raise FileNotFoundError(f"{modules} lacks {missing[0]}; run `make js` first")
    for name, target in JS_FILES.items():
        source, dest = modules / name, out / LIB / target
        dest.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, dest, dirs_exist_ok=True)
        else:
            shutil.copy2(source, dest)


def exporter(lib: str = LIB, language: str = "en"):
    """nbconvert's slides exporter, pointed at the local files (lib: their folder, relative
    to the deck) and declaring the deck's language."""
    from nbconvert import SlidesExporter

    return SlidesExporter(
        template_name="course_reveal",
        extra_template_basedirs=[str(TEMPLATES)],
        language_code=language,
        reveal_url_prefix=f"{lib}/reveal.js",
        reveal_theme="white",
        reveal_transition="none",
        # nbconvert's own scroll fix runs only after the first slide change; the template
        # makes every slide scroll from the start instead.
        reveal_scroll=False,
        reveal_number="c/t",
        reveal_width="1280",
        reveal_height="760",
        require_js_url=f"{lib}/require.js",
        jquery_url=f"{lib}/jquery.min.js",
        mathjax_url=f"{lib}/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe",
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )


INDEX_TEXT = {
    "en": {"title": "transformers course: slides", "other": ("zh/index.html", "中文幻灯片", "zh"),
           "help": "One deck per chapter. Arrow keys move; <kbd>S</kbd> opens the speaker view "
                   "with the notes;\n<kbd>F</kbd> goes full screen; <kbd>Esc</kbd> shows the "
                   "overview."},
    "zh": {"title": "transformers 课程：幻灯片", "other": ("../index.html", "English slides", "en"),
           "help": "每章一套幻灯片。方向键翻页；<kbd>S</kbd> 打开带讲稿的演讲者视图；"
                   "<kbd>F</kbd> 全屏；<kbd>Esc</kbd> 显示总览。"},
}


def index_page(decks: dict[Path, str], language: str = "en") -> str:
    """A plain list of one edition's decks (file -> shown name), so build/slides/index.html
    and build/slides/zh/index.html open onto them; each links to the other edition's list."""
    text = INDEX_TEXT[language]
    items = "\n".join(f'  <li><a href="{d.name}">{html.escape(name)}</a></li>'
                      for d, name in decks.items())
    href, label, lang = text["other"]
    return f"""<!DOCTYPE html>
<html lang="{language}"><head><meta charset="utf-8"><title>{text["title"]}</title>
<style>body {{ font-family: sans-serif; max-width: 40em; margin: 3em auto; }}
li {{ margin: 0.4em 0; font-size: 1.2em; }}</style></head>
<body><h1>{text["title"]}</h1>
<p>{text["help"]}</p>
<ul>
{items}
</ul>
<p><a href="{href}" hreflang="{lang}" lang="{lang}">{label}</a></p></body></html>
"""


def heading(nb: dict) -> str:
    """The notebook's title: the first line of its first markdown cell, without the `#`."""
    first = next(c for c in nb["cells"] if c["cell_type"] == "markdown")
    return "".join(first["source"]).lstrip("# ").split("\n", 1)[0].replace("`", "").strip()


TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)


def retitled(body: str, title: str) -> str:
    """The deck with its <title> replaced: nbconvert's template appends the English word
    "slides" to whatever title it is given."""
    body, count = TITLE.subn(f"<title>{html.escape(title)}</title>", body, count=1)
    if count != 1:
        raise ValueError("the deck template wrote no <title>")
    return body


APPENDIX_LINK = re.compile(r"\]\(90_corrections\.ipynb(#[^)\s]*)?\)")
# nbconvert writes a heading's id percent-encoded when it has non-ASCII text (the Chinese
# chapters), while reveal.js decodes a link's #fragment before it looks the id up.
ENCODED_ID = re.compile(r'id="([^"]*%[0-9A-Fa-f]{2}[^"]*)"')


def deck_notebook(notebook: Path, language: str) -> dict:
    """A chapter as its deck shows it: outputs prepared for reading (publish.outputs) and
    links into the corrections appendix pointed at the appendix's deck, which sits beside
    every chapter's deck (its rows' ids are in it; reveal.js opens the slide holding one)."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    prepare(nb, language)
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            text = "".join(cell["source"])
            cell["source"] = APPENDIX_LINK.sub(lambda m: f"](90_corrections.html{m[1] or ''})", text)
    return nb


def decoded_ids(body: str) -> str:
    """The deck with every percent-encoded id written out, as reveal.js looks it up."""
    return ENCODED_ID.sub(lambda m: f'id="{html.escape(unquote(m[1]), quote=True)}"', body)


def decks(notebooks: list[Path], out: Path, lib: str, language: str, suffix: str) -> dict[Path, str]:
    """A deck per chapter into out/, titled by its chapter's title; the index's names."""
    import nbformat

    slides, written = exporter(lib=lib, language=language), {}
    out.mkdir(parents=True, exist_ok=True)
    for notebook in notebooks:
        nb = deck_notebook(notebook, language)
        body, _ = slides.from_notebook_node(nbformat.reads(json.dumps(nb), as_version=4))
        title = heading(nb)
        deck = out / f"{notebook.stem}.html"
        deck.write_text(decoded_ids(retitled(body, f"{title} · {suffix}")), encoding="utf-8")
        written[deck] = title
        print(f"[{len(written)}/{len(notebooks)}] {deck}", flush=True)
    return written


def english_decks(out: Path) -> dict[Path, str]:
    """A deck per English chapter into out/."""
    return decks(chapter_notebooks(), out, LIB, "en", "slides")


def chinese_decks(out: Path) -> dict[Path, str]:
    """A deck per Chinese chapter into out/zh/, sharing out/lib/. Its slides are cut where
    the English deck's are: the translation sync test keeps every cell's `slideshow`
    metadata equal to the English notebook's."""
    return decks(chapter_notebooks(ZH_NOTEBOOKS), out / ZH, f"../{LIB}", "zh", "幻灯片")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SLIDES_OUT, help="output folder")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        copy_js(JS_DIR, args.out)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    (args.out / "index.html").write_text(index_page(english_decks(args.out)), encoding="utf-8")
    (args.out / ZH / "index.html").write_text(index_page(chinese_decks(args.out), "zh"),
                                              encoding="utf-8")
    print(f"slides: {args.out / 'index.html'} and {args.out / ZH / 'index.html'} "
          f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
