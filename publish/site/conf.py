"""Sphinx configuration for the course website (built by `python -m publish.site`).

publish/site.py assembles one source folder per edition (English, Chinese): this file,
the edition's home page as index.md, favicon.svg, the language switch template, the chapter
notebooks under chapters/, the guides under guides/ (publish/site/guides/, the Chinese ones
from its zh/ folder, under the same names), the model cards under models/, and edition.json,
which names the edition and the other edition's pages. The notebooks are rendered with their committed,
nbval-checked outputs and never re-executed.
"""
import json
from pathlib import Path

EDITION = json.loads((Path(__file__).parent / "edition.json").read_text(encoding="utf-8"))
CHINESE = EDITION["edition"] == "zh"

project = "transformers-course"
author = "the transformers-course authors"
copyright = "the transformers-course authors, Apache-2.0"
# zh_CN also picks Sphinx's Chinese search index, which splits words with jieba (without it
# the index would hold no Chinese word at all), and Chinese labels in the theme.
language = "zh_CN" if CHINESE else "en"

# The offline MathJax package installs under a hyphenated name, and is loaded by it. It puts
# 24 MB into _static/; the Chinese edition, published inside the English one (zh/), loads
# that same copy (the path is relative to its own _static/) instead of carrying a second.
if CHINESE:
    extensions = ["myst_nb"]
    mathjax_path = f"../{EDITION['other_root']}_static/mathjax/tex-chtml.js"
else:
    extensions = ["myst_nb", "sphinx-mathjax-offline"]
templates_path = ["_templates"]
exclude_patterns = ["_build", "**.ipynb_checkpoints"]

# What the reader sees is exactly what the tests re-created: no execution at build time.
nb_execution_mode = "off"
# No widget outputs are committed; an empty mapping keeps MyST-NB from adding the CDN
# require.js and widget manager scripts it would otherwise put on notebook pages.
nb_ipywidgets_js = {}
myst_enable_extensions = ["colon_fence", "dollarmath"]
myst_heading_anchors = 3
suppress_warnings = ["mystnb.unknown_mime_type"]
# Markdown an output prints (the corrections appendix's tables) is read as GitHub-flavoured
# Markdown: MyST-NB's default, CommonMark, has no tables, and would show them as text.
nb_render_markdown_format = "gfm"

html_theme = "pydata_sphinx_theme"
html_title = "transformers 课程" if CHINESE else "transformers course"
html_static_path = ["_static"]
# Output lines wrap, printed tables scroll inside their box (_static/course.css).
html_css_files = ["course.css"]
html_favicon = "favicon.svg"
html_logo = "favicon.svg"
html_show_sourcelink = False
html_copy_source = False
html_last_updated_fmt = None
# Without a stored choice the theme logs "invalid theme mode" to the console; start light.
# Chapters are the top level: the header links to them, and the left sidebar would be empty.
html_sidebars = {"**": []}
# The language switch (_templates/edition-switch.html) names the other edition in its own
# language; edition_switch() below adds its link.
SWITCH = ({"edition_switch_label": "English", "edition_switch_lang": "en",
           "edition_switch_title": "Read this page in English"} if CHINESE else
          {"edition_switch_label": "中文", "edition_switch_lang": "zh-CN",
           "edition_switch_title": "阅读本页的中文版"})
# The other edition's pages are in the context (not only read by edition_switch) so that a
# page added there rewrites every page here: Sphinx rebuilds all when html_context changes.
html_context = {"default_mode": "light", **SWITCH, "edition_other_pages": EDITION["other_pages"]}
html_theme_options = {
    "logo": {"text": html_title},
    "navbar_align": "left",
    "header_links_before_dropdown": 3,
    "navbar_persistent": [],
    "navbar_end": ["colab-link", "edition-switch", "search-button", "theme-switcher"],
    "show_toc_level": 2,
    "navigation_with_keys": False,
    "show_prev_next": True,
    "footer_start": ["copyright"],
    "footer_end": [],
    "secondary_sidebar_items": ["page-toc"],
}


def edition_switch(app, pagename, templatename, context, doctree):
    """Link each page to the same page in the other edition, or to its home page when that
    edition has no such page (a chapter not yet translated)."""
    target = pagename if pagename in context["edition_other_pages"] else "index"
    # "Open in Colab" on chapter pages, only once the repository's address is set (pyproject.toml).
    if EDITION.get("colab_root") and pagename.startswith("chapters/"):
        context["colab_url"] = EDITION["colab_root"] + pagename.removeprefix("chapters/") + ".ipynb"
        context["colab_label"] = "在 Colab 中打开" if CHINESE else "Open in Colab"
    context["edition_switch_url"] = context["pathto"](f"{EDITION['other_root']}{target}.html", 1)


def chinese_search():
    """Sphinx's Chinese search language, with the one fix Sphinx 9.0 needs: it stems Latin
    words with the English stemmer and ships english-stemmer.js, but language_data.js then
    names the class after the language (`window.Stemmer = ChineseStemmer`), which does not
    exist, so search.html stops with "ChineseStemmer is not defined" (sphinx-doc/sphinx
    issue 14229, fixed upstream by deriving the name from the file)."""
    from sphinx.search.zh import SearchChinese

    return type("SearchChineseEnglishStemmer", (SearchChinese,), {"language_name": "English"})


def model_cards_out_of_search(app, doctree):
    """Model cards describe the stand-in checkpoints; in the search index they would crowd
    every search for a task or a model's name ahead of the chapters that teach it. Sphinx
    leaves a page with `nosearch` metadata out of the index."""
    if app.env.docname.startswith("models/"):
        app.env.metadata[app.env.docname]["nosearch"] = ""


def setup(app):
    app.connect("html-page-context", edition_switch)
    app.connect("doctree-read", model_cards_out_of_search, priority=900)
    if CHINESE:
        app.add_search_language(chinese_search())
