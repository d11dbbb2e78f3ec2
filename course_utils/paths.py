"""Where the course keeps what it builds: one home folder, overridable with COURSE_HOME.

Layout under the home folder:
    downloads/   pinned wheels fetched by pip (kept so a rebuild needs no network)
    offline/     the model set: models/<name>/ checkpoint folders, data/, manifest.json
"""
import json
import os
from pathlib import Path

import platformdirs

from .errors import CourseError
from .language import Text

APP_NAME = "transformers-course"


def course_home() -> Path:
    """The course's home folder: $COURSE_HOME, else the per-user cache directory."""
    override = os.environ.get("COURSE_HOME")
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_cache_dir(APP_NAME))


def make_course_home() -> Path:
    """Create the home folder if needed; a path that cannot be a folder (COURSE_HOME naming a
    file, a parent that is a file, no permission) is a CourseError that says what to do."""
    home = course_home()
    try:
        home.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise CourseError(Text(
            f"The course home {home} is not a folder (COURSE_HOME points at a file, or inside "
            "one): set COURSE_HOME to a folder, or unset it.",
            f"课程主目录 {home} 不是文件夹（COURSE_HOME 指向的是一个文件，或某个文件下面的路径）："
            "请把 COURSE_HOME 设为一个文件夹，或者取消这个设置。")) from None
    except PermissionError:
        raise CourseError(Text(
            f"Cannot create the course home {home}: no permission. Set COURSE_HOME to a folder "
            "you can write to.",
            f"无法创建课程主目录 {home}：没有权限。请把 COURSE_HOME 设为你有写权限的文件夹。")) from None
    return home


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
