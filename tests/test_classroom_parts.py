"""The classroom's parts that need no hub: one shared model set apart from each learner's
home (COURSE_MODELS), who-can-read-what checks, the roster, the generated JupyterHub
configuration, and the exercise records and their gathering. The hub itself, started for a
class of 3, is in tests/test_classroom.py."""
import csv
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from course_utils import exercise_record
from course_utils.classroom import access, records
from course_utils.classroom.hub import ClassSettings, read_roster, render_config
from course_utils.errors import CourseError
from course_utils.exercises import ch01
from course_utils.modelset import build as build_mod
from course_utils.paths import access_problem, course_home, offline_dir


@pytest.fixture
def open_tmp():
    """A temporary folder other users can reach (pytest's own tmp_path is 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="course-open-"))
    folder.chmod(0o755)
    if access.closed_to_others(folder) is not None:
        pytest.skip(f"{access.closed_to_others(folder)} is closed to other users on this machine")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# ---- one model set for the class, each learner's outputs in their own home ----------------

@pytest.fixture
def split_homes(open_tmp, monkeypatch):
    monkeypatch.setenv("COURSE_HOME", str(open_tmp / "learner"))
    monkeypatch.setenv("COURSE_MODELS", str(open_tmp / "srv" / "models"))
    return open_tmp


def test_course_models_moves_the_model_set_and_leaves_the_learners_home(split_homes):
    assert offline_dir() == split_homes / "srv" / "models"
    assert course_home() == split_homes / "learner"


def quick_steps():
    def step(staging, log):
        (staging / "models" / "minilm").mkdir(parents=True)
        (staging / "models" / "minilm" / "config.json").write_text("{}")
    return [build_mod.Step("one quick step", step, ("models/minilm/",))]


def test_the_build_leaves_a_shared_set_readable_by_all_and_writable_by_its_builder_only(
        split_homes, monkeypatch):
    monkeypatch.setattr(build_mod, "_steps", quick_steps)
    target = build_mod.build(log=lambda *_: None)
    assert target == split_homes / "srv" / "models"
    modes = {p.relative_to(target).as_posix(): p.stat().st_mode & 0o777
             for p in [target, *target.rglob("*")]}
    assert modes == {".": 0o755, "models": 0o755, "models/minilm": 0o755,
                     "models/minilm/config.json": 0o644, "manifest.json": 0o644}
    assert access.model_set_closed_to_others(target) is None
    assert not list((split_homes / "srv").glob(".offline-*")), "staging left behind"
    assert not (split_homes / "srv" / "downloads").exists()  # wheels stay in the builder's home


def test_a_set_built_for_its_owner_only_is_opened_by_the_next_build(split_homes, monkeypatch):
    monkeypatch.setattr(build_mod, "_steps", quick_steps)
    target = build_mod.build(log=lambda *_: None)
    target.chmod(0o700)  # as builds before this change left it (tempfile.mkdtemp)
    lines = []
    build_mod.build(log=lines.append)
    assert "up to date" in lines[-1] and target.stat().st_mode & 0o777 == 0o755


def test_a_kernel_that_cannot_read_the_set_gets_one_line(split_homes, monkeypatch):
    models = split_homes / "srv" / "models"
    models.mkdir(parents=True)
    (models / "manifest.json").write_text("{}")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == models else real(p, mode))
    problem = access_problem()
    assert problem and "Cannot read the model set" in problem.en and "chmod -R a+rX" in problem.en
    assert "无法读取" in problem.zh


def test_a_kernel_that_cannot_write_its_home_gets_one_line(split_homes, monkeypatch):
    home = split_homes / "learner"
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == split_homes else real(p, mode))
    problem = access_problem()
    assert problem and f"Cannot write to the course home {home}" in problem.en


def test_no_line_when_the_set_is_readable_and_the_home_writable(split_homes):
    assert access_problem() is None


# ---- who can read what --------------------------------------------------------------------

def test_a_closed_folder_on_the_way_is_found(open_tmp):
    tmp_path = open_tmp
    inner = tmp_path / "open" / "closed" / "file"
    inner.parent.mkdir(parents=True)
    inner.write_text("x")
    (tmp_path / "open" / "closed").chmod(0o700)
    assert access.closed_to_others(inner) == tmp_path / "open" / "closed"
    (tmp_path / "open" / "closed").chmod(0o755)
    assert access.closed_to_others(inner) is None
    inner.chmod(0o600)
    assert access.closed_to_others(inner) == inner


def test_a_hard_linked_open_copy_of_a_closed_set_is_readable_by_all(open_tmp):
    tmp_path = open_tmp
    source = tmp_path / "closed-set"
    (source / "models").mkdir(parents=True)
    (source / "models" / "w.bin").write_bytes(b"weights")
    (source / "manifest.json").write_text("{}")
    source.chmod(0o700)
    (tmp_path / "open").mkdir(mode=0o755)
    copy = access.open_copy_of_model_set(source, tmp_path / "open" / "set")
    assert copy != source and access.model_set_closed_to_others(copy) is None
    assert (copy / "models" / "w.bin").read_bytes() == b"weights"
    assert (copy / "models" / "w.bin").stat().st_ino == (source / "models" / "w.bin").stat().st_ino


# ---- the roster and the generated configuration ------------------------------------------

def test_the_roster_reads_names_and_editions(tmp_path):
    roster = tmp_path / "roster.txt"
    roster.write_text("# class of 2026\nalice zh\n\nbob   # English by default\n")
    assert read_roster(roster) == {"alice": "zh", "bob": "en"}


@pytest.mark.parametrize("line", ["Alice", "bob fr", "carol zh extra", "../etc"])
def test_a_bad_roster_line_is_named_in_one_line(tmp_path, line):
    roster = tmp_path / "roster.txt"
    roster.write_text(f"alice\n{line}\n")
    with pytest.raises(CourseError, match=r"line 2: expected a user name"):
        read_roster(roster)


def test_the_generated_configuration_is_what_jupyterhub_loads(tmp_path):
    """Loaded the way JupyterHub loads it (traitlets), with the files `init` writes beside it."""
    from traitlets.config.loader import PyFileConfigLoader

    settings = ClassSettings(folder=str(tmp_path), python="/srv/course/venv/bin/python",
                             models="/srv/course/models", port=8123, cull_seconds=1800)
    (tmp_path / "jupyterhub_config.py").write_text(render_config(settings))
    (tmp_path / "roster.json").write_text(json.dumps({"alice": "zh", "bob": "en"}))
    for name in ("proxy-token", "culler-token", "admin-token"):
        (tmp_path / name).write_text(f"{name}-secret\n")
    c = PyFileConfigLoader("jupyterhub_config.py", str(tmp_path)).load_config()
    assert c.JupyterHub.bind_url == "http://127.0.0.1:8123"
    assert c.Authenticator.allowed_users == {"alice", "bob"}
    assert c.JupyterHub.authenticator_class == "pam"
    assert c.Spawner.environment == {"COURSE_MODELS": "/srv/course/models"}
    assert c.Spawner.cmd[:5] == ["/srv/course/venv/bin/python", "-m", "course_utils", "classroom",
                                 "student-server"]
    assert c.ConfigurableHTTPProxy.auth_token == "proxy-token-secret"
    assert {s["name"] for s in c.JupyterHub.services} == {"idle-culler", "class-admin"}
    assert all("command" not in s for s in c.JupyterHub.services)  # the culler runs beside the hub

    class Spawner:  # what the hook sees: the roster's edition reaches the student's server
        environment = {}
        user = type("User", (), {"name": "alice"})

    c.Spawner.pre_spawn_hook(Spawner)
    assert Spawner.environment["COURSE_CHAPTERS_LANG"] == "zh"


# ---- exercise records ----------------------------------------------------------------------

def test_each_check_appends_its_verdict_to_the_learners_record(tmp_path, monkeypatch, capsys):
    record = tmp_path / "home" / "exercise-record.jsonl"
    monkeypatch.setenv("COURSE_EXERCISE_RECORD", str(record))
    ch01.sentiment_label.check(...)
    ch01.sentiment_label.check(42)
    assert "not attempted" in capsys.readouterr().out
    lines = [json.loads(line) for line in record.read_text().splitlines()]
    assert [(r["chapter"], r["exercise"], r["status"]) for r in lines] == [
        ("ch01", "Exercise 1 (a pipeline's label)", "not attempted"),
        ("ch01", "Exercise 1 (a pipeline's label)", "incorrect")]


def test_a_record_that_cannot_be_written_never_disturbs_the_exercise(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("COURSE_EXERCISE_RECORD", str(blocker / "record.jsonl"))
    ch01.sentiment_label.check(...)
    assert "not attempted" in capsys.readouterr().out


def test_the_courses_own_runs_record_nothing(monkeypatch):
    from course_utils.notebooks import kernel_env

    monkeypatch.setattr(os, "environ", kernel_env())
    assert exercise_record.record_path() is None


def _record(path: Path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(line) + "\n" for line in lines) + '{"cut sh')


def test_the_instructor_gets_a_csv_and_a_picture_of_the_class(tmp_path):
    ex1, ex2 = "Exercise 1 (a pipeline's label)", "Exercise 2 (the three steps by hand)"
    for student, lines in {
        "alice": [("ch01", ex1, "incorrect", "t1"), ("ch01", ex1, "correct", "t2"),
                  ("ch01", ex2, "not attempted", "t3")],
        "bob": [("ch02", "Exercise 1 (shapes)", "correct", "t4")],
    }.items():
        _record(tmp_path / "homes" / student / records.HOME_RECORD,
                [{"chapter": c, "exercise": e, "status": s, "time": t} for c, e, s, t in lines])
    (tmp_path / "homes" / "carol").mkdir()
    lines = []
    csv_path, png_path = records.report(
        [tmp_path / "homes" / s for s in ("alice", "bob", "carol")], tmp_path / "out" / "class",
        log=lines.append)
    rows = [tuple(r.values()) for r in csv.DictReader(open(csv_path, encoding="utf-8"))]
    assert rows == [("alice", "ch01", ex1, "2", "correct", "t2"),
                    ("alice", "ch01", ex2, "1", "not attempted", ""),
                    ("bob", "ch02", "Exercise 1 (shapes)", "1", "correct", "t4")]
    assert png_path.read_bytes()[:4] == b"\x89PNG"
    assert lines == [f"3 student(s), 4 check(s); no record yet from carol: wrote {csv_path} and {png_path}"]
