"""Keep the Chinese edition (notebooks/zh/) in step with the English notebooks.

A translated notebook has the English notebook's cells, in the same order and with the same
ids. Code cells are copies: source, tags and outputs (outputs may differ only where the
course itself speaks, in the exercise cells). Each markdown cell carries, in its metadata,

    "translation": {"source": "<English cell id>", "sha256": "<hash of that English text>",
                    "english": "<that English text>"}

so a change to an English cell after it was translated is caught (the hash no longer
matches) and a translator sees the English before and after (`python -m course_utils
translations`). `sync` rebuilds a translation's structure from the English notebook, keeping
every translated cell; `accept` records that a cell's translation follows the current English.
"""
import difflib
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..language import DEFAULT, LANGUAGES
from ..notebooks import CHAPTERS, NOTEBOOK_DIR as NOTEBOOKS
from .outputs import IGNORED_TAGS, cell_text, sanitize_patterns

TRANSLATED = tuple(lang for lang in LANGUAGES if lang != DEFAULT)
CJK = re.compile(r"[\u4e00-\u9fff]")
APPENDIX_LINK = re.compile(r"90_corrections\.ipynb#([a-z0-9-]+)")
# Code cells whose output is the course speaking to the learner, in the edition's language.
COURSE_SPEAKS = re.compile(r"\.(check|hint|solution)\(")


def english_notebooks(notebooks: Path = NOTEBOOKS) -> list[Path]:
    return sorted(notebooks.glob(CHAPTERS))


def edition_dir(lang: str, notebooks: Path = NOTEBOOKS) -> Path:
    return notebooks / lang


def text_of(cell: dict) -> str:
    source = cell["source"]
    return source if isinstance(source, str) else "".join(source)


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, nb: dict) -> None:
    """Write as nbformat does (sources as lists of lines), so diffs show the changed lines."""
    for cell in nb["cells"]:
        cell["source"] = text_of(cell).splitlines(keepends=True)
    path.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Problem:
    """One way a translation is out of step: `kind` names it, `cell` is the English cell id."""

    kind: str  # missing-notebook, structure, code, outputs, untranslated, stale, links
    cell: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} [{self.cell}]: {self.detail}"


def _outputs_as_nbval_sees_them(cell: dict) -> tuple[str, list]:
    """Text outputs joined and sanitised as nbval compares them (a kernel may split one print
    into several stream outputs), plus which kinds of rich output there are (a plot, a table).
    Cells whose outputs nbval ignores (timings, the versions line) compare equal."""
    if IGNORED_TAGS & set(cell.get("metadata", {}).get("tags", [])):
        return "", []
    kinds = [sorted(out.get("data", {})) for out in cell.get("outputs", []) if "data" in out]
    return cell_text(cell, _patterns()), kinds


@functools.cache
def _patterns():
    return sanitize_patterns()


def _metadata_without(cell: dict, *keys: str) -> dict:
    return {k: v for k, v in cell.get("metadata", {}).items() if k not in keys}


