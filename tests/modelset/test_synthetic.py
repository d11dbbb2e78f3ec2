"""The generators: deterministic, well-formed, and varied enough to be worth training on."""
import random

from course_utils.modelset.synthetic import ner, qa


def test_ner_generation_is_deterministic_and_aligned():
    a, b = ner.generate(200, seed=5), ner.generate(200, seed=5)
    assert a["tokens"] == b["tokens"] and a["ner_tags"] == b["ner_tags"]
    for tokens, tags in zip(a["tokens"], a["ner_tags"]):
        assert len(tokens) == len(tags) > 0


def test_ner_data_is_varied_and_covers_every_label():
    data = ner.generate(2000, seed=1)
    sentences = {" ".join(t) for t in data["tokens"]}
    assert len(sentences) > 1900, "too many repeated sentences"
    used = {tag for tags in data["ner_tags"] for tag in tags}
    assert used == set(range(len(ner.LABELS)))
    no_entity = sum(all(t == 0 for t in tags) for tags in data["ner_tags"])
    assert 0.05 < no_entity / len(data) < 0.2


def test_ner_keeps_titles_and_lowercase_the_outside_entities():
    rng = random.Random(0)
    words, tags = ner.render("{TITLE} {PER} met {INST} in {CITY}.", rng)
    assert tags[0] == "O"
    for word, tag in zip(words, tags):
        if word == "the":
            assert tag == "O"


def test_qa_answers_sit_at_their_offsets_and_questions_vary():
    data = qa.generate(300, seed=1)
    for row in data:
        start = row["answers"]["answer_start"][0]
        text = row["answers"]["text"][0]
        assert row["context"][start:start + len(text)] == text
    openings = {q.split()[0] for q in data["question"]}
    assert {"Who", "When", "Where", "How", "What", "Which", "In"} <= openings
    assert len(set(data["context"])) > 250


def test_rewording_changes_words_not_facts():
    from course_utils.modelset.synthetic import paraphrase

    rng = random.Random(0)
    sentence = "The company bought 12 new buses because the old ones kept breaking down."
    reworded = {paraphrase.reword(sentence, rng, rate=1.0) for _ in range(20)}
    assert len(reworded - {sentence}) >= 2, "no synonyms applied"
    assert all("12" in r for r in reworded), "a reworded positive must keep its number"


def test_meaning_changes_differ_from_the_original():
    from course_utils.modelset.synthetic import paraphrase

    rng = random.Random(0)
    for sentence in ["The shop opens at nine every day.", "Prices rose by 5 percent in May.",
                     "All the students passed the exam."]:
        changed = paraphrase.change_meaning(sentence, rng)
        assert changed and changed != sentence


def test_paraphrase_positives_and_negatives_overlap_alike():
    """Shared words must not give the label away: hard negatives are reworded as often as
    positives, so their mean word overlap is close."""
    from course_utils.modelset.synthetic import paraphrase

    data = paraphrase.generate(3000, seed=3)

    def overlap(a, b):
        a, b = set(a.lower().split()), set(b.lower().split())
        return len(a & b) / max(1, len(a | b))

    def mean_overlap(kind):
        pairs = [(r["sentence1"], r["sentence2"]) for r in data if r["kind"] == kind]
        return sum(overlap(a, b) for a, b in pairs) / len(pairs)

    assert abs(mean_overlap("paraphrase") - mean_overlap("hard-negative")) < 0.2
    assert 0.35 < sum(data["label"]) / len(data) < 0.55
