"""The classroom's Hub mirror (course_utils.classroom.mirror) under a class's load: 20
students download one checkpoint at the same moment, each into their own cache, through
huggingface_hub as a notebook in hub mode does; every copy must equal the served files byte
for byte."""
import hashlib
import json
import os
import subprocess
import sys

from course_utils.classroom.mirror import LocalHub

STUDENTS = 20
REPO = "course-test/classroom-checkpoint"

DOWNLOAD_ALL = r"""
import json, sys
from concurrent.futures import ThreadPoolExecutor
from huggingface_hub import snapshot_download

endpoint, repo, root, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
barrier = __import__("threading").Barrier(n)

def student(i):
    barrier.wait(timeout=60)  # everyone starts together
    return snapshot_download(repo, cache_dir=f"{root}/student-{i:02d}", endpoint=endpoint)

with ThreadPoolExecutor(n) as pool:
    print(json.dumps(list(pool.map(student, range(n)))))
"""


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def test_twenty_students_download_one_checkpoint_at_once_byte_for_byte(tmp_path):
    repo = tmp_path / "repos" / REPO
    repo.mkdir(parents=True)
    (repo / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_size": 384}))
    (repo / "model.safetensors").write_bytes(os.urandom(6 * 1024 * 1024 + 12345))
    (repo / "tokenizer.json").write_text(json.dumps({"vocab": {f"w{i}": i for i in range(5000)}}))
    served = {p.name: sha256(p) for p in repo.iterdir()}
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_HUB_OFFLINE", "HF_HOME",
                                                                      "HF_ENDPOINT"))}
    with LocalHub(tmp_path / "repos") as hub:
        done = subprocess.run([sys.executable, "-c", DOWNLOAD_ALL, hub.url, REPO,
                               str(tmp_path / "caches"), str(STUDENTS)],
                              env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    folders = json.loads(done.stdout)
    assert len(set(folders)) == STUDENTS
    for folder in folders:
        got = {name: sha256(os.path.join(folder, name)) for name in sorted(os.listdir(folder))}
        assert got == served, folder
