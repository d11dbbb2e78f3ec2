"""The scores behind every quality claim."""
from course_utils.modelset.metrics import bio_spans, exact_match, normalize_answer, span_f1


def test_bio_spans_follow_conll_rules():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG", "O"]
    assert bio_spans(tags) == {("PER", 0, 2), ("LOC", 3, 4), ("LOC", 4, 5), ("ORG", 5, 7)}
    assert bio_spans(["B-PER", "I-LOC"]) == {("PER", 0, 1), ("LOC", 1, 2)}
    assert bio_spans([]) == set()


def test_span_f1_needs_exact_type_and_boundaries():
    gold = [{("PER", 0, 2), ("LOC", 5, 6)}]
    assert span_f1(gold, gold)["f1"] == 1.0
    half = span_f1(gold, [{("PER", 0, 2), ("LOC", 5, 7)}])
    assert half["precision"] == 0.5 and half["recall"] == 0.5
    assert span_f1(gold, [set()]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_squad_normalisation():
    assert normalize_answer("The  Eiffel Tower!") == "eiffel tower"
    assert exact_match("in 1998", ["1998", "in 1998"])
    assert not exact_match("1999", ["1998"])
