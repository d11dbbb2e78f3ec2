"""A small class on one machine: `course classroom init|start|stop|student-server`.

`init CLASS_FOLDER ROSTER` (as root) writes a commented jupyterhub_config.py into the class
folder (mode 0700: it also holds the hub's secrets and database), and makes one Unix account
per student on the roster, with a private home (0700) and a password of its own, listed in
passwords.csv for the instructor to hand out. It refuses, in one line, a Python environment
or a model set that the students' accounts could not read.

`start` runs the hub and the idle culler in the background and waits (bounded) until the hub
answers; `stop` ends them by the process ids `start` recorded, and then any student server
the hub left behind. Every wait is bounded.
"""
import csv
import json
import os
import pwd
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..errors import CourseError
from ..language import LANGUAGES, Text
from ..paths import read_manifest
from . import access

TEMPLATE = Path(__file__).with_name("jupyterhub_config.py.in")
SETTINGS = "class.json"
CHAPTERS_FOLDER = "transformers-course"
NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
SECRETS = ("proxy-token", "culler-token", "admin-token")
# The processes `start` launches, by the pid files it writes (the hub writes its proxy's).
PID_FILES = ("culler.pid", "hub.pid", "jupyterhub-proxy.pid")
# What a student server's command line holds (the spawner's command, and the kernels it starts).
STUDENT_PROCESSES = ("course_utils classroom student-server", "jupyterhub.singleuser",
                     "ipykernel_launcher")


@dataclass
class ClassSettings:
    """What `init` decided, kept in the class folder for `start`, `stop` and the tests."""

    folder: str
    python: str
    models: str
    ip: str = "127.0.0.1"
    port: int = 8000
    hub_port: int = 8081
    proxy_api_port: int = 8001
    cull_seconds: int = 3600
    spawn_limit: int = 20
    chapters: str = CHAPTERS_FOLDER
    admins: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://{self.ip}:{self.port}"

    @property
    def hub_api(self) -> str:
        return f"http://127.0.0.1:{self.hub_port}/hub/api"

    @classmethod
    def load(cls, folder: Path) -> "ClassSettings":
        path = Path(folder) / SETTINGS
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            raise CourseError(Text(
                f"{folder} is not a class folder (no readable {SETTINGS}): make one with "
                "`course classroom init FOLDER ROSTER`.",
                f"{folder} 不是班级文件夹（没有可读的 {SETTINGS}）：请用 "
                "`course classroom init 文件夹 名单` 创建。")) from None


