"""ACLED-format CSV of the canonical events: ACLED's 31 columns, one row per canonical event.

Mappings (inter codes, disorder types, regions, source scales) live in `acled.yaml`.
Events dated less precisely than the month are left out, as ACLED does.
"""
from __future__ import annotations

import csv
import hashlib
import re
from datetime import date, datetime, time, timezone
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import yaml

from .canonical import actor_kinds, canonical_records
from .countries import iso3, iso_numeric

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp")


@lru_cache(maxsize=1)
def mappings() -> dict[str, Any]:
    """The ACLED mapping tables of acled.yaml, with the region table inverted to ISO3 -> region."""
    data = yaml.safe_load((Path(__file__).with_name("acled.yaml")).read_text(encoding="utf-8"))
    data["region_of"] = {code: region for region, codes in data["regions"].items() for code in codes}
    data["name_rules"] = [(re.compile(r["pattern"], re.I), r["inter"]) for r in data["inter_by_name"]]
    return data


def inter_code(name: str | None, kinds: dict[str, str]) -> int | None:
    """ACLED actor type of an actor: naming conventions first, then the stored actor kind."""
    if not name:
        return None
    m = mappings()
    for rx, code in m["name_rules"]:
        if rx.search(name):
            return code
    return m["inter_by_kind"].get(kinds.get(name, ""))


GENERIC_BASES = ("Civilians", "Protesters", "Rioters", "Unidentified", "Prisoners")


def acled_actor(name: str | None, on: date) -> tuple[str | None, int | None]:
    """An actor as ACLED names and types it on the event's date, from the actor pack (the Taliban from
    15 August 2021 are "Military Forces of Afghanistan (2021-)", type 1); (name, None) when the pack lacks it."""
    if not name:
        return None, None
    if name.startswith(GENERIC_BASES):
        return name, None                     # already ACLED's "Civilians (Country)" form
    from ..knowledge.actors import default_pack
    pack = default_pack()
    rec = pack.lookup(name)
    if rec is None:
        return name, None
    return pack.acled_name_at(rec.id, on), pack.inter_at(rec.id, on)


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction as text: the two actor types, lower code first; "X only" with one side."""
    labels = mappings()["inter_labels"]
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{labels[codes[0]]} only"
    return "-".join(labels[c] for c in codes)


def acled_date(value: str | None, precision: str | None) -> tuple[date, int] | None:
    """(date, time_precision) as ACLED codes it; None when less precise than the month."""
    tp = mappings()["time_precision"].get(precision or "")
    if not value or tp is None:
        return None
    parts = [int(p) for p in value.split("-")[:3]]
    if len(parts) == 2:                       # month only: ACLED uses the middle of the month
        parts.append(15)
    if len(parts) < 3:
        return None
    return date(*parts), tp


def source_scale(publishers: list[str]) -> str:
    """ACLED source_scale: the scales of the publishers, joined with '-' (e.g. 'National-International')."""
    table = mappings()["source_scale"]
    scales = []
    for pub in publishers:
        low = pub.lower()
        scale = next((s for s, keys in table.items() if any(k in low for k in keys)), "Other")
        if scale not in scales:
            scales.append(scale)
    order = ["Subnational", "National", "Regional", "International", "New media", "Other"]
    return "-".join(sorted(scales, key=lambda s: order.index(s) if s in order else 99))


def summary_sentence(rec: dict[str, Any], when: date | None = None) -> str:
    """A one-sentence note for an event, in ACLED's style."""
    when_txt = f"On {when.day} {when:%B %Y}" if when else "On an unknown date"
    where = ", ".join(p for p in (rec.get("location"), rec.get("admin1"), rec.get("country")) if p)
    who = rec.get("actor1") or "an unidentified actor"
    sub = (rec.get("sub_event_type") or rec.get("event_type") or "event").lower()
    against = f" against {rec['actor2']}" if rec.get("actor2") else ""
    text = f"{when_txt}, {who} carried out {_article(sub)} {sub}{against}" + (f" in {where}" if where else "")
    fat, low, high = rec.get("fatalities"), rec.get("fatalities_low"), rec.get("fatalities_high")
    if high is not None and low is not None and high != low:
        text += f" ({low}-{high} killed according to reports)"
    elif fat:
        text += f" ({fat} killed)"
    if rec.get("claimed_by"):
        text += f"; claimed by {rec['claimed_by']}"
    return text + "."


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _tags(rec: dict[str, Any]) -> str:
    tags = []
    if rec.get("claimed_by"):
        tags.append(f"claimed by {rec['claimed_by']}")
    if rec.get("denied_by"):
        tags.append(f"denied by {rec['denied_by']}")
    low, high = rec.get("fatalities_low"), rec.get("fatalities_high")
    if low is not None and high is not None and low != high:
        tags.append(f"fatalities range={low}-{high}")
    return "; ".join(tags)


