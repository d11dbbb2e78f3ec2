"""The course on a school's own hub: the repo2docker files (binder/), the nbgitpuller link
and pull, and the Zero to JupyterHub values file.

What needs Docker or a cluster (building the image, deploying the chart) is not run here; the
classroom guide says so. What can be run is: the build scripts' logic, with stand-ins for uv
and Python that record what they are asked to do; nbgitpuller itself, pulling a course
repository into a student's folder twice around a student's edit; and the values file's own
consistency (its validation against the chart's schema is in the guide).
"""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from course_utils.classroom.hub import nbgitpuller_link

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
VALUES = ROOT / "course_utils" / "classroom" / "zero-to-jupyterhub.yaml"


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if match := re.match(r"([A-Za-z0-9_.-]+)==([^\s;]+)", line):
            found[match.group(1).lower().replace("_", "-")] = match.group(2)
    return found


def test_binder_installs_uv_at_its_pin_and_the_reference_python():
    wanted = [line for line in (BINDER / "requirements.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert wanted == [f"uv=={pins()['uv']}"]
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"  # the committed outputs' Python


def stand_ins(tmp_path: Path) -> tuple[dict, Path]:
    """`uv` and a prefix's `python` that log their arguments and COURSE_MODELS."""
    log = tmp_path / "calls.log"
    bin_dir, prefix = tmp_path / "bin", tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    bin_dir.mkdir()
    script = f'#!/bin/sh\necho "$(basename "$0") $* | COURSE_MODELS=$COURSE_MODELS" >> {log}\ncat > /dev/null\n'
    for path in (bin_dir / "uv", prefix / "bin" / "python"):
        path.write_text(script)
        path.chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path / "home"),
           "NB_PYTHON_PREFIX": str(prefix), "KERNEL_PYTHON_PREFIX": str(prefix)}
    return env, log


def test_postbuild_installs_through_the_constraints_and_builds_the_set_where_start_points(tmp_path):
    env, log = stand_ins(tmp_path)
    subprocess.run(["bash", str(BINDER / "postBuild")], cwd=ROOT, env=env, check=True, timeout=60)
    install, build, tidy = log.read_text().splitlines()
    assert install.startswith("uv pip install") and "--constraint constraints.txt" in install
    assert "--torch-backend cpu" in install and install.split(" | ")[0].endswith(".[classroom]")
    models = f"{tmp_path}/prefix/share/transformers-course/models"
    assert build == f"python -m course_utils build | COURSE_MODELS={models}"
    started = subprocess.run(["bash", str(BINDER / "start"), "sh", "-c", "echo $COURSE_MODELS"],
                             env=env, capture_output=True, text=True, check=True, timeout=60)
    assert started.stdout.strip() == models


def test_start_keeps_a_model_set_the_hub_mounted(tmp_path):
    env, _ = stand_ins(tmp_path)
    env["COURSE_MODELS"] = "/srv/transformers-course/models"
    started = subprocess.run(["bash", str(BINDER / "start"), "sh", "-c", "echo $COURSE_MODELS"],
                             env=env, capture_output=True, text=True, check=True, timeout=60)
    assert started.stdout.strip() == "/srv/transformers-course/models"


# ---- nbgitpuller ------------------------------------------------------------------------------

def git(*args, cwd):
    env = dict(os.environ, GIT_AUTHOR_NAME="course", GIT_AUTHOR_EMAIL="course@localhost",
               GIT_COMMITTER_NAME="course", GIT_COMMITTER_EMAIL="course@localhost")
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, timeout=60)


def edit_first_code_cell(path: Path, text: str):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"] if c["cell_type"] == "code")
    cell["source"] = text
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def pull(origin: Path, student: Path):
    from nbgitpuller.pull import GitPuller

    for _ in GitPuller(str(origin), str(student), branch="main").pull():
        pass


def test_nbgitpuller_brings_the_chapters_and_later_updates_without_losing_a_students_edit(tmp_path):
    pytest.importorskip("nbgitpuller", reason="nbgitpuller comes with the [classroom] extra")
    if not shutil.which("git"):
        pytest.skip("no git on this machine")
    origin = tmp_path / "course"
    for edition in ("notebooks", "notebooks/zh"):
        (origin / edition).mkdir(parents=True)
        for name in ("01_pipelines.ipynb", "02_models.ipynb"):
            shutil.copy(ROOT / edition / name, origin / edition / name)
    git("init", "--quiet", "--initial-branch", "main", cwd=origin)
    git("add", ".", cwd=origin)
    git("commit", "--quiet", "-m", "the course", cwd=origin)
    student = tmp_path / "home" / "transformers-course"

    pull(origin, student)
    mine = student / "notebooks" / "zh" / "01_pipelines.ipynb"
    assert mine.read_bytes() == (origin / "notebooks" / "zh" / "01_pipelines.ipynb").read_bytes()
    edit_first_code_cell(mine, "# 我的笔记\nimport course_utils\n")

    edit_first_code_cell(origin / "notebooks" / "zh" / "01_pipelines.ipynb", "# the course changed this cell too\n")
    edit_first_code_cell(origin / "notebooks" / "02_models.ipynb", "# a correction\n")
    (origin / "notebooks" / "03_tokenizers.ipynb").write_bytes((ROOT / "notebooks" / "03_tokenizers.ipynb").read_bytes())
    git("add", ".", cwd=origin)
    git("commit", "--quiet", "-m", "an update", cwd=origin)

    pull(origin, student)
    assert "# 我的笔记" in mine.read_text(encoding="utf-8")  # the student's edit wins
    assert "# a correction" in (student / "notebooks" / "02_models.ipynb").read_text(encoding="utf-8")
    assert (student / "notebooks" / "03_tokenizers.ipynb").exists()
    json.loads(mine.read_text(encoding="utf-8"))  # still a notebook after the merge


def test_the_link_opens_the_first_chapter_of_the_students_edition():
    link = nbgitpuller_link("https://hub.school.example/", "https://git.school.example/course.git", "zh")
    parts = urlsplit(link)
    assert (parts.netloc, parts.path) == ("hub.school.example", "/hub/user-redirect/git-pull")
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert query == {"repo": "https://git.school.example/course.git", "branch": "main",
                     "targetpath": "transformers-course",
                     "urlpath": "lab/tree/transformers-course/notebooks/zh/01_pipelines.ipynb"}


# ---- Zero to JupyterHub ------------------------------------------------------------------------

def test_the_values_mount_one_read_only_model_set_where_the_kernels_look():
    values = yaml.safe_load(VALUES.read_text())["singleuser"]
    mounts = {m["name"]: m for m in values["storage"]["extraVolumeMounts"]}
    volumes = {v["name"]: v for v in values["storage"]["extraVolumes"]}
    assert mounts["course-models"]["mountPath"] == values["extraEnv"]["COURSE_MODELS"]
    assert mounts["course-models"]["readOnly"] and volumes["course-models"]["persistentVolumeClaim"]["readOnly"]


def test_the_values_pull_the_chapters_into_the_folder_the_students_open():
    values = yaml.safe_load(VALUES.read_text())
    command = values["singleuser"]["lifecycleHooks"]["postStart"]["exec"]["command"]
    assert command[0] == "gitpuller"
    assert values["singleuser"]["defaultUrl"] == f"/lab/tree/{Path(command[3]).name}/notebooks"
    assert values["cull"]["enabled"] and values["cull"]["timeout"] == 3600
