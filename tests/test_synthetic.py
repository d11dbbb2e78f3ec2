"""The generators: deterministic, well-formed, and varied enough to be worth training on."""
import random

from course_utils.synthetic import ner, qa


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
