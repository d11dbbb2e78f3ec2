"""The coloured token view shows every token, escaped, with its id when given."""
from course_utils.plots import token_html


def test_every_token_appears_once_with_its_id():
    out = token_html(["[CLS]", "弱", "##face"], ids=[101, 7, 12172])
    for piece in ["[CLS]", "弱", "##face", ">101<", ">7<", ">12172<"]:
        assert out.count(piece) == 1


def test_tokens_are_html_escaped_and_spaces_made_visible():
    out = token_html(["<b>", "Ġworld", "a b"])
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert "␣world" in out and "a␣b" in out
