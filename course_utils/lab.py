"""`course lab [FOLDER]`: JupyterLab on the learner's chapters, where `make lab` cannot run.

Windows and a bare macOS have no make; a learner who installed the course with pip has no
checkout. This starts the same JupyterLab `make lab` does, after the one check that would
otherwise surface as an error in the first chapter: that the offline model set is built (or
hub mode is on).
"""
import os
import subprocess
import sys
from pathlib import Path

from .checkpoints import hub_mode
from .errors import CourseError
from .language import Text
from .paths import read_manifest


def lab_command(folder: Path, extra: list[str]) -> list[str]:
    """JupyterLab in this interpreter's environment; as root (containers) it must be told."""
    command = [sys.executable, "-m", "jupyterlab", str(folder), *extra]
    if hasattr(os, "getuid") and os.getuid() == 0 and "--allow-root" not in extra:
        command.append("--allow-root")
    return command


def start_lab(folder: Path, extra: list[str]) -> int:
    if not folder.is_dir():
        raise CourseError(Text(f"{folder} is not a folder: copy the chapters there first with "
                               f"`course notebooks {folder}`.",
                               f"{folder} 不是文件夹：请先用 `course notebooks {folder}` 把章节复制过去。"))
    if not hub_mode() and read_manifest() is None:
        raise CourseError(Text("The offline model set is not built yet: run `course build` (about a minute, "
                               "1.1 GB), or use the Hub's models instead: COURSE_HUB=1 course lab.",
                               "离线模型集还没有构建：请运行 `course build`（约一分钟，1.1 GB），"
                               "或者改用 Hub 上的模型：COURSE_HUB=1 course lab。"))
    try:
        return subprocess.run(lab_command(folder, extra)).returncode
    except KeyboardInterrupt:
        return 0