def _structure(english: dict, translated: dict) -> list[Problem]:
    want = [(c["id"], c["cell_type"]) for c in english["cells"]]
    have = [(c.get("metadata", {}).get("translation", {}).get("source", c.get("id")), c["cell_type"])
            for c in translated["cells"]]
    if want == have:
        return []
    problems = []
    matcher = difflib.SequenceMatcher(a=want, b=have, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            problems += [Problem("structure", cid, f"English {kind} cell missing from the translation")
                         for cid, kind in want[a0:a1]]
        if op in ("insert", "replace"):
            problems += [Problem("structure", cid, f"translated {kind} cell not in the English "
                                 "notebook here (extra, or out of order)") for cid, kind in have[b0:b1]]
    return problems


def _code_cell(en: dict, tr: dict) -> list[Problem]:
    cid = en["id"]
    if text_of(en) != text_of(tr):
        return [Problem("code", cid, "code differs from the English edition")]
    problems = []
    if _metadata_without(en, "execution") != _metadata_without(tr, "execution"):
        problems.append(Problem("code", cid, "cell metadata (tags, slides) differs"))
    if not COURSE_SPEAKS.search(text_of(en)) and \
            _outputs_as_nbval_sees_them(en) != _outputs_as_nbval_sees_them(tr):
        problems.append(Problem("outputs", cid, "outputs differ from the English edition"))
    return problems


def _markdown_cell(en: dict, tr: dict) -> list[Problem]:
    cid = en["id"]
    record = tr.get("metadata", {}).get("translation", {})
    english, translated = text_of(en), text_of(tr)
    if not record.get("sha256") or not CJK.search(translated):
        return [Problem("untranslated", cid, "no translation yet")]
    problems = []
    if record["sha256"] != source_hash(english):
        problems.append(Problem("stale", cid, "the English cell changed after it was translated"))
    if set(APPENDIX_LINK.findall(english)) != set(APPENDIX_LINK.findall(translated)):
        problems.append(Problem("links", cid, "links to the corrections appendix differ"))
    if _metadata_without(en, "translation") != _metadata_without(tr, "translation"):
        problems.append(Problem("structure", cid, "cell metadata (tags, slides) differs"))
    return problems


def check(english_path: Path, translated_path: Path) -> list[Problem]:
    """Everything that keeps `translated_path` from being a faithful, current translation."""
    if not translated_path.exists():
        return [Problem("missing-notebook", english_path.name, f"no {translated_path}")]
    english, translated = read(english_path), read(translated_path)
    problems = _structure(english, translated)
    if problems:
        return problems
    for en, tr in zip(english["cells"], translated["cells"]):
        problems += _code_cell(en, tr) if en["cell_type"] == "code" else _markdown_cell(en, tr)
    return problems


def stale_cells(english_path: Path, translated_path: Path) -> list[tuple[str, str, str]]:
    """(cell id, English when translated, English now) for every stale markdown cell."""
    english = {c["id"]: c for c in read(english_path)["cells"]}
    out = []
    for cell in read(translated_path)["cells"]:
        record = cell.get("metadata", {}).get("translation")
        if not record or record["source"] not in english:
            continue
        now = text_of(english[record["source"]])
        if record.get("sha256") and record["sha256"] != source_hash(now):
            out.append((record["source"], record.get("english", ""), now))
    return out


def record_for(english_cell: dict, translated: bool = True) -> dict:
    text = text_of(english_cell)
    return {"source": english_cell["id"], "sha256": source_hash(text) if translated else None,
            "english": text}


def sync(english_path: Path, translated_path: Path, lang: str) -> dict:
    """The translation rebuilt on the English notebook's cells: code cells copied, translated
    markdown kept (stale or not), new English markdown added untranslated. Not written."""
    english = read(english_path)
    old = read(translated_path) if translated_path.exists() else {"cells": []}
    kept = {c["metadata"]["translation"]["source"]: c for c in old["cells"]
            if c["cell_type"] == "markdown" and "translation" in c.get("metadata", {})}
    cells = []
    for cell in english["cells"]:
        if cell["cell_type"] == "code":
            cells.append(json.loads(json.dumps(cell)))
        elif cell["id"] in kept:
            mine = kept[cell["id"]]
            mine["metadata"] = {**_metadata_without(cell, "translation"),
                                "translation": mine["metadata"]["translation"]}
            cells.append(mine)
        else:
            cells.append({"cell_type": "markdown", "id": cell["id"], "source": text_of(cell),
                          "metadata": {**cell.get("metadata", {}),
                                       "translation": record_for(cell, translated=False)}})
    metadata = {**english["metadata"], "course": {"language": lang}}
    return {**english, "cells": cells, "metadata": metadata}


def accept(english_path: Path, translated_path: Path, cell_ids: list[str]) -> list[str]:
    """Record that these cells' translations follow the current English; returns the ids done."""
    english = {c["id"]: c for c in read(english_path)["cells"]}
    nb = read(translated_path)
    done = []
    for cell in nb["cells"]:
        record = cell.get("metadata", {}).get("translation")
        if record and record["source"] in cell_ids:
            if not CJK.search(text_of(cell)):
                raise ValueError(f"cell {record['source']} is not translated yet")
            cell["metadata"]["translation"] = record_for(english[record["source"]])
            done.append(record["source"])
    write(translated_path, nb)
    return done


def report(lang: str = "zh", notebooks: Path = NOTEBOOKS, log=print) -> int:
    """Print every problem of the `lang` edition, with the English before and after for
    stale cells; return how many problems there are."""
    total = 0
    for english_path in english_notebooks(notebooks):
        translated_path = edition_dir(lang, notebooks) / english_path.name
        problems = check(english_path, translated_path)
        total += len(problems)
        if not problems:
            log(f"{english_path.name}: up to date")
            continue
        log(f"{english_path.name}: {len(problems)} to do")
        for problem in problems:
            log(f"  {problem}")
        if translated_path.exists():
            for cid, before, after in stale_cells(english_path, translated_path):
                log(f"\n  --- English of cell {cid} when it was translated\n"
                    f"  +++ English of cell {cid} now")
                diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=1)
                log("\n".join("  " + line for line in list(diff)[2:]) + "\n")
    return total
