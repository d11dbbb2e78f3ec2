"""Course data loaders read the texts the build extracted from pinned packages."""
import pytest

from course_utils.data import load_hsk_sentences, load_sanguo, split_sentences_zh
from course_utils.errors import CourseError


def test_hsk_sentences_have_chinese_english_and_levels():
    hsk = load_hsk_sentences()
    assert hsk.num_rows == 4354
    assert hsk.column_names == ["id", "hsk_level", "chinese", "english"]
    assert set(hsk["hsk_level"]) == {1, 2, 3, 4, 5, 6}
    assert hsk[0]["chinese"] == "老师，您好！" and hsk[0]["english"] == "Hello, teacher!"


def test_sanguo_has_120_titled_chapters():
    sanguo = load_sanguo()
    assert sanguo.num_rows == 120
    assert sanguo[0]["title"].startswith("第一回")
    assert "滚滚长江东逝水" in sanguo[0]["text"]


def test_missing_data_file_says_what_to_run(tmp_path):
    with pytest.raises(CourseError, match="make models"):
        load_hsk_sentences(root=tmp_path)


def test_split_sentences_keeps_closing_quotes_with_their_sentence():
    text = "话说天下大势，分久必合。他说：“好！”然后\n走了"
    assert split_sentences_zh(text) == ["话说天下大势，分久必合。", "他说：“好！”", "然后走了"]


def test_rotten_tomatoes_splits_are_fixed_and_keep_films_apart():
    from course_utils.data import load_rotten_tomatoes

    data = load_rotten_tomatoes()
    assert {k: v.num_rows for k, v in data.items()} == {
        "train": 10451, "validation": 981, "test": 1320}
    assert data["train"].features["label"].names == ["NEGATIVE", "POSITIVE"]
    films = {split: set(data[split]["movie"]) for split in data}
    assert not films["train"] & films["test"] and not films["train"] & films["validation"]
    texts = list(data["train"]["text"]) + list(data["test"]["text"])
    assert len(texts) == len(set(texts)), "duplicate snippets"


def test_split_of_is_stable():
    from course_utils.data import split_of

    assert [split_of(k) for k in ("a", "b", "toy_story")] == [
        split_of(k) for k in ("a", "b", "toy_story")]
    counts = {s: 0 for s in ("train", "validation", "test")}
    for i in range(10000):
        counts[split_of(str(i))] += 1
    assert 700 < counts["test"] < 1300 and 700 < counts["validation"] < 1300


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
    from course_utils.data import wordnet_sentences

    _tiny_wordnet(tmp_path)
    assert wordnet_sentences(tmp_path) == [
        ("The dog barked all night.", "wordnet-example"),
        ("She got a reputation as a frump.", "wordnet-example"),
        ("dog: a domesticated canid.", "wordnet-gloss"),
    ]


def test_frozen_wordnet_corpus_reads_back_unchanged(tmp_path):
    from course_utils.data import freeze_wordnet_english, load_wordnet_english, wordnet_sentences

    _tiny_wordnet(tmp_path)
    assert freeze_wordnet_english(tmp_path, tmp_path / "wn.jsonl.xz") == 3
    assert load_wordnet_english(tmp_path / "wn.jsonl.xz") == wordnet_sentences(tmp_path)


def test_shipped_wordnet_corpus_has_examples_and_glosses_once_each():
    from course_utils.data import load_wordnet_english

    rows = load_wordnet_english()
    sources = [source for _, source in rows]
    assert (sources.count("wordnet-example"), sources.count("wordnet-gloss")) == (42500, 27254)
    assert len({text for text, _ in rows}) == len(rows)
    assert all(text.strip() == text and len(text.split()) >= 2 for text, _ in rows)


def test_english_prose_adds_generated_and_wordnet_text_to_train_only():
    from course_utils.data import load_english_prose

    widened, plain = load_english_prose(), load_english_prose(widened=False)
    for split in ("validation", "test"):
        assert widened[split]["text"] == plain[split]["text"]
    assert set(plain["train"]["source"]) == {"rt-snippet", "rt-plot", "hsk"}
    assert {"wordnet-example", "wordnet-gloss", "generated-ner"} <= set(widened["train"]["source"])
