"""Which language the course speaks in: English, or Chinese in the Chinese edition.

The two editions share every code cell, so a notebook cannot say `setup(language="zh")`.
The edition is known by where its notebooks live instead: a kernel starts in its notebook's
folder (JupyterLab, nbval and `course_utils execute` all do this), and the Chinese edition's
notebooks live in `notebooks/zh/`. `setup()` calls `adopt_edition()`, which remembers the
edition for this process only (not in the environment, which every kernel or subprocess
started later would inherit); setting `COURSE_LANG` yourself overrides the folder.

Everything the course itself says to a learner (exercise verdicts, hints, one-line errors) is
a `Text` holding both languages, resolved when it is printed.
"""
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import CourseError

LANGUAGES = ("en", "zh")
DEFAULT = "en"
ENV = "COURSE_LANG"


_edition = DEFAULT  # the edition adopted by setup() in this process


def current() -> str:
    """The language the course speaks now: COURSE_LANG if it names one, else the edition."""
    lang = os.environ.get(ENV, "").strip().lower()
    return lang if lang in LANGUAGES else _edition


# The record `course notebooks` leaves in a learner's folder names the edition it copied
# (course_utils.learner_copies), so a Chinese copy speaks Chinese whatever its folder is called.
COPY_RECORD = ".course-notebooks.json"


def edition_of(folder: Path) -> str:
    """The edition a notebook folder belongs to: `zh/` is the Chinese edition, and so is a
    folder `course notebooks --lang zh` copied the chapters into."""
    if folder.name in LANGUAGES:
        return folder.name
    try:
        recorded = json.loads((folder / COPY_RECORD).read_text(encoding="utf-8")).get("lang")
    except (OSError, ValueError, AttributeError):
        recorded = None
    return recorded if recorded in LANGUAGES else DEFAULT


def check_setting() -> None:
    """COURSE_LANG set to a language the course does not speak is a one-line error (it would
    otherwise be ignored without a word)."""
    value = os.environ.get(ENV, "").strip()
    if value and value.lower() not in LANGUAGES:
        allowed = " or ".join(LANGUAGES)
        raise CourseError(Text(
            f"COURSE_LANG={value!r} is not a language of the course: set it to {allowed} "
            "(en English, zh Chinese), or unset it to follow the notebook's folder.",
            f"COURSE_LANG={value!r} 不是本课程的语言：请设为 {allowed}（en 英文，zh 中文），"
            "或者取消这个设置，让课程按笔记本所在的文件夹选择语言。"))


def adopt_edition(folder: Path | None = None) -> str:
    """Speak the language of the edition the kernel runs in, unless COURSE_LANG says otherwise."""
    global _edition
    check_setting()
    _edition = edition_of(folder or Path.cwd())
    return current()


@dataclass(frozen=True)
class Text:
    """One message in both languages; `str()` gives the one the course speaks now.

    Both are required, so a message cannot exist in one language only
    (tests/test_language.py also checks every message site uses a Text)."""

    en: str
    zh: str

    def __post_init__(self):
        if not (self.en.strip() and self.zh.strip()):
            raise ValueError("a Text needs both an English and a Chinese message")

    def __str__(self) -> str:
        return self.zh if current() == "zh" else self.en
