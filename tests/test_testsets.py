"""The hand-written test sets are well formed, and parsed the way the evaluation expects."""
import pytest

from course_utils.testsets import HERE, parse_entities, read_jsonl


def test_markup_is_parsed_into_plain_text_and_spans():
    text, spans = parse_entities("[PER Ada Lovelace] met [ORG IBM]'s staff in [LOC Paris].")
    assert text == "Ada Lovelace met IBM's staff in Paris."
    assert [text[s:e] for _, s, e in spans] == ["Ada Lovelace", "IBM", "Paris"]
    assert [k for k, _, _ in spans] == ["PER", "ORG", "LOC"]


@pytest.mark.skipif(not (HERE / "ner_test.jsonl").exists(), reason="no NER test set yet")
def test_ner_test_set_words_and_tags_line_up():
    from course_utils.testsets import load_ner_test

    test = load_ner_test()
    assert test.num_rows >= 150
    for row in test:
        assert len(row["tokens"]) == len(row["ner_tags"])
        assert "[" not in row["text"] and "]" not in row["text"]


@pytest.mark.skipif(not (HERE / "paraphrase_test.jsonl").exists(), reason="no set yet")
def test_paraphrase_labels_agree_with_kinds():
    rows = read_jsonl("paraphrase_test.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) >= 150
    for r in rows:
        assert r["label"] == (1 if r["kind"] == "paraphrase" else 0)
    assert sum(r["kind"] == "hard-negative" for r in rows) >= 50


@pytest.mark.skipif(not (HERE / "qa_test.jsonl").exists(), reason="no QA test set yet")
def test_qa_answers_are_spans_of_their_context():
    rows = read_jsonl("qa_test.jsonl")
    assert len(rows) >= 100
    for r in rows:
        assert r["answers"] and all(a and a in r["context"] for a in r["answers"])
