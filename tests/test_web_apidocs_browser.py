"""/docs in Debian's chromium with the network cut off (only the app on 127.0.0.1 answers): the API reference
renders with its stylesheet, fetches nothing from elsewhere, and its forms send real requests.

Skipped, with the reason, where playwright or chromium is missing. POLEMOS_SCREENSHOTS=<dir> keeps screenshots.
"""
from __future__ import annotations

import json

import pytest

import test_web_browser as browser_tests  # (skips this module, saying why, without chromium)
from polemos.query import EventFilter
from polemos.web.apidocs import operations

server, shot = browser_tests.server, browser_tests.shot
# every host but the app's own resolves to nothing, and anything not on loopback goes to a dead proxy
OFFLINE = [*browser_tests.ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
           "--proxy-server=http://127.0.0.1:9"]


@pytest.fixture(scope="module")
def offline_page():
    with browser_tests.sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=browser_tests.CHROMIUM, args=OFFLINE)
        except Exception as exc:  # a chromium that cannot start here is an environment problem, not a bug
            pytest.skip(f"chromium did not start: {exc.__class__.__name__}: {str(exc)[:200]}")
        ctx = b.new_context(viewport={"width": 1360, "height": 900})
        page = ctx.new_page()
        page.requests, page.errors = [], []
        page.on("request", lambda r: page.requests.append(r.url))
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        yield page
        b.close()


def test_docs_render_and_send_requests_with_the_network_off(server, offline_page):
    base, store = server
    page = offline_page
    probe = page.context.new_page()
    with pytest.raises(Exception, match="net::ERR_"):
        probe.goto("http://example.org/", timeout=10_000)      # the outside world is unreachable
    probe.close()
    page.goto(base + "/docs")
    assert page.locator("h1").inner_text().startswith("Polemos API")
    n_ops = len(operations(json.loads(page.context.request.get(base + "/openapi.json").text())))
    assert page.locator("section.api-op").count() == n_ops
    verb = page.locator("#get-api-events .verb").first
    assert verb.is_visible() and verb.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(31, 78, 140)", \
        "the stylesheet, served by the app, is applied"
    assert page.locator("#get-api-events table.params tr").count() > 8
    shot(page, "apidocs")
    assert all(url.startswith(base) for url in page.requests), [u for u in page.requests if not u.startswith(base)]
    assert not page.errors

    page.fill("#get-api-events form.try input[name=actor]", "Northern Liberation Front")
    page.click("#get-api-events form.try button")
    assert "/api/events?actor=Northern+Liberation+Front" in page.url
    listing = json.loads(page.locator("body").inner_text())
    assert listing["total"] == store.count_events(EventFilter.parse(actor="Northern Liberation Front")) > 0

    page.goto(base + "/docs#get-api-actors-name")
    page.fill("#get-api-actors-name form.try input[name=name]", "NLF")
    page.click("#get-api-actors-name form.try button")
    assert json.loads(page.locator("body").inner_text())["actor"]["name"] == "Northern Liberation Front"
    shot(page, "apidocs-try")
    assert all(url.startswith(base) for url in page.requests)     # (a JSON page asks for /favicon.ico: a 404)
