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
