"""The dashboard in real headless Chromium (Debian's /usr/bin/chromium via Playwright).

Each test loads a page served by uvicorn on 127.0.0.1, fails on any console error or
uncaught exception, and saves a screenshot under tests/artifacts/.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from web_support import sample_store

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = sample_store(tmp_path_factory.getbasetemp())
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db),
                             "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "/api/summary", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"server did not start: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with its console errors, uncaught exceptions and dialogs recorded."""

    def __init__(self, browser) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def check(self) -> None:
        assert self.errors == []
        assert self.dialogs == []


@pytest.fixture
def watched(browser):
    page = Watched(browser)
    yield page
    page.page.close()


@pytest.mark.parametrize("name, ready", [
    ("summary", ".card"), ("timeline", "#timeline-chart .bar"),
    ("network", "#network-chart .node"), ("map", "#map-chart .country-dot"),
    ("records", "#records tr.record"),
])
def test_web_browser_page_loads(server, watched, name, ready):
    watched.page.goto(f"{server}/{name}")
    watched.page.wait_for_selector(ready)
    assert watched.page.locator("nav a.active").text_content().lower() == name
    watched.shot(name)
    watched.check()


def test_web_browser_filter_applies_and_stays_in_url(server, watched):
    page = watched.page
    page.goto(f"{server}/records")
    page.wait_for_selector("#records tr.record")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("#apply")
    page.wait_for_url("**type=ASSAULT**")
    page.wait_for_function("() => [...document.querySelectorAll('#records tr.record')]"
                           ".every(r => r.children[1].textContent === 'ASSAULT')")
    assert page.locator("#records tr.record").count() > 0
    page.click("nav >> text=Timeline")
    page.wait_for_selector("#timeline-chart .bar")
    assert "type=ASSAULT" in page.url
    assert page.input_value("select[name=type]") == "ASSAULT"
    watched.check()


def test_web_browser_timeline_bar_lists_its_events(server, watched):
    page = watched.page
    page.goto(f"{server}/timeline?actor=RUS&by=year")
    page.wait_for_selector("#timeline-chart .bar")
    page.locator("#timeline-chart .bar").first.click()
    page.wait_for_selector("#records tr.record")
    assert "/records" in page.url and "since=" in page.url and "actor=RUS" in page.url
    watched.check()


def test_web_browser_network_click_filters(server, watched):
    page = watched.page
    page.goto(f"{server}/network")
    page.wait_for_selector("#network-chart .node")
    node = page.locator("#network-chart .node").first
    actor = node.get_attribute("data-id")
    node.click()
    page.wait_for_url(f"**actor={actor}**")
    page.wait_for_selector("#network-chart .node")
    watched.check()


def test_web_browser_record_shows_highlighted_evidence(server, watched):
    page = watched.page
    page.goto(f"{server}/records?source=RUS&type=ASSAULT")
    page.wait_for_selector("#records tr.record")
    page.locator("#records tr.record").first.click()
    page.wait_for_selector("tr.detail .evidence mark.hl-trigger")
    assert page.locator("tr.detail .evidence mark.hl-trigger").first.text_content().strip()
    assert page.locator("tr.detail .evidence mark.hl-source").count() >= 1
    assert page.locator("tr.detail .evidence mark.hl-target").count() >= 1
    assert page.locator("tr.detail .article-text mark.hl-sentence").count() == 1
    watched.shot("record")
    watched.check()


def test_web_browser_hostile_article_renders_as_text(server, watched):
    page = watched.page
    page.goto(f"{server}/records?text=onerror")
    page.wait_for_selector("#records tr.record")
    page.locator("#records tr.record").first.click()
    page.wait_for_selector("tr.detail .evidence mark.hl-trigger")
    assert "<script>alert('title')</script>" in page.text_content("tr.detail .article-title")
    assert "onerror=alert(2)" in page.text_content("tr.detail .evidence")
    assert page.text_content("tr.detail .evidence mark.hl-trigger") == "shelled"
    assert page.locator("main script, main img, main [onerror]").count() == 0
    assert page.locator("tr.detail a").count() == 0  # the javascript: url gets no link
    page.wait_for_timeout(300)
    watched.shot("hostile")
    watched.check()


def test_web_browser_records_sort_and_page(server, watched):
    page = watched.page
    page.goto(f"{server}/records")
    page.wait_for_selector("#records tr.record")
    page.click("th[data-sort=goldstein]")
    page.wait_for_url("**sort=goldstein**")
    page.wait_for_selector("th.sorted-asc[data-sort=goldstein]")
    page.click("th[data-sort=goldstein]")
    page.wait_for_url("**desc=true**")
    page.wait_for_selector("th.sorted-desc[data-sort=goldstein]")
    cells = page.locator("#records tr.record td:nth-child(4)").all_text_contents()
    scores = [float(s) for s in cells]
    assert scores == sorted(scores, reverse=True)
    page.click("#next")
    page.wait_for_url("**page=2**")
    page.wait_for_function("() => document.querySelector('.pager').textContent.includes('Page 2')")
    page.go_back()
    page.wait_for_function("() => document.querySelector('.pager').textContent.includes('Page 1')")
    watched.check()
