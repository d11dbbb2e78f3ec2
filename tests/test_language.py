"""The course speaks Chinese in the Chinese edition: every message exists in both languages.

Two kinds of proof: the source (every exercise verdict, hint and one-line error is written as
a `Text` with both languages, so none can be added in one language only), and the behaviour
(with the Chinese edition's language on, every exercise answers in Chinese).
"""
import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from course_utils import language
from course_utils.errors import CourseError
from course_utils.exercises import ch01, ch02, ch03, ch04, ch05, ch06
from course_utils.language import Text

PACKAGE = Path(language.__file__).resolve().parent
# What a learner meets: the package's top layer and the exercises (not the model factory or
# the maintainers' tools, whose messages are for people building the course).
LEARNER_FACING = sorted(p for p in PACKAGE.rglob("*.py")
                        if not {"modelset", "maintain"} & set(p.relative_to(PACKAGE).parts))
EXERCISES = ch01.ALL + ch02.ALL + ch03.ALL + ch04.ALL + ch05.ALL + ch06.ALL
CJK = re.compile(r"[\u4e00-\u9fff]")


def calls(tree, name):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == name:
            yield node


def sites(kind):
    for path in LEARNER_FACING:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in calls(tree, kind):
            yield path, node


@pytest.mark.parametrize("kind", ["Incorrect", "CourseError"])
def test_every_learner_message_is_written_in_both_languages(kind):
    found = list(sites(kind))
    assert found, f"no {kind}(...) calls found: the scan is broken"
    one_language = [f"{p.relative_to(PACKAGE)}:{n.lineno}" for p, n in found
                    if not (n.args and isinstance(n.args[0], ast.Call)
                            and getattr(n.args[0].func, "id", None) == "Text")]
    assert not one_language, f"{kind} without a Text(en, zh): {one_language}"


def test_every_exercise_question_name_and_hint_is_in_both_languages():
    for exercise in EXERCISES:
        for text in [exercise.name, exercise.question, *exercise.hints]:
            assert isinstance(text, Text), f"{exercise.name}: {text!r} is one language only"
            prose = re.sub(r"`[^`]*`", "", text.en)  # a hint may be code only
            assert CJK.search(text.zh) or not re.search(r"[A-Za-z]{2,}", prose), text


def test_a_text_needs_both_languages():
    with pytest.raises(ValueError):
        Text("only English", "")


@pytest.fixture
def chinese(monkeypatch):
    monkeypatch.setenv(language.ENV, "zh")


def wrong_type(exercise):
    return exercise.grade(object()).message


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.name.en)
def test_every_exercise_answers_in_chinese_in_the_chinese_edition(exercise, chinese, capsys):
    assert "尚未作答" in exercise.grade(...).message
    assert "不正确" in wrong_type(exercise) and CJK.search(wrong_type(exercise).split("不正确", 1)[1])
    for n in range(1, len(exercise.hints) + 1):
        exercise.hint(n)
        assert capsys.readouterr().out.startswith(f"提示 {n}/")
    exercise.solution()
    assert capsys.readouterr().out.startswith("参考答案：\n")


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.name.en)
def test_english_messages_carry_no_chinese_sentences(exercise, capsys):
    """Chinese may appear in English messages only as quoted data (chapter 3's sentences)."""
    exercise.hint()
    printed = capsys.readouterr().out + wrong_type(exercise)
    unquoted = re.sub(r"'[^']*'|\"[^\"]*\"", "", printed)
    assert not re.search(r"[\u4e00-\u9fff]{4}", unquoted), printed


def test_course_errors_are_chinese_in_the_chinese_edition(chinese):
    from course_utils import checkpoint

    with pytest.raises(CourseError, match="没有名为 'nope' 的 checkpoint 角色"):
        checkpoint("nope")


@pytest.fixture
def edition(monkeypatch):
    """Whatever a test adopts is forgotten after it (setup() in-process adopts one too)."""
    monkeypatch.setattr(language, "_edition", language.DEFAULT)
    monkeypatch.delenv(language.ENV, raising=False)


def test_the_notebook_folder_chooses_the_edition(tmp_path, edition):
    assert language.adopt_edition(tmp_path / "notebooks") == "en"
    assert language.adopt_edition(tmp_path / "notebooks" / "zh") == "zh"


def test_adopting_an_edition_leaves_the_environment_alone(tmp_path, edition):
    """Kernels and subprocesses started later inherit the environment: nbval runs English and
    Chinese notebooks from one pytest process, and each must find its own edition."""
    language.adopt_edition(tmp_path / "zh")
    assert language.ENV not in os.environ


def test_course_lang_overrides_the_folder(tmp_path, edition, monkeypatch):
    monkeypatch.setenv(language.ENV, "en")
    assert language.adopt_edition(tmp_path / "zh") == "en"


@pytest.mark.parametrize("value", ["fr", "english", "zh-CN"])
def test_a_language_the_course_does_not_speak_is_one_line_naming_the_allowed_ones(
        tmp_path, edition, monkeypatch, value):
    monkeypatch.setenv(language.ENV, value)
    with pytest.raises(CourseError) as error:
        language.adopt_edition(tmp_path / "zh")
    message = str(error.value)
    assert message.startswith(f"COURSE_LANG={value!r} is not a language of the course: set it to en or zh")
    assert "\n" not in message
    assert language._edition == language.DEFAULT, "the edition is left as it was"


@pytest.mark.parametrize("value", ["zh", " ZH ", "en", ""])
def test_the_allowed_languages_in_any_case_and_an_empty_setting_are_accepted(tmp_path, edition, monkeypatch, value):
    monkeypatch.setenv(language.ENV, value)
    assert language.adopt_edition(tmp_path / "zh") == (value.strip().lower() or "zh")


def test_kernels_that_record_outputs_leave_the_language_to_the_edition(monkeypatch):
    from course_utils.notebooks import kernel_env

    monkeypatch.setenv(language.ENV, "zh")
    assert language.ENV not in kernel_env()


def test_a_kernel_started_in_the_chinese_folder_speaks_chinese(tmp_path):
    """What nbval, JupyterLab and `course_utils execute` do: start the kernel in the notebook's
    folder and run the shared first cell, `course_utils.setup()`."""
    folder = tmp_path / "zh"
    folder.mkdir()
    code = ("import course_utils; course_utils.setup()\n"
            "from course_utils.exercises import ch01\nch01.ALL[0].check(...)")
    env = {k: v for k, v in os.environ.items() if k != language.ENV}
    env["PYTHONPATH"] = os.pathsep.join([str(PACKAGE.parent), env.get("PYTHONPATH", "")])
    out = subprocess.run([sys.executable, "-c", code], cwd=folder, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert "尚未作答" in out
