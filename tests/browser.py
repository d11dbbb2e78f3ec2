"""Shared helpers for the tests that drive a real browser (Debian's Chromium via Playwright).

Every page is opened in a context that records each request and aborts any that would leave
loopback, and that collects console errors and uncaught page errors: the tests fail on either.
Without Chromium the browser tests skip with one line saying why, except under CI=true, where
a missing browser is a failure (`make browser` installs it).
"""
import contextlib
import functools
import http.server
import ipaddress
import os
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
SCREENSHOTS = BUILD / "screenshots"
CHROMIUM = Path(os.environ.get("COURSE_CHROMIUM", "/usr/bin/chromium"))
# Flags that keep Chromium from opening connections of its own (updates, sync, field trials).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-default-apps", "--disable-extensions"]
VIEWPORT = {"width": 1280, "height": 800}


def unavailable(reason: str):
    """Skip on a learner's machine, fail in CI."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run)", pytrace=False)
    pytest.skip(reason)


def launch_browser():
    """Yield a headless Chromium; one Playwright instance per test module."""
    if not CHROMIUM.exists():
        unavailable(f"no Chromium at {CHROMIUM}; `make browser` installs Debian's chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed; run `make setup`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def is_loopback(url: str) -> bool:
    scheme, host = urlsplit(url).scheme, urlsplit(url).hostname
    if scheme in ("data", "blob", "about"):
        return True
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


class Watched:
    """A browser page with its requests, blocked requests and errors on record."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport=VIEWPORT)
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda err: self.errors.append(f"page error: {err}"))

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if is_loopback(url):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location.get('url')})")

    def assert_clean(self):
        assert self.blocked == [], f"requests left loopback: {self.blocked[:5]}"
        assert self.errors == [], "\n".join(self.errors[:10])

    def screenshot(self, name: str, **options) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), **options)
        return path

    def close(self):
        self.context.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(folder: Path):
    """Serve a folder over HTTP on a free loopback port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def built(folder: Path, command: str) -> Path:
    """A build output the tests need; `make test` builds it first."""
    if not (folder / "index.html").exists():
        pytest.fail(f"{folder} is not built; run `{command}` (make test does)", pytrace=False)
    return folder


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module: several Playwright instances in one process clash."""
    yield from launch_browser()


@pytest.fixture
def watched(browser):
    page = Watched(browser)
    yield page
    page.close()


# Every link on a page, checked from inside the page: the target answers (no 404) and, when
# the link has a #fragment, the target holds an element with that id. `decoded`: look the id
# up as reveal.js does (percent-decoded); otherwise as a browser does (as written, then
# decoded). Links to other sites (a model card's sources) are not checked: the tests are offline.
BROKEN_LINKS_JS = """async ([decoded]) => {
    const here = new URL(location.href); here.hash = '';
    const cache = window.__linkTargets || (window.__linkTargets = {});
    const load = async (url) => {
        if (!(url in cache)) {
            cache[url] = fetch(url).then(async r => r.ok
                ? new DOMParser().parseFromString(await r.text(), 'text/html') : r.status);
        }
        return cache[url];
    };
    const holds = (doc, fragment) => {
        const raw = fragment.slice(1);
        let name = raw; try { name = decodeURIComponent(raw); } catch (e) {}
        return decoded ? !!doc.getElementById(name)
                       : !!(doc.getElementById(raw) || doc.getElementById(name));
    };
    const broken = [];
    for (const a of document.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href');
        if (href === '#' || /^(javascript|mailto|data):/.test(href)) continue;
        const url = new URL(href, location.href);
        if (url.origin !== location.origin) continue;   // another site: not checkable offline
        const page = new URL(url); page.hash = '';
        if (decoded && url.hash.startsWith('#/')) continue;   // reveal.js's own slide links
        const doc = page.href === here.href ? document : await load(page.href);
        if (typeof doc === 'number') { broken.push(`${href} (${doc})`); continue; }
        if (url.hash && url.hash !== '#' && !holds(doc, url.hash)) broken.push(href + ' (no such id)');
    }
    return [...new Set(broken)];
}"""

# Output boxes whose text runs past their right edge. Printed text (a <pre>) must wrap: a
# traceback's error line 4,525 px wide in an 896 px box is out of sight even where the box
# scrolls sideways. A table may instead scroll inside its box.
HIDDEN_OUTPUT_JS = """(selector) => Array.from(document.querySelectorAll(selector)).filter(el => {
    if (!el.offsetParent) return false;
    const style = getComputedStyle(el);
    const scrolls = el.tagName !== 'PRE' && ['auto', 'scroll'].includes(style.overflowX);
    return el.scrollWidth > el.clientWidth + 1 && !scrolls;
}).map(el => el.innerText.slice(0, 80))"""


def markdown_tables(text: str) -> int:
    """How many GitHub-flavoured Markdown tables a text holds (a header row, then a
    delimiter row of dashes)."""
    import re

    return len(re.findall(r"^\|[^\n]*\|\n\|(?: *:?-+:? *\|)+ *$", text, flags=re.MULTILINE))
