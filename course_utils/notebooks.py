"""Run the course notebooks headlessly: execute them in place, or time and measure them.

Both use the same kernel environment as the tests (tests/conftest.py imports `kernel_env`),
so outputs recorded by `make course` are the ones nbval re-creates.
"""
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from .paths import read_manifest

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
CHAPTERS = "[0-9][0-9]_*.ipynb"  # chapters and appendices, in order by name
CELL_TIMEOUT = 300


def notebook_paths(chinese: bool = True) -> list[Path]:
    """Every chapter, English then (unless `chinese=False`) the Chinese edition in notebooks/zh/.
    Timing and drift runs take the English only: the editions share their code cells."""
    english = sorted(NOTEBOOK_DIR.glob(CHAPTERS))
    return english + (sorted((NOTEBOOK_DIR / "zh").glob(CHAPTERS)) if chinese else [])


def kernel_env() -> dict:
    """Environment for kernels that record or check outputs: offline, hub mode off, and the
    language left to each notebook's edition (course_utils.language)."""
    env = dict(os.environ)
    env.pop("COURSE_HUB", None)
    env.pop("COURSE_LANG", None)
    env.update({"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
                "COURSE_EXERCISE_RECORD": "off"})  # the course's own runs are no learner's checks
    return env


def execute(path: Path) -> float:
    """Execute one notebook in place (outputs, counts 1..n); return seconds taken."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    os.environ.update(kernel_env())
    os.environ.pop("COURSE_HUB", None)
    os.environ.pop("COURSE_LANG", None)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}},
                            store_widget_state=False)
    started = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - started
    nb.metadata.pop("widgets", None)
    drop_checkout_path(nb, str(NOTEBOOK_DIR.parent) + os.sep)
    nbformat.write(nb, path)
    return seconds


def drop_checkout_path(nb, root: str) -> None:
    """Make paths in outputs relative to the checkout (`.venv/lib/...` in a traceback).

    Committed outputs are read on the website and by other learners: the folder the course
    happened to be executed in says nothing to them. nbval masks these paths anyway.
    """
    def strip(value):
        if isinstance(value, str):
            return value.replace(root, "")
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            for key in ("text", "evalue", "traceback"):
                if key in output:
                    output[key] = strip(output[key])


def execute_all(paths=None, log=print):
    for path in paths or notebook_paths():
        log(f"{path.relative_to(NOTEBOOK_DIR) if path.is_relative_to(NOTEBOOK_DIR) else path}: "
            f"{execute(path):.1f} s")


def measure(path: Path) -> dict:
    """Run a notebook in a child process (not in place) and report wall time and the
    kernel's peak resident memory (ru_maxrss of the waited-for kernel process)."""
    code = (
        "import json, resource, sys, time, nbformat\n"
        "from nbclient import NotebookClient\n"
        "nb = nbformat.read(sys.argv[1], as_version=4)\n"
        "t = time.perf_counter()\n"
        f"NotebookClient(nb, timeout={CELL_TIMEOUT}, kernel_name='python3', "
        "resources={'metadata': {'path': sys.argv[2]}}).execute()\n"
        "seconds = time.perf_counter() - t\n"
        "peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps({'seconds': seconds, 'peak_mb': peak_kib / 1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path), str(path.parent)],
                         env=kernel_env(), check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def benchmark(log=print) -> dict:
    """Per-notebook time and peak memory, plus the model set's build time and size."""
    results = {"notebooks": {}}
    manifest = read_manifest() or {}
    results["model_set"] = {"build_seconds": manifest.get("build_seconds"),
                            "size_mb": round(manifest.get("total_bytes", 0) / 1e6, 1)}
    log(f"model set: built in {results['model_set']['build_seconds']} s, "
        f"{results['model_set']['size_mb']} MB on disk")
    log(f"{'notebook':32} {'seconds':>8} {'peak MB':>8}")
    for path in notebook_paths(chinese=False):
        row = measure(path)
        results["notebooks"][path.name] = {k: round(v, 1) for k, v in row.items()}
        log(f"{path.name:32} {row['seconds']:8.1f} {row['peak_mb']:8.0f}")
    return results
