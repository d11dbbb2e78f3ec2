"""A minimal Hugging Face Hub: serves model repositories from local folders, read-only.

Two users: a classroom, whose mirror downloads the notes' checkpoints once for everyone
(`course classroom mirror --root DIR --host 0.0.0.0`, README "Hub mode and a classroom
mirror"), and the tests, which need a Hub serving repositories that exist only on this
machine, with no upstream.

Why hand-written: `hf-local-hub` on PyPI (3.0.0) ships only a client; its server is a
Go binary the wheel does not contain. `olah` (0.5.4) is a caching proxy for huggingface.co:
it can serve local git repositories, but for a file such a repository lacks it falls through
to its upstream, and its "repository not found" answer is a 401, where huggingface_hub expects
a 404 "EntryNotFound" (transformers probes for optional files, and treats a missing
repository as fatal). It would also need every stand-in committed to git, and it adds about
twenty packages (FastAPI, uvicorn, GitPython...) to the pins.

What it implements is the part of the Hub protocol that huggingface_hub 2.4 uses to download
(read in `huggingface_hub/file_download.py` and `hf_api.py`):

* HEAD/GET `/{repo_id}/resolve/{revision}/{path}`: the file, with `X-Repo-Commit`, `ETag`
  and `Content-Length` (404 with `X-Error-Code: EntryNotFound` when the file is absent);
* GET `/api/models/{repo_id}` and `/api/models/{repo_id}/revision/{revision}`: `id`, `sha`
  and `siblings`, what `model_info` and `snapshot_download` read;
* GET `/api/models/{repo_id}/tree/{revision}[/{path}]`: the file list (`list_repo_files`,
  and transformers' look-up of extra chat templates).

A repository is a folder `root/<owner>/<name>/`; its commit id is a hash of its contents.
Only `main` and that commit are valid revisions. Nothing is written; uploads do not exist.
It is plain HTTP with no accounts: serve it on a classroom network only. Many students
downloading at once are served in parallel (tests/test_classroom_mirror.py: 20 at once, byte
for byte).
"""
import hashlib
import json
import threading
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit


class Repo:
    """One served repository: its files and a commit id derived from their contents."""

    def __init__(self, folder: Path, repo_id: str):
        self.folder = folder
        self.repo_id = repo_id
        self.files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                            if p.is_file() and not _hidden(p.relative_to(folder)))
        digest = hashlib.sha1()
        for name in self.files:
            digest.update(name.encode() + b"\0" + _sha256(folder / name).encode())
        self.sha = digest.hexdigest()

    def etag(self, name: str) -> str:
        return _sha256(self.folder / name)


@lru_cache(maxsize=None)
def _sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _hidden(relative: Path) -> bool:
    """`.git`, `.cache` (what `hf download --local-dir` leaves) and dot-files are not served."""
    return any(part.startswith(".") for part in relative.parts)


