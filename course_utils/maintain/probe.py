"""`python -m course_utils.maintain.probe`: what the installed libraries say, as JSON.

Run once with the course's `.venv` and once inside a candidate environment; the drift
report compares the two: library versions, every claim check's result, the deprecation and
future warnings the checks raised, and the pipeline tasks and aliases that exist.
"""
import json
import logging
import os
import re
import sys
from dataclasses import asdict
from importlib import metadata

PACKAGES = ["transformers", "tokenizers", "huggingface_hub", "safetensors", "torch", "datasets", "accelerate"]
WARNING_CATEGORIES = ("DeprecationWarning", "PendingDeprecationWarning", "FutureWarning")


class _DeprecationLog(logging.Handler):
    """transformers announces many deprecations through its logger, not `warnings`."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        text = record.getMessage()
        if re.search(r"deprecat|will be removed|no longer", text, re.I):
            self.messages.append(text.splitlines()[0])


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def probe() -> dict:
    os.environ.update({"HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "warning"})
    import transformers

    transformers.logging.disable_progress_bar()
    log = _DeprecationLog()
    transformers.logging.get_logger().addHandler(log)
    from ..errata import run_checks

    caught = []
    results = run_checks(caught=caught)
    warnings = sorted({f"{w.category.__name__}: {str(w.message).splitlines()[0]}" for w in caught
                       if w.category.__name__ in WARNING_CATEGORIES} | {f"log: {m}" for m in log.messages})
    try:
        from transformers.pipelines import SUPPORTED_TASKS, TASK_ALIASES
        tasks, aliases = sorted(SUPPORTED_TASKS), dict(sorted(TASK_ALIASES.items()))
    except Exception as exc:  # noqa: BLE001  (reported, not raised)
        tasks, aliases = [f"error: {type(exc).__name__}"], {}
    return {"versions": {p: _version(p) for p in PACKAGES},
            "claims": {i: asdict(r) for i, r in results.items()},
            "warnings": warnings, "tasks": tasks, "aliases": aliases}


if __name__ == "__main__":
    json.dump(probe(), sys.stdout, ensure_ascii=False)
