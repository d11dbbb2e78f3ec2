"""The course installed as a learner without a checkout would: from its wheel, in a fresh
environment outside the repository, with only the `course` command to go on.

One wheel is built (no build isolation: the test environment's setuptools, no index) and
installed by uv from its cache, offline, through constraints.txt, into a new venv under
pytest's temporary folder, made from Python 3.13 when this machine has it (Colab's Python,
and proof that a learner with only 3.13 and no make gets a running chapter; `make test` runs
the 3.13 chapters first, which fills uv's cache with that Python's wheels). The learner's steps then run there: `course notebooks` copies the
chapters out, one chapter runs offline and its outputs are compared with the committed ones
(nbval), and one runs in hub mode against the local Hub server.
"""
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OFFLINE_CHAPTER = "03_tokenizers.ipynb"
HUB_CHAPTER = "02_models.ipynb"


def pip_find_links() -> list[str]:
    """The folders pip is configured to find wheels in (this machine's CPU torch): uv is
    handed the same ones, as the Makefile does."""
    links = os.environ.get("PIP_FIND_LINKS") or subprocess.run(
        [sys.executable, "-m", "pip", "config", "get", "global.find-links"],
        capture_output=True, text=True).stdout.strip()
    return [arg for link in links.split() for arg in ("--find-links", link)]


def run(command, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, **kwargs)
    assert done.returncode == 0, f"{command[:3]} failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(ROOT)])
    (found,) = out.glob("transformers_course-*.whl")
    return found


@pytest.fixture(scope="module")
def learner_env(wheel, tmp_path_factory) -> Path:
    """A fresh venv outside the checkout with the wheel (and its test extra, for nbval)."""
    uv = shutil.which("uv", path=str(Path(sys.executable).parent))
    if uv is None:
        pytest.skip("uv is not installed beside this Python (make setup installs it)")
    venv = tmp_path_factory.mktemp("learner") / "venv"
    found = subprocess.run(["/bin/sh", str(ROOT / "tools" / "find-python.sh"), "3.13"],
                           capture_output=True, text=True).stdout.strip()
    run([uv, "venv", "--quiet", "--python", found or sys.executable, str(venv)])
    python = venv / "bin" / "python"
    run([uv, "pip", "install", "--quiet", "--offline", "--python", str(python),
         "--constraint", str(ROOT / "constraints.txt"), *pip_find_links(), f"{wheel}[test]"])
    return venv


def test_the_wheel_carries_both_editions_the_recipe_and_the_lab_settings(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for chapter in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"):
        assert f"course_utils/_notebooks/{chapter.name}" in names
        assert f"course_utils/_notebooks/zh/{chapter.name}" in names
    assert "course_utils/_notebooks/zh/glossary.md" in names
    assert any(n.startswith("course_utils/modelset/artefacts/sentiment/") for n in names)
    assert any(n.endswith("data/share/jupyter/lab/settings/overrides.d/transformers-course.json") for n in names)
    assert not any(n.startswith(("tests/", "notebooks/")) for n in names)


def test_a_learner_without_a_checkout_copies_the_chapters_and_runs_one_offline(learner_env, tmp_path):
    course = learner_env / "bin" / "course"
    home = tmp_path / "my-course"
    out = run([str(course), "notebooks", str(home), "--with-outputs"], cwd=tmp_path).stdout
    assert "copied" in out and (home / OFFLINE_CHAPTER).exists()
    imported = run([str(learner_env / "bin" / "python"), "-c", "import course_utils; print(course_utils.__file__)"],
                   cwd=tmp_path).stdout
    assert str(learner_env) in imported and str(ROOT) not in imported
    run([str(learner_env / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
         "--nbval-current-env", "--nbval-sanitize-with", str(ROOT / "tests" / "sanitize.cfg"),
         str(home / OFFLINE_CHAPTER)], cwd=tmp_path)


def test_the_same_learner_runs_a_chapter_in_hub_mode(learner_env, tmp_path, hub_env):
    course = learner_env / "bin" / "course"
    home = tmp_path / "my-course"
    run([str(course), "notebooks", str(home)], cwd=tmp_path)
    script = (
        "import sys, nbformat\n"
        "from nbclient import NotebookClient\n"
        "nb = nbformat.read(sys.argv[1], as_version=4)\n"
        "NotebookClient(nb, timeout=300, kernel_name='python3',"
        " resources={'metadata': {'path': sys.argv[2]}}).execute()\n"
        "print(''.join(o.get('text', '') for c in nb.cells for o in c.get('outputs', [])))\n")
    printed = run([str(learner_env / "bin" / "python"), "-c", script, str(home / HUB_CHAPTER), str(home)],
                  cwd=tmp_path).stdout
    assert "hub mode (COURSE_HUB=1)" in printed and "CourseError" not in printed


def test_the_copied_chapters_are_the_ones_the_wheel_was_built_from(learner_env, tmp_path):
    run([str(learner_env / "bin" / "course"), "notebooks", str(tmp_path / "zh-copy"), "--lang", "zh",
         "--with-outputs"], cwd=tmp_path)
    for chapter in (ROOT / "notebooks" / "zh").glob("[0-9][0-9]_*.ipynb"):
        assert json.loads((tmp_path / "zh-copy" / chapter.name).read_text()) == json.loads(chapter.read_text())
