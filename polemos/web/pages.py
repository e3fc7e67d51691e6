"""The HTML pages; each one also answers as JSON (?format=json)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from . import canon, charts, data, query
from .filters import (actor_filters, claim_filters, document_filters, event_filters, event_sort, paging,
                      relation_filters)
from .render import page, state

router = APIRouter(include_in_schema=False)


@router.get("/")
def overview(request: Request):
    store = state(request).store
    return page(request, "overview.html.j2", data.overview(store), nav="overview", links=data.actor_links(store))


@router.get("/search")
def search(request: Request, q: str = Query("", max_length=200)):
    store = state(request).store
    q = q.strip()
    found = {"q": q, "events": [], "actors": [], "documents": []}
    if q:
        found["events"] = query.filter_events(store.events(), q=q)[:50]
        found["actors"] = query.filter_actors(store.actors(), q=q)[:25]
        found["documents"] = query.filter_documents([query.document_row(d) for d in store.documents()], q=q)[:25]
    return page(request, "search.html.j2", found, nav="overview", links=data.actor_links(store))


@router.get("/events")
def events(request: Request, filters: dict = Depends(event_filters), sort: str | None = Depends(event_sort),
           pages: dict = Depends(paging)):
    store = state(request).store
    return page(request, "events.html.j2", data.events_listing(store, filters, sort, pages), nav="events",
                links=data.actor_links(store))


@router.get("/events/{event_id}")
def event(request: Request, event_id: int):
    store = state(request).store
    found = data.event_detail(store, event_id)
    return page(request, "event.html.j2", found, nav="events", links=data.actor_links(store),
                map=charts.map_view(found["canonical"]["reports"], 480, 300))


@router.get("/documents")
def documents(request: Request, filters: dict = Depends(document_filters), pages: dict = Depends(paging)):
    return page(request, "documents.html.j2", data.documents_listing(state(request).store, filters, pages),
                nav="documents")


@router.get("/documents/{doc_id}")
def reader(request: Request, doc_id: str, start: int | None = Query(None, ge=0), end: int | None = Query(None, ge=0)):
    found = data.document_detail(state(request).store, doc_id, start, end)
    html = found.pop("html")
    return page(request, "reader.html.j2", found, nav="documents", html=html, focus=(start, end))


@router.get("/actors")
def actors(request: Request, filters: dict = Depends(actor_filters), pages: dict = Depends(paging)):
    return page(request, "actors.html.j2", data.actors_listing(state(request).store, filters, pages), nav="actors")


@router.get("/actors/{actor_id}")
def actor(request: Request, actor_id: str):
    found = data.actor_profile(state(request).store, actor_id)
    return page(request, "actor.html.j2", found, nav="actors", timeline=charts.timeline_view(found["events"], 960, 150),
                links=data.actor_links(state(request).store))


@router.get("/map")
def map_page(request: Request, filters: dict = Depends(event_filters)):
    store = state(request).store
    rows = query.filter_events(store.events(), **filters)
    view = charts.map_view(rows)
    found = {"filters": filters, "sites": [{"lat": s["lat"], "lon": s["lon"], "label": s["label"],
                                            "events": [e["id"] for e in s["events"]], "fatalities": s["fatalities"]}
                                           for s in view["sites"]], "unlocated": view["unlocated"],
             "offmap": [e["id"] for e in view["offmap"]]}
    return page(request, "map.html.j2", found, nav="map", map=view,
                facets=query.facets(store.events(), "event_type", "sub_event_type", "country"))


@router.get("/timeline")
def timeline(request: Request, filters: dict = Depends(event_filters)):
    store = state(request).store
    rows = query.sort_rows(query.filter_events(store.events(), **filters), "event_date", query.EVENT_SORTS,
                           "event_date")
    return page(request, "timeline.html.j2", {"filters": filters, "events": rows}, nav="timeline",
                chart=charts.timeline_view(rows), facets=query.facets(store.events(), "event_type", "country"))


@router.get("/network")
def network(request: Request):
    store = state(request).store
    graph = charts.network(store.events(), store.relations(), data.actor_links(store), data.actor_kinds(store))
    return page(request, "network.html.j2", graph, nav="network")


@router.get("/claims")
def claims(request: Request, filters: dict = Depends(claim_filters), pages: dict = Depends(paging)):
    rows = query.filter_claims(state(request).store.claims(), **filters)
    return page(request, "claims.html.j2", {"page": query.paginate(rows, **pages).as_dict(), "filters": filters},
                nav="claims")


@router.get("/relations")
def relations(request: Request, filters: dict = Depends(relation_filters), pages: dict = Depends(paging)):
    rows = query.filter_relations(state(request).store.relations(), **filters)
    return page(request, "relations.html.j2", {"page": query.paginate(rows, **pages).as_dict(), "filters": filters},
                nav="claims", links=data.actor_links(state(request).store))


@router.get("/contradictions")
def contradictions(request: Request, pages: dict = Depends(paging)):
    rows = canon.contradictions(state(request).store)
    return page(request, "contradictions.html.j2", {"page": query.paginate(rows, **pages).as_dict()},
                nav="contradictions")