class LocalHub:
    """Serve every `<owner>/<name>` folder under `root` on 127.0.0.1 (an ephemeral port)."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root)
        self.repos = {}
        for folder in sorted(p for p in self.root.glob("*/*") if p.is_dir()):
            repo_id = folder.relative_to(self.root).as_posix()
            self.repos[repo_id] = Repo(folder, repo_id)
        handler = type("Handler", (_Handler,), {"hub": self})
        self.server = ThreadingHTTPServer((host, port), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def find(self, parts: list[str]):
        """Split URL path parts into (repo, rest) for the longest served `owner/name` prefix."""
        if len(parts) >= 2 and "/".join(parts[:2]) in self.repos:
            return self.repos["/".join(parts[:2])], parts[2:]
        return None, parts


class _Handler(BaseHTTPRequestHandler):
    hub: LocalHub
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output clean
        pass

    def do_HEAD(self):
        self._route(send_body=False)

    def do_GET(self):
        self._route(send_body=True)

    def _route(self, send_body: bool):
        parts = [unquote(p) for p in urlsplit(self.path).path.split("/") if p]
        if parts[:2] == ["api", "models"]:
            repo, rest = self.hub.find(parts[2:])
            if repo is None:
                return self._error(404, "RepoNotFound", "Repository not found", send_body)
            return self._api(repo, rest, send_body)
        repo, rest = self.hub.find(parts)
        if repo is None:
            return self._error(404, "RepoNotFound", "Repository not found", send_body)
        if len(rest) < 3 or rest[0] != "resolve":
            return self._error(404, None, "Not found", send_body)
        revision, name = rest[1], "/".join(rest[2:])
        if revision not in ("main", repo.sha):
            return self._error(404, "RevisionNotFound", "Revision not found", send_body)
        if name not in repo.files:
            return self._error(404, "EntryNotFound", "Entry not found", send_body, repo)
        self._file(repo, name, send_body)

    def _api(self, repo: Repo, rest: list[str], send_body: bool):
        if not rest or (rest[0] == "revision" and len(rest) == 2):
            if rest and rest[1] not in ("main", repo.sha):
                return self._error(404, "RevisionNotFound", "Revision not found", send_body)
            body = {"id": repo.repo_id, "modelId": repo.repo_id, "sha": repo.sha,
                    "private": False, "disabled": False, "gated": False, "tags": [],
                    "library_name": "transformers",
                    "siblings": [{"rfilename": name} for name in repo.files]}
            return self._json(body, send_body, repo)
        if rest[0] == "tree" and len(rest) >= 2:
            if rest[1] not in ("main", repo.sha):
                return self._error(404, "RevisionNotFound", "Revision not found", send_body)
            prefix = "/".join(rest[2:])
            recursive = "recursive=true" in urlsplit(self.path).query.lower()
            entries = _tree(repo, prefix, recursive)
            if prefix and not entries:
                return self._error(404, "EntryNotFound", "Entry not found", send_body, repo)
            return self._json(entries, send_body, repo)
        return self._error(404, None, "Not found", send_body)

    def _file(self, repo: Repo, name: str, send_body: bool):
        path = repo.folder / name
        size = path.stat().st_size
        start, end, status = 0, size - 1, 200
        wanted = self.headers.get("Range", "")
        if send_body and wanted.startswith("bytes="):  # a resumed download
            first, _, last = wanted[len("bytes="):].partition("-")
            start = int(first or 0)
            end = min(int(last), size - 1) if last else size - 1
            status = 206
        self.send_response(status)
        self.send_header("X-Repo-Commit", repo.sha)
        self.send_header("ETag", f'"{repo.etag(name)}"')
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(end - start + 1))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.end_headers()
        if send_body:
            with path.open("rb") as f:
                f.seek(start)
                left = end - start + 1
                while left > 0:
                    chunk = f.read(min(left, 1 << 20))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    left -= len(chunk)

    def _json(self, payload, send_body: bool, repo: Repo):
        self._send_json(200, payload, send_body, {"X-Repo-Commit": repo.sha})

    def _error(self, status: int, code, message: str, send_body: bool, repo: Repo | None = None):
        headers = {"X-Error-Code": code, "X-Error-Message": message} if code else {}
        if repo is not None:
            headers["X-Repo-Commit"] = repo.sha
        self._send_json(status, {"error": message}, send_body, headers)

    def _send_json(self, status: int, payload, send_body: bool, headers: dict):
        data = json.dumps(payload).encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if send_body:
            self.wfile.write(data)


def _tree(repo: Repo, prefix: str, recursive: bool) -> list[dict]:
    """Entries under `prefix` in the Hub's tree format (files and, non-recursively, folders)."""
    base = f"{prefix}/" if prefix else ""
    entries, folders = [], set()
    for name in repo.files:
        if not name.startswith(base):
            continue
        rest = name[len(base):]
        if "/" in rest and not recursive:
            folders.add(base + rest.split("/")[0])
            continue
        path = repo.folder / name
        entries.append({"type": "file", "path": name, "size": path.stat().st_size,
                        "oid": repo.etag(name)})
    entries += [{"type": "directory", "path": f, "oid": hashlib.sha1(f.encode()).hexdigest()}
                for f in sorted(folders)]
    return entries


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000):
    """Serve a folder of repositories until Ctrl-C: `course classroom mirror`."""
    hub = LocalHub(Path(root), host, port)
    for repo in hub.repos.values():
        print(f"serving {repo.repo_id} ({len(repo.files)} files)")
    print(f"HF_ENDPOINT={hub.url}  (Ctrl-C stops)")
    try:
        hub.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        hub.server.server_close()

