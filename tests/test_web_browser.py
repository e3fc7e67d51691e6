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
    assert rows.count() == 1 and "event_type=Battles" in page.url, "the two reports of the clash are one event"
    shot(page, "events")
    rows.first.locator("td a").first.click()
    assert page.locator("h1").inner_text().endswith("Armed clash")
    assert "North Wire, 13 May 2024" in page.locator("dl.facts").inner_text(), "publisher and date, no hash id"
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
    page.goto(base + "/network")
    page.wait_for_selector("svg#network[data-ready='1']")
    assert page.locator("svg#network .node").count() >= 4
    box = page.locator("svg#network .node").first.bounding_box()
    assert box and box["width"] > 0
    shot(page, "network")
    page.goto(base + "/timeline")
    assert page.locator("figure.timeline svg rect.bar").count() >= 2
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


# ---- the explorer: map, downloads, aliases, phones ------------------------------------------------
def _add_cluster_and_iskp(store) -> None:
    """Forty events around one town (they cluster on the map) and one ISKP bombing (alias filters)."""
    import hashlib
    from datetime import date

    from polemos.model import Document, Event, Extraction, Span
    text = " ".join(f"Militants raided post {i} near Karsa." for i in range(40)) + \
        " Islamic State Khorasan Province fighters bombed a mosque in Kabul on 3 May 2024."
    evs = []
    for i in range(40):
        start = text.index(f"post {i} ") - len("Militants raided ")
        evs.append(Event("karsa-raids", "Battles", "Armed clash", Span("karsa-raids", start, start + 30),
                         event_date=f"2024-05-{i % 28 + 1:02d}", date_precision="day",
                         actor1="Northern Liberation Front",
                         actor2="Military Forces of Freedonia", country="Freedonia", admin1="North Province",
                         location=f"Karsa outpost {i}", latitude=12.5 + (i % 7) * 0.01,
                         longitude=31.2 + (i // 7) * 0.01,
                         geo_precision=1, fatalities=i % 4, fatalities_low=i % 4, fatalities_high=i % 4))
    start = text.index("Islamic State")
    evs.append(Event("karsa-raids", "Explosions/Remote violence", "Suicide bomb", Span("karsa-raids", start, len(text)),
                     event_date="2024-05-03", date_precision="day", actor1="Islamic State Khorasan Province (ISKP)",
                     actor2="Civilians (Afghanistan)", country="Afghanistan", admin1="Kabul", location="Kabul",
                     latitude=34.53, longitude=69.17, geo_precision=1, fatalities=12, fatalities_low=12,
                     fatalities_high=12))
    store.add(Document("karsa-raids", text, title="A month of raids", publisher="North Wire",
                       published=date(2024, 6, 1), content_hash=hashlib.sha256(text.encode()).hexdigest()),
              Extraction(events=evs))


@pytest.fixture(scope="module")
def explorer(server):
    base, store = server
    if store.document("karsa-raids") is None:
        _add_cluster_and_iskp(store)
    return base, store


def test_map_pans_zooms_clusters_and_has_a_legend(explorer, page):
    base, _ = explorer
    page.goto(base + "/map")
    page.wait_for_selector("#map[data-ready='1']", timeout=20_000)
    assert page.locator(".leaflet-overlay-pane path, .leaflet-basemap-pane path").count() > 100, "an offline basemap"
    clusters = page.locator(".marker-cluster")
    assert clusters.count() >= 1, "the forty raids cluster"
    legend = page.locator(".map-legend")
    assert legend.is_visible() and "Event type" in legend.inner_text() and "Events per province" in legend.inner_text()
    shot(page, "map")
    for _ in range(40):                      # click into the clusters (no string eval: the CSP forbids it)
        if page.locator("path.event-marker").count() >= 5:
            break
        if clusters.count() and not _ % 5:
            clusters.first.click()
        page.wait_for_timeout(250)
    assert page.locator("path.event-marker").count() >= 5, "a cluster opens into its events"
    pane = page.locator(".leaflet-map-pane")
    before = pane.get_attribute("style")
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 3, box["y"] + box["height"] / 3)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 3 + 120, box["y"] + box["height"] / 3 + 60, steps=8)
    page.mouse.up()
    assert pane.get_attribute("style") != before, "the map pans"
    zoom = page.evaluate("() => document.querySelector('.leaflet-proxy').style.transform")
    page.click(".leaflet-control-zoom-out")
    page.wait_for_timeout(600)
    assert page.evaluate("() => document.querySelector('.leaflet-proxy').style.transform") != zoom, "and zooms"
    shot(page, "map-zoomed")
    assert not page.errors, page.errors


def test_download_this_view_holds_the_filtered_events(explorer, page, tmp_path):
    base, store = explorer
    page.goto(base + "/events?event_type=Battles")
    total = int(page.locator("h1 .muted").first.inner_text().replace(",", "").rstrip("+"))
    for kind, count in (("csv", lambda p: len(p.read_text().splitlines()) - 1),
                        ("geojson", lambda p: len(__import__("json").loads(p.read_text())["features"]))):
        with page.expect_download() as info:
            page.click(f"a.download[data-kind={kind}]")
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        assert count(path) == total, kind
    assert total == store.count_events(__import__("polemos.query", fromlist=["EventFilter"]).EventFilter.parse(
        event_type="Battles"))


def test_alias_filtering_with_autocomplete(explorer, page):
    base, _ = explorer
    page.goto(base + "/events")
    field = page.locator("input[name=actor]")
    field.fill("ISIS")
    page.wait_for_selector("input[name=actor][data-suggested]", timeout=5_000)
    options = page.eval_on_selector_all("#actor-names option", "els => els.map(e => e.value)")
    assert "ISIS-K" in options, options
    field.fill("ISIS-K")
    page.click("form.filters button")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1 and "Suicide bomb" in rows.first.inner_text() and "actor=ISIS-K" in page.url
    shot(page, "alias-filter")
    page.goto(base + "/events?actor=Daesh&country=AF")
    assert page.locator("table.events tbody tr").count() == 1, "Daesh in Afghanistan is ISKP"


@pytest.mark.parametrize("path", ["/", "/events", "/events?actor=ISIS-K", "/map", "/timeline", "/network",
                                  "/contradictions", "/documents", "/documents/north-wire"])
def test_pages_fit_a_390px_phone(explorer, browser, path):
    base, _ = explorer
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1, is_mobile=True)
    pg = ctx.new_page()
    pg.goto(base + path)
    pg.wait_for_load_state("load")
    width = pg.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 392, f"{path} is {width}px wide at 390px"
    if path == "/events":
        cell = pg.locator("table.events tbody tr").first.locator("td").first
        assert cell.bounding_box()["width"] > 300, "table rows become cards"
    shot(pg, "phone-" + (path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "overview"))
    ctx.close()
