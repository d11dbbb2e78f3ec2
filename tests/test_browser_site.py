"""The website in a real browser: every page loads offline and cleanly, images show, search
finds a chapter, and a chapter page carries the notebook's headings, code and outputs. The
Chinese edition (build/site/zh/): its chapters render in Chinese, every page of both editions
switches to the same page in the other language, and Chinese search finds Chinese words. The
guides: the home page lists each, and a guide switches to its translation and back."""
import json
import posixpath
import re

import pytest

from browser import (BROKEN_LINKS_JS, BUILD, HIDDEN_OUTPUT_JS, ROOT, Watched, built,
                     launch_browser, markdown_tables, serve)
from browser import browser, watched  # noqa: F401  (shared fixtures)

SITE = BUILD / "site"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
ZH_NOTEBOOKS = sorted((ROOT / "notebooks" / "zh").glob("[0-9][0-9]_*.ipynb"))
# A glossary term (notebooks/zh/glossary.md: tokenizer) that the tokenizer chapter's title uses.
ZH_TERM = "分词器"
CJK = re.compile(r"[\u4e00-\u9fff]")
SWITCH = re.compile(r'<a class="[^"]*edition-switch[^"]*" href="([^"]+)"')
# The guides: one Markdown file per language, the Chinese one under the same name in zh/.
GUIDES = sorted((ROOT / "publish" / "site" / "guides").glob("*.md"))


@pytest.fixture(scope="module")
def site_url():
    with serve(built(SITE, "make site")) as url:
        yield url


def site_pages():
    """Every page of both editions (build/site/ and build/site/zh/), not Sphinx's _static."""
    return [p.relative_to(SITE).as_posix() for p in sorted(SITE.rglob("*.html"))
            if not any(part.startswith("_") for part in p.relative_to(SITE).parts)]


def title(notebook) -> str:
    """A notebook's title as the site shows it: its first heading, without markdown."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    first = next("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return first.splitlines()[0].lstrip("# ").replace("`", "").strip()


def guide_title(guide) -> str:
    return guide.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").strip()


def counterpart(page: str) -> str:
    """The same page in the other edition."""
    return page[len("zh/"):] if page.startswith("zh/") else f"zh/{page}"


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


@pytest.mark.parametrize("edition", ["", "zh/"], ids=["en", "zh"])
def test_correction_links_land_on_their_row_in_the_appendix(watched, site_url, edition):
    """A chapter's correction box links to its claim's row; the row's anchor must exist."""
    page = watched.page
    page.goto(f"{site_url}/{edition}chapters/02_models.html", wait_until="networkidle")
    targets = page.eval_on_selector_all(
        "a[href*='90_corrections.html#']", "links => links.map(a => a.getAttribute('href'))")
    assert targets, "chapter 2 links to no appendix row"
    page.goto(f"{site_url}/{edition}chapters/90_corrections.html", wait_until="networkidle")
    missing = [t for t in targets if page.locator(f"[id='{t.split('#', 1)[1]}']").count() != 1]
    assert not missing, f"appendix rows missing for {missing}"
    watched.assert_clean()


def test_every_page_of_both_editions_switches_to_the_same_page_in_the_other_language():
    """The header's language switch is a relative link to the page's counterpart, which exists
    (so it works from file:// and any sub-path, in both directions)."""
    pages = site_pages()
    zh_chapters = [p for p in pages if p.startswith("zh/chapters/")]
    assert len(zh_chapters) == len(ZH_NOTEBOOKS) == len(NOTEBOOKS)
    wrong = {}
    for page in pages:
        # The theme repeats the header's items in the narrow-screen sidebar: two equal links.
        links = set(SWITCH.findall((SITE / page).read_text(encoding="utf-8")))
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), *links)) \
            if len(links) == 1 else None
        if target != counterpart(page) or not (SITE / target).is_file():
            wrong[page] = links
    assert wrong == {}


