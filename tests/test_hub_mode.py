"""Hub mode (COURSE_HUB=1) end to end: every notebook runs against a local Hub on loopback.

The server (course_utils/classroom/mirror.py) holds architecture-faithful stand-ins with random weights
(tests/hub_standins.py), made once per test session. Outputs are not compared: with random
weights they mean nothing. What is checked: no cell raises, except cells tagged
`raises-exception` (nbclient lets those fail, as nbval does) and cells tagged
`checks-trained-weights`: visible assertions about what the real checkpoints learn or how
large they are (chapter 6: LoRA trains under 1 % of the weights, fine-tuning beats the
majority label), which hold for the notes' checkpoints but cannot for tiny random stand-ins. The network guard stays on, so
any download that is not from the local server fails the test.
"""
import json
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from course_utils.checkpoints import CHECKPOINTS
from course_utils.classroom.mirror import LocalHub
from hub_standins import STANDINS

TRAINED_WEIGHTS_TAG = "checks-trained-weights"

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
# The Chinese edition runs the same code cells (tests/test_translations.py); one chapter of it
# in hub mode proves the edition's language and hub mode work together.
CHINESE_SAMPLE = NOTEBOOKS[0].parent / "zh" / NOTEBOOKS[0].name


def test_every_hub_checkpoint_has_a_standin():
    assert {c.hub_id for c in CHECKPOINTS.values()} <= set(STANDINS)


def test_every_hub_id_named_in_a_notebook_has_a_standin():
    named = set()
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                named |= set(re.findall(r"""(?:from_pretrained|model=)\(?\s*["']([\w.-]+/[\w.-]+)["']""",
                                        "".join(cell["source"])))
    assert named <= set(STANDINS), named - set(STANDINS)


def test_standins_have_the_real_architecture_and_tokenizer_kind(local_hub):
    expected = {  # repo: (model_type, tokenizer class, lower-cases?)
        "google-bert/bert-base-uncased": ("bert", "BertTokenizer", True),
        "sentence-transformers/all-MiniLM-L6-v2": ("bert", "BertTokenizer", True),
        "openai-community/gpt2": ("gpt2", "GPT2Tokenizer", False),
        "distilbert/distilbert-base-cased": ("distilbert", "DistilBertTokenizer", False),
        "dbmdz/bert-large-cased-finetuned-conll03-english": ("bert", "BertTokenizer", False),
        "facebook/bart-large-mnli": ("bart", "RobertaTokenizer", False),
    }
    for repo_id, (model_type, tokenizer_class, lowercase) in expected.items():
        folder = local_hub.root / repo_id
        config = json.loads((folder / "config.json").read_text())
        tok_config = json.loads((folder / "tokenizer_config.json").read_text())
        assert config["model_type"] == model_type
        assert config["architectures"] == [STANDINS[repo_id].architecture]
        assert tok_config["tokenizer_class"] == tokenizer_class
        assert tok_config.get("do_lower_case", False) is lowercase
        assert "chat_template" not in tok_config
        assert not (folder / "chat_template.jinja").exists()


def test_local_hub_answers_missing_files_as_the_hub_does(local_hub):
    url = f"{local_hub.url}/openai-community/gpt2/resolve/main/no-such-file.json"
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(urllib.request.Request(url, method="HEAD"))
    assert error.value.code == 404
    assert error.value.headers["X-Error-Code"] == "EntryNotFound"


SOLVE_ALL = """
import os, tempfile
from course_utils.exercises import CORRECT, ch01, ch02, ch03, ch04, ch05
failed = []
for exercise in ch01.ALL + ch02.ALL + ch03.ALL + ch04.ALL + ch05.ALL:
    os.chdir(tempfile.mkdtemp())
    namespace = {}
    try:
        exec(exercise.solution_code, namespace)
        verdict = exercise.grade(namespace[exercise.answer_name])
        if verdict.status != CORRECT:
            failed.append(f"{exercise.name}: {verdict.message}")
    except Exception as error:
        failed.append(f"{exercise.name}: {type(error).__name__}: {error}")
print("\\n".join(failed) or "all correct")
"""


def test_exercise_solutions_pass_their_checks_in_hub_mode(hub_env):
    """A hub-mode learner's checks recompute answers from the Hub checkpoints: each printed
    solution must still pass (a fresh process, so huggingface_hub reads HF_ENDPOINT)."""
    done = subprocess.run([sys.executable, "-c", SOLVE_ALL], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "all correct", done.stdout[-3000:]


@pytest.mark.parametrize("notebook", NOTEBOOKS + [CHINESE_SAMPLE],
                         ids=[p.name for p in NOTEBOOKS] + [f"zh/{CHINESE_SAMPLE.name}"])
def test_notebook_runs_in_hub_mode(notebook, hub_env):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        tags = cell.metadata.get("tags", [])
        if TRAINED_WEIGHTS_TAG in tags:
            cell.metadata["tags"] = tags + ["raises-exception"]
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook.parent)}})
    client.execute()  # raises CellExecutionError on the first unexpected error
    printed = "".join(out.get("text", "") for cell in nb.cells if cell.cell_type == "code"
                      for out in cell.get("outputs", []))
    assert "hub mode (COURSE_HUB=1)" in printed
    assert "CourseError" not in printed
    if notebook.parent.name == "zh":
        assert "尚未作答" in printed  # its exercises answer in Chinese


def test_local_hub_serves_a_downloaded_folder_without_its_cache_and_resumes(tmp_path):
    repo = tmp_path / "openai-community" / "gpt2"
    (repo / ".cache" / "huggingface").mkdir(parents=True)  # what `hf download --local-dir` leaves
    (repo / ".cache" / "huggingface" / "config.json.metadata").write_text("local bookkeeping")
    (repo / "config.json").write_text('{"model_type": "gpt2"}')
    with LocalHub(tmp_path) as hub:
        assert hub.repos["openai-community/gpt2"].files == ["config.json"]
        request = urllib.request.Request(f"{hub.url}/openai-community/gpt2/resolve/main/config.json",
                                         headers={"Range": "bytes=2-"})
        with urllib.request.urlopen(request) as response:
            assert response.status == 206
            assert response.read() == b'model_type": "gpt2"}'
