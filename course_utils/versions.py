"""The releases the committed outputs were made and checked with, and what this kernel has.

A learner who installed the course next to other releases (Colab keeps its own torch and
transformers, since pyproject.toml declares ranges) gets working chapters whose numbers may
differ from the ones printed in the course; setup() says so in one line rather than leave
them wondering. The figures here are constraints.txt's pins (tests/test_conventions.py keeps
the two equal), repeated because an installed wheel has no constraints file to read.
"""
from importlib import metadata

from .language import Text

CHECKED_WITH = {"transformers": "5.25.0", "torch": "2.13.0", "datasets": "5.2.0"}


def base_version(version: str) -> str:
    """`2.13.0+cpu` and `2.13.0` are the same release built for other hardware."""
    return version.split("+", 1)[0]


def installed(name: str) -> str | None:
    try:
        return base_version(metadata.version(name))
    except metadata.PackageNotFoundError:
        return None


def differences() -> dict[str, str | None]:
    """Package -> installed release, for each one that is not the release the outputs used."""
    found = {name: installed(name) for name in CHECKED_WITH}
    return {name: have for name, have in found.items() if have != CHECKED_WITH[name]}


def mismatch_note() -> Text | None:
    """One line for setup() when this kernel runs other releases than the committed outputs."""
    other = differences()
    if not other:
        return None
    have = ", ".join(f"{name} {version or '(missing)'}" for name, version in other.items())
    checked = ", ".join(f"{name} {CHECKED_WITH[name]}" for name in other)
    drift = (f"`course drift --transformers {other['transformers']}`"
             if other.get("transformers") else "`course drift`")
    return Text(f"note: this kernel has {have}; the course's outputs were checked with {checked}, "
                f"so some printed numbers may differ ({drift} in a checkout lists what a release changes).",
                f"注意：这个内核装的是 {have}；课程里的输出是用 {checked} 检验的，所以部分打印的数字可能不同"
                f"（在课程仓库里运行 {drift} 可列出某个版本带来的变化）。")
