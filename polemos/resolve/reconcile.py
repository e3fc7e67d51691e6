"""The one canonical-event builder: the reports of one real-world event merged into a CanonicalEvent.

The merged account takes the most specific sub-event type (ACLED's hierarchy, as the event lexicon
orders it), the most precise date and place, a named perpetrator over an unidentified one, and the
range of fatality figures from the lowest stated to the highest. ACLED's single figure is the lowest
value every source allows when the sources are compatible ("180", "more than 170" and "more than
100" all allow 180), else the lowest figure reported. Each report keeps its own figure and evidence;
the contradictions between them come from polemos.resolve.contradictions.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ..canonical import CanonicalEvent, Report
from ..dates import PartialDate
from ..place import Place, admin1_name
from ..ranges import Range, shared, span
from .contradictions import event_contradictions

_LEVEL_RANK = {"point": 0, "admin1": 1, "country": 2, "none": 3}


@lru_cache(maxsize=1)
def _hierarchy() -> tuple[dict[str, int], dict[str, str]]:
    """Sub-event type -> rank (lower is more specific) and -> its event type, from the event lexicon."""
    from ..extract.event_lexicon import load_lexicon
    lex = load_lexicon()
    return {sub: i for i, sub in enumerate(lex.order)}, dict(lex.event_type)


def report_of(e: Mapping[str, Any], doc=None) -> Report:
    """One stored event row (store.events()) as a Report, with its document's publisher and date."""
    published = getattr(doc, "published", None)
    return Report(
        event_id=e["id"], doc_id=e["doc_id"], publisher=getattr(doc, "publisher", None),
        title=getattr(doc, "title", None), url=getattr(doc, "url", None),
        published=published.isoformat() if hasattr(published, "isoformat") else published,
        date=PartialDate.maybe(e.get("event_date"), e.get("date_precision")),
        event_type=e.get("event_type"), sub_event_type=e.get("sub_event_type"),
        actor1=e.get("actor1"), actor2=e.get("actor2"), claimed_by=e.get("claimed_by"),
        denied_by=e.get("denied_by"), reported_by=e.get("reported_by"),
        place=Place.of(e.get("location"), e.get("country"), admin1_name(e.get("country"), e.get("admin1")),
                       e.get("latitude"),
                       e.get("longitude"), e.get("geo_precision"), e.get("admin2")),
        fatalities=Range.of(e.get("fatalities_low"), e.get("fatalities_high")),
        evidence=e.get("evidence"), evidence_start=e.get("evidence_start"), evidence_end=e.get("evidence_end"))


def _named(actor: str | None) -> bool:
    return bool(actor) and "unidentified" not in actor.casefold()


def _most_common(values) -> Any:
    values = [v for v in values if v]
    return Counter(values).most_common(1)[0][0] if values else None


def acled_figure(reports: list[Report], rows: list[Mapping[str, Any]]) -> int | None:
    """ACLED's one figure: the lowest value all sources allow, else the lowest figure reported."""
    stated = [r.fatalities for r in reports if r.fatalities.known]
    if not stated:
        given = [row.get("fatalities") for row in rows if row.get("fatalities") is not None]
        return min(given) if given else None
    common = shared(stated)
    if common is not None and common.best is not None:
        return int(common.best)
    return int(min(r.best for r in stated if r.best is not None))


def canonical(key: str, rows: list[Mapping[str, Any]], documents: Mapping[str, Any]) -> CanonicalEvent:
    """The canonical record of one real-world event, from its stored report rows."""
    reports = [report_of(e, documents.get(e["doc_id"])) for e in rows]
    rank, etype = _hierarchy()
    sub = min((r.sub_event_type for r in reports if r.sub_event_type),
              key=lambda s: (rank.get(s, len(rank)), s))
    dates = [r.date for r in reports if r.date]
    date = min(dates, key=lambda d: (d.days, -sum(x == d for x in dates), d)) if dates else None
    place = min((r.place for r in reports), key=lambda p: (
        _LEVEL_RANK[p.level], p.precision or 9, -sum(r.place == p for r in reports), p.label()))
    typed = [r for r in reports if r.sub_event_type == sub]
    actor1 = _most_common(r.actor1 for r in typed if _named(r.actor1)) or \
        _most_common(r.actor1 for r in reports if _named(r.actor1)) or _most_common(r.actor1 for r in typed)
    event = CanonicalEvent(
        event_key=key, event_type=etype.get(sub) or typed[0].event_type, sub_event_type=sub, date=date,
        place=place, actor1=actor1,
        actor2=_most_common(r.actor2 for r in typed) or _most_common(r.actor2 for r in reports),
        assoc_actor1=_most_common(e.get("assoc_actor1") for e in rows),
        assoc_actor2=_most_common(e.get("assoc_actor2") for e in rows),
        claimed_by=_most_common(r.claimed_by for r in reports), denied_by=_most_common(r.denied_by for r in reports),
        fatalities=span(r.fatalities for r in reports), fatalities_acled=acled_figure(reports, rows),
        reports=reports)
    event.contradictions = event_contradictions(event)
    return event
