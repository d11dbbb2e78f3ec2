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
