"""Where the course keeps what it builds: one home folder, overridable with COURSE_HOME.

Layout under the home folder:
    downloads/   pinned wheels fetched by pip (kept so a rebuild needs no network)
    offline/     the model set: models/<name>/ checkpoint folders, data/, manifest.json
"""
import json
import os
from pathlib import Path

import platformdirs

APP_NAME = "transformers-course"


def course_home() -> Path:
    """The course's home folder: $COURSE_HOME, else the per-user cache directory."""
    override = os.environ.get("COURSE_HOME")
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_cache_dir(APP_NAME))


def offline_dir() -> Path:
    """The built model set (replaced as a whole by each build)."""
    return course_home() / "offline"


def models_dir() -> Path:
    return offline_dir() / "models"


def data_dir() -> Path:
    return offline_dir() / "data"


def downloads_dir() -> Path:
    return course_home() / "downloads"


def read_manifest(folder: Path | None = None) -> dict | None:
    """The build's record of the model set (recipe, every file and its size), or None when
    no complete set is there: the build writes it last, after everything else."""
    path = (folder or offline_dir()) / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
