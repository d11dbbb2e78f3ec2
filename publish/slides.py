"""Build a reveal.js deck per chapter: `python -m publish.slides` (what `make slides` runs).

The decks come from the committed notebooks and their `slideshow` cell metadata (written by
publish.slide_metadata), through nbconvert's slides exporter and the course_reveal template.
reveal.js, require.js, jQuery and MathJax are copied from the local npm install (`make js`)
into build/slides/lib/, so a deck opens offline and never reaches a CDN.
"""
import argparse
import html
import shutil
import sys
import time
from pathlib import Path

from .paths import JS_DIR, SLIDES_OUT, chapter_notebooks

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


def exporter():
    """nbconvert's slides exporter, pointed at the local files."""
    from nbconvert import SlidesExporter

    return SlidesExporter(
        template_name="course_reveal",
        extra_template_basedirs=[str(TEMPLATES)],
        reveal_url_prefix=f"{LIB}/reveal.js",
        reveal_theme="white",
        reveal_transition="none",
        reveal_scroll=True,
        reveal_number="c/t",
        reveal_width="1280",
        reveal_height="760",
        require_js_url=f"{LIB}/require.js",
        jquery_url=f"{LIB}/jquery.min.js",
        mathjax_url=f"{LIB}/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe",
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )


def index_page(decks: list[Path]) -> str:
    """A plain list of the decks, so build/slides/index.html opens onto them."""
    items = "\n".join(f'  <li><a href="{d.name}">{html.escape(d.stem)}</a></li>' for d in decks)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>transformers course: slides</title>
<style>body {{ font-family: sans-serif; max-width: 40em; margin: 3em auto; }}
li {{ margin: 0.4em 0; font-size: 1.2em; }}</style></head>
<body><h1>transformers course: slides</h1>
<p>One deck per chapter. Arrow keys move; <kbd>S</kbd> opens the speaker view with the notes;
<kbd>F</kbd> goes full screen; <kbd>Esc</kbd> shows the overview.</p>
<ul>
{items}
</ul></body></html>
"""


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
    slides, decks = exporter(), []
    for notebook in chapter_notebooks():
        body, _ = slides.from_filename(str(notebook))
        deck = args.out / f"{notebook.stem}.html"
        deck.write_text(body, encoding="utf-8")
        decks.append(deck)
        print(f"[{len(decks)}/{len(chapter_notebooks())}] {deck}", flush=True)
    (args.out / "index.html").write_text(index_page(decks), encoding="utf-8")
    print(f"slides: {args.out / 'index.html'} ({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
