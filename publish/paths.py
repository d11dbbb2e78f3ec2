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


def repository_url() -> str | None:
    """The course repository's public address: the one setting the "Open in Colab" links
    (site and README) need. It is `Repository` under [project.urls] in pyproject.toml; while
    it is absent, no such link is rendered anywhere (guide: "Colab and hosted notebooks")."""
    import tomllib

    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"].get("urls", {})
    return urls.get("Repository") or None


def colab_root(repository: str | None, edition_folder: str = "", branch: str = "main") -> str | None:
    """Where Colab opens an edition's notebooks straight from GitHub (Colab reads GitHub only)."""
    prefix = "https://github.com/"
    if not repository or not repository.startswith(prefix):
        return None
    owner_repo = repository.removeprefix(prefix).strip("/").removesuffix(".git")
    folder = f"notebooks/{edition_folder}/" if edition_folder else "notebooks/"
    return f"https://colab.research.google.com/github/{owner_repo}/blob/{branch}/{folder}"
