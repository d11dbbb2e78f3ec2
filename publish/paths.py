"""Where publishing reads from and writes to, relative to the repository."""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
BUILD = ROOT / "build"
SITE_OUT = BUILD / "site"
SLIDES_OUT = BUILD / "slides"
# `make js` installs the decks' browser files here (inside the virtual env, ignored by git).
JS_DIR = Path(os.environ.get("COURSE_JS_DIR", Path(sys.prefix) / "share" / "course-js"))


def chapter_notebooks() -> list[Path]:
    """Every chapter and appendix notebook (NN_name.ipynb), in order; new ones join by name."""
    return sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
