"""Saved alert filters, the new canonical events they match, and where alerts go (a line, JSONL, a webhook).

Matching reads typed canonical events and resolves actor names through the one alias module
(polemos.aliases), as every other filter does.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import yaml

from ..aliases import actor_matches
from ..canonical import CanonicalEvent
from ..errors import WatchError
from ..ingest.fetch import USER_AGENT
from ..place import iso2


@dataclass(frozen=True)
class AlertFilter:
    """Every given condition must hold: actor (any name of the pack's actor, or a substring of actor1, actor2
    or claimed_by), country (name or ISO code), type (event type or sub-event type), min_fatalities (ACLED's
    lowest credible figure)."""

    name: str
    actor: str | None = None
    country: str | None = None
    type: str | None = None
    min_fatalities: int | None = None

    def matches(self, event: CanonicalEvent) -> bool:
        if self.actor and not _actor_matches(self.actor, event):
            return False
        if self.country and not _country_matches(self.country, event.place.country):
            return False
        if self.type and self.type.casefold() not in {(v or "").casefold()
                                                      for v in (event.event_type, event.sub_event_type)}:
            return False
        if self.min_fatalities is not None:
            killed = event.fatalities_acled
            if killed is None or killed < self.min_fatalities:
                return False
        return True


def load_filters(path: Path) -> list[AlertFilter]:
    """The filters of a YAML file: a list (or `alerts:` list) of mappings with the AlertFilter fields."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise WatchError(f"{path}: cannot read the alert filters: {exc}") from exc
    items = data.get("alerts") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise WatchError(f"{path}: expected a list of filters (actor, country, type, min_fatalities)")
    allowed = {f.name for f in fields(AlertFilter)}
    out = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not (set(item) - {"name"}):
            raise WatchError(f"{path}: filter {i} must give at least one of actor, country, type, min_fatalities")
        unknown = set(item) - allowed
        if unknown:
            raise WatchError(f"{path}: filter {i}: unknown field(s) {', '.join(sorted(unknown))}; "
                             f"use {', '.join(sorted(allowed))}")
        mf = item.get("min_fatalities")
        if mf is not None and (not isinstance(mf, int) or isinstance(mf, bool) or mf < 0):
            raise WatchError(f"{path}: filter {i}: min_fatalities must be a whole number >= 0, not {mf!r}")
        values = {k: (str(v) if k != "min_fatalities" and v is not None else v) for k, v in item.items()}
        out.append(AlertFilter(**{"name": f"filter-{i}", **values}))
    return out


def _actor_matches(query: str, event: CanonicalEvent) -> bool:
    """Any name or alias of the actor (polemos.aliases), or a substring of a coded side."""
    names = {n.casefold() for m in actor_matches(query) for n in m.names}
    sides = [event.actor1, event.actor2, event.claimed_by] + [r.claimed_by for r in event.reports]
    return any(side.casefold() in names or query.casefold() in side.casefold() for side in filter(None, sides))


def _country_matches(query: str, country: str | None) -> bool:
    if not country:
        return False
    return query.casefold() == country.casefold() or (iso2(query) is not None and iso2(query) == iso2(country))


def new_canonical_events(store, added: set[str]) -> list[CanonicalEvent]:
    """Canonical events every report of which comes from a document in `added` (none existed before)."""
    out = []
    for event in store.iter_events():
        docs = {r.doc_id for r in event.reports}
        if docs and docs <= added:
            out.append(event)
    return sorted(out, key=lambda e: e.event_key)


def alert_record(matched: Sequence[AlertFilter], event: CanonicalEvent) -> dict[str, Any]:
    """What an alert says: the filters it matched, the event's coded fields and its sources."""
    row = event.row()
    return {
        "filters": [f.name for f in matched], "event_key": event.event_key, "date": row["event_date"],
        **{k: row[k] for k in ("event_type", "sub_event_type", "country", "admin1", "location", "latitude",
                               "longitude", "actor1", "actor2")},
        "fatalities": event.fatalities_acled, "fatalities_low": event.fatalities.low,
        "fatalities_high": event.fatalities.high,
        "sources": [{"doc_id": r.doc_id, "title": r.title, "publisher": r.publisher, "published": r.published,
                     "evidence": r.evidence} for r in event.reports],
        "detected_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def alert_line(alert: dict[str, Any]) -> str:
    """One readable line: 'ALERT filter names: date sub-event type in place (country): actors, N killed [key]'."""
    place = ", ".join(p for p in (alert.get("location"), alert.get("country")) if p) or "unknown place"
    actors = " vs ".join(a for a in (alert.get("actor1"), alert.get("actor2")) if a) or "unknown actors"
    killed = f", {alert['fatalities']} killed" if alert.get("fatalities") is not None else ""
    return (f"ALERT {', '.join(alert['filters'])}: {alert.get('date') or 'undated'} "
            f"{alert.get('sub_event_type')} in {place}: {actors}{killed} [{alert['event_key']}]")


@dataclass
class AlertSinks:
    """Where each alert goes besides standard output: a JSONL file (appended) and a webhook (POSTed as JSON)."""

    jsonl: Path | None = None
    webhook: str | None = None
    timeout: float = 10.0

    def deliver(self, alert: dict[str, Any], client: httpx.Client | None = None) -> list[str]:
        """Send one alert; returns the errors (a failing webhook never stops the watch)."""
        errors = []
        if self.jsonl:
            with self.jsonl.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(alert, ensure_ascii=False, default=str) + "\n")
        if self.webhook:
            try:
                post = client.post if client else httpx.post
                resp = post(self.webhook, json=alert, timeout=self.timeout, headers={"User-Agent": USER_AGENT})
                if resp.status_code >= 400:
                    errors.append(f"webhook {self.webhook}: HTTP {resp.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"webhook {self.webhook}: {type(exc).__name__}: {exc}")
        return errors
