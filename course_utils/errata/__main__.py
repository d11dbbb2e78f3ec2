"""`python -m course_utils.errata [--link | --json]`: maintenance of the registry.

--link   rewrite the links from the chapters' correction boxes to the appendix (idempotent;
         touches only those links), then list boxes that still have no entry.
--json   run every check and print the results as JSON (used by the drift report).
default  run every check and print one line per entry.
"""
import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from . import ENTRIES, run_checks, summary
from .boxes import link_notebook, notebook_boxes

NOTEBOOKS = Path(__file__).resolve().parent.parent.parent / "notebooks"


def chapters() -> list[Path]:
    return sorted(p for p in NOTEBOOKS.glob("[0-8][0-9]_*.ipynb"))


def link() -> int:
    unlinked = 0
    for path in chapters():
        changed = link_notebook(path)
        print(f"{path.name}: {changed} cell(s) relinked")
        for box in notebook_boxes(path):
            if not box.links:
                unlinked += 1
                print(f"  no entry for the box in cell {box.cell}: {box.text[:90]}...")
    return 1 if unlinked else 0


def quiet() -> None:
    """No progress bars or load reports between the results."""
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course_utils.errata", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--link", action="store_true", help="link correction boxes to the appendix")
    mode.add_argument("--json", action="store_true", help="print check results as JSON")
    args = parser.parse_args(argv)
    if args.link:
        return link()
    quiet()
    results = run_checks()
    if args.json:
        print(json.dumps({i: asdict(r) for i, r in results.items()}, ensure_ascii=False))
        return 0
    for e in ENTRIES:
        r = results[e.id]
        mark = "-" if r.holds is None else ("ok" if r.holds else "FAIL")
        print(f"{mark:4} {e.id:40} {r.reason}")
    print(summary(results))
    return 0 if all(r.holds is not False for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
