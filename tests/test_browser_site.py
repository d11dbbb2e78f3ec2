"""The website in a real browser: every page loads offline and cleanly, images show, search
finds a chapter, and a chapter page carries the notebook's headings, code and outputs."""
import json

import pytest

from browser import BUILD, ROOT, Watched, built, launch_browser, serve
from browser import browser, watched  # noqa: F401  (shared fixtures)

SITE = BUILD / "site"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


@pytest.fixture(scope="module")
def site_url():
    with serve(built(SITE, "make site")) as url:
        yield url


def site_pages():
    pages = [p.relative_to(SITE).as_posix() for p in sorted(SITE.rglob("*.html"))
             if not p.relative_to(SITE).parts[0].startswith("_")]
    return pages


def test_every_page_loads_offline_with_no_console_error_and_every_image_shows(watched, site_url):
    pages = site_pages()
    chapters = [p for p in pages if p.startswith("chapters/")]
    assert len(chapters) == len(NOTEBOOKS) and any(p.startswith("models/") for p in pages)
    broken = {}
    for page in pages:
        watched.page.goto(f"{site_url}/{page}", wait_until="networkidle")
        missing = watched.page.evaluate(
            "Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
            ".map(i => i.src.slice(0, 80))")
        if missing:
            broken[page] = missing
    watched.assert_clean()
    assert broken == {}
    assert all(r.startswith(site_url) or r.startswith("data:") for r in watched.requests)


def test_search_for_tokenizer_lists_the_tokenizer_chapter(watched, site_url):
    chapter = next(p for p in NOTEBOOKS if "tokenizer" in p.stem)
    watched.page.goto(f"{site_url}/search.html?q=tokenizer")
    link = watched.page.locator(f"#search-results a[href*='{chapter.stem}']").first
    link.wait_for(timeout=15_000)
    watched.screenshot("site-search")
    watched.assert_clean()


def test_a_chapter_page_shows_its_headings_code_and_outputs(watched, site_url):
    notebook = json.loads(NOTEBOOKS[0].read_text(encoding="utf-8"))
    markdown = ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "markdown"]
    sections = [m.splitlines()[0][3:].strip() for m in markdown if m.startswith("## ")]
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    printed = next("".join(o["text"]).strip().splitlines()[0] for c in code[1:]
                   for o in c["outputs"] if o["output_type"] == "stream")
    watched.page.goto(f"{site_url}/chapters/{NOTEBOOKS[0].stem}.html", wait_until="networkidle")
    page = watched.page
    assert page.locator("h2").count() >= len(sections)
    for title in sections:
        assert page.locator("h2", has_text=title.replace("`", "")).count() == 1, title
    assert page.locator("div.cell_input").count() == len(code)
    assert page.locator("div.cell_output").count() > 0
    assert printed in page.locator("article").inner_text()
    assert page.locator("div.cell_output img").count() >= 1
    watched.screenshot("site-chapter", full_page=False)
    page.goto(f"{site_url}/index.html", wait_until="networkidle")
    watched.screenshot("site-home")
    watched.assert_clean()


def test_each_model_card_page_shows_its_card(watched, site_url):
    cards = sorted((SITE / "models").glob("*.html"))
    assert cards
    for card in cards:
        watched.page.goto(f"{site_url}/models/{card.name}", wait_until="networkidle")
        assert watched.page.locator("article h1").count() == 1
    watched.screenshot("site-model-card")
    watched.assert_clean()


def test_correction_links_land_on_their_row_in_the_appendix(watched, site_url):
    """A chapter's correction box links to its claim's row; the row's anchor must exist."""
    page = watched.page
    page.goto(f"{site_url}/chapters/02_models.html", wait_until="networkidle")
    targets = page.eval_on_selector_all(
        "a[href*='90_corrections.html#']", "links => links.map(a => a.getAttribute('href'))")
    assert targets, "chapter 2 links to no appendix row"
    page.goto(f"{site_url}/chapters/90_corrections.html", wait_until="networkidle")
    missing = [t for t in targets if page.locator(f"[id='{t.split('#', 1)[1]}']").count() != 1]
    assert not missing, f"appendix rows missing for {missing}"
    watched.assert_clean()
