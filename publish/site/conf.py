"""Sphinx configuration for the course website (built by `python -m publish.site`).

The source folder is assembled by publish/site.py: this file, index.md and favicon.svg,
the chapter notebooks under chapters/ and the model cards under models/. The notebooks are
rendered with their committed, nbval-checked outputs and never re-executed.
"""
project = "transformers-course"
author = "the transformers-course authors"
copyright = "the transformers-course authors, Apache-2.0"

# The offline MathJax package installs under a hyphenated name, and is loaded by it.
extensions = ["myst_nb", "sphinx-mathjax-offline"]
exclude_patterns = ["_build", "**.ipynb_checkpoints"]

# What the reader sees is exactly what the tests re-created: no execution at build time.
nb_execution_mode = "off"
# No widget outputs are committed; an empty mapping keeps MyST-NB from adding the CDN
# require.js and widget manager scripts it would otherwise put on notebook pages.
nb_ipywidgets_js = {}
myst_enable_extensions = ["colon_fence", "dollarmath"]
myst_heading_anchors = 3
suppress_warnings = ["mystnb.unknown_mime_type"]

html_theme = "pydata_sphinx_theme"
html_title = "transformers course"
html_favicon = "favicon.svg"
html_logo = "favicon.svg"
html_show_sourcelink = False
html_copy_source = False
html_last_updated_fmt = None
# Without a stored choice the theme logs "invalid theme mode" to the console; start light.
# Chapters are the top level: the header links to them, and the left sidebar would be empty.
html_sidebars = {"**": []}
html_context = {"default_mode": "light"}
html_theme_options = {
    "logo": {"text": "transformers course"},
    "navbar_align": "left",
    "header_links_before_dropdown": 3,
    "navbar_persistent": [],
    "navbar_end": ["search-button", "theme-switcher"],
    "show_toc_level": 2,
    "navigation_with_keys": False,
    "show_prev_next": True,
    "footer_start": ["copyright"],
    "footer_end": [],
    "secondary_sidebar_items": ["page-toc"],
}
