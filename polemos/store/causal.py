"""SQL of the causal layer: causal statements as rows of their document (the store inserts a batch's
together), read back with their sources."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import select

from .schema import causal_statements, documents


def causal_rows(doc, statements) -> list[dict[str, Any]]:
    """The causal_statements rows of a document's statements (a batch's are inserted together)."""
    rows = []
    for st in statements:
        data = {k: v for k, v in asdict(st).items() if k in ("signal", "cause_actors", "effect_actors")}
        for name in ("cause_span", "effect_span", "signal_span"):
            span = getattr(st, name)
            data[name] = [span.start, span.end] if span else None
        rows.append(dict(doc_id=doc.doc_id, cause=st.cause, effect=st.effect, sign=st.sign, modality=st.modality,
                         attributed_to=st.attributed_to, start=st.evidence.start, end=st.evidence.end,
                         evidence=doc.text[st.evidence.start:st.evidence.end], data=json.dumps(data)))
    return rows


def causal_statements_of(store, doc_id: str | None = None) -> list[dict[str, Any]]:
    """Every causal statement with its document's date, publisher and title, in text order."""
    c, d = causal_statements, documents
    query = (select(c, d.c.published, d.c.publisher, d.c.title, d.c.url)
             .join(d, d.c.doc_id == c.c.doc_id).order_by(c.c.doc_id, c.c.start, c.c.id))
    if doc_id:
        query = query.where(c.c.doc_id == doc_id)
    with store.engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    out = []
    for r in rows:
        rec = dict(r)
        rec.update(json.loads(rec.pop("data")))
        rec["evidence_start"], rec["evidence_end"] = rec.pop("start"), rec.pop("end")
        out.append(rec)
    return out