def test_a_chinese_chapter_shows_its_chinese_title_and_switches_to_english_and_back(
        watched, site_url):
    chinese, english = ZH_NOTEBOOKS[0], NOTEBOOKS[0]
    assert CJK.search(title(chinese)), f"{chinese.name} has no Chinese title yet"
    page = watched.page
    page.goto(f"{site_url}/zh/chapters/{chinese.stem}.html", wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert page.locator("article h1").first.inner_text().strip() == title(chinese)
    watched.screenshot("site-zh-chapter", full_page=False)
    page.locator("header a.edition-switch").click()
    page.wait_for_url(f"{site_url}/chapters/{english.stem}.html")
    assert page.locator("article h1").first.inner_text().strip() == title(english)
    page.locator("header a.edition-switch").click()
    page.wait_for_url(f"{site_url}/zh/chapters/{chinese.stem}.html")
    assert page.locator("article h1").first.inner_text().strip() == title(chinese)
    watched.assert_clean()


def test_the_chinese_search_index_holds_chinese_words():
    """Sphinx's Chinese index splits words with jieba; without it no Chinese word is indexed
    (only Latin ones), and Chinese search finds nothing."""
    text = (SITE / "zh" / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1:text.rindex(")")])
    assert ZH_TERM in index["terms"]
    assert sum(bool(CJK.search(term)) for term in index["terms"]) > 100


def test_chinese_search_for_a_glossary_term_lists_the_chinese_chapters_using_it(
        watched, site_url):
    chapter = next(p for p in ZH_NOTEBOOKS if ZH_TERM in title(p))
    page = watched.page
    page.goto(f"{site_url}/zh/search.html?q={ZH_TERM}")
    link = page.locator(f"#search-results a[href*='{chapter.stem}']").first
    link.wait_for(timeout=15_000)
    hrefs = page.eval_on_selector_all("#search-results li > a", "links => links.map(a => a.href)")
    assert hrefs and all(h.startswith(f"{site_url}/zh/") for h in hrefs), hrefs
    assert CJK.search(link.inner_text())
    watched.screenshot("site-zh-search")
    watched.assert_clean()


def test_the_home_page_lists_every_guide_and_a_guide_switches_to_its_translation_and_back(
        watched, site_url):
    """The guides are published in both editions under the same names: the home page lists
    each one, and an English guide's language switch leads to its Chinese text and back."""
    page = watched.page
    page.goto(f"{site_url}/index.html", wait_until="networkidle")
    for guide in GUIDES:
        assert page.locator(f"article a[href='guides/{guide.stem}.html']").count() >= 1, guide.name
    english = GUIDES[0]
    chinese = english.parent / "zh" / english.name
    assert CJK.search(guide_title(chinese)), f"{chinese.name} has no Chinese title"
    page.locator(f"article a[href='guides/{english.stem}.html']").first.click()
    page.wait_for_url(f"{site_url}/guides/{english.stem}.html")
    assert page.locator("article h1").first.inner_text().strip() == guide_title(english)
    page.locator("header a.edition-switch").click()
    page.wait_for_url(f"{site_url}/zh/guides/{english.stem}.html")
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert page.locator("article h1").first.inner_text().strip() == guide_title(chinese)
    watched.screenshot("site-zh-guide", full_page=False)
    page.locator("header a.edition-switch").click()
    page.wait_for_url(f"{site_url}/guides/{english.stem}.html")
    assert page.locator("article h1").first.inner_text().strip() == guide_title(english)
    watched.assert_clean()


