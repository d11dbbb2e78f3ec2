"""The few scores the course reports, computed the standard way."""
import re
import string


def span_f1(gold: list[set], predicted: list[set]) -> dict:
    """Entity-level precision/recall/F1 (CoNLL): a prediction counts only if its type, start
    and end all match a gold entity exactly."""
    tp = sum(len(g & p) for g, p in zip(gold, predicted))
    n_pred, n_gold = sum(map(len, predicted)), sum(map(len, gold))
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def bio_spans(tags: list[str]) -> set:
    """{(type, first_word, last_word + 1)} from BIO tags; an I- without a B- opens a span."""
    spans, kind, start = set(), None, 0
    for i, tag in enumerate(list(tags) + ["O"]):
        if kind and not (tag.startswith("I-") and tag[2:] == kind):
            spans.add((kind, start, i))
            kind = None
        if tag.startswith("B-") or (tag.startswith("I-") and kind is None):
            kind, start = tag[2:], i
    return spans


def normalize_answer(text: str) -> str:
    """SQuAD's normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def exact_match(prediction: str, answers: list[str]) -> bool:
    return any(normalize_answer(prediction) == normalize_answer(a) for a in answers)
