"""`course notebooks DEST`: the chapters copied into a folder of the learner's own.

A learner who installed the course as a package has no checkout; one who has a checkout
should not edit the committed chapters (the tests compare them with what they re-create).
Either way their working copies live in a folder of their own. Two promises:

* **Nothing a learner changed is overwritten.** The folder keeps a record (RECORD) of the
  sha256 of every file the course wrote there. Running the command again updates a chapter
  only while it still is exactly what the course wrote; an edited or unknown file is kept, and
  the command says so.
* **The outputs in a copy are the learner's.** By default the copies start with their code
  outputs cleared, so every output a learner sees was made by their own kernel; the committed
  outputs stay on the website and in the checkout. `with_outputs=True` keeps them (to read
  offline, or to compare).

The record also names the edition, so `setup()` in a Chinese copy speaks Chinese whatever the
folder is called (course_utils.language).
"""
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CourseError
from .language import COPY_RECORD as RECORD
from .language import LANGUAGES, Text

CHAPTERS = "[0-9][0-9]_*.ipynb"
_PACKAGE = Path(__file__).resolve().parent


def source_folder(lang: str) -> Path:
    """The chapters of one edition: inside the installed wheel, else in the checkout."""
    for root in (_PACKAGE / "_notebooks", _PACKAGE.parent / "notebooks"):
        folder = root / "zh" if lang == "zh" else root
        if any(folder.glob(CHAPTERS)):
            return folder
    raise CourseError(Text("This installation of the course has no notebooks (a wheel built without them?): "
                           "reinstall the course from its wheel or repository.",
                           "这份课程安装里没有笔记本（构建 wheel 时漏掉了？）：请从课程的 wheel 或仓库重新安装。"))


@dataclass
class CopyReport:
    written: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    def lines(self, dest: Path) -> list[str]:
        out = []
        if self.written:
            out.append(str(Text(f"copied {len(self.written)} file(s) into {dest}",
                                f"已把 {len(self.written)} 个文件复制到 {dest}")))
        if self.updated:
            out.append(str(Text(f"updated to the course's current version: {', '.join(self.updated)}",
                                f"已更新为课程的最新版本：{'、'.join(self.updated)}")))
        if self.unchanged and not (self.written or self.updated):
            out.append(str(Text(f"{dest} already has the current chapters", f"{dest} 里已经是最新的章节")))
        if self.kept:
            out.append(str(Text(f"kept your own version of {', '.join(self.kept)} (changed since the course "
                                "copied it, or not copied by it); rename it and run this again for a fresh copy",
                                f"保留了你自己的 {'、'.join(self.kept)}（复制后被改过，或不是课程复制的）；"
                                "想要新副本，先把它改名，再运行一次这个命令")))
        return out


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _render(path: Path, with_outputs: bool) -> bytes:
    """The bytes a learner's copy starts from: the chapter, its outputs cleared unless asked."""
    if with_outputs or path.suffix != ".ipynb":
        return path.read_bytes()
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return (nbformat.writes(nb) + "\n").encode("utf-8")


def copy_chapters(dest: Path, lang: str = "en", with_outputs: bool = False) -> CopyReport:
    """Copy one edition's chapters into `dest`; never overwrite what the learner changed."""
    if lang not in LANGUAGES:
        raise CourseError(Text(f"Unknown edition {lang!r}: choose one of {', '.join(LANGUAGES)}.",
                               f"没有 {lang!r} 这个版本：请从 {', '.join(LANGUAGES)} 中选一个。"))
    dest = Path(dest).expanduser()
    if dest.exists() and not dest.is_dir():
        raise CourseError(Text(f"{dest} is a file, not a folder: name a folder for the chapters.",
                               f"{dest} 是文件而不是文件夹：请给章节指定一个文件夹。"))
    source = source_folder(lang)
    files = sorted(source.glob(CHAPTERS)) + [p for p in [source / "glossary.md"] if p.exists()]
    dest.mkdir(parents=True, exist_ok=True)
    record_path = dest / RECORD
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        record = {}
    written = record.get("files", {})
    report = CopyReport()
    for path in files:
        data, target = _render(path, with_outputs), dest / path.name
        if target.exists():
            current = _sha256(target.read_bytes())
            if current == _sha256(data):
                report.unchanged.append(path.name)
            elif written.get(path.name) == current:
                target.write_bytes(data)
                report.updated.append(path.name)
            else:
                report.kept.append(path.name)
                continue
        else:
            target.write_bytes(data)
            report.written.append(path.name)
        written[path.name] = _sha256(data)
    record_path.write_text(json.dumps({"lang": lang, "files": written}, indent=1) + "\n", encoding="utf-8")
    return report
