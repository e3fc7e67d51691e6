"""Build a store of N canonical events from real extracted records, in minutes.

The templates are the events Polemos extracts from the bundled reference corpus (ingested for real);
each generated event copies one template's type, actors, evidence and figures, with its date, place and
actors jittered: a random day of 2015-2024 (some known only to the month or year, a few undated), a town
of a conflict country from the gazetteer (some known only to the province or the country), that
country's state forces, an armed group or an unidentified one. A third of the events are reported by two
or three sources whose figures agree, vary or conflict. Rows go through the one canonical-event builder
and are bulk-loaded (COPY on PostgreSQL).

    python benchmarks/gen_store.py --db /tmp/kb.db --events 100000
    python benchmarks/gen_store.py --db postgresql://127.0.0.1:5432/polemos_bench --events 1000000
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polemos.dates import PartialDate  # noqa: E402
from polemos.resolve.reconcile import canonical  # noqa: E402
from polemos.store import open_store  # noqa: E402
from polemos.store.bulk import load  # noqa: E402
from polemos.store.db import DocMeta  # noqa: E402
from polemos.store.rows import canonical_columns, report_columns  # noqa: E402

COUNTRIES = ("AF", "PK", "SY", "IQ", "YE", "SO", "NG", "ML", "BF", "NE", "UA", "MM", "LY", "CD", "ET", "SD", "MZ", "CM")
PUBLISHERS = ("Reuters", "Associated Press", "AFP", "BBC", "Al Jazeera", "TOLOnews", "Dawn", "Pajhwok", "Rudaw",
              "Premium Times", "Garowe Online", "Kyiv Independent", "The New Humanitarian", "Long War Journal",
              "Xinhua", "Anadolu", "France 24", "Deutsche Welle", "Voice of America", "Radio Free Europe")
BATCH = 20_000


def templates() -> list[dict]:
    """The events extracted from the bundled reference corpus."""
    from polemos.demo import corpus_path
    from polemos.pipeline import ingest
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "t.db"))
        ingest(store, [str(corpus_path())])
        return [e for e in store.events() if e.get("sub_event_type")]


def places(rng: random.Random) -> dict[str, list]:
    """Towns (population 20,000+) of each conflict country, with their province."""
    from polemos.knowledge.gazetteer import default_gazetteer
    gz = default_gazetteer()
    out: dict[str, list] = {cc: [] for cc in COUNTRIES}
    for i, row in enumerate(gz._rows):
        if row.cc in out and row.population >= 20_000:
            out[row.cc].append(gz._city(i))
    return {cc: v for cc, v in out.items() if v}


def actors(cc: str, country: str, on: date) -> list[str]:
    from polemos.knowledge.actors import default_pack
    pack = default_pack()
    force = pack.state_forces(country, on) if country else None
    forces = [pack.acled_name_at(force.id, on)] if force is not None else []
    groups = [r.name for r in pack.records.values() if r.kind == "armed_group" and r.country == country][:6]
    return forces + groups + [f"Unidentified Armed Group ({country})"]


FIRST_DAY = date(2015, 1, 1)     # the ten years generated events fall in start here


def _date(rng: random.Random, first: date = FIRST_DAY) -> tuple[str | None, str | None]:
    day = first + timedelta(days=rng.randrange(3653))
    roll = rng.random()
    if roll < 0.80:
        return day.isoformat(), "day"
    if roll < 0.92:
        return PartialDate.of(day, "month").value, "month"
    if roll < 0.99:
        return PartialDate.of(day, "year").value, "year"
    return None, None


_SHARED: dict = {}


def _init(tpl, towns) -> None:
    _SHARED.update(tpl=tpl, towns=towns)


def _batch(args) -> dict[str, list]:
    """One batch of BATCH canonical events (numbered from `first`), in a worker process."""
    first, count, seed = args
    return next(_rows(_SHARED["tpl"], _SHARED["towns"], first, count, seed))


def generate(n: int, seed: int = 7, processes: int = 2):
    """Batches of rows for store.bulk.load: documents, event reports and canonical events, made in
    `processes` worker processes (each batch from its own seed, so the store is the same either way)."""
    tpl, towns = templates(), places(random.Random(seed))
    jobs = [(first, min(BATCH, n - first), seed * 1_000_003 + first) for first in range(0, n, BATCH)]
    if processes <= 1:
        for job in jobs:
            yield from _rows(tpl, towns, *job)
        return
    import multiprocessing as mp
    with mp.get_context("fork").Pool(processes, initializer=_init, initargs=(tpl, towns)) as pool:
        yield from pool.imap(_batch, jobs)


def _rows(tpl: list[dict], towns: dict[str, list], first: int, n: int, seed: int, first_day: date = FIRST_DAY):
    rng = random.Random(seed)
    codes = sorted(towns)
    cast: dict[tuple, list[str]] = {}
    event_id, doc_n = first * 4, first * 4        # ids: at most three reports per event
    batch: dict[str, list] = {"documents": [], "events": [], "canonical_events": []}
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for k in range(first, first + n):
        t = rng.choice(tpl)
        cc = rng.choice(codes)
        town = rng.choice(towns[cc])
        value, precision = _date(rng, first_day)
        level = rng.random()
        location, admin1, lat, lon, geo = town.name, town.admin1, town.lat, town.lon, 1
        if level > 0.95:
            location, admin1, geo = town.country, None, 3          # known only to the country
        elif level > 0.85:
            location, geo = town.admin1, 3                         # known only to the province
        key_on = PartialDate.maybe(value).midpoint if value else date(2020, 1, 1)
        if (cc, key_on.year) not in cast:
            cast[(cc, key_on.year)] = actors(cc, town.country, key_on)
        names = cast[(cc, key_on.year)]
        actor1 = rng.choice(names) if t.get("actor1") else None
        actor2 = t.get("actor2") if t.get("actor2", "") and t["actor2"].startswith("Civilians") else (
            rng.choice(names) if t.get("actor2") else None)
        if actor2 and actor2.startswith("Civilians"):
            actor2 = f"Civilians ({town.country})"
        base = max(0, int((t.get("fatalities") or rng.choice((0, 0, 1, 2, 3, 5, 8))) * rng.uniform(0.5, 1.5)))
        n_reports = 1 if rng.random() < 0.67 else rng.choice((2, 2, 3))
        rows, docs = [], {}
        key = f"gen-{k:07d}"
        for r in range(n_reports):
            event_id += 1
            doc_n += 1
            doc_id = f"gen-doc-{doc_n:07d}"
            published = (PartialDate.maybe(value).last if value else date(2024, 12, 31)) + timedelta(days=r)
            pub = rng.choice(PUBLISHERS)
            figure = base if r == 0 or rng.random() < 0.5 else max(0, base + rng.choice((-2, -1, 1, 2, 5)))
            high = None if rng.random() < 0.15 else figure
            evidence = (t.get("evidence") or "")[:400]
            row = {"event_type": t["event_type"], "sub_event_type": t["sub_event_type"], "event_date": value,
                   "date_precision": precision, "actor1": actor1, "actor2": actor2, "country": town.country,
                   "admin1": admin1, "location": location, "latitude": lat, "longitude": lon, "geo_precision": geo,
                   "fatalities": figure, "fatalities_low": figure if base else None,
                   "fatalities_high": high if base else None, "claimed_by": None, "event_key": key}
            docs[doc_id] = DocMeta(doc_id, pub, f"{t['sub_event_type']} in {location}", published, None)
            text = f"{location}: {evidence}"
            batch["documents"].append({
                "doc_id": doc_id, "content_hash": hashlib.sha256(doc_id.encode()).hexdigest(),
                "title": docs[doc_id].title,
                "publisher": pub, "published": published.isoformat(), "published_source": "metadata", "url": None,
                "language": "en", "source": "generated", "fmt": "jsonl", "words": len(text.split()), "text": text,
                "ingested_at": stamp, "extractor": "bench"})
            data = dict(row, doc_id=doc_id, extra_evidence=[], notes=None)
            batch["events"].append(dict(row, id=event_id, doc_id=doc_id, start=0, end=len(text), evidence=text,
                                        data=json.dumps(data), resolved=True, component=event_id - r,
                                        **report_columns(row)))
            rows.append(dict(row, id=event_id, doc_id=doc_id, evidence=text, evidence_start=0,
                             evidence_end=len(text)))
        batch["canonical_events"].append(canonical_columns(canonical(key, rows, docs)))
    yield batch


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a new SQLite path or an empty PostgreSQL database URL")
    ap.add_argument("--events", type=int, default=100_000, help="canonical events to generate")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--processes", type=int, default=2, help="worker processes making the rows")
    a = ap.parse_args()
    t0 = time.perf_counter()
    store = open_store(a.db)
    if store.counts()["events"]:
        sys.exit(f"{a.db} is not empty")
    counts = load(store, generate(a.events, a.seed, a.processes))
    print(json.dumps({"db": store.url, **counts, "seconds": round(time.perf_counter() - t0, 1)}))


if __name__ == "__main__":
    main()
