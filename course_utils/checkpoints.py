"""One place that says where each checkpoint lives.

Notebooks ask for a *role* ("encoder", "causal-lm", ...) and get something that
`from_pretrained` and `pipeline(model=...)` accept:

* offline (the default): a folder of the model set built by `python -m course_utils build`;
* hub mode (`COURSE_HUB=1`): the original Hub checkpoint the study notes use for that role,
  so an online learner runs the notes' own models with the same notebook code.
"""
import os
import socket
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .errors import CourseError
from .language import Text
from .paths import models_dir, offline_dir, read_manifest

DEFAULT_ENDPOINT = "https://huggingface.co"
BUILD_HINT = Text("run `make models` (or `python -m course_utils build`) in the course folder",
                  "在课程文件夹里运行 `make models`（或 `python -m course_utils build`）")


@dataclass(frozen=True)
class Checkpoint:
    role: str
    folder: str  # sub-folder of the offline model set
    hub_id: str  # what the study notes use for this role
    about: str


CHECKPOINTS = {
    c.role: c
    for c in [
        Checkpoint(
            "encoder", "minilm", "google-bert/bert-base-uncased",
            "all-MiniLM-L6-v2: a 6-layer BERT encoder (hidden size 384) with bert-base-uncased's "
            "WordPiece vocabulary",
        ),
        Checkpoint(
            "sentence-encoder", "minilm", "sentence-transformers/all-MiniLM-L6-v2",
            "all-MiniLM-L6-v2 in both modes: an encoder trained so that the mean of its token "
            "vectors compares sentences by meaning (offline, the same folder as `encoder`; in "
            "hub mode `encoder` is bert-base-uncased, whose averaged vectors are poor at that)",
        ),
        Checkpoint(
            "causal-lm", "smollm2", "openai-community/gpt2",
            "SmolLM2-135M-Instruct: a 30-layer Llama-style decoder with a 49,152-token "
            "byte-level BPE vocabulary and a chat template",
        ),
        Checkpoint(
            "sentiment", "sentiment",
            "distilbert/distilbert-base-uncased-finetuned-sst-2-english",
            "MiniLM fine-tuned by the course on Rotten Tomatoes snippets; labels NEGATIVE and "
            "POSITIVE like the notes' SST-2 checkpoint",
        ),
        Checkpoint(
            "fill-mask", "fill-mask", "distilbert/distilbert-base-cased",
            "MiniLM taught by the course to fill in masked words again: LoRA adapters on every "
            "layer and a new prediction head, trained on English prose from course packages",
        ),
        Checkpoint(
            "ner", "ner", "dbmdz/bert-large-cased-finetuned-conll03-english",
            "MiniLM fine-tuned by the course on generated English sentences; CoNLL labels "
            "PER, LOC, ORG, MISC in BIO form",
        ),
        Checkpoint(
            "question-answering", "question-answering",
            "google-bert/bert-large-uncased-whole-word-masking-finetuned-squad",
            "MiniLM fine-tuned by the course for extractive QA on generated SQuAD-style data",
        ),
        Checkpoint(
            "paraphrase", "paraphrase", "google-bert/bert-base-cased-finetuned-mrpc",
            "MiniLM cross-encoder fine-tuned by the course on generated sentence pairs; labels "
            "'not paraphrase' / 'is paraphrase' like the notes' MRPC checkpoint",
        ),
        Checkpoint(
            "chinese-tokenizer", "chinese-bert-tokenizer", "google-bert/bert-base-chinese",
            "a BERT-style WordPiece tokenizer (one token per Chinese character) trained by the "
            "course on the HSK sentences and Romance of the Three Kingdoms",
        ),
    ]
}


def hub_mode() -> bool:
    """True when the learner switched to the original Hub checkpoints (COURSE_HUB=1)."""
    return os.environ.get("COURSE_HUB", "").strip().lower() in {"1", "true", "yes", "on"}


