"""Latency of the explorer's queries on a large store (made by gen_store.py), in process through the web
app: filtered, sorted, paged /api/events and /events, the month timeline and the map by province; p50 and
p95 per request kind over repeated varied requests, and the process's peak memory.

    python benchmarks/gen_store.py --db /tmp/kb100k.db --events 100000
    python benchmarks/bench_store.py --db /tmp/kb100k.db
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
warnings.filterwarnings("ignore")

from fastapi.testclient import TestClient  # noqa: E402

from polemos.store import open_store  # noqa: E402
from polemos.web import create_app  # noqa: E402

FILTERS = ["", "country=AF", "country=SY&event_type=Battles", "actor=ISIS-K", "actor=Daesh&country=IQ",
           "since=2021-01&until=2021-12", "country=NG&since=2019-06-01&until=2020-05-31",
           "sub_event_type=Suicide%20bomb&sort=-fatalities", "country=SO&sort=-fatalities", "event_type=Protests",
           "country=AF&admin1=Kabul", "page=40", "country=ML&page=20&limit=25", "q=checkpoint"]
KINDS = {
    "/api/events": lambda f: f"/api/events?{f}",
    "/events": lambda f: f"/events?{f}",
    "timeline by month (/api/timeline)": lambda f: f"/api/timeline?{f.split('&page')[0].split('page=')[0]}",
    "map by province (/api/map divisions)": None,
}


def _ms(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    return {"n": len(samples), "p50_ms": round(statistics.median(samples) * 1000, 1), "p95_ms": round(p95 * 1000, 1),
            "max_ms": round(samples[-1] * 1000, 1)}


def run(db: str, rounds: int) -> dict:
    store = open_store(db)
    client = TestClient(create_app(store=store))
    from polemos.query import EventFilter
    out = {"store": store.url, "canonical_events": store.counts()["canonical_events"],
           "event_reports": store.counts()["events"]}
    slow: list[tuple[float, str]] = []
    medians: dict[str, list[float]] = {}
    for kind, url_of in KINDS.items():
        samples = []
        for r in range(rounds + 1):
            for f in FILTERS:
                t = time.perf_counter()
                if url_of is None:
                    store.map_divisions(EventFilter.parse(**{k: unquote(v) for k, v in (
                        p.split("=") for p in f.split("&") if p and not p.startswith(("page", "limit", "sort")))}))
                else:
                    resp = client.get(url_of(f))
                    assert resp.status_code == 200, (url_of(f), resp.text[:200])
                dt = time.perf_counter() - t
                if r:                                   # round 0 warms the caches
                    samples.append(dt)
                    slow.append((dt, f"{kind} {f}"))
                    medians.setdefault(f"{kind} {f}", []).append(dt)
        out[kind] = _ms(samples)
    out["slowest"] = [f"{round(dt * 1000, 1)} ms {what}" for dt, what in sorted(slow, reverse=True)[:5]]
    by_median = sorted(((statistics.median(v), what) for what, v in medians.items()), reverse=True)
    out["slowest_medians"] = [f"{round(dt * 1000, 1)} ms {what}" for dt, what in by_median[:8]]
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds over the filter set (after one warm-up)")
    a = ap.parse_args()
    print(json.dumps(run(a.db, a.rounds), indent=1))


if __name__ == "__main__":
    main()
