"""A class of 3 on one machine: the course's JupyterHub configuration, started for real.

What the course's configuration is responsible for, checked from inside each student's own
kernel (run as that student's Unix account, reached through the hub like JupyterLab does):
the shared model set is readable and not writable, no other student's home is readable, the
chapters are there in the student's language, the student's own course home is writable, and
an exercise check lands in the student's record, which the instructor gathers. Also: the
roster's passwords log in (PAM) and a wrong one does not.

Needs root (it makes 3 Unix accounts, removed afterwards) and the `[classroom]` extra; skips
with the reason otherwise. Everything it starts (hub, proxy, culler, servers, kernels) is
stopped by process id, every wait is bounded. About a minute on 2 cores.
"""
import asyncio
import csv
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

pytest.importorskip("jupyterhub", reason="JupyterHub is not installed: `pip install '.[classroom]'`")
if os.name != "posix" or os.geteuid() != 0:
    pytest.skip("the classroom test makes Unix accounts for 3 students: run it as root (CI does)",
                allow_module_level=True)
if not shutil.which("useradd"):
    pytest.skip("no useradd on this machine", allow_module_level=True)

from course_utils.classroom import access  # noqa: E402
from course_utils.classroom.hub import start, stop, student_processes  # noqa: E402
from course_utils.classroom.kernel import Kernel  # noqa: E402
from course_utils.classroom.loadtest import ScratchClass  # noqa: E402
from course_utils.errors import CourseError  # noqa: E402

TAG = secrets.token_hex(2)
STUDENTS = [f"ctest{TAG}-{n}" for n in (1, 2, 3)]
LANGS = {STUDENTS[0]: "zh"}

PROBE = r"""
import json, os, pathlib, pwd
from course_utils import checkpoint
from course_utils.paths import access_problem, course_home, offline_dir
from course_utils.exercises import ch01
from course_utils.language import adopt_edition

adopt_edition()  # what setup() does first: the edition of the folder the kernel started in
found = {"user": pwd.getpwuid(os.getuid()).pw_name, "problem": str(access_problem() or "")}
encoder = pathlib.Path(checkpoint("encoder"))
found["read_bytes"] = len((encoder / "config.json").read_bytes()) + len(
    open(encoder / "model.safetensors", "rb").read(1 << 20))
for name, attempt in [("write_new", lambda: (offline_dir() / "models" / "mine.txt").write_text("x")),
                      ("overwrite", lambda: open(encoder / "config.json", "a").write("x"))]:
    try:
        attempt()
        found[name] = "allowed"
    except PermissionError:
        found[name] = "denied"
found["others"] = {}
for other in OTHERS:
    try:
        os.listdir(pwd.getpwnam(other).pw_dir)
        found["others"][other] = "listed"
    except PermissionError:
        found["others"][other] = "denied"
chapters = pathlib.Path.home() / "transformers-course"
found["chapters"] = sorted(p.name for p in chapters.glob("*.ipynb"))
found["edition"] = json.loads((chapters / ".course-notebooks.json").read_text())["lang"]
found["cwd"] = os.getcwd()
(course_home() / "mine.txt").parent.mkdir(parents=True, exist_ok=True)
(course_home() / "mine.txt").write_text("x")
found["home_written"] = str(course_home()).startswith(str(pathlib.Path.home()))
ch01.sentiment_label.check(...)
ch01.sentiment_label.check(42)
print("PROBE" + json.dumps(found))
"""


@pytest.fixture(scope="module")
def classroom():
    scratch = ScratchClass(STUDENTS, langs=LANGS)
    try:
        scratch.__enter__()
    except CourseError as exc:  # e.g. a checkout under /root: no student could run its Python
        pytest.skip(f"no class can be made here: {exc}")
    try:
        start(scratch.folder, timeout=90, log=lambda *_: None)
        yield scratch
    finally:  # stops the class by process id and removes the accounts, even after a failure
        scratch.__exit__(None, None, None)


async def _probe_everyone(scratch):
    admin = scratch.admin()
    spawned = await asyncio.wait_for(
        asyncio.gather(*(admin.start_server(name, timeout=150) for name in STUDENTS)), 170)
    found = {}
    for name in STUDENTS:
        kernel = await Kernel(admin.server_url(name), await admin.token_for(name),
                              path="transformers-course").start(timeout=90)
        try:
            others = [s for s in STUDENTS if s != name]
            result = await kernel.run(f"OTHERS = {others!r}\n" + PROBE, timeout=120)
        finally:
            await kernel.shutdown()
        assert result.error is None, result.error
        found[name] = json.loads(result.text.split("PROBE", 1)[1])
        found[name]["verdicts"] = result.text.split("PROBE", 1)[0]
    return spawned, found


