"""Every exercise check leaves one line in the learner's own record.

`Exercise.check()` appends the verdict (which chapter, which exercise, correct / incorrect /
not attempted, when) to `exercise-record.jsonl` in the learner's course home: on a class's
hub that is in the student's own private home, where the instructor (root) reads it with
`course classroom records` (course_utils.classroom.records). Nothing is sent anywhere, and a
record that cannot be written never disturbs the exercise: the verdict is printed either way.

COURSE_EXERCISE_RECORD names another file, or `off` (the course's own notebook runs and
tests set it: their checks are not a learner's).
"""
import getpass
import json
import os
from datetime import datetime, timezone
from pathlib import Path

from .paths import course_home

RECORD_NAME = "exercise-record.jsonl"
ENV = "COURSE_EXERCISE_RECORD"


def record_path() -> Path | None:
    """The learner's record file, or None when recording is off."""
    override = os.environ.get(ENV, "").strip()
    if override.lower() in {"off", "0", "no", "false"}:
        return None
    return Path(override).expanduser() if override else course_home() / RECORD_NAME


def record_verdict(exercise, verdict) -> None:
    """Append one check's verdict; quietly do nothing if the record cannot be written."""
    path = record_path()
    if path is None:
        return
    module = getattr(exercise.checker, "__module__", "") or ""
    line = {
        "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "user": _user(),
        "chapter": module.rsplit(".", 1)[-1] if module.startswith("course_utils.exercises.") else "",
        "exercise": exercise.name.en,
        "status": verdict.status,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    except OSError:
        pass


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
