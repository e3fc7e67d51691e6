"""Query parameters shared by a page and its API twin (FastAPI dependencies, so OpenAPI documents them)."""
from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Query

from ..query import SORTS, EventFilter, InvalidQuery, check_sort

DEFAULT_LIMIT, MAX_LIMIT = 50, 500


def paging(limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="rows per page (page size)"),
           offset: int = Query(0, ge=0, description="rows to skip"),
           page: int | None = Query(None, ge=1, le=1_000_000, description="page number (1 = first); sets offset")
           ) -> dict[str, int]:
    return {"limit": limit, "offset": (page - 1) * limit if page else offset}


def event_filters(
        actor: str | None = Query(None, description="any name or alias of an actor (ISIS-K, ISKP, Daesh...): "
                                                    "actor1, actor2 or claimant"),
        event_type: str | None = Query(None, description="ACLED event type"),
        sub_event_type: str | None = Query(None, description="ACLED sub-event type"),
        country: str | None = Query(None, description="country name or ISO code"),
        admin1: str | None = Query(None, description="province / first-level division"),
        since: str | None = Query(None, description="earliest event date, ISO (YYYY, YYYY-MM or YYYY-MM-DD)"),
        until: str | None = Query(None, description="latest event date, ISO (YYYY, YYYY-MM or YYYY-MM-DD)"),
        q: str | None = Query(None, max_length=200, description="text in evidence, place, actors or type"),
        doc_id: str | None = Query(None, description="events reported by this document"),
) -> EventFilter:
    """The typed filter; a malformed date, an inverted range or an unknown type is a 400 saying why."""
    try:
        return EventFilter.parse(actor=actor, event_type=event_type, sub_event_type=sub_event_type, country=country,
                                 admin1=admin1, since=since, until=until, q=q, doc_id=doc_id)
    except InvalidQuery as exc:
        raise HTTPException(400, str(exc)) from None


def event_sort(sort: str | None = Query("-event_date", description="field, or -field for descending: "
                                        + ", ".join(SORTS))) -> str:
    try:
        return check_sort(sort)
    except InvalidQuery as exc:
        raise HTTPException(400, str(exc)) from None


def actor_filters(q: str | None = Query(None, description="name, id or alias contains this"),
                  kind: str | None = Query(None, description="armed_group, state_force, person, ..."),
                  country: str | None = Query(None, description="country contains this"),
                  sort: str | None = Query("-total_mentions", description="total_mentions, name, kind, country")
                  ) -> dict[str, Any]:
    return _given(locals())


def document_filters(q: str | None = Query(None, description="title, id, publisher, author or URL contains this"),
                     publisher: str | None = Query(None, description="publisher contains this"),
                     since: str | None = Query(None, description="published on or after (ISO)"),
                     until: str | None = Query(None, description="published on or before (ISO)"),
                     sort: str | None = Query("-published", description="published, title, doc_id, publisher, words")
                     ) -> dict[str, Any]:
    return _given(locals())


def claim_filters(subject: str | None = Query(None, description="subject contains this"),
                  attributed_to: str | None = Query(None, description="source of the claim contains this"),
                  quantity: str | None = Query(None, description="fighters, attacks, killed, ... (exact)"),
                  doc_id: str | None = Query(None), q: str | None = Query(None, description="evidence contains this")
                  ) -> dict[str, Any]:
    return _given(locals())


def relation_filters(actor: str | None = Query(None, description="either actor contains this"),
                     relation: str | None = Query(None, description="hostile, cooperative, member_of, ... (exact)"),
                     doc_id: str | None = Query(None), q: str | None = Query(None, description="evidence contains this")
                     ) -> dict[str, Any]:
    return _given(locals())


def _given(params: dict[str, Any]) -> dict[str, Any]:
    """Empty strings (a form's blank fields) count as not given."""
    return {k: (v.strip() or None) if isinstance(v, str) else v for k, v in params.items()}
