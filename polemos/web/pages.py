"""The HTML pages; each one also answers as JSON (?format=json)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request
from markupsafe import Markup

from ..query import EventFilter
from ..views.charts import network_legend, network_svg, timeline_svg
from ..views.network import KINDS, build_graph, layout, select
from . import data, query
from .filters import actor_filters, claim_filters, document_filters, event_filters, event_sort, paging, relation_filters
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
        f = EventFilter.parse(q=q)
        found["events"] = [data.event_item(ev) for ev in store.list_events(f, "-event_date", 50, 0).items]
        found["actors"] = query.filter_actors(store.actors(), q=q)[:25]
        found["documents"] = store.list_documents(q=q, limit=25)[0]
    return page(request, "search.html.j2", found, nav="overview", links=data.actor_links(store))


@router.get("/events")
def events(request: Request, f: EventFilter = Depends(event_filters), sort: str = Depends(event_sort),
           pages: dict = Depends(paging)):
    store = state(request).store
    return page(request, "events.html.j2", data.events_listing(store, f, sort, pages), nav="events",
                links=data.actor_links(store))


@router.get("/events/{key}")
def event(request: Request, key: str):
    store = state(request).store
    found = data.event_detail(store, key)
    ev = found.pop("canonical")
    return page(request, "event.html.j2", found, nav="events", links=data.actor_links(store), ev=ev)


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


@router.get("/actors/{name}")
def actor(request: Request, name: str):
    store = state(request).store
    found = data.actor_profile(store, name)
    return page(request, "actor.html.j2", found, nav="actors", links=data.actor_links(store),
                chart=Markup(timeline_svg(found["timeline"], height=200)))


@router.get("/map")
def map_page(request: Request, f: EventFilter = Depends(event_filters)):
    store = state(request).store
    divisions = store.map_divisions(f)
    found = {"filters": f.params(), "scope": f.describe(), "divisions": divisions,
             "total": sum(d["events"] for d in divisions),
             "points": sum(d["points"] for d in divisions),
             "admin1_level": sum(d["admin1_level"] for d in divisions),
             "country_level": sum(d["country_level"] for d in divisions),
             "unplaced": sum(d["unplaced"] for d in divisions)}
    return page(request, "map.html.j2", found, nav="map", facets=store.facets(f))


@router.get("/timeline")
def timeline(request: Request, f: EventFilter = Depends(event_filters), pages: dict = Depends(paging)):
    store = state(request).store
    t = store.timeline(f)
    listing = data.events_listing(store, f, "event_date", pages)
    return page(request, "timeline.html.j2", dict(listing, timeline=t), nav="timeline",
                chart=Markup(timeline_svg(t, link=_month_link(request))))


def _month_link(request: Request) -> str:
    """The events page for one month, keeping the other filters: the timeline's bars link to it."""
    from .render import with_query
    base = with_query(request, since=None, until=None, offset=None, page=None).replace("/timeline", "/events", 1)
    return base + ("&" if "?" in base else "?") + "since={month}&until={month}"


@router.get("/network")
def network(request: Request, f: EventFilter = Depends(event_filters),
            kind: list[str] = Query([], description="actor kinds to show"),
            relation: list[str] = Query([], description="relations to show (event = met in events)"),
            limit: int = Query(120, ge=5, le=400, description="at most this many actors")):
    g = build_graph(state(request).store, f)
    shown = select(g, set(kind) or None, set(relation) or None, limit)
    drawing = layout(shown, 1100, 720)
    relations = sorted({k for *_, k in g.edges(keys=True)})
    kinds = [k for k in KINDS if any(d.get("kind") == k for _, d in g.nodes(data=True))]
    found = {"filters": f.params(), "kinds": kinds,
             "relations": relations, "chosen_kinds": kind, "chosen_relations": relation, "limit": limit,
             "actors": g.number_of_nodes(), "shown": shown.number_of_nodes(), "edges": drawing.edges}
    return page(request, "network.html.j2", found, nav="network",
                svg=Markup(network_svg(drawing, "network")), legend=network_legend(drawing))


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
def contradictions(request: Request, severity: str = Query("conflict", pattern="^(conflict|variation|all)$"),
                   pages: dict = Depends(paging)):
    from ..resolve import contradiction_counts
    from ..resolve import contradictions as find
    found = find(state(request).store)
    rows = [c.as_dict() for c in found if severity in ("all", c.severity)]
    return page(request, "contradictions.html.j2", {"page": query.paginate(rows, **pages).as_dict(),
                                                    "severity": severity, **contradiction_counts(found)},
                nav="contradictions")


@router.get("/map/world.geojson")
def world():
    from fastapi.responses import JSONResponse

    from ..views.basemap import world_geojson
    return JSONResponse(world_geojson(), headers={"Cache-Control": "public, max-age=86400"})


@router.get("/map/divisions/{iso2}.geojson")
def divisions(iso2: str = Path(pattern="^[A-Za-z]{2}$")):
    from fastapi.responses import JSONResponse

    from ..views.basemap import divisions_geojson
    return JSONResponse(divisions_geojson(iso2), headers={"Cache-Control": "public, max-age=86400"})
