"""What each page shows, as plain data: the HTML pages render it, the JSON twins return it.

Events are canonical events (every report of one real-world event merged), selected by the one
EventFilter and listed, counted, faceted and aggregated in the database."""
from __future__ import annotations

from typing import Any

from fastapi import HTTPException

from ..canonical import CanonicalEvent
from ..query import EventFilter
from ..resolve import contradiction_counts
from . import query
from .highlight import focus_mark, marks_for, render


def event_item(ev: CanonicalEvent) -> dict[str, Any]:
    """A listing row: the flat record, plus how a reader recognises it (title, first source and date)."""
    first = min(ev.reports, key=lambda r: (r.published or "9999", r.doc_id)) if ev.reports else None
    return dict(ev.row(), title=ev.title(), date_label=ev.date.label() if ev.date else "undated",
                fatalities_range=str(ev.fatalities), cite=first.cite() if first else None,
                first_doc=first.doc_id if first else None)


def events_listing(store, f: EventFilter, sort: str, paging: dict, facets: bool = True) -> dict[str, Any]:
    page = store.list_events(f, sort, paging["limit"], paging["offset"])
    return {"page": {"total": page.total, "exact": page.exact, "limit": page.limit, "offset": page.offset,
                     "items": [event_item(ev) for ev in page.items]},
            "filters": f.params(), "sort": sort, "scope": f.describe(),
            "facets": store.facets(f) if facets else None}


def canonical_of(store, key: str) -> CanonicalEvent:
    """A canonical event by key, or by the id of one of its reports (old links)."""
    ev = store.canonical_event(key)
    if ev is None and key.isdigit():
        found = store.event_key_of(int(key))
        ev = store.canonical_event(found) if found else None
    if ev is None:
        raise HTTPException(404, f"no event {key!r}")
    return ev


def event_detail(store, key: str) -> dict[str, Any]:
    ev = canonical_of(store, key)
    contexts = {}
    for r in ev.reports:
        doc = store.document(r.doc_id)
        if doc is not None and r.evidence_start is not None:
            contexts[r.event_id] = _context(doc.text, r.evidence_start, r.evidence_end)
    return {"event": ev.to_json(), "item": event_item(ev), "contexts": contexts, "canonical": ev}


def _context(text: str, start: int, end: int, width: int = 220) -> dict[str, str]:
    """The evidence with some text either side, cut at spaces."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    before, after = text[lo:start], text[end:hi]
    if lo > 0 and " " in before:
        before = "… " + before.split(" ", 1)[1]
    if hi < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + " …"
    return {"before": before, "evidence": text[start:end], "after": after}


def documents_listing(store, filters: dict, paging: dict) -> dict[str, Any]:
    sort = filters.pop("sort", None) or "-published"
    rows, total = store.list_documents(**filters, sort=sort, limit=paging["limit"], offset=paging["offset"])
    return {"page": {"total": total, "limit": paging["limit"], "offset": paging["offset"], "items": rows},
            "filters": filters, "sort": sort}


def document_detail(store, doc_id: str, start: int | None = None, end: int | None = None,
                    with_html: bool = True) -> dict[str, Any]:
    doc = store.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    events, claims = store.events(doc_id=doc_id), store.claims(doc_id=doc_id)
    relations, mentions = store.relations(doc_id=doc_id), store.mentions(doc_id=doc_id)
    out = {"document": doc.as_dict(), "events": events, "claims": claims, "relations": relations,
           "mentions": mentions}
    if with_html:
        marks = marks_for(doc_id, events, claims, relations, mentions) + focus_mark(start, end)
        out["html"] = render(doc.text, marks)
    return out


def actors_listing(store, filters: dict, paging: dict) -> dict[str, Any]:
    actors = store.actors()
    sort = filters.pop("sort", None)
    rows = query.sort_rows(query.filter_actors(actors, **filters), sort,
                           ("total_mentions", "name", "kind", "country"), "-total_mentions")
    return {"page": query.paginate(rows, **paging).as_dict(), "filters": filters, "sort": sort,
            "facets": {"kind": sorted({a["kind"] for a in actors if a.get("kind")})}}


AFFILIATIONS = ("member_of", "affiliate_of", "leader_of", "defection")


def find_actor(store, name: str) -> dict[str, Any]:
    """A stored actor by id, name or any alias the pack knows (ISIS-K, IS-K, ISKP...)."""
    from ..aliases import actor_matches
    actors = store.actors()
    wanted = name.casefold()
    found = query.first(actors, lambda a: a["actor_id"] == name) or \
        query.first(actors, lambda a: wanted in query.names_of(a))
    if found is None:
        ids = [m.actor_id for m in actor_matches(name)[:1] if m.actor_id]
        found = query.first(actors, lambda a: a["actor_id"] in ids)
    if found is None:
        raise HTTPException(404, f"no actor {name!r}")
    return found


def actor_profile(store, name: str) -> dict[str, Any]:
    actor = find_actor(store, name)
    names = query.names_of(actor)
    relations = query.involving(store.relations(), names, ("actor1", "actor2"))
    f = EventFilter.parse(actor=actor["name"])
    events = [event_item(ev) for ev in store.iter_events(f, sort="-event_date")]
    claims = query.involving(store.claims(), names, ("subject", "attributed_to", "denied_by"))
    return {"actor": actor, "filter": f.params(),
            "affiliations": [r for r in relations if r.get("relation") in AFFILIATIONS],
            "relations": [r for r in relations if r.get("relation") not in AFFILIATIONS],
            "events_as_actor1": [e for e in events if str(e.get("actor1") or "").casefold() in names],
            "events_as_actor2": [e for e in events if str(e.get("actor2") or "").casefold() in names],
            "events_other": [e for e in events if str(e.get("actor1") or "").casefold() not in names
                             and str(e.get("actor2") or "").casefold() not in names],
            "claims": claims, "timeline": store.timeline(f)}


def actor_links(store) -> dict[str, str]:
    """Casefolded name or alias -> actor page URL."""
    from urllib.parse import quote
    out = {}
    for a in store.actors():
        for name in query.names_of(a):
            out.setdefault(name, "/actors/" + quote(a["actor_id"], safe=""))
    return out


def overview(store) -> dict[str, Any]:
    from ..resolve import contradictions
    latest = store.list_events(EventFilter(), "-event_date", 10, 0)
    found = contradictions(store)
    counts = contradiction_counts(found)
    types = store.facets()["event_type"]
    return {"counts": store.counts(), "latest_events": [event_item(ev) for ev in latest.items],
            "top_actors": store.actors()[:10], "contradictions": [c.as_dict() for c in found if
                                                                  c.severity == "conflict"][:10],
            "contradictions_total": counts["conflicts"], "variations_total": counts["variations"],
            "event_types": types}



def actor_suggestions(store, q: str, limit: int = 12) -> list[str]:
    """Names to offer as the user types: stored actor names, then any name or alias the pack knows."""
    from ..knowledge.actors import default_pack
    wanted = q.strip().casefold()
    stored = store.actor_names(q, limit=limit)
    known = {n for rec in default_pack().records.values() for n in rec.all_names() if wanted in n.casefold()}
    rank = sorted(known - set(stored), key=lambda n: (not n.casefold().startswith(wanted), len(n), n))
    return (stored + rank)[:limit]
