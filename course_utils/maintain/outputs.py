"""Run the notebooks under a candidate environment and compare their outputs with the
committed ones, cell by cell (matched by cell id), the way nbval would.

Compared: stream text and the text/plain and text/markdown of results, after the test
suite's sanitize patterns (tests/sanitize.cfg) and with the versions in `setup()`'s line
blanked. Images are not compared (nbval does not compare them either), and neither are cells
tagged nbval-ignore-output or nbval-skip.
"""
import configparser
import difflib
import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SANITIZE = ROOT / "tests" / "sanitize.cfg"
IGNORED_TAGS = {"nbval-ignore-output", "nbval-skip"}
VERSION_LINE = re.compile(r"\btransformers \S+ \| torch \S+ \| datasets \S+ \|")
DIFF_LINES = 12

RUNNER = """
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True,
               resources={"metadata": {"path": sys.argv[3]}}).execute()
nbformat.write(nb, sys.argv[2])
"""


def sanitize_patterns() -> list[tuple[re.Pattern, str]]:
    parser = configparser.ConfigParser()
    parser.read(SANITIZE)
    return [(re.compile(parser[s]["regex"]), parser[s]["replace"]) for s in parser.sections()]


def run_notebook(python: Path, source: Path, dest: Path, env: dict) -> None:
    """Execute `source` with `python`'s kernel (errors recorded, not fatal) into `dest`."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(python), "-c", RUNNER, str(source), str(dest), str(source.parent)],
                   env=env, check=True, capture_output=True, text=True)


def cell_text(cell: dict, patterns) -> str:
    """A cell's outputs as comparable text; consecutive stream outputs of the same name are
    joined first (a kernel may split one print into several, nbval joins them too)."""
    parts, stream = [], None
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream" and out["name"] == stream:
            parts[-1] += "".join(out["text"])
            continue
        stream = out["name"] if out["output_type"] == "stream" else None
        if out["output_type"] == "stream":
            parts.append(f"[{out['name']}] " + "".join(out["text"]))
        elif out["output_type"] in ("execute_result", "display_data"):
            for mime in ("text/plain", "text/markdown"):
                if mime in out.get("data", {}):
                    parts.append("".join(out["data"][mime]))
        elif out["output_type"] == "error":
            parts.append(f"[error] {out['ename']}: {out['evalue']}")
    text = "\n".join(parts)
    for regex, replace in patterns:
        text = regex.sub(replace, text)
    return VERSION_LINE.sub("transformers <V> | torch <V> | datasets <V> |", text)


def _error(cell: dict) -> str | None:
    for out in cell.get("outputs", []):
        if out["output_type"] == "error":
            return f"{out['ename']}: {out['evalue'].splitlines()[0] if out['evalue'] else ''}"[:200]
    return None


def _stderr_lines(cell: dict) -> set[str]:
    return {line.strip() for out in cell.get("outputs", []) if out.get("name") == "stderr"
            for line in "".join(out["text"]).splitlines() if re.search(r"Warning\b|deprecat", line, re.I)}


def compare(committed: Path, executed: Path) -> dict:
    """Changed cells (with a short diff), cells that now raise, and new warning lines."""
    patterns = sanitize_patterns()
    old = {c["id"]: c for c in json.loads(committed.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"}
    new = {c["id"]: c for c in json.loads(executed.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"}
    changed, raising, warnings = [], [], []
    for cell_id, before in old.items():
        after = new.get(cell_id)
        if after is None or IGNORED_TAGS & set(before.get("metadata", {}).get("tags", [])):
            continue
        expected_error = "raises-exception" in before.get("metadata", {}).get("tags", [])
        if _error(after) and not expected_error:
            raising.append({"cell": cell_id, "error": _error(after)})
        a, b = cell_text(before, patterns), cell_text(after, patterns)
        if a != b:
            diff = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "committed", "candidate", lineterm="", n=0))
            changed.append({"cell": cell_id, "diff": diff[2:2 + DIFF_LINES] + (["..."] if len(diff) > 2 + DIFF_LINES else [])})
        warnings += [{"cell": cell_id, "warning": w} for w in sorted(_stderr_lines(after) - _stderr_lines(before))]
    return {"changed": changed, "raising": raising, "warnings": warnings}
