"""The JSON API: /api/... with the pages' filters, paginated, described by /openapi.json."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel

from . import canon, charts, data, query
from .filters import (actor_filters, claim_filters, document_filters, event_filters, event_sort, paging,
                      relation_filters)
from .render import state

router = APIRouter(prefix="/api", tags=["api"])


class PageOut(BaseModel):
    """One page of a listing."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorOut(BaseModel):
    """Every API error has this shape."""

    error: ErrorDetail


ERRORS = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


@router.get("/events", response_model=PageOut, responses=ERRORS, summary="Events, filtered and paginated")
def api_events(request: Request, filters: dict = Depends(event_filters), sort: str | None = Depends(event_sort),
               pages: dict = Depends(paging)):
    return data.events_listing(state(request).store, filters, sort, pages)["page"]


@router.get("/events/{event_id}", responses=ERRORS, summary="One event, with its canonical event and every report")
def api_event(request: Request, event_id: int):
    return jsonable_encoder(data.event_detail(state(request).store, event_id))


@router.get("/actors", response_model=PageOut, responses=ERRORS, summary="Actors, by mentions")
def api_actors(request: Request, filters: dict = Depends(actor_filters), pages: dict = Depends(paging)):
    return data.actors_listing(state(request).store, filters, pages)["page"]


@router.get("/actors/{actor_id}", responses=ERRORS, summary="An actor's profile: relations, events, claims")
def api_actor(request: Request, actor_id: str):
    return jsonable_encoder(data.actor_profile(state(request).store, actor_id))


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
            summary="Sources that disagree: event figures, denials, differing claimed figures")
def api_contradictions(request: Request, kind: str | None = None, pages: dict = Depends(paging)):
    rows = [c for c in canon.contradictions(state(request).store) if query.same(c.get("kind"), kind)]
    return query.paginate(rows, **pages).as_dict()


@router.get("/network", responses=ERRORS, summary="Actor graph: nodes and edges (relations and events)")
def api_network(request: Request):
    store = state(request).store
    return charts.network(store.events(), store.relations(), data.actor_links(store), data.actor_kinds(store))


@router.get("/counts", summary="How many rows of each kind the store holds")
def api_counts(request: Request) -> dict[str, int]:
    return state(request).store.counts()