@pytest.fixture(scope="module")
def probes(classroom):
    return asyncio.run(_probe_everyone(classroom))[1]


def test_each_student_kernel_runs_as_that_student(probes):
    assert {name: p["user"] for name, p in probes.items()} == {s: s for s in STUDENTS}
    assert all(p["problem"] == "" for p in probes.values())


def test_each_student_reads_the_shared_model_set_and_cannot_write_it(probes):
    for name, p in probes.items():
        assert p["read_bytes"] > 1 << 20, name
        assert (p["write_new"], p["overwrite"]) == ("denied", "denied"), name


def test_no_student_can_read_another_students_home(probes):
    for name, p in probes.items():
        assert set(p["others"].values()) == {"denied"}, (name, p["others"])


def test_each_student_gets_the_chapters_in_their_language(probes):
    from course_utils.learner_copies import source_folder

    expected = sorted(p.name for p in source_folder("en").glob("[0-9][0-9]_*.ipynb"))
    for name, p in probes.items():
        assert p["chapters"] == expected, name
        assert p["edition"] == LANGS.get(name, "en"), name
        assert p["cwd"].endswith("/transformers-course")
    chinese = probes[STUDENTS[0]]["verdicts"]
    assert "尚未作答" in chinese and "不正确" in chinese  # the zh edition's verdicts
    assert "not attempted" in probes[STUDENTS[1]]["verdicts"]


def test_each_student_writes_outputs_in_their_own_home(probes):
    assert all(p["home_written"] for p in probes.values())


def test_the_instructor_gathers_every_students_exercise_checks(classroom, probes, tmp_path):
    out = tmp_path / "records"
    done = subprocess.run([sys.executable, "-m", "course_utils", "classroom", "records",
                           str(classroom.folder), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(open(out.with_suffix(".csv"), encoding="utf-8")))
    assert {(r["student"], r["checks"], r["last_verdict"]) for r in rows} == \
        {(s, "2", "incorrect") for s in STUDENTS}
    assert out.with_suffix(".png").stat().st_size > 1000


def _login(scratch, name, password) -> int:
    """POST the hub's login form as a browser would (its _xsrf token first)."""
    jar = CookieJar()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    url = scratch.settings.url + "/hub/login"
    page = opener.open(url, timeout=30).read().decode()
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"username": name, "password": password, "_xsrf": xsrf}).encode()
    try:
        return opener.open(url, body, timeout=30).status
    except urllib.error.HTTPError as answer:
        return answer.code


def test_students_log_in_with_their_own_password_only(classroom):
    passwords = dict(csv.reader(open(classroom.folder / "passwords.csv", encoding="utf-8")))
    name = STUDENTS[1]
    assert _login(classroom, name, passwords[name]) == 302
    assert _login(classroom, name, passwords[STUDENTS[2]]) == 403


def test_the_idle_culler_is_allowed_to_see_the_servers(classroom):
    """The culler runs beside the hub with its own token: the hub must answer its first look
    (it looks at once when it starts)."""
    log = classroom.folder / "hub.log"
    deadline = time.monotonic() + 60
    while not re.search(r"200 GET /hub/api/users\S* .*idle-culler", log.read_text(errors="replace")):
        assert time.monotonic() < deadline, "the culler's requests never succeeded (see hub.log)"
        time.sleep(1)
    assert "Traceback" not in (classroom.folder / "culler.log").read_text(errors="replace")


def test_the_class_folder_and_homes_are_private(classroom):
    assert classroom.folder.stat().st_mode & 0o777 == 0o700
    for name in STUDENTS:
        home = Path(os.path.expanduser(f"~{name}"))
        assert not access.home_open_to_others(home), name


def test_stop_ends_every_process_of_the_class_by_pid(classroom, probes):
    pids = [int((classroom.folder / f).read_text()) for f in ("hub.pid", "culler.pid",
                                                               "jupyterhub-proxy.pid")]
    assert student_processes(STUDENTS), "the students' servers should be running before stop"
    stopped = stop(classroom.folder, log=lambda *_: None)
    assert set(pids[:2]) <= set(stopped)  # the hub stops its proxy itself, when it can
    assert not [p for p in pids if Path(f"/proc/{p}").exists()
                and Path(f"/proc/{p}/stat").read_text().split(")")[-1].split()[0] != "Z"]
    assert student_processes(STUDENTS) == []
