"""The fill-mask training text: WordNet extraction, frozen corpora, splits."""


def _tiny_wordnet(folder):
    """Two noun senses of "dog" (only the first tagged in SemCor) in WordNet's file format."""
    header = "  1 This software and database is being provided to you\n"
    (folder / "index.noun").write_text(header + "dog n 2 1 @ 2 1 00000100 00000200  \n")
    (folder / "data.noun").write_text(
        header
        + '00000100 05 n 02 dog 0 domestic_dog 0 000 | a domesticated canid; '
          '"the dog barked all night"; "good dog"\n'
        + '00000200 18 n 01 dog(a) 0 000 | a dull unattractive unpleasant girl or woman; '
          '"she got a reputation as a frump"\n')
    for pos in ("verb", "adj", "adv"):
        (folder / f"index.{pos}").write_text(header)
        (folder / f"data.{pos}").write_text(header)


def test_wordnet_sentences_keep_examples_and_only_tagged_glosses(tmp_path):
    from course_utils.modelset.fillmask_corpus import wordnet_sentences

    _tiny_wordnet(tmp_path)
    assert wordnet_sentences(tmp_path) == [
        ("The dog barked all night.", "wordnet-example"),
        ("She got a reputation as a frump.", "wordnet-example"),
        ("dog: a domesticated canid.", "wordnet-gloss"),
    ]


def test_frozen_wordnet_corpus_reads_back_unchanged(tmp_path):
    from course_utils.modelset.fillmask_corpus import freeze_wordnet_english, load_wordnet_english, wordnet_sentences

    _tiny_wordnet(tmp_path)
    assert freeze_wordnet_english(tmp_path, tmp_path / "wn.jsonl.xz") == 3
    assert load_wordnet_english(tmp_path / "wn.jsonl.xz") == wordnet_sentences(tmp_path)


def test_shipped_wordnet_corpus_has_examples_and_glosses_once_each():
    from course_utils.modelset.fillmask_corpus import load_wordnet_english

    rows = load_wordnet_english()
    sources = [source for _, source in rows]
    assert (sources.count("wordnet-example"), sources.count("wordnet-gloss")) == (42500, 27254)
    assert len({text for text, _ in rows}) == len(rows)
    assert all(text.strip() == text and len(text.split()) >= 2 for text, _ in rows)


def test_english_prose_adds_generated_and_wordnet_text_to_train_only():
    from course_utils.modelset.fillmask_corpus import load_english_prose

    widened, plain = load_english_prose(), load_english_prose(widened=False)
    for split in ("validation", "test"):
        assert widened[split]["text"] == plain[split]["text"]
    assert set(plain["train"]["source"]) == {"rt-snippet", "rt-plot", "hsk"}
    assert {"wordnet-example", "wordnet-gloss", "generated-ner"} <= set(widened["train"]["source"])
