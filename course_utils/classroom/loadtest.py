"""`course classroom bench -n N`: N students through chapter 1 at once, on this machine.

What it does, as root, on loopback, every wait bounded and everything it starts stopped by
process id (the hub, its proxy, the culler, each student's server and kernel), its Unix
accounts removed:

1. makes a class of N students (`course classroom init`, the configuration a class gets);
2. starts every student's server at the same moment, as a class does at the start of a
   lesson, and times until each one answers;
3. in each server, starts a kernel in the student's copy of the chapters and runs chapter 1's
   code cells over the kernel's websocket (as JupyterLab does), all students at once;
4. compares each cell's outputs with the committed chapter (nbval's rules: text outputs,
   images not compared, the course's sanitising patterns applied);
5. samples every second the memory of each student's processes in PSS (shared pages split
   between the processes sharing them: weights mapped from one model set count once in all)
   and the machine's memory in use; aborts if that passes `max_memory_gb`.

Figures: time until every student has a server, time for chapter 1, PSS per student at its
peak (split into anonymous memory, which each kernel pays alone, and file-backed pages,
shared), failures.
"""
import asyncio
import json
import os
import pwd
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CourseError
from ..language import Text
from . import access
from .kernel import Kernel

CHAPTER = "01_pipelines.ipynb"
# Each lever is environment for every student's server and kernels.
LEVERS = {
    # glibc gives each thread that allocates its own arena (up to 8 per core): fewer arenas,
    # less memory held in freed-but-not-returned blocks.
    "malloc-arenas": {"MALLOC_ARENA_MAX": "2"},
}
SKIP_COMPARE = {"nbval-ignore-output", "nbval-skip"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- talking to the hub as the class's admin service -------------------------------------

class HubAdmin:
    """The hub's REST API with the class's admin token (class-admin in the configuration)."""

    def __init__(self, settings, token: str):
        self.api = settings.hub_api
        self.public = settings.url
        self.token = token

    async def call(self, method: str, path: str, body=None, timeout: float = 60):
        from tornado.httpclient import AsyncHTTPClient, HTTPRequest

        request = HTTPRequest(f"{self.api}/{path}", method=method,
                              headers={"Authorization": f"token {self.token}"},
                              body=None if body is None else json.dumps(body),
                              allow_nonstandard_methods=True,
                              request_timeout=timeout, connect_timeout=timeout)
        response = await AsyncHTTPClient().fetch(request, raise_error=False)
        payload = json.loads(response.body) if response.body else None
        return response.code, payload

    async def start_server(self, name: str, timeout: float = 300) -> float:
        """Ask for the student's server and wait until it is ready; return the seconds taken."""
        started = time.monotonic()
        deadline = started + timeout
        while True:  # the hub answers 429 while too many servers are starting at once
            code, payload = await self.call("POST", f"users/{name}/server", {}, timeout)
            if code in (201, 202, 400):  # 400: already running
                break
            if code != 429 or time.monotonic() > deadline:
                raise RuntimeError(f"starting {name}'s server: HTTP {code} {payload}")
            await asyncio.sleep(2)
        while time.monotonic() < deadline:
            code, user = await self.call("GET", f"users/{name}")
            server = (user or {}).get("servers", {}).get("")
            if server and server.get("ready"):
                return time.monotonic() - started
            if code == 200 and not server and not (user or {}).get("pending"):
                raise RuntimeError(f"{name}'s server stopped while starting (see hub.log)")
            await asyncio.sleep(1)
        raise TimeoutError(f"{name}'s server was not ready within {timeout:.0f} s")

    async def token_for(self, name: str) -> str:
        code, payload = await self.call("POST", f"users/{name}/tokens",
                                        {"expires_in": 3600, "note": "course classroom"})
        if code != 201:
            raise RuntimeError(f"a token for {name}: HTTP {code} {payload}")
        return payload["token"]

    def server_url(self, name: str) -> str:
        return f"{self.public}/user/{name}/"


# ---- memory ------------------------------------------------------------------------------

def _pss(pid: int) -> tuple[int, int, int, int] | None:
    """(Pss, Pss_Anon, Pss_File, Rss of files) in kB from /proc/<pid>/smaps_rollup, or None
    if gone. The last is what the file pages would cost if no other process shared them."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    values = dict(re.findall(r"^(\w+):\s+(\d+) kB", text, re.M))
    return (int(values.get("Pss", 0)), int(values.get("Pss_Anon", 0)),
            int(values.get("Pss_File", 0)),
            int(values.get("Rss", 0)) - int(values.get("Anonymous", 0)) - int(values.get("Pss_Shmem", 0)))


def memory_in_use_gb() -> float:
    values = dict(re.findall(r"^(\w+):\s+(\d+) kB", Path("/proc/meminfo").read_text(), re.M))
    return (int(values["MemTotal"]) - int(values["MemAvailable"])) / 1024 / 1024


class MemoryWatch:
    """Every second: PSS of each student's processes (by uid), the machine's memory in use;
    sets `exceeded` when the machine passes the limit."""

    def __init__(self, students: list[str], limit_gb: float, interval: float = 1.0):
        self.uids = {pwd.getpwnam(s).pw_uid: s for s in students}
        self.limit_gb = limit_gb
        self.interval = interval
        self.peak = {s: (0, 0, 0, 0) for s in students}  # (pss, anon, file, file rss) kB at the peak
        self.class_peak = (0, 0, 0, 0)  # all students together, at the same moment
        self.machine_peak_gb = 0.0
        self.exceeded = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self):
        totals = {s: [0, 0, 0, 0] for s in self.peak}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                student = self.uids.get(entry.stat().st_uid)
            except OSError:
                continue
            if student is None:
                continue
            values = _pss(int(entry.name))
            if values:
                totals[student] = [a + b for a, b in zip(totals[student], values)]
        for student, values in totals.items():
            if values[0] > self.peak[student][0]:
                self.peak[student] = tuple(values)
        together = tuple(sum(v[i] for v in totals.values()) for i in range(4))
        if together[0] > self.class_peak[0]:
            self.class_peak = together
        used = memory_in_use_gb()
        self.machine_peak_gb = max(self.machine_peak_gb, used)
        if used > self.limit_gb:
            self.exceeded.set()

    def _run(self):
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=10)


# ---- chapter 1, as the committed notebook has it -----------------------------------------

@dataclass
class Cell:
    code: str
    expected: str
    compare: bool
    raises: bool


def _sanitisers() -> list[tuple[re.Pattern, str]]:
    """The patterns nbval applies in the course's tests (tests/sanitize.cfg), when present."""
    path = Path(__file__).resolve().parents[2] / "tests" / "sanitize.cfg"
    if not path.is_file():
        return []
    pairs = re.findall(r"^regex: (.*)\nreplace: (.*)$", path.read_text(encoding="utf-8"), re.M)
    return [(re.compile(regex), replace) for regex, replace in pairs]


def _text(outputs: list[dict]) -> str:
    """What nbval compares: streams, text/plain results, error names (not images, HTML)."""
    parts = []
    for out in outputs:
        if out["output_type"] == "stream":
            parts.append(f"[{out['name']}]{out['text']}")
        elif out["output_type"] in ("execute_result", "display_data"):
            text = out.get("data", {}).get("text/plain", "")
            parts.append("".join(text) if isinstance(text, list) else text)
        elif out["output_type"] == "error":
            parts.append(f"[error]{out['ename']}")
    return "".join(parts)


def _merge_streams(outputs: list[dict]) -> list[dict]:
    """Consecutive stream messages of one name are one output in a saved notebook."""
    merged = []
    for out in outputs:
        if out["output_type"] == "stream":
            out = dict(out, text="".join(out["text"]))  # saved notebooks hold lists of lines
            if merged and merged[-1]["output_type"] == "stream" and merged[-1]["name"] == out["name"]:
                merged[-1] = dict(merged[-1], text=merged[-1]["text"] + out["text"])
                continue
        merged.append(out)
    return merged


def chapter_cells(limit: int | None = None) -> list[Cell]:
    from ..learner_copies import source_folder

    notebook = json.loads((source_folder("en") / CHAPTER).read_text(encoding="utf-8"))
    cells = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        tags = set(cell.get("metadata", {}).get("tags", []))
        cells.append(Cell("".join(cell["source"]), _text(_merge_streams(cell["outputs"])),
                          not (tags & SKIP_COMPARE), "raises-exception" in tags))
    return cells[:limit] if limit else cells


def same_output(expected: str, got: str, sanitisers) -> bool:
    for pattern, replace in sanitisers:
        expected, got = pattern.sub(replace, expected), pattern.sub(replace, got)
    return expected == got


@dataclass
class StudentRun:
    name: str
    spawn_seconds: float | None = None
    chapter_seconds: float | None = None
    cells_run: int = 0
    mismatches: list[int] = field(default_factory=list)
    failure: str | None = None


async def run_student(admin: HubAdmin, run: StudentRun, cells: list[Cell], sanitisers,
                      spawned: asyncio.Event | None, cell_timeout: float):
    try:
        run.spawn_seconds = await admin.start_server(run.name)
        if spawned is not None:
            await spawned.wait()  # chapter 1 starts for everyone together, as in a lesson
        kernel = Kernel(admin.server_url(run.name), await admin.token_for(run.name),
                        path="transformers-course")
        started = time.monotonic()
        await kernel.start()
        try:
            for number, cell in enumerate(cells, 1):
                result = await kernel.run(cell.code, timeout=cell_timeout)
                run.cells_run = number
                if result.error and not cell.raises:
                    raise RuntimeError(f"cell {number} raised {result.error}")
                if cell.compare and not same_output(cell.expected, _text(_merge_streams(result.outputs)),
                                                    sanitisers):
                    run.mismatches.append(number)
            run.chapter_seconds = time.monotonic() - started
        finally:
            await kernel.shutdown()
    except Exception as exc:  # one student's failure is a figure, not the end of the bench
        run.failure = f"{type(exc).__name__}: {exc}"


# ---- the class the benchmark (and the test) makes ------------------------------------------

class ScratchClass:
    """A class of throw-away students on loopback, removed again on exit: its folder under
    /tmp (open to its students), a Python and a model set they can read, their accounts."""

    def __init__(self, students: list[str], langs: dict[str, str] | None = None,
                 extra_env: dict[str, str] | None = None, log=print):
        self.students = students
        self.langs = langs or {}
        self.extra_env = extra_env or {}
        self.log = log
        self.root = None
        self.settings = None

    def __enter__(self):
        from ..paths import offline_dir
        from .hub import ClassSettings

        if os.geteuid() != 0:
            raise CourseError(Text("The classroom benchmark must run as root: it makes Unix "
                                   "accounts for its students.",
                                   "课堂基准测试必须以 root 身份运行：它要为学生创建 Unix 账户。"))
        taken = [s for s in self.students if _user_exists(s)]
        if taken:
            raise CourseError(Text(f"Unix users {', '.join(taken)} exist already: the benchmark "
                                   "makes (and removes) its own.",
                                   f"Unix 用户 {', '.join(taken)} 已经存在：基准测试要创建（并删除）自己的用户。"))
        self.root = Path(tempfile.mkdtemp(prefix="course-class-", dir="/tmp"))
        self.root.chmod(0o755)
        try:
            python = access.python_for_students(self.root / "environment")
            if python is None:
                raise CourseError(Text(
                    "No Python that the students' accounts can run: this environment is closed "
                    "to other users and no system Python of the same version can stand in.",
                    "没有学生账户能运行的 Python：当前环境对其他用户关闭，也没有同版本的系统 Python 可以代替。"))
            models = access.open_copy_of_model_set(offline_dir(), self.root / "models")
            roster = self.root / "roster.txt"
            roster.write_text("".join(f"{s} {self.langs.get(s, 'en')}\n" for s in self.students))
            folder = self.root / "class"
            command = [str(python), "-m", "course_utils", "classroom", "init", str(folder),
                       str(roster), "--models", str(models), "--port", str(free_port()),
                       "--hub-port", str(free_port()), "--proxy-api-port", str(free_port())]
            made = subprocess.run(command, capture_output=True, text=True, timeout=120)
            if made.returncode != 0:
                raise CourseError(Text(f"`course classroom init` failed: {made.stderr.strip()}",
                                       f"`course classroom init` 失败：{made.stderr.strip()}"))
            if self.extra_env:
                with open(folder / "jupyterhub_config.py", "a", encoding="utf-8") as config:
                    config.write(f"\nc.Spawner.environment.update({self.extra_env!r})\n")
            self.settings = ClassSettings.load(folder)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    @property
    def folder(self) -> Path:
        return Path(self.settings.folder)

    def admin(self) -> HubAdmin:
        return HubAdmin(self.settings, (self.folder / "admin-token").read_text().strip())

    def __exit__(self, *exc):
        from .hub import _terminate, stop, student_processes

        if self.settings is not None:
            try:
                stop(self.folder, log=lambda *_: None)
            except Exception as error:  # still remove the accounts below
                self.log(f"warning: stopping the class: {error}")
        _terminate(student_processes(self.students), 10)
        for name in self.students:
            if _user_exists(name):
                subprocess.run(["userdel", "--remove", name], capture_output=True, timeout=60)
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


# ---- the benchmark -----------------------------------------------------------------------

def bench(n: int, cells: int | None = None, max_memory_gb: float = 20.0, levers=(),
          spawn_timeout: float = 300, cell_timeout: float = 600, log=print) -> dict:
    from .hub import start

    students = [f"cbench{i:02d}" for i in range(1, n + 1)]
    env = {}
    for lever in levers:
        env.update(LEVERS[lever])
    chapter = chapter_cells(cells)
    sanitisers = _sanitisers()
    runs = [StudentRun(s) for s in students]
    results = {"students": n, "cells": len(chapter), "levers": list(levers),
               "cpus": os.cpu_count(), "load_at_start": os.getloadavg()[0],
               "memory_in_use_at_start_gb": round(memory_in_use_gb(), 2), "completed": False}
    log(f"{n} student(s), chapter 1's first {len(chapter)} code cells"
        + (f", levers: {', '.join(levers)}" if levers else "")
        + f"; load average {results['load_at_start']:.2f}, {results['memory_in_use_at_start_gb']} GB in use")
    with ScratchClass(students, extra_env=env, log=log) as scratch:
        start(scratch.folder, log=lambda *_: None)
        admin = scratch.admin()
        with MemoryWatch(students, max_memory_gb) as watch:
            async def everyone():
                spawned = asyncio.Event()
                tasks = [asyncio.create_task(run_student(admin, r, chapter, sanitisers, spawned,
                                                         cell_timeout)) for r in runs]

                async def release_when_spawned():
                    while not all(r.spawn_seconds is not None or r.failure for r in runs):
                        await asyncio.sleep(0.5)
                    results["all_servers_seconds"] = round(time.monotonic() - began, 1)
                    spawned.set()

                async def guard():
                    while not all(t.done() for t in tasks):
                        if watch.exceeded.is_set():
                            for t in tasks:
                                t.cancel()
                            return
                        await asyncio.sleep(1)

                began = time.monotonic()
                await asyncio.gather(release_when_spawned(), guard(),
                                     *tasks, return_exceptions=True)
                results["wall_seconds"] = round(time.monotonic() - began, 1)

            asyncio.run(everyone())
            watch.sample()
        hub_processes = _hub_pss(scratch.folder)
    results["aborted_for_memory"] = watch.exceeded.is_set()
    results["machine_memory_peak_gb"] = round(watch.machine_peak_gb, 2)
    results["hub_proxy_culler_pss_mb"] = hub_processes
    results["per_student"] = {
        r.name: {"spawn_s": _round(r.spawn_seconds), "chapter_s": _round(r.chapter_seconds),
                 "cells_run": r.cells_run, "mismatched_cells": r.mismatches,
                 "failure": r.failure,
                 "peak_pss_mb": round(watch.peak[r.name][0] / 1024),
                 "peak_anon_mb": round(watch.peak[r.name][1] / 1024),
                 "peak_file_mb": round(watch.peak[r.name][2] / 1024)} for r in runs}
    results.update(_summary(runs, watch))
    results["completed"] = not results["aborted_for_memory"] and results["failures"] == 0
    for line in report_lines(results):
        log(line)
    return results


def _hub_pss(folder: Path) -> float | None:
    """PSS of the hub, its proxy and the culler at the end (the class's fixed cost), MB."""
    from .hub import _read_pid

    total = 0
    for name in ("hub.pid", "jupyterhub-proxy.pid", "culler.pid"):
        pid = _read_pid(folder / name)
        values = _pss(pid) if pid else None
        total += values[0] if values else 0
    return round(total / 1024) if total else None


def _round(value):
    return None if value is None else round(value, 1)


def _summary(runs: list[StudentRun], watch: MemoryWatch) -> dict:
    spawns = [r.spawn_seconds for r in runs if r.spawn_seconds is not None]
    chapters = [r.chapter_seconds for r in runs if r.chapter_seconds is not None]
    peaks = [watch.peak[r.name][0] / 1024 for r in runs]
    anon = [watch.peak[r.name][1] / 1024 for r in runs]
    return {
        "spawn_median_s": _round(statistics.median(spawns)) if spawns else None,
        "spawn_max_s": _round(max(spawns)) if spawns else None,
        "chapter_median_s": _round(statistics.median(chapters)) if chapters else None,
        "chapter_max_s": _round(max(chapters)) if chapters else None,
        "pss_per_student_median_mb": round(statistics.median(peaks)) if peaks else None,
        "pss_per_student_max_mb": round(max(peaks)) if peaks else None,
        "anon_per_student_median_mb": round(statistics.median(anon)) if anon else None,
        "pss_all_students_sum_of_peaks_mb": round(sum(peaks)),
        # one student's own peak counts the shared weights fully while the others have not
        # mapped them yet; the class's peak, at one moment, splits them between everyone
        "pss_class_peak_mb": round(watch.class_peak[0] / 1024),
        "pss_class_peak_anon_mb": round(watch.class_peak[1] / 1024),
        "pss_class_peak_file_mb": round(watch.class_peak[2] / 1024),
        # the same file pages counted once per process: what they would cost unshared
        "rss_file_class_peak_mb": round(watch.class_peak[3] / 1024),
        "identical_students": sum(1 for r in runs if r.chapter_seconds is not None and not r.mismatches),
        "failures": sum(1 for r in runs if r.failure),
    }


def report_lines(results: dict) -> list[str]:
    lines = [
        f"every student had a server after {results.get('all_servers_seconds')} s "
        f"(each: median {results['spawn_median_s']} s, max {results['spawn_max_s']} s)",
        f"chapter 1 ({results['cells']} cells): median {results['chapter_median_s']} s, "
        f"max {results['chapter_max_s']} s; outputs identical to the committed chapter for "
        f"{results['identical_students']} of {results['students']}",
        f"PSS per student at its peak: median {results['pss_per_student_median_mb']} MB, "
        f"max {results['pss_per_student_max_mb']} MB (anonymous: median "
        f"{results['anon_per_student_median_mb']} MB); the class at its peak "
        f"{results['pss_class_peak_mb']} MB ({results['pss_class_peak_anon_mb']} MB anonymous, "
        f"{results['pss_class_peak_file_mb']} MB file-backed, "
        f"{results['rss_file_class_peak_mb']} MB if no page were shared), "
        f"{results['pss_class_peak_mb'] / max(1, results['students']):.0f} MB per student; "
        f"hub + proxy + culler {results['hub_proxy_culler_pss_mb']} MB",
        f"machine memory in use peaked at {results['machine_memory_peak_gb']} GB; "
        f"failures: {results['failures']}"
        + ("; ABORTED: memory in use passed the limit" if results["aborted_for_memory"] else ""),
    ]
    for name, row in results["per_student"].items():
        if row["failure"] or row["mismatched_cells"]:
            lines.append(f"  {name}: {row['failure'] or ''} mismatched cells {row['mismatched_cells']}")
    return lines
