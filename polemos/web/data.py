"""What each page shows, as plain data: the HTML pages render it, the JSON twins return it."""
from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import HTTPException

from . import canon, query
from .highlight import focus_mark, marks_for, render


def events_listing(store, filters: dict, sort: str | None, paging: dict) -> dict[str, Any]:
    events = store.events()
    docs = {d.doc_id: d for d in store.documents()}
    rows = query.filter_events(events, **{k: v for k, v in filters.items()})
    rows = query.sort_rows(rows, sort, query.EVENT_SORTS, "-event_date")
    page = query.paginate(rows, **paging)
    for e in page.items:
        doc = docs.get(e["doc_id"])
        e["publisher"] = doc.publisher if doc else None
        e["canonical_key"] = canon.event_key(e)
    return {"page": page.as_dict(), "filters": filters, "sort": sort,
            "facets": query.facets(events, "event_type", "sub_event_type", "country")}


def event_detail(store, event_id: int) -> dict[str, Any]:
    events = store.events()
    event = query.first(events, lambda e: e["id"] == event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    key = canon.event_key(event)
    group = [e for e in events if canon.event_key(e) == key]
    canonical = canon.canonical_events(store, group)[key]
    docs = {d.doc_id: d for d in store.documents()}
    for r in canonical["reports"]:
        doc = docs.get(r["doc_id"])
        r["context"] = _context(doc.text, r["evidence_start"], r["evidence_end"]) if doc else None
        r["title"] = doc.title if doc else None
    return {"event": event, "canonical": canonical}


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
    n_events = Counter(e["doc_id"] for e in store.events())
    rows = [query.document_row(d, n_events[d.doc_id]) for d in store.documents()]
    sort = filters.pop("sort", None)
    rows = query.sort_rows(query.filter_documents(rows, **filters), sort,
                           ("published", "title", "doc_id", "publisher", "words", "events"), "-published")
    return {"page": query.paginate(rows, **paging).as_dict(), "filters": filters, "sort": sort}


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
            "facets": query.facets(actors, "kind")}


AFFILIATIONS = ("member_of", "affiliate_of", "leader_of", "defection")


def actor_profile(store, actor_id: str) -> dict[str, Any]:
    actor = query.first(store.actors(), lambda a: a["actor_id"] == actor_id)
    if actor is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    names = query.names_of(actor)
    relations = query.involving(store.relations(), names, ("actor1", "actor2"))
    events = query.involving(store.events(), names, ("actor1", "actor2", "claimed_by", "denied_by"))
    claims = query.involving(store.claims(), names, ("subject", "attributed_to", "denied_by"))
    return {"actor": actor,
            "affiliations": [r for r in relations if r.get("relation") in AFFILIATIONS],
            "relations": [r for r in relations if r.get("relation") not in AFFILIATIONS],
            "events_as_actor1": [e for e in events if str(e.get("actor1") or "").casefold() in names],
            "events_as_actor2": [e for e in events if str(e.get("actor2") or "").casefold() in names],
            "events_other": [e for e in events if str(e.get("actor1") or "").casefold() not in names
                             and str(e.get("actor2") or "").casefold() not in names],
            "claims": claims, "events": query.sort_rows(events, "event_date", query.EVENT_SORTS, "event_date")}


def actor_links(store) -> dict[str, str]:
    """Casefolded name or alias -> actor page URL."""
    from urllib.parse import quote
    out = {}
    for a in store.actors():
        for name in query.names_of(a):
            out.setdefault(name, "/actors/" + quote(a["actor_id"], safe=""))
    return out


def actor_kinds(store) -> dict[str, str]:
    """Casefolded name or alias -> actor kind."""
    return {name: a.get("kind") or "unknown" for a in store.actors() for name in query.names_of(a)}


def overview(store) -> dict[str, Any]:
    events = store.events()
    latest = query.sort_rows(list(events), "-event_date", query.EVENT_SORTS, "-event_date")[:10]
    contradictions = canon.contradictions(store, canon.canonical_events(store, events))
    return {"counts": store.counts(), "latest_events": latest, "top_actors": store.actors()[:10],
            "contradictions": contradictions[:10], "contradictions_total": len(contradictions),
            "event_types": Counter(e.get("event_type") or "Other" for e in events).most_common()}
