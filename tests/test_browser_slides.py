"""The reveal.js decks in a real browser: each initialises offline with the slides its
notebook's metadata asks for, moves on a key press, and shows its plots."""
import json

import pytest

from browser import BUILD, ROOT, Watched, built, launch_browser, serve
from browser import browser, watched  # noqa: F401  (shared fixtures)

SLIDES = BUILD / "slides"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def expected_slides(notebook: dict) -> int:
    types = [c["metadata"].get("slideshow", {}).get("slide_type") for c in notebook["cells"]]
    return sum(t in ("slide", "subslide") for t in types)


def has_plot(notebook: dict) -> bool:
    return any(kind.startswith("image/") for c in notebook["cells"]
               for o in c.get("outputs", []) for kind in o.get("data", {}))


@pytest.fixture(scope="module")
def slides_url():
    with serve(built(SLIDES, "make slides")) as url:
        yield url


def test_some_chapter_draws_a_plot_for_the_decks_to_show():
    assert any(has_plot(json.loads(p.read_text(encoding="utf-8"))) for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_deck_initialises_moves_on_a_key_press_and_shows_its_plot(watched, slides_url, path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    page = watched.page
    page.goto(f"{slides_url}/{path.stem}.html", wait_until="networkidle")
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=15_000)
    assert page.evaluate("Reveal.getTotalSlides()") == expected_slides(notebook)
    assert page.evaluate("Reveal.getIndices().h") == 0
    watched.screenshot(f"deck-{path.stem}-title")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("Reveal.getIndices().h === 1", timeout=5_000)
    if has_plot(notebook):
        indices = page.evaluate("""() => {
            const img = document.querySelector('.reveal .slides section img');
            return Reveal.getIndices(img.closest('section'));
        }""")
        page.evaluate("([h, v]) => Reveal.slide(h, v)", [indices["h"], indices.get("v") or 0])
        plot = page.locator(".reveal .slides section.present img").first
        plot.wait_for(state="visible", timeout=5_000)
        assert plot.evaluate("img => img.naturalWidth") > 0
        box = plot.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 100
        page.wait_for_timeout(300)
        watched.screenshot(f"deck-{path.stem}-plot")
    watched.assert_clean()
