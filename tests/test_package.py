"""The course as a package: found Pythons, pins in one place, chapters copied out, `course lab`.

The wheel itself, installed outside the checkout, is tested in tests/test_wheel.py.
"""
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from course_utils import cli, learner_copies, versions
from course_utils.errors import CourseError
from course_utils.language import edition_of

ROOT = Path(__file__).resolve().parent.parent
FIND_PYTHON = ROOT / "tools" / "find-python.sh"


def constraints() -> dict[str, list[str]]:
    """Package -> the versions constraints.txt pins for it (one per platform marker)."""
    pins: dict[str, list[str]] = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        match = re.match(r"([A-Za-z0-9_.-]+)==([^\s;]+)", line)
        if match:
            pins.setdefault(match.group(1).lower().replace("_", "-"), []).append(match.group(2))
    return pins


# -- which Python -------------------------------------------------------------------------

def find_python(tmp_path, names: dict[str, str], wanted: str = "") -> subprocess.CompletedProcess:
    """Run tools/find-python.sh with only `names` (name -> real interpreter or shell code) on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, target in names.items():
        if target.startswith("#!"):
            (bin_dir / name).write_text(target)
            (bin_dir / name).chmod(0o755)
        else:
            (bin_dir / name).symlink_to(target)
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path), "PYENV_ROOT": str(tmp_path / "no-pyenv")}
    return subprocess.run(["/bin/sh", str(FIND_PYTHON), *([wanted] if wanted else [])],
                          env=env, capture_output=True, text=True)


def real_python(version: str) -> str:
    out = subprocess.run(["/bin/sh", str(FIND_PYTHON), version], capture_output=True, text=True)
    if out.returncode:
        pytest.skip(f"no Python {version} on this machine")
    return out.stdout.strip()


def test_find_python_takes_the_reference_311_before_newer_ones(tmp_path):
    out = find_python(tmp_path, {"python3.13": real_python("3.13"), "python3.11": sys.executable})
    assert out.returncode == 0 and Path(out.stdout.strip()).name.startswith("python3.11")


def test_find_python_falls_back_to_312_then_313(tmp_path):
    out = find_python(tmp_path, {"python3.13": real_python("3.13"), "python3.12": real_python("3.12")})
    assert out.returncode == 0 and "3.12" in out.stdout


def test_find_python_skips_a_shim_that_does_not_run(tmp_path):
    """pyenv's shims exist for every version and fail for the ones not selected."""
    out = find_python(tmp_path, {"python3.11": "#!/bin/sh\necho 'pyenv: python3.11: command not found' >&2\nexit 127\n",
                                 "python3.13": real_python("3.13")})
    assert out.returncode == 0 and "3.13" in out.stdout


def test_no_suitable_python_says_what_to_install_in_one_line(tmp_path):
    out = find_python(tmp_path, {"python3.10": real_python("3.10")})
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.count("\n") == 1
    assert "no Python 3.11, 3.12, 3.13" in out.stderr and "PYTHON=" in out.stderr


# -- pins: ranges for the package, exact releases in constraints.txt -------------------------

def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_the_package_declares_ranges_so_pip_keeps_a_hosted_notebooks_torch():
    for dep in project()["dependencies"] + sum(project()["optional-dependencies"].values(), []):
        assert "==" not in dep, f"{dep}: an exact pin here would replace Colab's release"
    assert project()["requires-python"] == ">=3.11"


def test_constraints_pin_every_dependency_exactly():
    pins = constraints()
    for dep in project()["dependencies"] + sum(project()["optional-dependencies"].values(), []):
        name = re.match(r"[A-Za-z0-9_.-]+", dep).group(0).lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in constraints.txt"
    assert pins["torch"] == ["2.13.0"] and "uv" in pins


def test_the_releases_setup_compares_with_are_the_pinned_ones():
    pins = constraints()
    for name, version in versions.CHECKED_WITH.items():
        assert pins[name] == [version], name


def test_every_install_path_goes_through_the_constraints():
    makefile = (ROOT / "Makefile").read_text()
    assert "CONSTRAINTS := constraints.txt" in makefile
    assert makefile.count("--constraint $(CONSTRAINTS)") >= 3  # uv itself, the course, the second Python
    env_pip = next(d["pip"] for d in __import__("yaml").safe_load((ROOT / "environment.yml").read_text())
                   ["dependencies"] if isinstance(d, dict))
    assert env_pip[0] == "-c constraints.txt"


def test_setup_names_releases_that_differ_from_the_pinned_ones(monkeypatch):
    monkeypatch.setattr(versions, "installed", lambda name: {"transformers": "5.20.0"}.get(name, versions.CHECKED_WITH[name]))
    note = versions.mismatch_note()
    assert note is not None and "\n" not in note.en
    assert "transformers 5.20.0" in note.en and "course drift --transformers 5.20.0" in note.en
    monkeypatch.setattr(versions, "installed", lambda name: versions.CHECKED_WITH[name])
    assert versions.mismatch_note() is None


def test_a_local_build_label_is_the_same_release():
    assert versions.base_version("2.13.0+cpu") == "2.13.0"


# -- course notebooks DEST -------------------------------------------------------------------

