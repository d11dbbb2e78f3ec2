"""A throw-away Python environment with another transformers release, beside `.venv`.

The environment is a plain venv under build/drift/ whose site-packages come first, followed
by the course's own `.venv` site-packages (added by a `.pth` file). So torch, jupyter and
everything the candidate release does not change are reused, not downloaded again (torch
alone is 750 MB), and pip installs only what differs into the new environment. pip never
removes anything outside the environment it runs in, so `.venv` is left untouched.

Installing happens in two steps. `plan` asks pip (a dry run, which needs the package index)
what it would install and `download` fetches exactly those wheels into build/drift/wheels;
`install` then installs them with the index switched off. A release whose plan is already
on disk is installed with no network at all, which is what lets the test suite use it.
"""
import hashlib
import json
import re
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from ..errors import CourseError

ROOT = Path(__file__).resolve().parent.parent.parent
BUILD = ROOT / "build" / "drift"
WHEELS = BUILD / "wheels"
PIP = ["-m", "pip", "--disable-pip-version-check", "--no-input"]
# .venv's packages a candidate release must not see unless its own plan installs them.
HIDDEN_UNLESS_PLANNED = ("kernels",)
STUB_MARK = "# course drift: hides .venv's copy from this candidate release"


class InstallError(CourseError):
    """A release that cannot be installed; the message is one line."""


def _pip_reason(stderr: str, release: str) -> str:
    """The one line of a pip failure that says why, rewritten for a person."""
    match = re.search(r"Could not find a version that satisfies the requirement (\S+(?: \S+)?) "
                      r"\(from ([^)]+)\)(?: \(from versions: ([^)]*)\))?", stderr)
    if match:
        requirement, parent, versions = match.groups()
        newest = versions.split(", ")[-1] if versions and versions != "none" else None
        served = f"the newest it serves is {newest}" if newest else "it serves no version of it"
        parent = f"transformers {release}" if parent == "transformers" else parent
        return (f"transformers {release} cannot be installed: {parent} requires {requirement}, "
                f"which the package index does not serve ({served})")
    errors = [line.removeprefix("ERROR: ") for line in stderr.splitlines() if line.startswith("ERROR:")]
    return f"transformers {release} cannot be installed: " + (errors[-1] if errors else "pip failed")


def _pin_key(pin: str) -> tuple[str, str]:
    name, version = pin.split("==")
    return re.sub(r"[-_.]+", "_", name).lower(), version


def _wheel_key(filename: str) -> tuple[str, str]:
    name, version = filename.split("-")[:2]
    return re.sub(r"[-_.]+", "_", name).lower(), version


def _make_venv(prefix: Path) -> Path:
    """A venv without its own pip whose imports fall back to .venv's site-packages.

    pip itself then comes from .venv too, and installs into the new environment (its
    sys.prefix); `python -m venv --without-pip` takes about a second."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(prefix)], check=True)
    python = prefix / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    course_site = sysconfig.get_paths()["purelib"]
    (Path(purelib) / "_course_venv.pth").write_text(f"import site; site.addsitedir({course_site!r})\n")
    return python


def newest_release() -> str:
    """The newest transformers release the package index lists (asks pip; needs the index)."""
    out = subprocess.run([sys.executable, *PIP, "index", "versions", "transformers"],
                         capture_output=True, text=True)
    match = re.match(r"transformers \(([^)]+)\)", out.stdout)
    if not match:
        raise InstallError("could not list transformers releases: "
                           + (out.stderr.strip().splitlines() or ["pip index failed"])[-1])
    return match.group(1)


class CandidateEnv:
    def __init__(self, release: str):
        self.release = release
        self.prefix = BUILD / f"env-transformers-{release}"
        self.python = self.prefix / "bin" / "python"
        # A plan says what to add to *this* .venv: it is keyed by the course's pins too.
        pins_hash = hashlib.sha1((ROOT / "constraints.txt").read_bytes()).hexdigest()[:8]
        self.plan_file = WHEELS / f"plan-transformers-{release}-{pins_hash}.json"
        self.done_file = self.prefix / ".installed"

    def create(self) -> None:
        if not self.python.exists():
            _make_venv(self.prefix)

    def plan(self) -> list[str]:
        """`name==version` of every distribution the release needs beyond .venv (cached on disk).

        pip is asked in a fresh, empty environment of the same kind, so the answer is what
        .venv lacks, whatever the candidate environment already holds."""
        if self.plan_file.exists():
            return json.loads(self.plan_file.read_text())
        WHEELS.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=BUILD, prefix="planning-") as tmp:
            python = _make_venv(Path(tmp) / "env")
            report = Path(tmp) / "report.json"
            out = subprocess.run([str(python), *PIP, "install", "--dry-run", "--quiet", "--report", str(report),
                                  f"transformers=={self.release}"], capture_output=True, text=True)
            if out.returncode != 0:
                raise InstallError(_pip_reason(out.stderr, self.release))
            items = json.loads(report.read_text())["install"]
        pins = [f"{i['metadata']['name']}=={i['metadata']['version']}" for i in items]
        self.plan_file.write_text(json.dumps(pins, indent=1) + "\n")
        return pins

    def download(self, pins: list[str]) -> None:
        """Fetch the planned wheels into build/drift/wheels, unless they are all there already."""
        have = {_wheel_key(p.name) for p in WHEELS.glob("*.whl")}
        if all(_pin_key(pin) in have for pin in pins):
            return
        out = subprocess.run([sys.executable, *PIP, "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                              "--dest", str(WHEELS), *pins], capture_output=True, text=True)
        if out.returncode != 0:
            raise InstallError(_pip_reason(out.stderr, self.release))

    def install(self, pins: list[str]) -> None:
        """Install the planned wheels from build/drift/wheels with the index switched off."""
        self.create()
        self._hide_what_the_release_does_not_use(pins)
        if self.done_file.exists() and json.loads(self.done_file.read_text()) == pins:
            return
        if not pins:  # the release is the one .venv holds: nothing to add
            return
        out = subprocess.run([str(self.python), *PIP, "install", "--quiet", "--no-index", "--no-deps",
                              "--find-links", str(WHEELS), *pins], capture_output=True, text=True)
        if out.returncode != 0:
            raise InstallError(_pip_reason(out.stderr, self.release))
        self.done_file.write_text(json.dumps(pins))

    def _hide_what_the_release_does_not_use(self, pins: list[str]) -> None:
        """Packages of .venv that an older release would pick up and break on.

        The candidate sees .venv's site-packages too. transformers imports `kernels` whenever it
        is installed, and older releases call its API in ways today's `kernels` (a dependency
        of the pinned release only) refuses at import ("Either a revision or a version must be
        specified"). Unless the release's own plan installs it, a stub that raises ImportError
        shadows it, which transformers treats as "not installed"."""
        planned = {_pin_key(pin)[0] for pin in pins}
        purelib = Path(subprocess.run([str(self.python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                      capture_output=True, text=True, check=True).stdout.strip())
        for name in HIDDEN_UNLESS_PLANNED:
            stub = purelib / name / "__init__.py"
            if name in planned:
                if stub.exists() and stub.read_text().startswith(STUB_MARK):
                    stub.unlink()
                continue
            stub.parent.mkdir(parents=True, exist_ok=True)
            stub.write_text(f"{STUB_MARK}\nraise ImportError('{name} is hidden: transformers "
                            f"{self.release} does not install it')\n")
