"""Query parameters shared by a page and its API twin (FastAPI dependencies, so OpenAPI documents them)."""
from __future__ import annotations

from typing import Any

from fastapi import Query

from .query import DEFAULT_LIMIT, MAX_LIMIT


def paging(limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="rows per page"),
           offset: int = Query(0, ge=0, description="rows to skip")) -> dict[str, int]:
    return {"limit": limit, "offset": offset}


def event_filters(
        actor: str | None = Query(None, description="actor1, actor2, claimed_by or denied_by contains this"),
        event_type: str | None = Query(None, description="ACLED event type, exact"),
        sub_event_type: str | None = Query(None, description="ACLED sub-event type, exact"),
        country: str | None = Query(None, description="country contains this"),
        admin1: str | None = Query(None, description="province / admin1 contains this"),
        since: str | None = Query(None, description="earliest event date, ISO (YYYY, YYYY-MM or YYYY-MM-DD)"),
        until: str | None = Query(None, description="latest event date, ISO"),
        q: str | None = Query(None, description="text in evidence, location, actors or notes"),
        doc_id: str | None = Query(None, description="events of this document"),
) -> dict[str, Any]:
    return _given(locals())


def event_sort(sort: str | None = Query("-event_date", description="field, or -field for descending: event_date, "
                                        "fatalities, event_type, sub_event_type, actor1, actor2, country, admin1, "
                                        "location, doc_id, id")) -> str | None:
    return sort


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
