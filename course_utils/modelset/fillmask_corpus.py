"""The English text the fill-mask recipe learns from.

Real text from the course's data files (review snippets, the English side of the HSK
sentences), widened with two frozen corpora kept beside this module in corpora/: passages made
by the task generators, and WordNet's usage examples and glosses.
"""
import json
from pathlib import Path

from ..data import data_file, read_data_json, split_of

CORPORA = Path(__file__).resolve().parent / "corpora"
GENERATED_ENGLISH = CORPORA / "generated_english.jsonl.xz"


def _read_frozen(path: Path) -> list[tuple[str, str]]:
    """(text, source) pairs from one of the xz-compressed JSON Lines files in corpora/."""
    import lzma

    with lzma.open(path, "rt", encoding="utf-8") as fh:
        return [(row["text"], row["source"]) for row in map(json.loads, fh)]


def load_generated_english() -> list[tuple[str, str]]:
    """The generated part of the fill-mask corpus as (text, source) pairs.

    Frozen in a file so the fill-mask recipe does not drift when the task generators change:
    30,239 passages made by the generators of commit 70b0aef (`ner.generate(8000, 1)`
    detokenised, the distinct contexts of `qa.generate(2500, 1)`, the distinct sentences of
    `paraphrase.generate(12000, 1)`).
    """
    return _read_frozen(GENERATED_ENGLISH)


WORDNET_ENGLISH = CORPORA / "wordnet_english.jsonl.xz"


def wordnet_sentences(folder: Path) -> list[tuple[str, str]]:
    """Everyday English from a WordNet 3.0 database folder (Debian's `wordnet-base` puts it
    in /usr/share/wordnet) as (text, source) pairs: the usage examples quoted in the glosses
    ("the dog barked all night"), and "lemma: gloss." for every sense that occurs in the
    SemCor tagged corpus (the senses a reader meets; the rare ones are left out).

    The review snippets the fill-mask recipe otherwise learns from rarely mention fridges,
    wallets or brushing teeth; WordNet's examples and glosses cover that vocabulary.
    """
    import re

    tagged = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (Path(folder) / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith("  "):
                fields = line.split()
                rest = fields[4 + int(fields[3]):]
                tagged.update((pos, offset) for offset in rest[2:2 + int(rest[1])])
    examples, glosses = [], []
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (Path(folder) / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  ") or "| " not in line:
                continue
            head, gloss = line.split("| ", 1)
            fields = head.split()
            for quoted in re.findall(r'"([^"]+)"', gloss):
                text = quoted.strip().strip(";").strip()
                if len(text.split()) >= 3:
                    stop = "" if text[-1] in ".!?" else "."
                    examples.append(text[0].upper() + text[1:] + stop)
            definition = re.sub(r';?\s*"[^"]*"', "", gloss).strip().strip(";").strip()
            if (pos, fields[0]) in tagged and definition:
                lemma = re.sub(r"\(\w+\)$", "", fields[4].replace("_", " "))
                glosses.append(f"{lemma}: {definition}.")
    return ([(t, "wordnet-example") for t in dict.fromkeys(examples)]
            + [(t, "wordnet-gloss") for t in dict.fromkeys(glosses)])


def freeze_wordnet_english(folder: Path, dest: Path = WORDNET_ENGLISH) -> int:
    """Write `wordnet_sentences(folder)` to the xz file the recipe reads; returns the count.
    Run once by the course's authors (the learner's machine needs no WordNet install)."""
    import lzma

    rows = wordnet_sentences(folder)
    with lzma.open(dest, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"text": t, "source": s}, ensure_ascii=False) + "\n"
                      for t, s in rows)
    return len(rows)


def load_wordnet_english(path: Path = WORDNET_ENGLISH) -> list[tuple[str, str]]:
    """The WordNet part of the fill-mask corpus as (text, source) pairs: 42,500 usage
    examples and 27,254 glosses from WordNet 3.0 (Princeton University; licence in
    `course_utils/modelset/corpora/WORDNET_LICENSE`), extracted by `freeze_wordnet_english`."""
    return _read_frozen(path)


def load_english_prose(root: Path | None = None, widened: bool = True):
    """English text for the fill-mask recipe, one passage per row (columns text, source).

    Real text: the Rotten Tomatoes snippets and plot summaries (split by movie, as for
    sentiment) and the English side of the HSK sentences (split by id): short everyday
    sentences the review snippets lack. With `widened`, the train split also gets the
    course's generated NER sentences, QA paragraphs and paraphrase sentences
    (`load_generated_english`), which add names, places, numbers and plain factual prose,
    and WordNet's usage examples and glosses (`load_wordnet_english`), which add everyday
    vocabulary. Validation and test hold review snippets and HSK sentences only, so held-out
    scores measure that English, not the added text.
    """
    import pandas as pd
    from datasets import Dataset, DatasetDict

    rows = {"train": [], "validation": [], "test": []}
    frame = pd.read_csv(data_file("rotten_tomatoes.csv.bz2", root)).drop_duplicates("text")
    for text, category, movie in zip(frame["text"], frame["category"], frame["movie_name"]):
        source = "rt-snippet" if category in ("fresh", "rotten") else "rt-plot"
        rows[split_of(str(movie))].append((" ".join(str(text).split()), source))
    for row in read_data_json("hsk_sentences.json", root):
        rows[split_of("hsk-" + str(row["id"]))].append((row["translation"]["en"].strip(), "hsk"))
    if widened:
        rows["train"] += load_generated_english() + load_wordnet_english()
    return DatasetDict({name: Dataset.from_dict({"text": [t for t, _ in split],
                                                 "source": [s for _, s in split]})
                        for name, split in rows.items()})
