"""Run code in a student's kernel through the hub, as JupyterLab does: the server's REST API
starts a kernel, its websocket carries execute requests and the outputs back. Used by the
classroom test and the load benchmark; every wait is bounded.
"""
import asyncio
import json
import uuid
from dataclasses import dataclass, field

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect


@dataclass
class CellResult:
    outputs: list[dict] = field(default_factory=list)  # nbformat-like output dicts
    error: str | None = None  # "ename: evalue" when the cell raised

    @property
    def text(self) -> str:
        """stdout, stderr and text/plain results joined: what a test usually reads."""
        parts = []
        for out in self.outputs:
            if out["output_type"] == "stream":
                parts.append(out["text"])
            elif "data" in out:
                parts.append(out["data"].get("text/plain", ""))
        return "".join(parts)


class Kernel:
    """One kernel on a single-user server (base_url like http://127.0.0.1:8000/user/alice/)."""

    def __init__(self, base_url: str, token: str, path: str = ""):
        self.base_url = base_url.rstrip("/") + "/"
        self.headers = {"Authorization": f"token {token}"}
        self.path = path  # the folder the kernel starts in, relative to the server's root
        self.kernel_id = None
        self.ws = None
        self.session = uuid.uuid4().hex

    async def _api(self, method: str, path: str, body=None, timeout: float = 60):
        request = HTTPRequest(self.base_url + path, method=method, headers=self.headers,
                              body=None if body is None else json.dumps(body),
                              request_timeout=timeout, connect_timeout=timeout)
        response = await AsyncHTTPClient().fetch(request, raise_error=True)
        return json.loads(response.body) if response.body else None

    async def start(self, timeout: float = 120):
        body = {"name": "python3"}
        if self.path:
            body["path"] = self.path
        model = await self._api("POST", "api/kernels", body, timeout)
        self.kernel_id = model["id"]
        url = (self.base_url.replace("http", "ws", 1)
               + f"api/kernels/{self.kernel_id}/channels?session_id={self.session}")
        self.ws = await asyncio.wait_for(
            websocket_connect(HTTPRequest(url, headers=self.headers, connect_timeout=timeout,
                                          request_timeout=timeout), max_message_size=1 << 28),
            timeout)
        return self

    async def run(self, code: str, timeout: float = 300) -> CellResult:
        """Execute one cell; collect its outputs until the kernel is idle again."""
        msg_id = uuid.uuid4().hex
        await self.ws.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "",
                       "session": self.session, "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
        }))
        result = CellResult()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            left = deadline - loop.time()
            if left <= 0:
                raise TimeoutError(f"the cell did not finish within {timeout:.0f} s")
            raw = await asyncio.wait_for(self.ws.read_message(), left)
            if raw is None:
                raise ConnectionError("the kernel's websocket closed")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream":
                result.outputs.append({"output_type": "stream", "name": content["name"],
                                       "text": content["text"]})
            elif kind in ("execute_result", "display_data"):
                result.outputs.append({"output_type": kind, "data": content["data"]})
            elif kind == "error":
                result.error = f"{content['ename']}: {content['evalue']}"
                result.outputs.append({"output_type": "error", "ename": content["ename"],
                                       "evalue": content["evalue"]})
            elif kind == "status" and content["execution_state"] == "idle":
                return result

    async def shutdown(self, timeout: float = 30):
        if self.ws is not None:
            self.ws.close()
        if self.kernel_id:
            try:
                await self._api("DELETE", f"api/kernels/{self.kernel_id}", timeout=timeout)
            except Exception:  # the server may already be stopping: the hub ends it anyway
                pass
