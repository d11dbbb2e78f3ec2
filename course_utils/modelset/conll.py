"""CoNLL-style words and BIO labels: the format the generated NER sentences and the
hand-written NER test sets share, kept apart so neither has to import the other."""

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]


def split_words(text):
    """Words with punctuation split off, CoNLL-style: the possessive 's is its own token
    ("Google's" -> "Google", "'s") and titles such as "Dr." keep their full stop."""
    tokens = []
    for raw in text.split():
        if raw.endswith("'s") and len(raw) > 2:
            tokens += _punct_split(raw[:-2]) + ["'s"]
        else:
            tokens += _punct_split(raw)
    return tokens


ABBREVIATIONS = {"Dr.", "Mr.", "Ms.", "Mrs.", "St."}


def _punct_split(chunk):
    head, tail = [], []
    while chunk and chunk[0] in "\"(“‘":
        head.append(chunk[0])
        chunk = chunk[1:]
    while chunk and chunk[-1] in ".,;:!?\"”)’" and chunk not in ABBREVIATIONS:
        tail.insert(0, chunk[-1])
        chunk = chunk[:-1]
    return head + ([chunk] if chunk else []) + tail
