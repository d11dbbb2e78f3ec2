"""Where publishing reads from and writes to, relative to the repository."""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
# The Chinese edition's folder under notebooks/, build/site/ and build/slides/: the same
# chapters under the same file names, so a page's counterpart is found by its name.
ZH = "zh"
ZH_NOTEBOOKS = NOTEBOOKS / ZH
BUILD = ROOT / "build"
SITE_OUT = BUILD / "site"
SLIDES_OUT = BUILD / "slides"
# `make js` installs the decks' browser files here (inside the virtual env, ignored by git).
JS_DIR = Path(os.environ.get("COURSE_JS_DIR", Path(sys.prefix) / "share" / "course-js"))


def chapter_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """Every chapter and appendix notebook (NN_name.ipynb) of one edition, in order; new ones
    join by name, and other files there (the translators' glossary) are not chapters."""
    return sorted(folder.glob("[0-9][0-9]_*.ipynb"))
