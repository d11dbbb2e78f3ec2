"""The reveal.js decks in a real browser: each initialises offline with the slides its
notebook's metadata asks for, moves on a key press, and shows its plots; a Chinese deck
(build/slides/zh/) shows its chapter in Chinese on the English deck's slides."""
import json
import re

import pytest

from browser import BROKEN_LINKS_JS, BUILD, HIDDEN_OUTPUT_JS, ROOT, Watched, built, launch_browser, serve
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


DECKS = [(p, "") for p in NOTEBOOKS] + [(p, "zh/") for p in ZH_NOTEBOOKS]
DECK_IDS = [f"{edition}{p.stem}" for p, edition in DECKS]

# Each slide in turn, from the first (as the deck opens): those whose content is taller or
# wider than the slide without the slide scrolling it.
OVERFLOWING_JS = """() => {
    const {width, height} = Reveal.getConfig();
    const bad = [];
    for (const slide of Reveal.getSlides()) {
        const {h, v} = Reveal.getIndices(slide);
        Reveal.slide(h, v);
        const style = getComputedStyle(slide);
        const tall = slide.scrollHeight > height + 1, wide = slide.scrollWidth > width + 1;
        const fits = slide.clientHeight <= height + 1 && slide.clientWidth <= width + 1;
        const scrolls = (!tall || ['auto', 'scroll'].includes(style.overflowY))
                     && (!wide || ['auto', 'scroll'].includes(style.overflowX));
        if ((tall || wide) && !(fits && scrolls))
            bad.push(`slide ${h + 1}${v ? '.' + (v + 1) : ''}: ${slide.scrollWidth}x${slide.scrollHeight}`);
    }
    Reveal.slide(0, 0);
    return bad;
}"""


def open_deck(page, url):
    page.goto(url, wait_until="networkidle")
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=15_000)


@pytest.mark.parametrize("path,edition", DECKS, ids=DECK_IDS)
def test_no_slide_is_taller_or_wider_than_the_slide_without_a_way_to_scroll(
        watched, slides_url, path, edition):
    """From the first slide on (the deck as it opens, before any slide change)."""
    page = watched.page
    open_deck(page, f"{slides_url}/{edition}{path.stem}.html")
    assert page.evaluate(OVERFLOWING_JS) == []
    hidden = page.evaluate("""(js) => {
        const found = [];
        for (const slide of Reveal.getSlides()) {
            const {h, v} = Reveal.getIndices(slide); Reveal.slide(h, v);
            found.push(...(0, eval)(js)('.reveal section.present .jp-OutputArea-output pre'));
        }
        return found;
    }""", HIDDEN_OUTPUT_JS)
    assert hidden == []


@pytest.mark.parametrize("path,edition", DECKS, ids=DECK_IDS)
def test_no_link_in_a_deck_is_broken_anchors_included(watched, slides_url, path, edition):
    """Each link's target answers and holds the id its #fragment names, looked up the way
    reveal.js does (percent-decoded); the appendix's rows are in the appendix's deck."""
    page = watched.page
    open_deck(page, f"{slides_url}/{edition}{path.stem}.html")
    assert page.evaluate(BROKEN_LINKS_JS, [True]) == []


def test_a_link_to_a_correction_opens_the_appendix_deck_on_the_slide_of_its_row(
        watched, slides_url):
    page = watched.page
    open_deck(page, f"{slides_url}/{NOTEBOOKS[1].stem}.html")
    href = page.eval_on_selector("a[href*='90_corrections.html#']", "a => a.getAttribute('href')")
    open_deck(page, f"{slides_url}/{href}")
    row = href.split("#", 1)[1]
    assert page.locator(f"section.present [id='{row}']").count() == 1
    watched.assert_clean()


def test_a_chinese_heading_link_opens_its_slide(watched, slides_url):
    """Chinese headings' ids: the link's percent-encoded fragment, decoded by reveal.js,
    finds its heading."""
    page = watched.page
    for path in ZH_NOTEBOOKS:
        open_deck(page, f"{slides_url}/zh/{path.stem}.html")
        links = page.eval_on_selector_all(  # links to a section's heading, past the title slide
            ".reveal a[href^='#']:not([href^='#/'])", "as => as.map(a => a.getAttribute('href'))"
            ".filter(h => document.getElementById(decodeURIComponent(h.slice(1)))?.tagName === 'H2')")
        for href in links:
            if CJK.search(page.evaluate("h => decodeURIComponent(h)", href)):
                page.goto(f"{slides_url}/zh/{path.stem}.html{href}", wait_until="networkidle")
                page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=15_000)
                target = page.evaluate("h => decodeURIComponent(h.slice(1))", href)
                assert page.evaluate("""id => {
                    const s = Reveal.getCurrentSlide();
                    return s.id === id || !!s.querySelector(`[id="${CSS.escape(id)}"]`);
                }""", target), (path.name, target)
                assert page.evaluate("Reveal.getIndices().h") > 0
                watched.assert_clean()
                return
    pytest.skip("no Chinese heading link in the decks")


@pytest.mark.parametrize("path,edition", DECKS, ids=DECK_IDS)
def test_every_plot_in_a_deck_has_alt_text_and_the_deck_its_chapter_title(
        watched, slides_url, path, edition):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    page = watched.page
    open_deck(page, f"{slides_url}/{edition}{path.stem}.html")
    assert title(notebook) in page.title() and path.stem not in page.title()
    alts = page.eval_on_selector_all(".reveal img", "imgs => imgs.map(i => i.getAttribute('alt') || '')")
    assert [a for a in alts if len(a) < 12 or re.search(r"\.(png|svg)\b|/", a)] == []
