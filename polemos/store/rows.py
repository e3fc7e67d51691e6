"""Typed records to the store's typed columns (report rows, canonical rows and their aggregation cells), and
stored claim and relation rows back to their typed records."""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..canonical import CanonicalEvent
from ..dates import PartialDate
from ..model import Claim, Relation, Span
from ..place import Place
from ..ranges import capped, capped_high


def period_of(d: PartialDate | None) -> tuple[str, str]:
    """The cell a date is counted in: its month when known to the month or better, else its year/decade."""
    if d is None:
        return "", "none"
    if d.precision in ("year", "decade"):
        return d.value, d.precision
    return d.month or d.value[:7], "month"


def typed_columns(date: PartialDate | None, place: Place) -> dict[str, Any]:
    """The date interval and place codes, as stored beside any event row."""
    return {"date_first": date.first.isoformat() if date else None,
            "date_last": date.last.isoformat() if date else None,
            "country_code": place.country_code, "admin1_code": place.admin1_code, "place_level": place.level}


def report_columns(e: Mapping[str, Any]) -> dict[str, Any]:
    """Typed columns of one event report (a dict with the Event's fields)."""
    date = PartialDate.maybe(e.get("event_date"), e.get("date_precision"))
    place = Place.of(e.get("location"), e.get("country"), e.get("admin1"), e.get("latitude"), e.get("longitude"),
                     e.get("geo_precision"))
    return typed_columns(date, place)


def report_published(typed: Mapping[str, Any], published: str | None) -> str | None:
    """A report row's `published` (schema.REPORT_PUBLISHED): its document's publication when the report is
    undated (`typed`: its report_columns), else None."""
    return published if typed.get("date_first") is None else None


def _search_text(ce: CanonicalEvent) -> str:
    p = ce.place
    words = [ce.sub_event_type, ce.event_type, p.location, p.admin1, p.country, ce.actor1, ce.actor2,
             ce.claimed_by, *(r.evidence[:400] for r in ce.reports if r.evidence)]
    return " ".join(w for w in words if w).casefold()


def canonical_columns(ce: CanonicalEvent) -> dict[str, Any]:
    """One canonical_events row: typed columns for filters, sorting and aggregation, plus the JSON record."""
    p, d = ce.place, ce.date
    first = min(ce.reports, key=lambda r: (r.published or "9999", r.doc_id)) if ce.reports else None
    return {"event_key": ce.event_key, "data": json.dumps(ce.to_json(), default=str, ensure_ascii=False),
            "event_type": ce.event_type, "sub_event_type": ce.sub_event_type,
            "date_value": d.value if d else None, "date_precision": d.precision if d else None,
            **typed_columns(d, p),
            "country": p.country, "admin1": p.admin1, "location": p.location, "latitude": p.latitude,
            "longitude": p.longitude, "geo_precision": p.precision, "actor1": ce.actor1, "actor2": ce.actor2,
            "claimed_by": ce.claimed_by, "fatalities": capped(ce.fatalities_acled),
            "fatalities_low": _int(capped(ce.fatalities.low)), "fatalities_high": _int(capped_high(ce.fatalities.high)),
            "reports": len(ce.reports), "conflicts": len(ce.conflicts), "variations": len(ce.variations),
            "first_source": first.source if first else None, "first_published": first.published if first else None,
            "search": _search_text(ce)}


def _int(x) -> int | None:
    return None if x is None else int(x)


def cells_of(row: Mapping[str, Any]) -> tuple[dict[str, tuple], int]:
    """The cell of each rollup a canonical row counts in (table name -> key), and its fatalities."""
    d = PartialDate.maybe(row.get("date_value"), row.get("date_precision"))
    period, kind = period_of(d)
    cc, etype = row.get("country_code") or "", row.get("event_type") or ""
    year = "" if d is None else f"{d.year:04d}" if d.precision != "decade" else d.value
    return ({"event_cells": (period, kind, cc, etype, row.get("sub_event_type") or ""),
             "map_cells": (cc, row.get("admin1_code") or "", row.get("place_level") or "none", year, etype)},
            int(row.get("fatalities") or 0))


def claim_of(row: Mapping[str, Any]) -> Claim:
    """A stored claim row as the typed Claim, its evidence span carrying the sentence."""
    return Claim(doc_id=row["doc_id"], subject=row["subject"], quantity=row["quantity"],
                 evidence=Span(row["doc_id"], row["start"], row["end"], row["evidence"]), low=row["low"],
                 high=row["high"], period=row["period"], attributed_to=row["attributed_to"],
                 denied_by=row["denied_by"])


def relation_of(row: Mapping[str, Any]) -> Relation:
    """A stored relation row as the typed Relation (start/end: when it held), with its evidence sentence."""
    return Relation(doc_id=row["doc_id"], actor1=row["actor1"], relation=row["relation"], actor2=row["actor2"],
                    evidence=Span(row["doc_id"], row["start"], row["end"], row["evidence"]),
                    start=row["valid_from"], end=row["valid_until"])
