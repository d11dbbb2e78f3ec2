"""Packaging hook: the wheel carries the chapters of both editions.

Everything else about the package is in pyproject.toml. The notebooks live at the top of the
repository (notebooks/, where learners and nbval find them); a wheel built from it copies
them into course_utils/_notebooks/ so that `course notebooks DEST` works without a checkout
(course_utils/learner_copies.py reads them there).
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithNotebooks(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "course_utils" / "_notebooks"
        if target.exists():
            shutil.rmtree(target)
        source = HERE / "notebooks"
        for path in [*source.glob("[0-9][0-9]_*.ipynb"), *source.glob("zh/[0-9][0-9]_*.ipynb"),
                     source / "zh" / "glossary.md"]:
            (target / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target / path.relative_to(source))


setup(cmdclass={"build_py": BuildWithNotebooks})
