"""The reveal.js decks in a real browser: each initialises offline with the slides its
notebook's metadata asks for, moves on a key press, and shows its plots; a Chinese deck
(build/slides/zh/) shows its chapter in Chinese on the English deck's slides."""
import json
import re

import pytest

from browser import BUILD, ROOT, Watched, built, launch_browser, serve
from browser import browser, watched  # noqa: F401  (shared fixtures)

SLIDES = BUILD / "slides"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
ZH_NOTEBOOKS = sorted((ROOT / "notebooks" / "zh").glob("[0-9][0-9]_*.ipynb"))
CJK = re.compile(r"[\u4e00-\u9fff]")


def expected_slides(notebook: dict) -> int:
    types = [c["metadata"].get("slideshow", {}).get("slide_type") for c in notebook["cells"]]
    return sum(t in ("slide", "subslide") for t in types)


def title(notebook: dict) -> str:
    """The chapter's title: its first heading, without markdown."""
    first = next("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "markdown")
    return first.splitlines()[0].lstrip("# ").replace("`", "").strip()


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


def test_a_chinese_deck_shows_its_chapter_in_chinese_on_the_english_decks_slides(
        watched, slides_url):
    chinese = json.loads(ZH_NOTEBOOKS[0].read_text(encoding="utf-8"))
    english = json.loads((ROOT / "notebooks" / ZH_NOTEBOOKS[0].name).read_text(encoding="utf-8"))
    assert CJK.search(title(chinese)), f"{ZH_NOTEBOOKS[0].name} has no Chinese title yet"
    page = watched.page
    page.goto(f"{slides_url}/zh/{ZH_NOTEBOOKS[0].stem}.html", wait_until="networkidle")
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=15_000)
    assert page.locator("html").get_attribute("lang") == "zh"
    assert title(chinese) in page.title()
    assert page.evaluate("Reveal.getTotalSlides()") == expected_slides(english)
    assert page.locator(".reveal .slides section.present h1").inner_text().strip() \
        == title(chinese)
    watched.screenshot("deck-zh-title")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("Reveal.getIndices().h === 1", timeout=5_000)
    assert CJK.search(page.locator(".reveal .slides section.present").first.inner_text())
    watched.screenshot("deck-zh-second")
    watched.assert_clean()
