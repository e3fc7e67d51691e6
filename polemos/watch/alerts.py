"""Saved alert filters, the new canonical events they match, and where alerts go (a line, JSONL, a webhook).

Matching is kept in this one small module (`AlertFilter.matches`) so it can later give way to the typed
event filter of the views; it reads canonical events through the store's public methods only.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx
import yaml

from ..errors import WatchError
from ..ingest.fetch import USER_AGENT


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

    def matches(self, event: dict[str, Any]) -> bool:
        if self.actor and not _actor_matches(self.actor, event):
            return False
        if self.country and not _country_matches(self.country, event.get("country")):
            return False
        if self.type and self.type.casefold() not in {(event.get(k) or "").casefold()
                                                      for k in ("event_type", "sub_event_type")}:
            return False
        if self.min_fatalities is not None:
            killed = (event.get("fatalities") or {}).get("acled")
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


@lru_cache(maxsize=64)
def _actor_names(query: str) -> frozenset[str]:
    from ..knowledge.actors import default_pack, norm
    from ..views.profile import _names_of
    rec = default_pack().lookup(query)
    return frozenset(norm(n) for n in _names_of(rec)) if rec else frozenset()


def _actor_matches(query: str, event: dict[str, Any]) -> bool:
    from ..knowledge.actors import norm
    names = _actor_names(query)
    sides = [event.get(k) for k in ("actor1", "actor2", "claimed_by")]
    sides += [r.get("claimed_by") for r in event.get("reports") or ()]
    for side in filter(None, sides):
        if norm(side) in names or query.casefold() in side.casefold():
            return True
    return False


def _country_matches(query: str, country: str | None) -> bool:
    from ..export.countries import iso2
    if not country:
        return False
    return query.casefold() == country.casefold() or (iso2(query) is not None and iso2(query) == iso2(country))


def new_canonical_events(store, added: set[str]) -> list[dict[str, Any]]:
    """Canonical events every report of which comes from a document in `added` (none existed before)."""
    out = []
    for key, data in sorted(store.canonical_events().items()):
        docs = {r.get("doc_id") for r in data.get("reports") or ()}
        if docs and docs <= added:
            out.append(dict(data, event_key=key))
    return out


def alert_record(matched: Sequence[AlertFilter], event: dict[str, Any]) -> dict[str, Any]:
    """What an alert says: the filters it matched, the event's coded fields and its sources."""
    fat = event.get("fatalities") or {}
    return {
        "filters": [f.name for f in matched], "event_key": event["event_key"], "date": event.get("date"),
        **{k: event.get(k) for k in ("event_type", "sub_event_type", "country", "admin1", "location", "latitude",
                                     "longitude", "actor1", "actor2")},
        "fatalities": fat.get("acled"), "fatalities_low": fat.get("low"), "fatalities_high": fat.get("high"),
        "sources": [{k: r.get(k) for k in ("doc_id", "title", "publisher", "published", "evidence")}
                    for r in event.get("reports") or ()],
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