def printed_markdown(notebook) -> str:
    """Everything a notebook's outputs print as Markdown."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(o["data"]["text/markdown"]) for c in cells
                     for o in c.get("outputs", []) if "text/markdown" in o.get("data", {}))


def chapter_page(notebook) -> str:
    return ("zh/" if notebook.parent.name == "zh" else "") + f"chapters/{notebook.stem}.html"


def test_every_table_a_notebook_prints_renders_as_an_html_table(watched, site_url):
    """The appendix prints its tables as Markdown; read as CommonMark (no tables) they would
    show as lines of pipes, and `__init__.py` as a bold "init"."""
    expected = {chapter_page(nb): markdown_tables(printed_markdown(nb))
                for nb in NOTEBOOKS + ZH_NOTEBOOKS}
    assert sum(expected.values()) > 0, "no notebook prints a Markdown table any more"
    wrong = {}
    for page, tables in expected.items():
        if not tables:
            continue
        watched.page.goto(f"{site_url}/{page}", wait_until="networkidle")
        shown = watched.page.locator("div.cell_output table").count()
        pipes = watched.page.locator("div.cell_output p", has_text="|---|").count()
        if shown != tables or pipes:
            wrong[page] = f"{shown} HTML tables of {tables}, {pipes} paragraphs of pipes"
        text = watched.page.locator("article").inner_text()
        if "__init__.py" in printed_markdown(next(nb for nb in NOTEBOOKS + ZH_NOTEBOOKS
                                                  if chapter_page(nb) == page)):
            assert "__init__.py" in text, f"{page} lost the underscores of __init__.py"
    watched.page.set_viewport_size({"width": 390, "height": 844})
    watched.page.goto(f"{site_url}/chapters/90_corrections.html", wait_until="networkidle")
    watched.page.locator("div.cell_output table").first.scroll_into_view_if_needed()
    watched.screenshot("site-appendix-phone", full_page=False)
    assert wrong == {}
    watched.assert_clean()


def test_no_link_on_the_site_is_broken_anchors_included(watched, site_url):
    """Every link on every page of both editions: its target answers, and its #fragment is
    an id in the target."""
    broken = {}
    for page in site_pages():
        watched.page.goto(f"{site_url}/{page}", wait_until="domcontentloaded")
        found = watched.page.evaluate(BROKEN_LINKS_JS, [False])
        if found:
            broken[page] = found[:5]
    assert broken == {}


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_no_output_line_is_hidden_past_the_right_edge(watched, site_url, width):
    """Long output lines (tracebacks, status lines, paths) wrap; a printed table scrolls inside its box."""
    watched.page.set_viewport_size({"width": width, "height": 844})
    hidden = {}
    for page in [p for p in site_pages() if "/chapters/" in f"/{p}"]:
        watched.page.goto(f"{site_url}/{page}", wait_until="networkidle")
        found = watched.page.evaluate(HIDDEN_OUTPUT_JS, "div.cell_output pre, div.cell_output table")
        if found:
            hidden[page] = found[:3]
        if page == f"chapters/{NOTEBOOKS[0].stem}.html" and width == 390:
            watched.page.locator("div.cell_output pre", has_text="Traceback").first \
                .scroll_into_view_if_needed()
            watched.screenshot("site-chapter1-phone", full_page=False)
    assert hidden == {}


def test_every_plot_has_alt_text_that_says_what_it_shows(watched, site_url):
    wrong = {}
    for notebook in NOTEBOOKS + ZH_NOTEBOOKS:
        page = chapter_page(notebook)
        watched.page.goto(f"{site_url}/{page}", wait_until="networkidle")
        alts = watched.page.eval_on_selector_all(
            "div.cell_output img", "imgs => imgs.map(i => i.getAttribute('alt') || '')")
        bad = [a for a in alts if len(a) < 12 or re.search(r"\.(png|svg|jpe?g)\b|/", a)]
        if bad:
            wrong[page] = bad
    assert wrong == {}


def test_a_cell_meant_to_fail_shows_its_error_without_the_library_frames(watched, site_url):
    watched.page.goto(f"{site_url}/chapters/{NOTEBOOKS[0].stem}.html", wait_until="networkidle")
    text = watched.page.locator("article").inner_text()
    assert "Traceback" in text and "site-packages/transformers/pipelines" not in text
    assert "frames inside installed libraries left out" in text


def test_model_cards_are_left_out_of_search():
    """No search term leads to a model card (Sphinx lists a `nosearch` page with no words)."""
    text = (SITE / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1:text.rindex(")")])
    cards = {n for n, name in enumerate(index["docnames"]) if name.startswith("models/")}
    assert cards, "the site has no model card pages"

    def pages(found):
        return {found} if isinstance(found, int) else set(found)

    leading = [t for kind in ("terms", "titleterms") for t, found in index[kind].items()
               if pages(found) & cards]
    assert leading == []
    assert index["terms"].get("token"), "the chapters are not indexed"
