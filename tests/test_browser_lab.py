"""JupyterLab as a learner meets it after `make lab`, in a real browser: the Makefile's server
(here on a copy of notebooks/, chapter 1 without outputs, so only this run can fill them in
and nothing committed changes) opens chapter 1, "Run All Cells"
from the Run menu completes, the setup cell's version line shows, and no news prompt appears."""
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from importlib.metadata import version

import pytest

from browser import ROOT, Watched, launch_browser
from browser import browser, watched  # noqa: F401  (shared fixtures)

CHAPTER = sorted((ROOT / "notebooks").glob("01_*.ipynb"))[0]
RUN_ALL_SECONDS = 600


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def strip_outputs(path):
    """Clear the copy's outputs and counts, so only a run in the browser can fill them in."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """`make lab` on a copy of the notebooks, on a free loopback port; yields (url, token)."""
    folder = tmp_path_factory.mktemp("lab") / "notebooks"
    shutil.copytree(ROOT / "notebooks", folder)
    strip_outputs(folder / CHAPTER.name)
    port, token = free_port(), secrets.token_hex(16)
    options = (f"--no-browser --ip=127.0.0.1 --port={port} --ServerApp.port_retries=0 "
               f"--IdentityProvider.token={token}")
    log = open(folder.parent / "lab.log", "w")
    server = subprocess.Popen(["make", "-s", "lab", f"LAB_DIR={folder}", f"LAB_OPTS={options}"],
                              cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"make lab did not serve: {(folder.parent / 'lab.log').read_text()[-2000:]}")
                time.sleep(1)
        yield url, token
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


PROMPTS = """() => Array.from(document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt'))
    .map(p => p.textContent.trim())"""


def wait_for_the_kernel(page):
    """Wait until the notebook's kernel is idle. The chapters name no kernel, and when the
    server is slow to list kernels JupyterLab asks which one to start: a learner would press
    Select (the course's Python 3 is the only choice), so the test does the same."""
    status = page.locator(".jp-StatusBar-Widget", has_text="| Idle")
    select = page.locator(".jp-Dialog button", has_text="Select")
    deadline = time.monotonic() + 180
    while status.count() == 0:
        if select.count():
            select.first.click()
        if time.monotonic() > deadline:
            pytest.fail("the notebook's kernel never became idle", pytrace=False)
        time.sleep(1)


def wait_for_every_cell_to_run(watched):
    """Poll the input prompts until each shows an execution count; on time-out, fail with a
    screenshot and the prompts that never got one."""
    deadline = time.monotonic() + RUN_ALL_SECONDS
    while True:
        prompts = watched.page.evaluate(PROMPTS)
        if prompts and all(re.fullmatch(r"\[\d+\]:", p) for p in prompts):
            return
        if time.monotonic() > deadline:
            watched.screenshot("lab-run-all-timed-out")
            pending = [(i, p) for i, p in enumerate(prompts) if not re.fullmatch(r"\[\d+\]:", p)]
            pytest.fail(f"Run All did not finish in {RUN_ALL_SECONDS} s; cells without a count: "
                        f"{pending[:8]} of {len(prompts)}", pytrace=False)
        time.sleep(2)


def test_run_all_in_jupyterlab_completes_and_shows_the_version_line(browser, lab):
    url, token = lab
    committed = hashlib.sha256(CHAPTER.read_bytes()).hexdigest()
    watched = Watched(browser)
    page = watched.page
    page.goto(f"{url}/lab/tree/{CHAPTER.name}?token={token}")
    page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=120_000)
    wait_for_the_kernel(page)
    assert page.locator(".jp-OutputArea-output").count() == 0
    page.get_by_role("menuitem", name="Run", exact=True).click()
    watched.screenshot("lab-run-menu")
    page.get_by_role("menuitem", name="Run All Cells", exact=True).first.click()
    wait_for_every_cell_to_run(watched)
    expected = f"transformers {version('transformers')} | torch"
    version_line = page.locator(".jp-OutputArea-output", has_text=expected)
    assert version_line.count() >= 1
    version_line.first.scroll_into_view_if_needed()
    watched.screenshot("lab-after-run-all")
    assert page.get_by_text("official Jupyter news").count() == 0
    assert page.locator(".jp-Dialog").count() == 0
    # Live walkthroughs use JupyterLab's own Presentation Mode (the website-and-slides guide): View > Appearance.
    page.get_by_role("menuitem", name="View", exact=True).click()
    page.locator(".lm-Menu-item[data-type='submenu']", has_text="Appearance").click()
    page.locator(".lm-Menu-item[data-command='application:toggle-presentation-mode']").click()
    page.wait_for_selector(".jp-LabShell.jp-mod-presentationMode", timeout=5_000)
    watched.screenshot("lab-presentation-mode")
    assert watched.blocked == [], f"requests left loopback: {watched.blocked[:5]}"
    watched.close()
    assert hashlib.sha256(CHAPTER.read_bytes()).hexdigest() == committed