def checkpoint(role: str) -> str:
    """Return a folder (offline) or Hub id (hub mode) for `role`, ready for `from_pretrained`."""
    if role not in CHECKPOINTS:
        known = ", ".join(sorted(CHECKPOINTS))
        raise CourseError(Text(f"Unknown checkpoint role {role!r}. Known roles: {known}.",
                               f"没有名为 {role!r} 的 checkpoint 角色。可用的角色：{known}。"))
    entry = CHECKPOINTS[role]
    if hub_mode():
        _require_hub()
        return entry.hub_id
    folder = models_dir() / entry.folder
    if not (folder / "config.json").exists() and not (folder / "tokenizer_config.json").exists():
        raise CourseError(Text(
            f"The offline model set is not built (no {entry.folder!r} in {offline_dir()}): "
            f"{BUILD_HINT.en}.",
            f"离线模型集还没有构建（{offline_dir()} 里没有 {entry.folder!r}）：{BUILD_HINT.zh}。"))
    _require_intact(entry.folder)
    return str(folder)


def _require_intact(folder: str):
    """Compare the folder's file sizes with the build's manifest (cheap: no hashing), so a
    truncated or deleted file gives one clear line instead of a loader's traceback."""
    manifest = read_manifest()
    if manifest is None:
        raise CourseError(Text(f"The offline model set in {offline_dir()} is incomplete (no "
                               f"manifest.json): {BUILD_HINT.en} to repair it.",
                               f"{offline_dir()} 里的离线模型集不完整（没有 manifest.json）："
                               f"{BUILD_HINT.zh}即可修复。"))
    prefix = f"models/{folder}/"
    for rel, size in manifest.get("files", {}).items():
        if not rel.startswith(prefix):
            continue
        path = offline_dir() / rel
        actual = path.stat().st_size if path.is_file() else None
        if actual != size:
            found = (Text("missing", "缺失") if actual is None else
                     Text(f"{actual:,} bytes, expected {size:,}", f"{actual:,} 字节，应为 {size:,}"))
            raise CourseError(Text(f"The offline model set is damaged ({rel}: {found.en}): "
                                   f"{BUILD_HINT.en} to repair it.",
                                   f"离线模型集已损坏（{rel}：{found.zh}）：{BUILD_HINT.zh}即可修复。"))


def hub_endpoint() -> str:
    """The Hub the learner downloads from: $HF_ENDPOINT (a mirror), else huggingface.co."""
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def _require_hub():
    """Fail early, in one line, when hub mode cannot work."""
    if os.environ.get("HF_HUB_OFFLINE", "").strip() in {"1", "true", "True", "ON", "YES"}:
        raise CourseError(Text(
            "Hub mode is on (COURSE_HUB=1) but HF_HUB_OFFLINE=1 forbids downloads: "
            "unset one of the two (unset COURSE_HUB to use the offline model set).",
            "Hub 模式已打开（COURSE_HUB=1），但 HF_HUB_OFFLINE=1 禁止下载：两者只能保留一个"
            "（取消 COURSE_HUB 即改用离线模型集）。"))
    endpoint = hub_endpoint()
    if not _hub_reachable(endpoint):
        raise CourseError(Text(
            f"Hub mode is on (COURSE_HUB=1) but {endpoint} cannot be reached from this machine: "
            "check HF_ENDPOINT and the network, or unset COURSE_HUB (and restart the kernel) "
            "to use the offline model set.",
            f"Hub 模式已打开（COURSE_HUB=1），但这台机器连不上 {endpoint}：请检查 HF_ENDPOINT "
            "和网络，或者取消 COURSE_HUB（并重启内核）改用离线模型集。"))


@lru_cache(maxsize=8)
def _hub_reachable(endpoint: str, timeout: float = 3.0) -> bool:
    """A TCP connection to the endpoint's host and port: enough to tell "no route" apart
    from "online", without an HTTP request that a mirror might log or rate-limit."""
    parts = urlsplit(endpoint)
    if not parts.hostname:
        return False
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            return True
    except OSError:
        return False
