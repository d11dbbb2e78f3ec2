"""`course_utils.setup()`: the first call of every notebook makes runs reproducible."""
import os
import random

import pytest

import course_utils
from course_utils import notebook_setup


@pytest.fixture
def clean_env(monkeypatch):
    for key in list(notebook_setup.QUIET_ENV) + list(notebook_setup.OFFLINE_ENV):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.delenv("COURSE_HUB", raising=False)
    return monkeypatch


def test_setup_goes_offline_quiet_and_prints_versions(clean_env, capsys):
    course_utils.setup()
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] == "1"
    assert os.environ["TRANSFORMERS_VERBOSITY"] == "error"
    line = capsys.readouterr().out
    assert line.startswith("transformers 5.") and "| offline |" in line


def test_setup_makes_random_numbers_repeat(clean_env, capsys):
    import numpy as np
    import torch

    draws = []
    for _ in range(2):
        course_utils.setup(seed=123)
        draws.append((random.random(), np.random.rand(), torch.rand(1).item()))
    assert draws[0] == draws[1]


def test_setup_fixes_threads(clean_env, capsys):
    import torch

    course_utils.setup(threads=1)
    assert torch.get_num_threads() == 1
    course_utils.setup()
    assert torch.get_num_threads() == min(2, os.cpu_count())


def test_hub_mode_leaves_the_hub_reachable(clean_env, capsys):
    clean_env.setenv("COURSE_HUB", "1")
    course_utils.setup()
    assert "HF_HUB_OFFLINE" not in os.environ
    assert "hub mode" in capsys.readouterr().out
    import huggingface_hub

    huggingface_hub.constants.HF_HUB_OFFLINE = True  # restore for the rest of the suite


def test_course_errors_print_as_one_line_in_ipython(capsys):
    from IPython.core.interactiveshell import InteractiveShell

    from course_utils.errors import show_course_errors_briefly

    shell = InteractiveShell.instance()
    show_course_errors_briefly()
    shell.run_cell("from course_utils import checkpoint\ncheckpoint('nope')")
    out = capsys.readouterr().out
    assert out.strip().splitlines() == [
        "CourseError: Unknown checkpoint role 'nope'. Known roles: causal-lm, "
        "chinese-tokenizer, encoder, fill-mask, ner, paraphrase, question-answering, "
        "sentence-encoder, sentiment."]
    InteractiveShell.clear_instance()


def test_a_wrong_course_lang_stops_setup_with_one_line_in_ipython(clean_env, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    clean_env.setenv("COURSE_LANG", "fr")
    shell = InteractiveShell.instance()
    try:
        shell.run_cell("import course_utils\ncourse_utils.setup()")
        out = capsys.readouterr().out
    finally:
        InteractiveShell.clear_instance()
    assert out.strip().splitlines() == [
        "CourseError: COURSE_LANG='fr' is not a language of the course: set it to en or zh "
        "(en English, zh Chinese), or unset it to follow the notebook's folder."]
