"""Hand-written held-out test sets for the generated tasks (NER, QA, paraphrase) and fill-mask.

They were written separately from the generators in course_utils/modelset/synthetic/, by a different
author, so that a score on them measures how a model trained on generated data does on
ordinary written English. The files are JSON Lines beside this module.

One exception, in a dev set only: ner_dev.jsonl items nerdev-111 to nerdev-189 were added
later by the generators' author, after reading the model's dev errors, to make choices
between NER recipes less noisy (on the first 110, runs that differed only in small data
changes scored from 0.85 to 0.88). Dev scores are therefore optimistic; the test sets are
untouched.

The fill-mask dev probe (fillmask_dev.jsonl) was written later still, by the author who
widened the fill-mask corpus, after the test probe's scores and some of its misses had been
seen: its sentences are new, but its everyday topics and many accepted words overlap the test
probe's, so a dev score is a guide, not a second test.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARKUP = re.compile(r"\[(PER|LOC|ORG|MISC) ([^\[\]]+?)\]")


def read_jsonl(name):
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def parse_entities(marked: str):
    """'[PER Ada] met [ORG IBM].' -> ('Ada met IBM.', [('PER', 0, 3), ('ORG', 8, 11)])."""
    text, spans, pos = [], [], 0
    for match in _MARKUP.finditer(marked):
        text.append(marked[pos:match.start()])
        start = sum(map(len, text))
        text.append(match.group(2))
        spans.append((match.group(1), start, start + len(match.group(2))))
        pos = match.end()
    text.append(marked[pos:])
    return "".join(text), spans


def load_ner_test(name="ner_test.jsonl"):
    """The NER test set (or, with name="ner_dev.jsonl", the dev set) as words and BIO tags,
    plus the plain text and gold spans."""
    from datasets import ClassLabel, Dataset, Features, Sequence, Value

    from ..conll import LABELS, split_words

    rows = {"id": [], "text": [], "tokens": [], "ner_tags": [], "spans": []}
    for item in read_jsonl(name):
        text, spans = parse_entities(item["text"])
        words, tags = [], []
        pos = 0
        for kind, start, end in spans + [(None, len(text), len(text))]:
            before = split_words(text[pos:start])
            words += before
            tags += ["O"] * len(before)
            if kind:
                inner = split_words(text[start:end])
                words += inner
                tags += [f"B-{kind}"] + [f"I-{kind}"] * (len(inner) - 1)
            pos = end
        rows["id"].append(item["id"])
        rows["text"].append(text)
        rows["tokens"].append(words)
        rows["ner_tags"].append([LABELS.index(t) for t in tags])
        rows["spans"].append([f"{k}:{s}:{e}" for k, s, e in spans])
    features = Features({"id": Value("string"), "text": Value("string"),
                         "tokens": Sequence(Value("string")),
                         "ner_tags": Sequence(ClassLabel(names=LABELS)),
                         "spans": Sequence(Value("string"))})
    return Dataset.from_dict(rows, features=features)


def load_qa_test(name="qa_test.jsonl"):
    """The QA test set (or the dev set, "qa_dev.jsonl") in SQuAD's layout (answers: text and
    answer_start)."""
    from datasets import Dataset

    rows = []
    for item in read_jsonl(name):
        starts = [item["context"].find(a) for a in item["answers"]]
        rows.append({"id": item["id"], "context": item["context"], "question": item["question"],
                     "answers": {"text": item["answers"], "answer_start": starts}})
    return Dataset.from_list(rows)


def load_fillmask_probe(dev: bool = False):
    """Everyday sentences with one [MASK] and the words a reader would accept there. Some
    accepted words are not single WordPiece tokens (e.g. "dishwasher"): a BERT-style model can
    never produce those, so they only count against it; every sentence has at least one
    accepted word that is a single token. With `dev`, the 80 sentences of the dev probe, for
    choosing what the fill-mask recipe learns from without looking at the test probe."""
    return read_jsonl("fillmask_dev.jsonl" if dev else "fillmask_probe.jsonl")


def set_file(task: str, dev: bool = False) -> str:
    """File name of a generated task's hand-written set. The dev sets (written by yet another
    author) are for looking at errors while improving a generator, so the test sets stay
    unseen and their scores honest."""
    short = {"question-answering": "qa"}.get(task, task)
    return f"{short}_{'dev' if dev else 'test'}.jsonl"
