"""`polemos watch` against feeds served on 127.0.0.1: validators, backoff, dedupe, bad feeds, alerts once."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from polemos.cli import main
from polemos.errors import WatchError
from polemos.store import open_store
from polemos.watch import SimulatedClock, Watcher, parse_every, read_watchlist
from polemos.watch.alerts import AlertFilter, AlertSinks, load_filters, new_canonical_events
from watch_server import JALALABAD, KABUL, KABUL_TOLL, WAZIRISTAN, FeedServer

EVERY = 900.0
ISK_IN_AFGHANISTAN = AlertFilter("isk-afghanistan", actor="ISIS-K", country="AF", min_fatalities=5)


@pytest.fixture
def server():
    srv = FeedServer(slow=2.0)
    srv.feed("/good.rss", "Kabul Wire", [KABUL, WAZIRISTAN], etag='"v1"')
    srv.feed("/mirror.rss", "Mirror", [KABUL])                      # the same article again, no validators
    srv.routes["/error.rss"] = (500, "text/plain", b"internal error")
    srv.routes["/garbage.rss"] = (200, "application/rss+xml", b"\x00\x13<rss<<<\xff\xfe not a feed at all")
    yield srv
    srv.close()


def make_watcher(server, tmp_path, paths, **kw):
    clock = SimulatedClock(1_700_000_000.0)
    kw.setdefault("filters", [ISK_IN_AFGHANISTAN])
    return Watcher(open_store(str(tmp_path / "kb.db")), [server.base + p for p in paths], every=EVERY,
                   state_path=tmp_path / "state.json", timeout=0.5, clock=clock.time, sleep=clock.sleep, **kw)


def next_cycle(watcher):
    """One more cycle, an interval after the previous one (on the simulated clock)."""
    out = []
    watcher.run(1, on_cycle=out.append)
    return out[0]


def statuses(report):
    return {p.url.rsplit("/", 1)[1]: p.status for p in report.probes}


def test_watch_survives_bad_feeds_dedupes_and_alerts_once(server, tmp_path):
    paths = ["/good.rss", "/mirror.rss", "/slow.rss", "/error.rss", "/garbage.rss"]
    sinks = AlertSinks(jsonl=tmp_path / "alerts.jsonl", webhook=server.base + "/webhook")
    watcher = make_watcher(server, tmp_path, paths, sinks=sinks)
    reports = []
    watcher.run(2, on_cycle=reports.append)

    first, second = reports
    assert statuses(first) == {"good.rss": "new", "mirror.rss": "new", "slow.rss": "failed",
                               "error.rss": "failed", "garbage.rss": "failed"}
    details = {p.url.rsplit("/", 1)[1]: p.detail for p in first.probes}
    assert "timed out" in details["slow.rss"] and "HTTP 500" in details["error.rss"]
    assert "not a readable feed" in details["garbage.rss"]
    assert len(first.added) == 2 and first.duplicates == 1, "the mirrored article is stored once"
    assert watcher.store.counts()["documents"] == 2

    # alerts: ISIS-K events in Afghanistan with 5+ killed, none for the clash in Pakistan
    assert first.alerts
    for alert in first.alerts:
        assert alert["country"] == "Afghanistan" and alert["fatalities"] >= 5
        assert "Khorasan" in " ".join(filter(None, [alert["actor1"], alert["actor2"]]))
    assert not any(a["country"] == "Pakistan" for a in first.alerts)

    # second cycle: the good feed answers 304 to its ETag, the mirror is unchanged, failing feeds wait
    assert statuses(second) == {"good.rss": "not-modified", "mirror.rss": "unchanged", "slow.rss": "waiting",
                                "error.rss": "waiting", "garbage.rss": "waiting"}
    assert server.conditional["/good.rss"] == 1 and server.hits["/good.rss"] == 3   # probe, ingest, 304
    assert not second.alerts and not second.added

    # third cycle: a second report of the Kabul bombing (joins a known event) and a new bombing in Jalalabad
    server.feed("/good.rss", "Kabul Wire", [JALALABAD, KABUL_TOLL, KABUL, WAZIRISTAN], etag='"v2"')
    third = next_cycle(watcher)
    assert statuses(third)["good.rss"] == "new" and len(third.added) == 2
    assert statuses(third)["error.rss"] == "failed", "retried after two intervals"
    alerted_first = {a["event_key"] for a in first.alerts}
    assert len(third.alerts) == 1 and "Jalalabad" in third.alerts[0]["location"], \
        "one alert, for the new Jalalabad bombing; the second Kabul report joins the event alerted before"
    assert third.alerts[0]["event_key"] not in alerted_first
    rekeyed = [e for e in watcher.store.canonical_events().values() if ISK_IN_AFGHANISTAN.matches(e)
               and {r.doc_id for r in e.reports} & set(first.added)
               and {r.doc_id for r in e.reports} & set(third.added)]
    assert rekeyed, "the Kabul event, with a new report (and so a new key), still matches and is not alerted again"
    for alert in third.alerts:      # an alerted event rests on documents of this cycle only
        assert {s["doc_id"] for s in alert["sources"]} <= set(third.added)

    for _ in range(4):
        next_cycle(watcher)
    assert server.hits["/error.rss"] == 3, "tried at cycles 1, 3 and 7: backoff of 2 then 4 intervals"

    every_alert = first.alerts + third.alerts
    lines = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    assert [a["event_key"] for a in lines] == [a["event_key"] for a in every_alert]
    assert [json.loads(p)["event_key"] for p in server.posts] == [a["event_key"] for a in every_alert]


def test_a_recovered_feed_and_a_restart_keep_their_state(server, tmp_path):
    watcher = make_watcher(server, tmp_path, ["/good.rss", "/garbage.rss"], filters=())
    assert statuses(next_cycle(watcher))["garbage.rss"] == "failed"
    server.feed("/garbage.rss", "Fixed", [WAZIRISTAN])
    next_cycle(watcher)                                            # still waiting (backoff)
    assert statuses(next_cycle(watcher))["garbage.rss"] == "new"   # back, and read
    assert watcher.state.feeds[server.base + "/garbage.rss"].failures == 0

    again = make_watcher(server, tmp_path, ["/good.rss", "/garbage.rss"], filters=())   # a new process
    assert statuses(next_cycle(again)) == {"good.rss": "not-modified", "garbage.rss": "unchanged"}


def test_linked_pages_that_fail_are_retried_then_given_up(server, tmp_path):
    short = [("Short note on a checkpoint attack", "Mon, 04 Mar 2024 08:00:00 GMT", "", "/missing.html")]
    from watch_server import rss
    server.routes["/links.rss"] = (200, "application/rss+xml",
                                   rss("Links", [(t, d, x, server.base + link) for t, d, x, link in short]))
    server.etags["/links.rss"] = '"l1"'
    watcher = make_watcher(server, tmp_path, ["/links.rss"], filters=())
    details = [next_cycle(watcher).probes[0].detail for _ in range(5)]
    assert server.hits["/missing.html"] == 3
    assert "given up on 1 entries" in details[2]
    assert server.conditional["/links.rss"] >= 1, "validators are sent again once nothing awaits a retry"


def test_new_canonical_events_are_those_resting_on_new_documents_only(tmp_path):
    from polemos.canonical import CanonicalEvent, Report
    store = open_store(str(tmp_path / "kb.db"))

    def event(key, *docs):
        return CanonicalEvent(key, "Battles", "Armed clash", reports=[Report(i, d) for i, d in enumerate(docs)])
    store.set_event_keys({}, canonical={e.event_key: e for e in (
        event("old-rekeyed", "a", "b"),    # a new report joined a known event
        event("new-one", "b", "c"), event("old", "a"))})
    assert [e.event_key for e in new_canonical_events(store, {"b", "c"})] == ["new-one"]


@pytest.mark.parametrize("flt, expected", [
    (AlertFilter("x", actor="ISIS-K"), True),                 # an alias of the pack's actor
    (AlertFilter("x", actor="khorasan"), True),               # a substring of the coded name
    (AlertFilter("x", actor="Taliban"), False),
    (AlertFilter("x", country="Afghanistan"), True),
    (AlertFilter("x", country="AF"), True),
    (AlertFilter("x", country="Pakistan"), False),
    (AlertFilter("x", type="suicide bomb"), True),
    (AlertFilter("x", type="Explosions/Remote violence"), True),
    (AlertFilter("x", type="Battles"), False),
    (AlertFilter("x", min_fatalities=14), True),
    (AlertFilter("x", min_fatalities=15), False),
])
def test_filter_matching(flt, expected):
    from dataclasses import replace

    from polemos.canonical import CanonicalEvent
    from polemos.place import Place
    from polemos.ranges import Range
    event = CanonicalEvent("k", "Explosions/Remote violence", "Suicide bomb", place=Place.of(None, "Afghanistan"),
                           actor1="Islamic State Khorasan Province (ISKP)", actor2="Civilians (Afghanistan)",
                           fatalities=Range(14, 16), fatalities_acled=14)
    assert flt.matches(event) is expected
    assert not AlertFilter("x", min_fatalities=1).matches(replace(event, fatalities_acled=None))


def test_filters_file_is_validated(tmp_path):
    good = tmp_path / "alerts.yaml"
    good.write_text("alerts:\n  - name: isk\n    actor: ISIS-K\n    min_fatalities: 5\n  - country: Somalia\n")
    assert load_filters(good) == [AlertFilter("isk", actor="ISIS-K", min_fatalities=5),
                                  AlertFilter("filter-2", country="Somalia")]
    bad = tmp_path / "bad.yaml"
    bad.write_text("- actor: ISIS-K\n  fatalities: 5\n")
    with pytest.raises(WatchError, match="unknown field.*fatalities"):
        load_filters(bad)
    bad.write_text("- actor: ISIS-K\n  min_fatalities: many\n")
    with pytest.raises(WatchError, match="whole number"):
        load_filters(bad)


def test_intervals_and_watch_lists(tmp_path):
    assert [parse_every(s) for s in ("15m", "1h30m", "90s", "2d", "45")] == [900, 5400, 90, 172800, 45]
    for bad in ("soon", "15x", "0m", "m15"):
        with pytest.raises(WatchError):
            parse_every(bad)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# conflict feeds\nhttps://a.example/rss  # agency\n\nhttps://a.example/rss\nhttp://b.example/x\n")
    assert read_watchlist(feeds) == ["https://a.example/rss", "http://b.example/x"]
    feeds.write_text("https://a.example/rss\n/home/me/feed.xml\n")
    with pytest.raises(WatchError, match=":2: .* not an http"):
        read_watchlist(feeds)


def test_cli_runs_cycles_without_sleeping(server, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{server.base}/good.rss\n{server.base}/error.rss\n")
    alerts = tmp_path / "alerts.yaml"
    alerts.write_text("- name: isk-afghanistan\n  actor: ISIS-K\n  country: Afghanistan\n  min_fatalities: 5\n")
    result = CliRunner().invoke(main, ["watch", str(feeds), "--db", str(tmp_path / "kb.db"), "--every", "15m",
                                       "--alerts", str(alerts), "--cycles", "3", "--no-sleep", "--timeout", "1"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.count("ALERT isk-afghanistan: ") >= 1 and "Khorasan" in out
    assert "cycle 1 at" in out and "cycle 3 at" in out and "HTTP 500" in out
    assert (tmp_path / "feeds.txt.state.json").exists()
    assert open_store(str(tmp_path / "kb.db")).counts()["documents"] == 2
