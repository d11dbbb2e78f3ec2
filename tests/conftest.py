"""Test-suite wide settings: offline, network guarded, same kernel environment as `make course`.

Everything here runs before collection, so nbval's kernels inherit it.
"""
import os
import sys
from pathlib import Path

import pytest

from course_utils.notebooks import kernel_env

GUARD_DIR = Path(__file__).parent / "netguard"

os.environ.update(kernel_env())
os.environ["COURSE_NETGUARD"] = "1"
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(GUARD_DIR)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
sys.path.insert(0, str(GUARD_DIR))
import sitecustomize as _guard  # noqa: E402  (the guard module above)

_guard.install()


def pytest_sessionstart(session):
    """Fail the whole run at once, in one line, when the model set is missing."""
    from course_utils.paths import offline_dir, read_manifest

    if read_manifest() is None:
        pytest.exit(f"The offline model set is not built in {offline_dir()}: run `make test` "
                    "(which builds it) or `make models` first.", returncode=1)


@pytest.fixture(scope="session")
def local_hub(tmp_path_factory):
    """A local Hub on loopback serving stand-ins of the notes' checkpoints (tests/README.md)."""
    from hub_standins import build_standins
    from course_utils.classroom.mirror import LocalHub

    root = build_standins(tmp_path_factory.mktemp("hub-repos"))
    with LocalHub(root) as hub:
        yield hub


@pytest.fixture(scope="session")
def hub_cache(tmp_path_factory):
    """One Hugging Face cache for all notebooks of the session, so each file downloads once."""
    return tmp_path_factory.mktemp("hf-home")


@pytest.fixture
def hub_env(monkeypatch, local_hub, hub_cache):
    """The environment a learner in hub mode has, with HF_ENDPOINT on the local server."""
    for name in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COURSE_HUB", "1")
    monkeypatch.setenv("HF_ENDPOINT", local_hub.url)
    monkeypatch.setenv("HF_HOME", str(hub_cache))
    return local_hub
