"""Who can read what: what a class needs before its students' servers can start.

The hub runs each student's server as that student's Unix account, so three things must be
open to every account (FINDINGS section 7 found each one closed on a first try):
the course's Python environment (a pyenv Python under /root is not), the shared model set
(a build staged in a 0700 folder was not), and nothing of one student's to another (Debian's
home folders are 0755).
"""
import os
import stat
import sys
from pathlib import Path


def closed_to_others(path: Path, need_read: bool = True) -> Path | None:
    """The first folder on the way to `path` (or `path` itself) that users other than its
    owner cannot pass through or read; None when the way is open. Judged from mode bits
    ("other" permissions), so it gives the same answer when run as root."""
    path = Path(path).resolve()
    for folder in reversed(path.parents):
        if not folder.stat().st_mode & stat.S_IXOTH:
            return folder
    mode = path.stat().st_mode
    wanted = (stat.S_IROTH if need_read else 0) | (stat.S_IXOTH if stat.S_ISDIR(mode) else 0)
    return None if mode & wanted == wanted else path


def environment_closed_to_others() -> Path | None:
    """The first path of this Python (its executable, standard library, site-packages) that
    other users cannot read: a class's servers run this Python as each student."""
    wanted = [Path(os.path.realpath(sys.executable)), Path(__file__).resolve().parent.parent]
    wanted += [Path(p) for p in sys.path if p and Path(p).is_dir()]
    for path in wanted:
        closed = closed_to_others(path)
        if closed is not None:
            return closed
    return None


def model_set_closed_to_others(folder: Path) -> Path | None:
    """The first folder or file of the model set that other users cannot read."""
    closed = closed_to_others(folder)
    if closed is not None:
        return closed
    for path in sorted(folder.rglob("*")):
        if not path.is_symlink() and closed_to_others(path) is not None:
            return path
    return None


def home_open_to_others(home: Path) -> bool:
    """True when other users may list or enter this home folder (Debian's default 0755)."""
    return bool(Path(home).stat().st_mode & (stat.S_IROTH | stat.S_IXOTH | stat.S_IRGRP | stat.S_IXGRP))


def python_for_students(dest: Path) -> Path | None:
    """A Python every user can run, seeing this environment's packages: this interpreter when
    it is open to others, else a thin virtual environment in `dest` made from the system's
    Python of the same version whose site-packages include this one's (a test machine whose
    Python lives under /root, as pyenv's does). None when neither can be had.

    For tests and the benchmark on such machines; a real class makes its environment from an
    open Python (the classroom guide)."""
    import shutil
    import subprocess
    import sysconfig

    if environment_closed_to_others() is None:
        return Path(sys.executable)
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    base = shutil.which(f"python{version}", path="/usr/bin:/usr/local/bin:/bin")
    packages = Path(sysconfig.get_paths()["purelib"])
    if base is None or closed_to_others(Path(base)) or closed_to_others(packages):
        return None
    dest = Path(dest)
    python = dest / "bin" / "python"
    if not python.exists():
        made = subprocess.run([base, "-m", "venv", "--without-pip", str(dest)], capture_output=True)
        if made.returncode != 0:
            return None
        site = dest / "lib" / f"python{version}" / "site-packages"
        (site / "course-environment.pth").write_text(
            f"import site; site.addsitedir({str(packages)!r})\n", encoding="utf-8")
        (dest / "share").mkdir(exist_ok=True)
        (dest / "share" / "jupyter").symlink_to(Path(sys.prefix) / "share" / "jupyter")
        for path in [dest, *dest.rglob("*")]:
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644 | (path.stat().st_mode & 0o111))
    probe = subprocess.run([str(python), "-c", "import course_utils, jupyterhub"], capture_output=True)
    return python if probe.returncode == 0 else None


def open_copy_of_model_set(source: Path, dest: Path) -> Path:
    """`source` itself when every user can read it, else a copy in `dest` made of hard links
    (no bytes copied; files fall back to real copies across file systems) with folders 0755
    and files readable by all: for tests and the benchmark, whose set may be a learner's own
    under /root. A class builds its set where everyone can read it (COURSE_MODELS)."""
    import shutil

    if model_set_closed_to_others(source) is None:
        return Path(source)
    dest = Path(dest)
    for path in sorted(Path(source).rglob("*")):
        target = dest / path.relative_to(source)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:
            shutil.copy2(path, target)
        if not target.stat().st_mode & stat.S_IROTH:
            target.chmod(target.stat().st_mode | 0o444)
    for folder in [dest, *(p for p in dest.rglob("*") if p.is_dir())]:
        folder.chmod(0o755)
    return dest
