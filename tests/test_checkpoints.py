"""`checkpoint(role)`: the one place that says where each model lives, in both modes."""
import pytest

from course_utils import checkpoints
from course_utils.checkpoints import CHECKPOINTS, checkpoint
from course_utils.errors import CourseError


@pytest.fixture
def offline(monkeypatch):
    monkeypatch.delenv("COURSE_HUB", raising=False)


def test_every_role_gives_a_local_folder_offline(offline):
    from pathlib import Path

    for role in CHECKPOINTS:
        assert Path(checkpoint(role)).is_dir()


def test_unknown_role_lists_the_known_ones(offline):
    with pytest.raises(CourseError, match="Known roles: causal-lm, chinese-tokenizer, encoder, fill-mask, ner, paraphrase, question-answering, sentence-encoder, sentiment"):
        checkpoint("gpt-5")


def test_missing_model_set_says_what_to_run(offline, monkeypatch, tmp_path):
    monkeypatch.setenv("COURSE_HOME", str(tmp_path))
    with pytest.raises(CourseError, match="not built.*make models"):
        checkpoint("encoder")


def test_hub_mode_returns_the_notes_checkpoints_under_canonical_ids(monkeypatch):
    monkeypatch.setenv("COURSE_HUB", "1")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(checkpoints, "_hub_reachable", lambda endpoint: True)
    assert checkpoint("encoder") == "google-bert/bert-base-uncased"
    assert checkpoint("causal-lm") == "openai-community/gpt2"
    assert checkpoint("chinese-tokenizer") == "google-bert/bert-base-chinese"
    assert checkpoint("sentiment") == "distilbert/distilbert-base-uncased-finetuned-sst-2-english"
    assert all("/" in c.hub_id for c in CHECKPOINTS.values())


def test_hub_mode_with_hf_offline_explains_the_conflict(monkeypatch):
    monkeypatch.setenv("COURSE_HUB", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(CourseError, match="HF_HUB_OFFLINE=1"):
        checkpoint("encoder")


def test_hub_mode_without_network_says_how_to_go_back_offline(monkeypatch):
    monkeypatch.setenv("COURSE_HUB", "1")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    checkpoints._hub_reachable.cache_clear()
    try:
        with pytest.raises(CourseError, match="huggingface.co cannot be reached.*unset COURSE_HUB"):
            checkpoint("encoder")  # the test guard blocks the probe, as no network would
    finally:
        checkpoints._hub_reachable.cache_clear()


def test_hub_mode_probes_the_mirror_named_by_hf_endpoint(monkeypatch):
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    monkeypatch.setenv("COURSE_HUB", "1")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    checkpoints._hub_reachable.cache_clear()
    try:
        monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}/")
        assert checkpoint("encoder") == "google-bert/bert-base-uncased"
        listener.close()
        monkeypatch.setenv("HF_ENDPOINT", f"http://localhost:{port}")  # now nobody listens
        with pytest.raises(CourseError, match=f"localhost:{port} cannot be reached") as error:
            checkpoint("encoder")
        assert "\n" not in str(error.value)
    finally:
        listener.close()
        checkpoints._hub_reachable.cache_clear()


def test_damaged_model_set_says_make_models_repairs_it(offline, monkeypatch, tmp_path):
    import shutil

    from course_utils.paths import offline_dir

    home = tmp_path / "home"
    shutil.copytree(offline_dir(), home / "offline", ignore=shutil.ignore_patterns("*.safetensors"))
    for rel in ("models/minilm/model.safetensors", "models/sentiment/model.safetensors"):
        (home / "offline" / rel).write_bytes(b"\0" * 16)  # truncated, as a full disk leaves it
    monkeypatch.setenv("COURSE_HOME", str(home))
    with pytest.raises(CourseError, match=r"damaged \(models/sentiment/model.safetensors: 16 bytes, "
                                          r"expected [\d,]+\).*make models"):
        checkpoint("sentiment")
    (home / "offline" / "models/minilm/model.safetensors").unlink()
    with pytest.raises(CourseError, match="minilm/model.safetensors: missing"):
        checkpoint("encoder")


@pytest.mark.parametrize("value,expected", [("1", True), ("true", True), ("", False),
                                            ("0", False), ("no", False)])
def test_hub_switch_values(monkeypatch, value, expected):
    monkeypatch.setenv("COURSE_HUB", value)
    assert checkpoints.hub_mode() is expected


def test_checkpoints_load_through_pipeline_offline(offline):
    from transformers import pipeline

    features = pipeline("feature-extraction", model=checkpoint("encoder"))
    vectors = features("Transformers are everywhere.", return_tensors=True)
    assert vectors.shape[-1] == 384
    generator = pipeline("text-generation", model=checkpoint("causal-lm"))
    out = generator("The capital of France is", max_new_tokens=5, do_sample=False,
                    return_full_text=False)
    assert "Paris" in out[0]["generated_text"]
