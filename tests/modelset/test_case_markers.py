"""Capital markers: the NER tokenizer shows an uncased model where capitals were, and a
learner still gets the original text back from offsets, decoding and the pipeline."""
import pytest
from transformers import AutoTokenizer

from course_utils import checkpoint
from course_utils.modelset.case_markers import MARK, with_capital_markers
from course_utils.paths import models_dir

TEXT = "Yesterday McDonald's opened in São Paulo, said Émile of NASA."


@pytest.fixture(scope="module")
def marked():
    return with_capital_markers(AutoTokenizer.from_pretrained(models_dir() / "minilm"))


def test_a_marker_precedes_every_word_that_starts_with_a_capital(marked):
    tokens = marked.tokenize(TEXT)
    assert tokens[:2] == [MARK, "yesterday"]
    assert [tokens[i + 1] for i, t in enumerate(tokens) if t == MARK] == \
        ["yesterday", "mcdonald", "sao", "paulo", "emile", "nasa"]
    assert tokens.count(MARK) == 6  # none inside "McDonald" or "NASA"


def test_the_words_themselves_are_tokenised_as_without_markers(marked):
    plain = AutoTokenizer.from_pretrained(models_dir() / "minilm")
    assert [t for t in marked.tokenize(TEXT) if t != MARK] == plain.tokenize(TEXT)


def test_offsets_point_into_the_original_text(marked):
    enc = marked("in New York", return_offsets_mapping=True)
    tokens = marked.convert_ids_to_tokens(enc["input_ids"])
    spans = ["in New York"[a:b] for a, b in enc["offset_mapping"]]
    assert list(zip(tokens, spans))[1:-1] == [("in", "in"), (MARK, "N"), ("new", "New"),
                                              (MARK, "Y"), ("york", "York")]


def test_decoding_drops_the_markers(marked):
    ids = marked("Hello New York, said Ann.")["input_ids"]
    assert marked.decode(ids, skip_special_tokens=True) == "hello new york, said ann."
    assert marked.convert_tokens_to_string(["new", MARK, "york"]) == "new york"
    assert marked.convert_tokens_to_string([MARK, "paris"]) == "paris"


def test_the_marked_tokenizer_loads_back_unchanged_from_its_folder(marked, tmp_path):
    marked.save_pretrained(tmp_path)
    reloaded = AutoTokenizer.from_pretrained(tmp_path)
    assert reloaded.tokenize(TEXT) == marked.tokenize(TEXT)
    assert reloaded("a", "B")["token_type_ids"] == [0, 0, 0, 1, 1, 1]


def test_the_built_ner_checkpoint_ships_the_marked_tokenizer(marked):
    shipped = AutoTokenizer.from_pretrained(checkpoint("ner"))
    assert shipped.tokenize(TEXT) == marked.tokenize(TEXT)


def test_the_ner_pipeline_returns_whole_entities_with_original_offsets():
    from transformers import pipeline

    text = "My name is Sylvain and I work at Hugging Face in Brooklyn."
    ner = pipeline("token-classification", model=checkpoint("ner"),
                   aggregation_strategy="first")
    found = [(e["entity_group"], e["word"], text[e["start"]:e["end"]]) for e in ner(text)]
    assert found == [("PER", "sylvain", "Sylvain"), ("ORG", "hugging face", "Hugging Face"),
                     ("LOC", "brooklyn", "Brooklyn")]
