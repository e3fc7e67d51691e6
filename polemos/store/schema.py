"""The knowledge store's tables and its named, versioned migrations.

Every fact table is keyed to a document (`doc_id`) and a character span
(`start`, `end`) of that document's text.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

schema_version = Table(
    "polemos_schema", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text), Column("author", Text), Column("publisher", Text),
    Column("published", String(10)), Column("published_source", String(20)),
    Column("url", Text), Column("language", String(10)), Column("source", Text), Column("fmt", String(10)),
    Column("words", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    Column("extractor", String(40)),
)


def _doc_fk() -> Column:
    return Column("doc_id", String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False)


actors = Table(
    "actors", metadata,
    Column("actor_id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(30)),
    Column("country", Text),
    Column("provisional", Boolean, nullable=False, default=False),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("kind", String(10), nullable=False),      # actor | place | time | quantity
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("ref", Text),                             # actor_id | place name | ISO date | best value
    Column("data", Text, nullable=False),            # the full mention as JSON
    Index("ix_mentions_doc_kind", "doc_id", "kind"),
    Index("ix_mentions_ref", "kind", "ref"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("event_type", String(40), nullable=False), Column("sub_event_type", String(60), nullable=False),
    Column("event_date", String(10)), Column("date_precision", String(10)),
    Column("actor1", Text), Column("actor2", Text),
    Column("country", Text), Column("admin1", Text), Column("location", Text),
    Column("latitude", Float), Column("longitude", Float), Column("geo_precision", Integer),
    Column("fatalities", Integer), Column("fatalities_low", Integer), Column("fatalities_high", Integer),
    Column("claimed_by", Text),
    Column("event_key", String(200)),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("data", Text, nullable=False),            # the whole Event as JSON (extra spans, notes...)
    Index("ix_events_doc", "doc_id"), Index("ix_events_key", "event_key"),
    Index("ix_events_date", "event_date"),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("subject", Text, nullable=False), Column("quantity", String(30), nullable=False),
    Column("low", Float), Column("high", Float), Column("period", Text),
    Column("attributed_to", Text), Column("denied_by", Text),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Index("ix_claims_doc", "doc_id"),
)

relations = Table(
    "relations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("actor1", Text, nullable=False), Column("relation", String(30), nullable=False),
    Column("actor2", Text, nullable=False),
    Column("valid_from", String(10)), Column("valid_until", String(10)),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Index("ix_relations_doc", "doc_id"),
)

canonical_events = Table(
    "canonical_events", metadata,
    Column("event_key", String(200), primary_key=True),
    Column("data", Text, nullable=False),            # reconciled figures, sources, contradictions (JSON)
)

causal_statements = Table(
    "causal_statements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("cause", Text, nullable=False), Column("effect", Text, nullable=False),
    Column("sign", String(1), nullable=False), Column("modality", String(12), nullable=False),
    Column("attributed_to", Text),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("data", Text, nullable=False),            # spans of cause, effect and signal; actors named (JSON)
    Index("ix_causal_doc", "doc_id"),
)
