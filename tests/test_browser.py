"""End to end in a real browser: `streamlit run` on a free port, driven by Debian's chromium.

`make test` installs chromium (`make browser-deps`); without it the test is skipped.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTION = "Where are Rubio, Waltz and Witkoff heading?"  # cites a sentence below the pane's fold
UNTRUSTED = ("Prova <script>alert(1)</script> di sicurezza\n\n"
             "Questo articolo contiene <script>alert(1)</script> e <img src=x onerror=alert(2)> come testo. "
             "Nessun codice deve essere eseguito.\n")


@pytest.fixture
def server(tmp_path, embedder):
    """The app on a free port, on a temp index with the seed article."""
    from factcheck import FactChecker

    index = tmp_path / "index"
    with FactChecker.open(index, embedder=embedder) as fc:  # closed before the app opens the folder
        fc.ingest([SEEDS])
    port = free_port()
    env = {**os.environ, "FACTCHECK_INDEX": str(index), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    log = open(tmp_path / "streamlit.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def page(tmp_path):
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"{CHROMIUM} is missing; install it with `make browser-deps`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        yield page
        browser.close()


def open_app(page, url: str, timeout_s: float = 90.0) -> None:
    """Load the page (retrying while the server starts) and wait for the chat input."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            page.goto(url, timeout=10_000)
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    page.get_by_test_id("stChatInputTextArea").wait_for(state="visible", timeout=timeout_s * 1000)


def test_ask_highlight_and_upload_untrusted_article(server, page, tmp_path):
    from playwright.sync_api import expect

    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_app(page, server)
    expect(page.get_by_text("Ask a question or check a claim")).to_be_visible()

    # Ask: the verdict badge, the citation, the cited sentence highlighted and scrolled into view.
    chat = page.get_by_test_id("stChatInputTextArea")
    chat.fill(QUESTION)
    chat.press("Enter")
    reply = page.get_by_test_id("stChatMessage").nth(1)
    badge = reply.locator(".stMarkdownBadge")
    expect(badge).to_have_text(re.compile(r"^check_circle\s*Supported$"), timeout=30_000)  # icon, word
    expect(reply.get_by_text("Sources")).to_be_visible()
    mark = page.locator(".fc-article mark.fc-supports").first
    expect(mark).to_contain_text("si stanno dirigendo in Arabia Saudita")
    expect(mark).to_be_in_viewport()  # the pane scrolled down to it
    page.screenshot(path=tmp_path / "answer.png", full_page=True)

    # Clicking another passage highlights and scrolls to it.
    reply.get_by_text("More passages consulted").click()
    reply.get_by_role("button", name=re.compile(r"^\[5\]")).click()
    clicked = page.locator('.fc-article mark[data-n="5"]')
    # (the click reruns the app: on a busy CI machine that took more than the default 5 s once)
    expect(clicked).to_have_class(re.compile(r"fc-focus"), timeout=30_000)
    expect(clicked).to_be_in_viewport()

    # Upload an article holding markup: it shows as text, nothing runs.
    upload = tmp_path / "prova.txt"
    upload.write_text(UNTRUSTED, encoding="utf-8")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(upload))
    expect(page.get_by_test_id("stSidebar").get_by_text("Added «Prova <script>alert(1)</script> di sicurezza»",
                                                        exact=False)).to_be_visible(timeout=30_000)
    pane = page.locator(".fc-article")
    expect(pane).to_contain_text("contiene <script>alert(1)</script> e <img src=x onerror=alert(2)> come testo")
    assert pane.locator("script, img").count() == 0
    assert page.locator("img[src=x]").count() == 0
    page.wait_for_timeout(500)  # give a stray script the chance to run
    assert dialogs == []
    page.screenshot(path=tmp_path / "app.png", full_page=True)
    assert (tmp_path / "app.png").stat().st_size > 10_000
    if keep := os.environ.get("FACTCHECK_SCREENSHOT_DIR"):  # to look at the page after a run
        Path(keep).mkdir(parents=True, exist_ok=True)
        for name in ("answer.png", "app.png"):
            (Path(keep) / name).write_bytes((tmp_path / name).read_bytes())
