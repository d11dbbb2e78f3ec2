"""Living errata: the course's claims about the libraries, each with a check.

`registry.ENTRIES` lists every correction of the notes and every version-sensitive statement
the chapters make (see `registry` for the fields, `boxes` for how a correction box in a
chapter is recognised and linked here). `run_checks()` runs every check against the
installed libraries; the appendix notebook (90_corrections.ipynb) shows the results as one
table per chapter, and `python -m course_utils drift` compares them across releases.

Maintenance: `python -m course_utils.errata --link` (re)writes the links from the chapters'
correction boxes to the appendix; `--json` prints every check's result.
"""
import warnings
from dataclasses import dataclass

from .registry import BY_ID, CLAIM, CORRECTION, ENTRIES, Entry

__all__ = ["BY_ID", "CLAIM", "CORRECTION", "ENTRIES", "Entry", "Result", "run_checks", "summary", "table"]


@dataclass
class Result:
    id: str
    holds: bool | None  # None: a fact about the literature, nothing to check
    reason: str = ""


def run_check(entry: Entry, caught: list | None = None) -> Result:
    """Run one check; any failure becomes a one-line reason, never a traceback.

    Warnings are silenced, or appended to `caught` when it is a list (the drift report
    looks for new deprecation warnings there)."""
    if entry.check is None:
        return Result(entry.id, None)
    try:
        with warnings.catch_warnings(record=caught is not None) as seen:
            warnings.simplefilter("always" if caught is not None else "ignore")
            try:
                entry.check()
            finally:
                if caught is not None:
                    caught.extend(seen)
    except AssertionError as exc:
        return Result(entry.id, False, str(exc).splitlines()[0] if str(exc) else "assertion failed")
    except Exception as exc:  # noqa: BLE001  (an error in a newer release is a finding, not a crash)
        first = str(exc).splitlines()[0] if str(exc) else ""
        return Result(entry.id, False, f"{type(exc).__name__}: {first}"[:200])
    return Result(entry.id, True)


def run_checks(entries=None, caught: list | None = None) -> dict[str, Result]:
    return {e.id: run_check(e, caught) for e in (entries or ENTRIES)}


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _status(result: Result) -> str:
    if result.holds is None:
        return "— (literature)"
    return "✓ holds" if result.holds else f"✗ **no longer holds**: {_cell(result.reason)}"


class ChapterTable:
    """A chapter's entries as a Markdown table; its plain text is the count of holding checks."""

    def __init__(self, chapter: int, results: dict[str, Result]):
        self.chapter = chapter
        self.entries = [e for e in ENTRIES if e.chapter == chapter]
        self.results = results

    def _repr_markdown_(self) -> str:
        rows = ["| claim | the notes say | what is true | evidence | check |", "|---|---|---|---|---|"]
        for e in self.entries:
            notes = _cell(e.notes) if e.notes else "*(a statement of the course)*"
            rows.append(f"| <a id=\"{e.id}\"></a>`{e.id}` | {notes} | {_cell(e.true)} | "
                        f"{_cell(e.evidence)} | {_status(self.results[e.id])} |")
        return "\n".join(rows)

    def __repr__(self) -> str:
        results = [self.results[e.id] for e in self.entries]
        checked = [r for r in results if r.holds is not None]
        failing = [r.id for r in checked if not r.holds]
        text = (f"Chapter {self.chapter}: {len(self.entries)} entries, "
                f"{sum(1 for r in checked if r.holds)} of {len(checked)} checks hold")
        return text + (f"; failing: {', '.join(failing)}" if failing else "")


def table(chapter: int, results: dict[str, Result]) -> ChapterTable:
    return ChapterTable(chapter, results)


def summary(results: dict[str, Result]) -> str:
    corrections = sum(1 for e in ENTRIES if e.kind == CORRECTION)
    checked = [r for r in results.values() if r.holds is not None]
    return (f"{len(ENTRIES)} entries: {corrections} corrections of the notes, "
            f"{len(ENTRIES) - corrections} version-sensitive claims; "
            f"{sum(1 for r in checked if r.holds)} of {len(checked)} checks hold, "
            f"{_facts(len(results) - len(checked))} about the literature")


def _facts(n: int) -> str:
    return "1 entry is a fact" if n == 1 else f"{n} entries are facts"