def test_copies_start_without_outputs_so_every_output_is_the_learners(tmp_path):
    report = learner_copies.copy_chapters(tmp_path / "mine")
    names = sorted(p.name for p in (tmp_path / "mine").glob("*.ipynb"))
    assert names == sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert report.written and not report.kept
    cells = json.loads((tmp_path / "mine" / names[0]).read_text())["cells"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in cells if c["cell_type"] == "code")


def test_copying_again_keeps_what_the_learner_changed_and_says_so(tmp_path, capsys):
    dest = tmp_path / "mine"
    learner_copies.copy_chapters(dest)
    edited = dest / "03_tokenizers.ipynb"
    edited.write_text(edited.read_text().replace("Chapter 3", "Chapter 3 (my notes)"))
    mine = dest / "01_pipelines.ipynb"
    mine.write_text("{}")  # the learner replaced it
    assert cli.main(["notebooks", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "(my notes)" in edited.read_text() and mine.read_text() == "{}"
    assert "kept your own version of 01_pipelines.ipynb, 03_tokenizers.ipynb" in out


def test_copying_again_updates_a_chapter_the_learner_left_alone(tmp_path):
    dest = tmp_path / "mine"
    learner_copies.copy_chapters(dest)
    record = json.loads((dest / learner_copies.RECORD).read_text())
    chapter = dest / "02_models.ipynb"
    old = '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n'
    chapter.write_text(old)  # what an older course version wrote, as the record says
    record["files"][chapter.name] = learner_copies._sha256(old.encode())
    (dest / learner_copies.RECORD).write_text(json.dumps(record))
    report = learner_copies.copy_chapters(dest)
    assert report.updated == ["02_models.ipynb"] and json.loads(chapter.read_text())["cells"]


def test_a_chinese_copy_speaks_chinese_whatever_its_folder_is_called(tmp_path):
    learner_copies.copy_chapters(tmp_path / "my-course", lang="zh")
    assert (tmp_path / "my-course" / "glossary.md").exists()
    assert edition_of(tmp_path / "my-course") == "zh"
    assert edition_of(tmp_path) == "en"


def test_copies_can_keep_the_course_outputs(tmp_path):
    learner_copies.copy_chapters(tmp_path, with_outputs=True)
    assert (tmp_path / "01_pipelines.ipynb").read_bytes() == (ROOT / "notebooks" / "01_pipelines.ipynb").read_bytes()


def test_copying_into_a_file_or_an_unknown_edition_is_one_line(tmp_path, capsys):
    (tmp_path / "f").write_text("x")
    assert cli.main(["notebooks", str(tmp_path / "f")]) == 1
    assert cli.main(["notebooks", str(tmp_path / "d"), "--lang", "fr"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "is a file" in err[0] and "choose one of en, zh" in err[1]


# -- course lab ------------------------------------------------------------------------------

def test_course_lab_without_a_model_set_offers_build_or_hub_mode(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COURSE_HOME", str(tmp_path / "empty-home"))
    monkeypatch.delenv("COURSE_HUB", raising=False)
    assert cli.main(["lab", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "course build" in err and "COURSE_HUB=1 course lab" in err


def test_course_lab_starts_this_environments_jupyterlab(tmp_path):
    from course_utils.lab import lab_command

    command = lab_command(tmp_path, ["--port", "8890"])
    assert command[:3] == [sys.executable, "-m", "jupyterlab"] and command[3] == str(tmp_path)
    assert ("--allow-root" in command) == (os.getuid() == 0)


# -- "Open in Colab": one setting, no link while it is unset -----------------------------------

def test_colab_links_follow_the_one_repository_setting():
    from publish.paths import colab_root

    assert colab_root(None) is None and colab_root("https://gitlab.com/a/b") is None
    assert colab_root("https://github.com/ada/course.git") == \
        "https://colab.research.google.com/github/ada/course/blob/main/notebooks/"
    assert colab_root("https://github.com/ada/course", "zh").endswith("/blob/main/notebooks/zh/")


def test_no_colab_link_is_shown_while_the_repository_is_unset():
    from publish.paths import repository_url

    if repository_url() is not None:
        pytest.skip("the repository's address is set")
    for readme in ("README.md", "README.zh.md"):
        assert "colab.research.google.com" not in (ROOT / readme).read_text(encoding="utf-8")
    site = ROOT / "build" / "site" / "chapters" / "01_pipelines.html"
    if site.exists():
        assert "colab-link" not in site.read_text(encoding="utf-8")


# -- a kernel without the course (Colab before its install cell) --------------------------------

@pytest.mark.parametrize("chapter", sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")), ids=lambda p: p.name)
def test_a_kernel_without_course_utils_gets_one_line_saying_what_to_do(chapter):
    first = next(c for c in json.loads(chapter.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code")
    # -S: no site-packages, so course_utils cannot be imported, as in a fresh hosted kernel
    done = subprocess.run([sys.executable, "-S", "-c", "".join(first["source"])], cwd="/",
                          capture_output=True, text=True, env={"PATH": os.environ.get("PATH", "")})
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "install cell" in done.stderr and "安装单元格" in done.stderr
