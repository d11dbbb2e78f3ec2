"""The hand-written test and dev sets are well formed, parsed the way the evaluation expects,
and kept apart: no dev item repeats a test item."""
import pytest

from course_utils.modelset.testsets import (parse_entities, read_jsonl, load_fillmask_probe,
                                   load_ner_test, set_file)


def test_markup_is_parsed_into_plain_text_and_spans():
    text, spans = parse_entities("[PER Ada Lovelace] met [ORG IBM]'s staff in [LOC Paris].")
    assert text == "Ada Lovelace met IBM's staff in Paris."
    assert [text[s:e] for _, s, e in spans] == ["Ada Lovelace", "IBM", "Paris"]
    assert [k for k, _, _ in spans] == ["PER", "ORG", "LOC"]


@pytest.mark.parametrize("dev, size", [(False, 150), (True, 180)])
def test_ner_sets_words_and_tags_line_up(dev, size):
    rows = load_ner_test(set_file("ner", dev))
    assert len(set(rows["id"])) == rows.num_rows >= size
    for row in rows:
        assert len(row["tokens"]) == len(row["ner_tags"])
        assert "[" not in row["text"] and "]" not in row["text"]


@pytest.mark.parametrize("dev, size", [(False, 150), (True, 120)])
def test_paraphrase_labels_agree_with_kinds(dev, size):
    rows = read_jsonl(set_file("paraphrase", dev))
    assert len({r["id"] for r in rows}) == len(rows) >= size
    for r in rows:
        assert r["label"] == (1 if r["kind"] == "paraphrase" else 0)
    assert sum(r["kind"] == "hard-negative" for r in rows) >= 50


@pytest.mark.parametrize("dev", [False, True])
def test_qa_answers_are_spans_of_their_context(dev):
    rows = read_jsonl(set_file("question-answering", dev))
    assert len(rows) >= 100
    for r in rows:
        assert r["answers"] and all(a and a in r["context"] for a in r["answers"])


def _items(task, dev):
    """Every sentence, question or pair sentence of one hand-written set."""
    if task == "fill-mask":
        return {row["text"] for row in load_fillmask_probe(dev)}
    keys = {"ner": ["text"], "question-answering": ["question"],
            "paraphrase": ["sentence1", "sentence2"]}[task]
    return {row[k] for row in read_jsonl(set_file(task, dev)) for k in keys}


@pytest.mark.parametrize("task", ["ner", "question-answering", "paraphrase", "fill-mask"])
def test_dev_sets_share_no_item_with_test_sets(task):
    assert not _items(task, dev=False) & _items(task, dev=True)


@pytest.mark.parametrize("dev, size", [(False, 100), (True, 80)])
def test_fill_mask_probe_has_one_mask_and_a_reachable_answer_per_sentence(dev, size):
    """Each sentence has exactly one [MASK], and at least one accepted word is a single token
    of the uncased WordPiece vocabulary, so a perfect model could score 100 %."""
    from transformers import AutoTokenizer

    from course_utils.checkpoints import checkpoint

    vocab = AutoTokenizer.from_pretrained(checkpoint("encoder")).get_vocab()
    rows = load_fillmask_probe(dev)
    assert len({r["id"] for r in rows}) == len(rows) >= size
    for r in rows:
        assert r["text"].count("[MASK]") == 1
        assert any(word in vocab for word in r["answers"]), r["id"]
