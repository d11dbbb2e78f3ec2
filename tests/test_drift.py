"""The drift report catches drift: under an older transformers release it names the claims
that release contradicts. Also the parts of the report that need no install.

The older release's wheels are fetched by `make drift-wheels` (which `make test` runs first,
outside the test suite's network guard); the test itself installs them with the package
index switched off, into an environment under build/drift/ that leaves .venv alone.
"""
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from course_utils.maintain import PROOF_RELEASE
from course_utils.maintain import drift as drift_module
from course_utils.maintain.environment import CandidateEnv, _pip_reason
from course_utils.maintain.outputs import cell_text, compare, sanitize_patterns

ROOT = Path(__file__).resolve().parent.parent
KERNELS_STDERR = (
    "ERROR: Could not find a version that satisfies the requirement kernels<0.20,>=0.19.1 (from transformers) "
    "(from versions: 0.1.7, 0.2.0, 0.17.1, 0.17.2)\n"
    "ERROR: No matching distribution found for kernels<0.20,>=0.19.1\n")


def test_an_uninstallable_release_is_one_line_naming_the_missing_dependency():
    reason = _pip_reason(KERNELS_STDERR, "5.25.0")
    assert "\n" not in reason
    assert reason == ("transformers 5.25.0 cannot be installed: transformers 5.25.0 requires "
                      "kernels<0.20,>=0.19.1, which the package index does not serve "
                      "(the newest it serves is 0.17.2)")


def test_any_other_pip_failure_keeps_pips_last_error_line():
    reason = _pip_reason("Traceback...\nERROR: first\nERROR: disk full\n", "9.9.9")
    assert reason == "transformers 9.9.9 cannot be installed: disk full"


def _notebook(tmp_path, name, outputs, tags=()):
    cell = {"cell_type": "code", "id": "c1", "metadata": {"tags": list(tags)}, "source": "x",
            "execution_count": 1, "outputs": outputs}
    path = tmp_path / name
    path.write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    return path


def stream(text, name="stdout"):
    return {"output_type": "stream", "name": name, "text": text}


def test_changed_outputs_give_a_short_diff_and_new_errors_are_named(tmp_path):
    old = _notebook(tmp_path, "old.ipynb", [stream("AutoModelForCausalLM 196 types\n")])
    new = _notebook(tmp_path, "new.ipynb", [stream("AutoModelForCausalLM 190 types\n"),
                                            {"output_type": "error", "ename": "KeyError", "evalue": "'x'",
                                             "traceback": []}])
    result = compare(old, new)
    assert result["raising"] == [{"cell": "c1", "error": "KeyError: 'x'"}]
    (changed,) = result["changed"]
    assert "-[stdout] AutoModelForCausalLM 196 types" in changed["diff"]
    assert "+[stdout] AutoModelForCausalLM 190 types" in changed["diff"]


def test_the_setup_version_line_and_sanitized_text_are_not_drift(tmp_path):
    patterns = sanitize_patterns()
    a = {"outputs": [stream("transformers 5.24.0 | torch 2.13.0+cpu | datasets 5.2.0 | offline\nat 0x7f00aa11bb22\n")]}
    b = {"outputs": [stream("transformers 5.23.0 | torch 2.13.0+cpu | datasets 5.2.0 | offline\nat 0x7f00ff99ee11\n")]}
    assert cell_text(a, patterns) == cell_text(b, patterns)


def test_a_print_split_over_two_stream_outputs_is_not_drift():
    one = {"outputs": [stream("a\nb\n")]}
    split = {"outputs": [stream("a\n"), stream("b\n")]}
    assert cell_text(one, []) == cell_text(split, [])
    assert cell_text(one, []) != cell_text({"outputs": [stream("a\n"), stream("b\n", "stderr")]}, [])


def test_expected_errors_and_new_warnings(tmp_path):
    error = {"output_type": "error", "ename": "KeyError", "evalue": "'gone'", "traceback": []}
    old = _notebook(tmp_path, "old.ipynb", [error], tags=["raises-exception"])
    new = _notebook(tmp_path, "new.ipynb", [stream("FutureWarning: `x` is deprecated\n", "stderr"), error],
                    tags=["raises-exception"])
    result = compare(old, new)
    assert result["raising"] == []
    assert result["warnings"] == [{"cell": "c1", "warning": "FutureWarning: `x` is deprecated"}]


@pytest.fixture(scope="module")
def proof_report():
    env = CandidateEnv(PROOF_RELEASE)
    if not env.plan_file.exists():
        pytest.fail(f"the wheels of transformers {PROOF_RELEASE} are not fetched: run `make drift-wheels` "
                    "(make test does it first; it needs the package index)")
    status = drift_module.drift(PROOF_RELEASE, claims_only=True, offline=True, log=lambda *_: None)
    report = json.loads((drift_module.BUILD / f"transformers-{PROOF_RELEASE}" / "report.json").read_text())
    return status, report


def test_the_report_names_the_claims_an_older_release_contradicts(proof_report):
    status, report = proof_report
    assert status == 1 and report["changed"]
    assert report["candidate"]["versions"]["transformers"] == PROOF_RELEASE
    no_longer = {c["id"] for c in report["claims"] if c["holds_now"] is False}
    assert {"ch01-qa-pipeline-removed", "ch01-removed-task-error"} <= no_longer
    assert "question-answering" in report["pipelines"]["appeared"]
    markdown = (drift_module.BUILD / f"transformers-{PROOF_RELEASE}" / "report.md").read_text()
    assert "`ch01-qa-pipeline-removed` | 01_pipelines.ipynb cell `8e655823`" in markdown


def test_the_candidate_environment_leaves_the_course_venv_alone(proof_report):
    pinned = re.search(r"^transformers==(\S+)$", (ROOT / "constraints.txt").read_text(), re.M).group(1)
    code = "from importlib.metadata import version; print(version('transformers'), version('tokenizers'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == pinned and out[1] != "0.22.2"
    assert CandidateEnv(PROOF_RELEASE).prefix.is_relative_to(ROOT / "build")
