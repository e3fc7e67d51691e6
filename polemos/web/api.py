"""The JSON API: /api/... with the pages' filters, paginated, described by /openapi.json."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel

from ..query import EventFilter
from . import data, query
from .filters import actor_filters, claim_filters, document_filters, event_filters, event_sort, paging, relation_filters
from .render import state

router = APIRouter(prefix="/api", tags=["api"])


class PageOut(BaseModel):
    """One page of a listing (`exact` is false when the total was counted only up to 10,000)."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]
    exact: bool = True


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorOut(BaseModel):
    """Every API error has this shape."""

    error: ErrorDetail


ERRORS = {400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


@router.get("/events", response_model=PageOut, responses=ERRORS,
            summary="Canonical events (each real-world event once, every report merged), filtered, sorted, paged")
def api_events(request: Request, f: EventFilter = Depends(event_filters), sort: str = Depends(event_sort),
               pages: dict = Depends(paging)):
    return data.events_listing(state(request).store, f, sort, pages, facets=False)["page"]


@router.get("/events/{event_key}", responses=ERRORS, summary="One canonical event with every report and its "
                                                             "contradictions (a report id also finds it)")
def api_event(request: Request, event_key: str):
    found = data.event_detail(state(request).store, event_key)
    return jsonable_encoder({"event": found["event"], "item": found["item"], "contexts": found["contexts"]})


@router.get("/timeline", responses=ERRORS, summary="Events by month and type; year-only events as spans")
def api_timeline(request: Request, f: EventFilter = Depends(event_filters)):
    return state(request).store.timeline(f)


@router.get("/map", responses=ERRORS, summary="Events by first-level division, and the events placed at a point")
def api_map(request: Request, f: EventFilter = Depends(event_filters),
            bbox: str | None = Query(None, description="west,south,east,north in degrees"),
            limit: int = Query(3000, ge=1, le=20_000, description="at most this many points (deadliest first)")):
    store = state(request).store
    box = None
    if bbox:
        try:
            box = tuple(float(x) for x in bbox.split(","))
            assert len(box) == 4
        except (ValueError, AssertionError):
            from fastapi import HTTPException
            raise HTTPException(400, "bbox is west,south,east,north in degrees") from None
    points, located = store.map_points(f, box, limit)
    return {"divisions": store.map_divisions(f), "points": points, "located": located}


@router.get("/facets", responses=ERRORS, summary="Event types, sub-types and countries with their counts")
def api_facets(request: Request, f: EventFilter = Depends(event_filters)):
    return state(request).store.facets(f)


@router.get("/actors", response_model=PageOut, responses=ERRORS, summary="Actors, by mentions")
def api_actors(request: Request, filters: dict = Depends(actor_filters), pages: dict = Depends(paging)):
    return data.actors_listing(state(request).store, filters, pages)["page"]


@router.get("/actor-names", summary="Actor names for autocompletion (stored names and the pack's aliases)")
def api_actor_names(request: Request, q: str = Query("", max_length=80)) -> list[str]:
    return data.actor_suggestions(state(request).store, q) if q.strip() else []


@router.get("/actors/{name}", responses=ERRORS, summary="An actor's profile by id, name or any alias")
def api_actor(request: Request, name: str):
    return jsonable_encoder(data.actor_profile(state(request).store, name))


@router.get("/documents", response_model=PageOut, responses=ERRORS, summary="Documents (without their text)")
def api_documents(request: Request, filters: dict = Depends(document_filters), pages: dict = Depends(paging)):
    return data.documents_listing(state(request).store, filters, pages)["page"]


@router.get("/documents/{doc_id}", responses=ERRORS, summary="A document's text, mentions and facts with spans")
def api_document(request: Request, doc_id: str):
    return jsonable_encoder(data.document_detail(state(request).store, doc_id, with_html=False))


@router.get("/claims", response_model=PageOut, responses=ERRORS, summary="Attributed claims")
def api_claims(request: Request, filters: dict = Depends(claim_filters), pages: dict = Depends(paging)):
    rows = query.filter_claims(state(request).store.claims(), **filters)
    return query.paginate(rows, **pages).as_dict()


@router.get("/relations", response_model=PageOut, responses=ERRORS, summary="Relations between actors")
def api_relations(request: Request, filters: dict = Depends(relation_filters), pages: dict = Depends(paging)):
    rows = query.filter_relations(state(request).store.relations(), **filters)
    return query.paginate(rows, **pages).as_dict()


@router.get("/contradictions", response_model=PageOut, responses=ERRORS,
            summary="Where sources disagree: conflicts (cannot both hold) and, with severity=all, variations")
def api_contradictions(request: Request, severity: str = Query("conflict", pattern="^(conflict|variation|all)$"),
                       kind: str | None = None, pages: dict = Depends(paging)):
    from ..resolve import contradictions
    rows = [c.as_dict() for c in contradictions(state(request).store)
            if severity in ("all", c.severity) and query.same(c.kind, kind)]
    return query.paginate(rows, **pages).as_dict()


@router.get("/network", responses=ERRORS, summary="Actor graph of the selected events: nodes and typed edges")
def api_network(request: Request, f: EventFilter = Depends(event_filters)):
    from ..views.network import build_graph, edge_summary
    g = build_graph(state(request).store, f)
    return {"nodes": [dict(id=n, **d) for n, d in g.nodes(data=True)], "edges": edge_summary(g)}


@router.get("/counts", summary="How many rows of each kind the store holds")
def api_counts(request: Request) -> dict[str, int]:
    return state(request).store.counts()
