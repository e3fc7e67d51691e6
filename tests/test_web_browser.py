"""The web app in a real browser (Playwright + Debian's chromium): reading, filtering, ingest, hostile text.

Skipped, with the reason, where playwright or /usr/bin/chromium is missing. Set
POLEMOS_SCREENSHOTS=<dir> to keep a screenshot of each page visited.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("POLEMOS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed")
if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
    pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

from polemos.web import create_app  # noqa: E402
from test_web_api import build_store, fake_ingest  # noqa: E402

TOKEN = "browser-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app served by uvicorn on 127.0.0.1 in a thread, over a hand-built store."""
    store = build_store(str(tmp_path_factory.mktemp("browser") / "kb.db"))
    port = _free_port()
    config = uvicorn.Config(create_app(store=store, token=TOKEN, ingest=fake_ingest), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", store
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Exception as exc:  # a chromium that cannot start here is an environment problem, not a bug
            pytest.skip(f"chromium did not start: {exc.__class__.__name__}: {str(exc)[:200]}")
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A page that records every dialog (none may open) and every console error."""
    ctx = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = ctx.new_page()
    pg.dialogs, pg.errors = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def shot(page, name: str) -> None:
    folder = os.environ.get("POLEMOS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_overview_filter_event_and_evidence(server, page):
    base, store = server
    page.goto(base + "/")
    assert page.locator(".count b").first.inner_text() == "3"
    shot(page, "overview")
    page.click("header nav >> text=Events")
    page.select_option("select[name=event_type]", "Battles")
    page.click("form.filters button")
    rows = page.locator("table.data tbody tr")
    assert rows.count() == 2 and "event_type=Battles" in page.url
    shot(page, "events")
    rows.first.locator("td a").first.click()
    assert page.locator("h1").inner_text().endswith("Armed clash")
    assert page.locator("svg.map circle.pin").count() == 1
    shot(page, "event")
    page.locator("article.evidence a.evlink").first.click()
    assert "#focus" in page.url and page.locator("mark.focus#focus").count() == 1
    assert page.locator("mark.focus").inner_text().startswith(("Fighters", "At least"))
    shot(page, "reader")
    assert not page.dialogs and not page.errors


def test_actor_map_and_network_render(server, page):
    base, _ = server
    page.goto(base + "/actors")
    page.click("text=Northern Liberation Front")
    assert "/actors/nlf" in page.url and page.locator("text=Crescent Brigades").count() >= 1
    shot(page, "actor")
    page.goto(base + "/map")
    assert page.locator("svg.map circle.pin").count() == 2
    shot(page, "map")
    page.goto(base + "/network")
    page.wait_for_selector("svg#network[data-layout=force]")
    page.wait_for_selector("svg#network[data-settled='1']", timeout=15_000)
    assert page.locator("svg#network .node").count() >= 4
    box = page.locator("svg#network .node").first.bounding_box()
    assert box and box["width"] > 0
    shot(page, "network")
    page.goto(base + "/timeline")
    assert page.locator("svg.timeline rect.bar").count() >= 2
    shot(page, "timeline")
    assert not page.dialogs and not page.errors


def test_ingest_a_file_with_the_token(server, page, tmp_path):
    base, store = server
    upload = tmp_path / "ostra-report.txt"
    upload.write_text("Militia fighters shelled the market town of Ostra on Friday, witnesses said.")
    page.goto(base + "/ingest")
    page.set_input_files("input[name=files]", str(upload))
    page.fill("input[name=token]", TOKEN)
    page.click("form#ingest-form button")
    page.wait_for_selector("#ingest-status[data-finished]", timeout=15_000)
    assert page.locator("#ingest-status").get_attribute("data-finished") == "done"
    assert "ostra-report" in page.locator("#ingest-status").inner_text()
    assert page.locator("#ingest-status a[href=\"/documents/ostra-report\"]").count() == 1
    assert store.document("ostra-report") is not None
    shot(page, "ingest")
    page.fill("input[name=token]", "wrong")
    page.set_input_files("input[name=files]", str(upload))
    page.click("form#ingest-form button")
    page.wait_for_selector("#ingest-status .s-failed")
    assert "token" in page.locator("#ingest-status").inner_text()


def test_hostile_document_executes_nothing(server, page):
    base, _ = server
    for url in ("/documents/hostile-page", "/documents", "/events?q=Dorun", "/actors", "/claims", "/relations",
                "/map", "/network", "/search?q=Dorun", "/contradictions", "/"):
        page.goto(base + url)
        page.wait_for_load_state("load")
        assert page.locator("[onerror]").count() == 0, url
        assert page.locator("script:not([src])").count() == 0, url
        assert page.locator("a[href^='javascript']").count() == 0, url
        assert page.evaluate("() => document.querySelectorAll('img').length") == 0, url
    page.goto(base + "/documents/hostile-page")
    assert "<script>alert(1)</script>" in page.locator("article.reader").inner_text()
    shot(page, "hostile")
    assert page.dialogs == [], f"a dialog opened: {page.dialogs}"