def read_roster(path: Path) -> dict[str, str]:
    """One student per line: a Unix user name, then optionally the edition (en or zh).
    Blank lines and lines starting with # are skipped."""
    roster = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CourseError(Text(f"Cannot read the roster {path}: {exc.strerror}.",
                               f"无法读取名单 {path}：{exc.strerror}。")) from None
    for number, line in enumerate(lines, 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        name, lang = words[0], (words[1] if len(words) > 1 else "en")
        if not NAME.match(name) or len(words) > 2 or lang not in LANGUAGES:
            raise CourseError(Text(
                f"{path}, line {number}: expected a user name (lower-case letters, digits, _ "
                f"or -) and optionally en or zh, got {line.strip()!r}.",
                f"{path} 第 {number} 行：应为一个用户名（小写字母、数字、_ 或 -），后面可选 en 或 zh，"
                f"实际是 {line.strip()!r}。"))
        roster[name] = lang
    if not roster:
        raise CourseError(Text(f"The roster {path} names no student.", f"名单 {path} 里没有学生。"))
    return roster


def _require_root(what: str):
    if os.geteuid() != 0:
        raise CourseError(Text(
            f"`course classroom {what}` must run as root: the hub starts each student's server "
            "as that student's own Unix account.",
            f"`course classroom {what}` 必须以 root 身份运行：hub 要以每个学生自己的 Unix 账户启动其服务器。"))


def check_open_to_students(models: Path):
    """One line, and no class, when the students' accounts could not run the course."""
    closed = access.environment_closed_to_others()
    if closed is not None:
        raise CourseError(Text(
            f"The course's Python environment ({sys.prefix}) is not readable by other users "
            f"({closed} is closed to them), so no student's server could start: make the "
            "class's environment from a Python every user can run, e.g. `make setup "
            "PYTHON=/usr/bin/python3.11 VENV=/srv/transformers-course/venv`, and run "
            "`course classroom init` with that environment's `course`.",
            f"课程的 Python 环境（{sys.prefix}）其他用户无法读取（{closed} 对他们关闭），学生的服务器"
            "都无法启动：请用所有用户都能运行的 Python 创建班级环境，例如 `make setup "
            "PYTHON=/usr/bin/python3.11 VENV=/srv/transformers-course/venv`，再用该环境里的 "
            "`course` 运行 `course classroom init`。"))
    if read_manifest(models) is None:
        raise CourseError(Text(
            f"No model set in {models}: build the class's shared set first, "
            f"`COURSE_MODELS={models} course build` (about a minute, 1.1 GB).",
            f"{models} 里没有模型集：请先构建全班共用的模型集，`COURSE_MODELS={models} course build`"
            "（约一分钟，1.1 GB）。"))
    closed = access.model_set_closed_to_others(models)
    if closed is not None:
        raise CourseError(Text(
            f"The model set in {models} is not readable by the students ({closed} is closed to "
            f"other users): build it where every user can read it (e.g. /srv/transformers-course/"
            f"models, not under /root), or open it with `chmod -R a+rX {models}` if every "
            "folder above it is open too.",
            f"学生无法读取 {models} 里的模型集（{closed} 对其他用户关闭）：请把它构建在所有用户都能读取的"
            f"地方（例如 /srv/transformers-course/models，而不是 /root 下），或者在上层文件夹都开放时用 "
            f"`chmod -R a+rX {models}` 开放它。"))


def init(folder: Path, roster_path: Path, models: Path, *, ip: str = "127.0.0.1", port: int = 8000,
         hub_port: int = 8081, proxy_api_port: int = 8001, cull_seconds: int = 3600,
         spawn_limit: int = 20, admins: list[str] | None = None, accounts: bool = True,
         log=print) -> ClassSettings:
    """Write the class folder and make the students' accounts (see the module's docstring)."""
    _require_root("init")
    folder, models = Path(folder).resolve(), Path(models).resolve()
    roster = read_roster(roster_path)
    check_open_to_students(models)
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    settings = ClassSettings(str(folder), sys.executable, str(models), ip, port, hub_port,
                             proxy_api_port, cull_seconds, spawn_limit, admins=sorted(admins or []))
    (folder / SETTINGS).write_text(json.dumps(asdict(settings), indent=1) + "\n", encoding="utf-8")
    (folder / "roster.json").write_text(json.dumps(roster, indent=1) + "\n", encoding="utf-8")
    for name in SECRETS:
        path = folder / name
        if not path.exists():
            path.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
        path.chmod(0o600)
    (folder / "jupyterhub_config.py").write_text(render_config(settings), encoding="utf-8")
    log(f"wrote {folder / 'jupyterhub_config.py'} for {len(roster)} student(s)")
    if accounts:
        made = make_accounts(roster, folder / "passwords.csv")
        log(f"made {len(made)} Unix account(s) with private homes; their passwords are in "
            f"{folder / 'passwords.csv'}" if made else "every student already has an account")
    return settings


def render_config(settings: ClassSettings) -> str:
    from string import Template

    values = {
        "written": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "folder": settings.folder,
        "folder_repr": repr(settings.folder),
        "bind_url_repr": repr(settings.url),
        "hub_url_repr": repr(settings.hub_api.removesuffix("/hub/api")),
        "proxy_api_repr": repr(f"http://127.0.0.1:{settings.proxy_api_port}"),
        "python_repr": repr(settings.python),
        "admins_repr": repr(settings.admins),
        "chapters": settings.chapters,
        "chapters_repr": repr(settings.chapters),
        "default_url_repr": repr(f"/lab/tree/{settings.chapters}"),
        "models_repr": repr(settings.models),
        "spawn_limit": settings.spawn_limit,
        "cull_seconds": settings.cull_seconds,
    }
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(values)


def make_accounts(roster: dict[str, str], passwords: Path) -> list[str]:
    """A Unix account per new student: private home (0700), a shell for JupyterLab's
    terminal, a random password (added to `passwords`, mode 0600). Existing accounts keep
    their password; their homes are made private too."""
    made = []
    rows = []
    for name in roster:
        try:
            home = Path(pwd.getpwnam(name).pw_dir)
        except KeyError:
            subprocess.run(["useradd", "--create-home", "--key", "HOME_MODE=0700",
                            "--shell", "/bin/bash", name], check=True, capture_output=True)
            password = secrets.token_urlsafe(9)
            subprocess.run(["chpasswd"], input=f"{name}:{password}\n", text=True, check=True,
                           capture_output=True)
            rows.append((name, password))
            made.append(name)
            home = Path(pwd.getpwnam(name).pw_dir)
        if home.is_dir():
            home.chmod(0o700)
    if rows:
        new_file = not passwords.exists()
        with open(passwords, "a", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            if new_file:
                writer.writerow(["student", "password"])
            writer.writerows(rows)
        passwords.chmod(0o600)
    return made


# ---- start and stop ----------------------------------------------------------------------

def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (exited, not yet reaped) counts as stopped
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _hub_answers(settings: ClassSettings) -> bool:
    try:
        with urllib.request.urlopen(settings.hub_api + "/", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start(folder: Path, timeout: float = 90, log=print) -> dict[str, int]:
    """Start the hub, wait until it answers, then the culler; return their process ids."""
    _require_root("start")
    settings = ClassSettings.load(folder)
    folder = Path(settings.folder)
    running = _read_pid(folder / "hub.pid")
    if running and _alive(running):
        raise CourseError(Text(f"The class in {folder} is already running (hub pid {running}): "
                               f"`course classroom stop {folder}` first.",
                               f"{folder} 的班级已在运行（hub 进程 {running}）：请先运行 "
                               f"`course classroom stop {folder}`。"))
    with open(folder / "hub.log", "ab") as hub_log:
        hub = subprocess.Popen([settings.python, "-m", "jupyterhub", "-f",
                                str(folder / "jupyterhub_config.py")],
                               cwd=folder, stdout=hub_log, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, start_new_session=True)
    (folder / "hub.pid").write_text(f"{hub.pid}\n")
    deadline = time.monotonic() + timeout
    while not _hub_answers(settings):
        if hub.poll() is not None or time.monotonic() > deadline:
            stop(folder, log=lambda *_: None)
            tail = (folder / "hub.log").read_text(errors="replace").splitlines()[-5:]
            raise CourseError(Text(
                f"The hub did not start within {timeout:.0f} s; the end of {folder / 'hub.log'}: "
                + " | ".join(tail),
                f"hub 没有在 {timeout:.0f} 秒内启动；{folder / 'hub.log'} 的最后几行："
                + " | ".join(tail)))
        time.sleep(0.5)
    env = dict(os.environ, JUPYTERHUB_API_URL=settings.hub_api,
               JUPYTERHUB_API_TOKEN=(folder / "culler-token").read_text().strip())
    with open(folder / "culler.log", "ab") as culler_log:
        culler = subprocess.Popen([settings.python, "-m", "jupyterhub_idle_culler",
                                   f"--timeout={settings.cull_seconds}", "--cull-every=60"],
                                  cwd=folder, env=env, stdout=culler_log,
                                  stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                  start_new_session=True)
    (folder / "culler.pid").write_text(f"{culler.pid}\n")
    log(f"the class is open at {settings.url} (hub pid {hub.pid}, idle culler pid "
        f"{culler.pid}); `course classroom stop {folder}` ends it")
    return {"hub": hub.pid, "culler": culler.pid}


def _terminate(pids: list[int], timeout: float) -> list[int]:
    """SIGTERM, wait up to `timeout`, then SIGKILL what is left; return the pids signalled."""
    pids = [p for p in pids if p and _alive(p)]
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + timeout
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        _reap()
        time.sleep(0.2)
    for pid in pids:
        if _alive(pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    _reap()
    return pids


def _reap():
    """Collect our own exited children (start() in this process), so they are not zombies."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:
        pass


def student_processes(users) -> list[int]:
    """Process ids of student servers and kernels run by these users (from /proc)."""
    uids = set()
    for name in users:
        try:
            uids.add(pwd.getpwnam(name).pw_uid)
        except KeyError:
            pass
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid not in uids:
                continue
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if any(marker in command for marker in STUDENT_PROCESSES):
            found.append(int(entry.name))
    return found


def stop(folder: Path, timeout: float = 45, log=print) -> list[int]:
    """Stop the culler, then the hub (it stops the students' servers), then anything left:
    the proxy and any student server, by process id. Return every pid signalled."""
    settings = ClassSettings.load(folder)
    folder = Path(settings.folder)
    stopped = []
    for name in PID_FILES:
        pid = _read_pid(folder / name)
        if pid:
            stopped += _terminate([pid], timeout)
        (folder / name).unlink(missing_ok=True)
    roster = json.loads((folder / "roster.json").read_text(encoding="utf-8"))
    stopped += _terminate(student_processes(roster), 10)
    log(f"stopped {len(stopped)} process(es) of the class in {folder}" if stopped
        else f"nothing of the class in {folder} was running")
    return stopped


# ---- what the hub runs for each student -----------------------------------------------------

def student_server(folder_name: str, lang: str | None, server_args: list[str]):
    """Copy the chapters into ~/folder_name (never over the student's edits), then become the
    single-user server (the same process id, so the hub stops it by the id it knows)."""
    from ..learner_copies import copy_chapters

    lang = lang or os.environ.get("COURSE_CHAPTERS_LANG") or "en"
    dest = Path.home() / folder_name
    try:
        for line in copy_chapters(dest, lang).lines(dest):
            print(line, file=sys.stderr)
    except (CourseError, OSError) as exc:  # the server still starts: their files are there
        print(f"warning: {exc}", file=sys.stderr)
    os.execv(sys.executable, [sys.executable, "-m", "jupyterhub.singleuser", *server_args])


# ---- a school's own hub: the link that brings the chapters --------------------------------

def nbgitpuller_link(hub: str, repository: str, lang: str = "en", branch: str = "main",
                     chapter: str = "01_pipelines.ipynb") -> str:
    """The link an instructor hands out: the student's hub clones the course into
    ~/transformers-course (later clicks merge updates, keeping the student's edits) and opens
    the first chapter of their edition in JupyterLab."""
    from urllib.parse import urlencode

    if lang not in LANGUAGES:
        raise CourseError(Text(f"Unknown edition {lang!r}: choose one of {', '.join(LANGUAGES)}.",
                               f"没有 {lang!r} 这个版本：请从 {', '.join(LANGUAGES)} 中选一个。"))
    folder = "notebooks/zh" if lang == "zh" else "notebooks"
    query = urlencode({"repo": repository, "branch": branch, "targetpath": CHAPTERS_FOLDER,
                       "urlpath": f"lab/tree/{CHAPTERS_FOLDER}/{folder}/{chapter}"})
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def repository_url() -> str:
    """The course's repository, from the installed package's metadata ([project.urls])."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("transformers-course").get_all("Project-URL") or []
    except PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository" and url.strip():
            return url.strip()
    raise CourseError(Text("The course's repository is not set ([project.urls] Repository in "
                           "pyproject.toml): give it with --repo URL.",
                           "课程仓库地址没有设置（pyproject.toml 的 [project.urls] Repository）："
                           "请用 --repo URL 指定。"))