def _event_id(country: str | None, key: str, taken: set[str]) -> str:
    """ISO3 + a number derived from the event key: stable across re-exports, unique within one."""
    prefix = iso3(country) or "XXX"
    n = int(hashlib.sha1(key.encode()).hexdigest(), 16) % 10**8
    while f"{prefix}{n}" in taken:
        n = (n + 1) % 10**8
    taken.add(f"{prefix}{n}")
    return f"{prefix}{n}"


def acled_rows(store) -> list[dict[str, Any]]:
    """The canonical events as ACLED rows (dicts keyed by ACLED_COLUMNS, plus event_key), oldest first."""
    kinds = actor_kinds(store)
    region_of = mappings()["region_of"]
    disorder, disorder_sub = mappings()["disorder_by_event_type"], mappings()["disorder_by_sub_event_type"]
    rows, taken = [], set()
    for rec in canonical_records(store):
        dated = acled_date(rec.get("event_date"), rec.get("date_precision"))
        if dated is None:
            continue
        day, tp = dated
        (actor1, pack1), (actor2, pack2) = acled_actor(rec.get("actor1"), day), acled_actor(rec.get("actor2"), day)
        if rec.get("event_type") == "Violence against civilians" and kinds.get(actor2 or "") == "person":
            actor2, pack2 = f"Civilians ({rec.get('country')})" if rec.get("country") else "Civilians", 7
        inter1 = inter_code(actor1, kinds) or pack1 or inter_code(rec.get("actor1"), kinds)
        inter2 = inter_code(actor2, kinds) or pack2 or inter_code(rec.get("actor2"), kinds)
        published = [r["published"] for r in rec["reports"] if r.get("published")]
        stamp = max(published) if published else day.isoformat()
        rows.append({
            "event_key": rec["event_key"],
            "event_id_cnty": _event_id(rec.get("country"), rec["event_key"], taken),
            "event_date": f"{day:%d %B %Y}", "year": day.year, "time_precision": tp,
            "disorder_type": disorder_sub.get(rec.get("sub_event_type"), disorder.get(rec.get("event_type"), "")),
            "event_type": rec.get("event_type"), "sub_event_type": rec.get("sub_event_type"),
            "actor1": actor1, "assoc_actor_1": rec.get("assoc_actor1"), "inter1": inter1,
            "actor2": actor2, "assoc_actor_2": rec.get("assoc_actor2"), "inter2": inter2,
            "interaction": interaction(inter1, inter2),
            "civilian_targeting": "Civilians targeted" if 7 in (inter1, inter2) else "",
            "iso": iso_numeric(rec.get("country")), "region": region_of.get(iso3(rec.get("country")) or "", ""),
            "country": rec.get("country"), "admin1": rec.get("admin1"), "admin2": rec.get("admin2"), "admin3": None,
            "location": rec.get("location"), "latitude": rec.get("latitude"), "longitude": rec.get("longitude"),
            "geo_precision": rec.get("geo_precision"), "source": "; ".join(rec["sources"]),
            "source_scale": source_scale(rec["sources"]),
            "notes": rec.get("notes") or summary_sentence(rec, day),
            "fatalities": rec.get("fatalities") or 0, "tags": _tags(rec),
            "timestamp": int(datetime.combine(date.fromisoformat(stamp[:10]), time(), timezone.utc).timestamp()),
        })
    return rows


def write_acled_csv(store, fh: IO[str]) -> int:
    """Write the ACLED CSV of the store's canonical events to `fh`; returns the number of rows."""
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    rows = acled_rows(store)
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return len(rows)
