"""ACLED-format CSV of the canonical events: ACLED's 31 columns, one row per canonical event.

Mappings (inter codes, disorder types, regions, source scales) live in `acled.yaml`. Events dated less
precisely than the month are left out, as ACLED does, and the export says how many and why (with
--include-year-precision they are coded at the middle of their year, time_precision 3, and tagged).
"""
from __future__ import annotations

import csv
import hashlib
import re
from datetime import UTC, date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import yaml

from ..canonical import CanonicalEvent
from ..dates import PartialDate
from ..place import iso3, iso_numeric
from ..query import EventFilter
from .records import Written, actor_kinds

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


def acled_date(d: PartialDate | None, include_year: bool = False) -> tuple[date, int] | None:
    """(day, time_precision) as ACLED codes a date: the day, or the middle day of its week or month;
    None when less precise than the month (unless `include_year`: then the middle of the year, coded 3)."""
    if d is None:
        return None
    tp = mappings()["time_precision"].get(d.precision)
    if tp is None and not include_year:
        return None
    return d.midpoint if d.precision != "day" else d.first, tp or 3


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


def summary_sentence(ev: CanonicalEvent) -> str:
    """A one-sentence note for an event, in ACLED's style, from the merged record (never one report's)."""
    when_txt = f"On {ev.date.label()}" if ev.date and ev.date.precision == "day" else \
        f"In {ev.date.label()}" if ev.date else "On an unknown date"
    where = ev.place.label() if ev.place.level != "none" else ""
    who = ev.actor1 or "an unidentified actor"
    sub = (ev.sub_event_type or ev.event_type or "event").lower()
    against = f" against {ev.actor2}" if ev.actor2 else ""
    text = f"{when_txt}, {who} carried out {_article(sub)} {sub}{against}" + (f" in {where}" if where else "")
    if ev.fatalities.known and ev.fatalities.low != ev.fatalities.high:
        text += f" ({ev.fatalities} killed according to {len(ev.reports)} report(s))"
    elif ev.fatalities_acled:
        text += f" ({ev.fatalities_acled} killed)"
    if ev.claimed_by:
        text += f"; claimed by {ev.claimed_by}"
    return text + "."


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _tags(ev: CanonicalEvent, tp_year: bool) -> str:
    tags = []
    if ev.claimed_by:
        tags.append(f"claimed by {ev.claimed_by}")
    if ev.denied_by:
        tags.append(f"denied by {ev.denied_by}")
    if ev.fatalities.known and ev.fatalities.low != ev.fatalities.high:
        tags.append(f"fatalities range={ev.fatalities}")
    if tp_year:
        tags.append(f"date known only to the {ev.date.precision}")
    return "; ".join(tags)


def _event_id(country: str | None, key: str, taken: set[str]) -> str:
    """ISO3 + a number derived from the event key: stable across re-exports, unique within one."""
    prefix = iso3(country) or "XXX"
    n = int(hashlib.sha1(key.encode()).hexdigest(), 16) % 10**8
    while f"{prefix}{n}" in taken:
        n = (n + 1) % 10**8
    taken.add(f"{prefix}{n}")
    return f"{prefix}{n}"


def acled_row(ev: CanonicalEvent, kinds: dict[str, str], taken: set[str], include_year: bool = False
              ) -> dict[str, Any] | None:
    """One canonical event as an ACLED row (keyed by ACLED_COLUMNS, plus event_key); None when its date
    cannot be coded (see acled_date)."""
    dated = acled_date(ev.date, include_year)
    if dated is None:
        return None
    day, tp = dated
    p = ev.place
    (actor1, pack1), (actor2, pack2) = acled_actor(ev.actor1, day), acled_actor(ev.actor2, day)
    if ev.event_type == "Violence against civilians" and kinds.get(actor2 or "") == "person":
        actor2, pack2 = f"Civilians ({p.country})" if p.country else "Civilians", 7
    inter1 = inter_code(actor1, kinds) or pack1 or inter_code(ev.actor1, kinds)
    inter2 = inter_code(actor2, kinds) or pack2 or inter_code(ev.actor2, kinds)
    published = [r.published for r in ev.reports if r.published]
    latest = PartialDate.maybe(max(published)) if published else None
    stamp = latest.first if latest else day
    disorder, disorder_sub = mappings()["disorder_by_event_type"], mappings()["disorder_by_sub_event_type"]
    return {
        "event_key": ev.event_key, "event_id_cnty": _event_id(p.country, ev.event_key, taken),
        "event_date": f"{day.day} {day:%B %Y}", "year": day.year, "time_precision": tp,
        "disorder_type": disorder_sub.get(ev.sub_event_type, disorder.get(ev.event_type, "")),
        "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "actor1": actor1, "assoc_actor_1": ev.assoc_actor1, "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": ev.assoc_actor2, "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilians targeted" if 7 in (inter1, inter2) else "",
        "iso": iso_numeric(p.country), "region": mappings()["region_of"].get(iso3(p.country) or "", ""),
        "country": p.country, "admin1": p.admin1, "admin2": p.admin2, "admin3": None,
        "location": p.location, "latitude": p.latitude, "longitude": p.longitude, "geo_precision": p.precision,
        "source": "; ".join(ev.sources), "source_scale": source_scale(ev.sources),
        "notes": summary_sentence(ev), "fatalities": ev.fatalities_acled or 0,
        "tags": _tags(ev, tp_year=ev.date is not None and ev.date.precision in ("year", "decade")),
        "timestamp": int(datetime.combine(stamp, time(), UTC).timestamp()),
    }


def left_out_reason(ev: CanonicalEvent) -> str:
    return "with no date" if ev.date is None else f"known only to the {ev.date.precision}"


def write_acled_csv(store, fh: IO[str], f: EventFilter | None = None, include_year: bool = False) -> Written:
    """Write the ACLED CSV of the selected canonical events; says what it left out and why."""
    kinds = actor_kinds(store)
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    taken: set[str] = set()
    out = Written("events")
    for ev in store.iter_events(f):
        row = acled_row(ev, kinds, taken, include_year)
        if row is None:
            out.leave(left_out_reason(ev), "--include-year-precision" if ev.date else None)
            continue
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        out.rows += 1
    return out
