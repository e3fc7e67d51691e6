"""The knowledge store's tables and its named, versioned migrations.

Every fact table is keyed to a document (`doc_id`) and a character span
(`start`, `end`) of that document's text.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, text

metadata = MetaData()


def _event_typed() -> list[Column]:
    """Typed place and date columns shared by report rows and canonical rows (the partial date's interval
    as ISO days, the ISO codes of the place)."""
    return [Column("date_first", String(10)), Column("date_last", String(10)),
            Column("country_code", String(2)), Column("admin1_code", String(12)), Column("place_level", String(8))]


EVENT_TYPED = _event_typed()
# Where resolution stands for each report: `resolved` false from the transaction that stores it until a
# resolution run has linked it; `component` the smallest id among the reports it is connected to by the
# coreference rules (the unit resolution re-partitions), set when resolved.
RESOLUTION_STATE = [Column("resolved", Boolean, nullable=False, default=False, server_default=text("false")),
                    Column("component", Integer)]
# An undated report's document's publication (NULL for a dated report, whose own date bounds it): what bounds
# the days an undated report's event can lie in (resolve.blocking.bounds). Copied onto the report row when it is
# written (documents do not change their publication), so that resolution's undated look-ups test it in the
# blocking indexes instead of reading each undated report's row and document.
REPORT_PUBLISHED = [Column("published", String(10))]
CANONICAL_TYPED = [
    Column("event_type", String(40)), Column("sub_event_type", String(60)),
    Column("date_value", String(10)), Column("date_precision", String(10)), *_event_typed(),
    Column("country", Text), Column("admin1", Text), Column("location", Text),
    Column("latitude", Float), Column("longitude", Float), Column("geo_precision", Integer),
    Column("actor1", Text), Column("actor2", Text), Column("claimed_by", Text),
    Column("fatalities", Integer), Column("fatalities_low", Integer), Column("fatalities_high", Integer),
    Column("reports", Integer), Column("conflicts", Integer), Column("variations", Integer),
    Column("first_source", Text), Column("first_published", String(10)),
    Column("search", Text),                          # lower-cased words a text query looks in
]

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
    *EVENT_TYPED,
    *RESOLUTION_STATE,
    *REPORT_PUBLISHED,
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
    Column("data", Text, nullable=False),            # the CanonicalEvent as JSON: reports, contradictions
    *CANONICAL_TYPED,
)

# What the timeline and the map aggregate: canonical events counted by period and type (the timeline,
# the facets) and by division, place level, year and type (the map), kept in step with canonical_events,
# so that an aggregation reads thousands of cells, not millions of events.
event_cells = Table(
    "event_cells", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("period", String(10), nullable=False),    # YYYY-MM when known to the month or better, else YYYY or ''
    Column("period_kind", String(6), nullable=False),  # month | year | decade | none
    Column("country_code", String(2), nullable=False),
    Column("event_type", String(40), nullable=False), Column("sub_event_type", String(60), nullable=False),
    Column("n", Integer, nullable=False), Column("fatalities", Integer, nullable=False),
    Index("ux_cells", "period", "period_kind", "country_code", "event_type", "sub_event_type", unique=True),
)
map_cells = Table(
    "map_cells", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("country_code", String(2), nullable=False), Column("admin1_code", String(12), nullable=False),
    Column("place_level", String(8), nullable=False), Column("year", String(5), nullable=False),
    Column("event_type", String(40), nullable=False),
    Column("n", Integer, nullable=False), Column("fatalities", Integer, nullable=False),
    Index("ux_map_cells", "country_code", "admin1_code", "place_level", "year", "event_type", unique=True),
)
# Each canonical event once under each distinct name in its actor fields (actor1, actor2, claimed_by), with
# the columns filters, sorting and the aggregations read: an actor filter's first page, count, timeline and
# map read this table's index (one range per name), not the events' rows. Kept in step with
# canonical_events by every write (store/actor_rows.py). SQLite: a table of its key alone (WITHOUT ROWID), so
# that a row written or dropped touches two B-trees (the key's and ix_actor_rows), not three (a rowid table,
# its key's index, ix_actor_rows): in a large store each is a page of its own per row (migration 10).
event_actors = Table(
    "event_actors", metadata,
    Column("event_key", String(200), primary_key=True), Column("name", Text, primary_key=True),
    Column("country", Text), Column("admin1", Text),
    Column("event_type", String(40)), Column("sub_event_type", String(60)),
    Column("date_value", String(10)), Column("date_precision", String(10)), *_event_typed(),
    Column("fatalities", Integer),
    sqlite_with_rowid=False,
)
CELL_KEYS = {"event_cells": ("period", "period_kind", "country_code", "event_type", "sub_event_type"),
             "map_cells": ("country_code", "admin1_code", "place_level", "year", "event_type")}


def _desc_index(name: str, table: Table, *lead: str, desc_lead: bool = False) -> list[Index]:
    """`lead` columns (descending, missing values last, with `desc_lead`: a sort key), then the date (newest
    first, undated last) and the key: the listing order.

    PostgreSQL needs NULLS LAST spelled out; SQLite sorts NULL lowest, so DESC already puts it last."""
    t = table.c
    pg_lead = [t[c].desc().nullslast() if desc_lead else t[c] for c in lead]
    lite_lead = [t[c].desc() if desc_lead else t[c] for c in lead]
    return [Index(name, *pg_lead, t.date_first.desc().nullslast(), t.event_key.desc()).ddl_if(dialect="postgresql"),
            Index(name, *lite_lead, t.date_first.desc(), t.event_key.desc()).ddl_if(dialect="sqlite")]


_AGGREGATED = ("date_value", "date_precision", "date_last", "event_type", "admin1_code", "place_level", "fatalities")
CANONICAL_INDEXES = [
    *_desc_index("ix_canon_date", canonical_events),
    *_desc_index("ix_canon_country_date", canonical_events, "country_code"),
    *_desc_index("ix_canon_type_date", canonical_events, "event_type"),
    Index("ix_canon_date_last", canonical_events.c.date_last),
    # covering: timeline and map of one country or division, over any date window, read these indexes alone
    Index("ix_canon_admin1", canonical_events.c.country_code, canonical_events.c.admin1_code,
          postgresql_include=list(_AGGREGATED)).ddl_if(dialect="postgresql"),
    Index("ix_canon_admin1", canonical_events.c.country_code, canonical_events.c.admin1_code).ddl_if(dialect="sqlite"),
    Index("ix_canon_country_window", canonical_events.c.country_code, canonical_events.c.date_first,
          postgresql_include=["date_last", *(c for c in _AGGREGATED if c != "date_last")]).ddl_if(
              dialect="postgresql"),
    Index("ix_canon_actor1", canonical_events.c.actor1),
    Index("ix_canon_actor2", canonical_events.c.actor2, sqlite_where=canonical_events.c.actor2.is_not(None),
          postgresql_where=canonical_events.c.actor2.is_not(None)),
    *_desc_index("ix_canon_fatalities", canonical_events, "fatalities", desc_lead=True),
    # covering: the map by division for one sub-event type reads this index alone
    Index("ix_canon_sub", canonical_events.c.sub_event_type, postgresql_include=[
        "country_code", "admin1_code", "place_level", "fatalities"]).ddl_if(dialect="postgresql"),
    Index("ix_canon_sub", canonical_events.c.sub_event_type, canonical_events.c.country_code,
          canonical_events.c.admin1_code, canonical_events.c.place_level,
          canonical_events.c.fatalities).ddl_if(dialect="sqlite"),
    # partial: most events have no claimant, and a planner that counts the NULLs would scan instead
    Index("ix_canon_claimed", canonical_events.c.claimed_by, sqlite_where=canonical_events.c.claimed_by.is_not(None),
          postgresql_where=canonical_events.c.claimed_by.is_not(None)),

]
_ACTOR_ROW_INCLUDED = [c.name for c in event_actors.columns if c.name not in ("name", "date_first", "event_key")]
# covering: one actor's events newest first (in some countries: a filter on the included country), counted and
# aggregated from the index alone
ACTOR_ROW_INDEXES = [
    Index("ix_actor_rows", event_actors.c.name, event_actors.c.date_first.desc().nullslast(),
          event_actors.c.event_key.desc(), postgresql_include=_ACTOR_ROW_INCLUDED).ddl_if(dialect="postgresql"),
    Index("ix_actor_rows", event_actors.c.name, event_actors.c.date_first.desc(), event_actors.c.event_key.desc(),
          *(event_actors.c[c] for c in _ACTOR_ROW_INCLUDED)).ddl_if(dialect="sqlite"),
]
# PostgreSQL's full-text index of the canonical rows' search words
POSTGRES_FTS = ["CREATE INDEX IF NOT EXISTS ix_canon_search ON canonical_events "
                "USING gin (to_tsvector('simple', coalesce(search, '')))"]
# an updated canonical row's full-text entry is rewritten only when its search words change (an UPDATE that
# sets other columns, a key renamed by resolution, leaves it as it is: store.canonical_rows)
SQLITE_FTS_UPDATE = (
    "CREATE TRIGGER IF NOT EXISTS canonical_fts_au AFTER UPDATE OF search ON canonical_events BEGIN "
    "INSERT INTO canonical_fts(canonical_fts, rowid, search) VALUES ('delete', old.rowid, old.search); "
    "INSERT INTO canonical_fts(rowid, search) VALUES (new.rowid, new.search); END")
# SQLite's full-text index of the canonical rows' search words, kept in step by triggers. `columnsize=0`: no
# table of each row's size in words (FTS5's %_docsize, one more B-tree page per canonical row written or dropped
# in a large store), which only a ranking reads (bm25); a text filter asks only which rows match (migration 10)
SQLITE_FTS_TABLE = ("CREATE VIRTUAL TABLE IF NOT EXISTS canonical_fts USING fts5(search, content='canonical_events', "
                    "content_rowid='rowid', columnsize=0)")
SQLITE_FTS_REBUILD = "INSERT INTO canonical_fts(canonical_fts) VALUES ('rebuild')"
SQLITE_FTS = [
    SQLITE_FTS_TABLE,
    "CREATE TRIGGER IF NOT EXISTS canonical_fts_ai AFTER INSERT ON canonical_events BEGIN "
    "INSERT INTO canonical_fts(rowid, search) VALUES (new.rowid, new.search); END",
    "CREATE TRIGGER IF NOT EXISTS canonical_fts_ad AFTER DELETE ON canonical_events BEGIN "
    "INSERT INTO canonical_fts(canonical_fts, rowid, search) VALUES ('delete', old.rowid, old.search); END",
    SQLITE_FTS_UPDATE,
    SQLITE_FTS_REBUILD,
]
EVENT_INDEXES = [Index("ix_events_first", events.c.date_first), Index("ix_events_cc", events.c.country_code)]
# resolution's look-ups: the pending reports, a component's members, and the candidates of a blocking key
# (country and event type, then a date window; reports dated only to the year, or undated, by place or actor).
# The blocking indexes end with the columns the look-ups also filter on (the end of the date, the province):
# a report in the window but of another province is passed over in the index, not read from the table (in a
# large store most of a window's reports are; PostgreSQL: `id` included, for index-only scans); the place and
# actor ones also hold an undated report's publication, which their look-ups test, and the end of the date right
# after its start (a look-up on one start day seeks on it, the date window's index never more so). No column a
# resolution run writes is in them (`resolved` is tested on the candidates' rows, which are read anyway).
BLOCK_INDEXES = [
    Index("ix_events_block", events.c.country, events.c.event_type, events.c.date_first, events.c.date_last,
          events.c.admin1, postgresql_include=["id"]),
    Index("ix_events_block_place", events.c.country, events.c.event_type, events.c.location, events.c.date_first,
          events.c.date_last, events.c.admin1, events.c.published, postgresql_include=["id"]),
    Index("ix_events_block_actor", events.c.country, events.c.event_type, events.c.actor1, events.c.date_first,
          events.c.date_last, events.c.admin1, events.c.published, postgresql_include=["id"]),
]
# the blocking indexes of the look-ups by place and by first actor, with the end of the date and an undated
# report's `published` (migration 9)
PLACE_ACTOR_BLOCK_INDEXES = BLOCK_INDEXES[1:]
RESOLUTION_INDEXES = [
    Index("ix_events_pending", events.c.resolved, events.c.id),
    Index("ix_events_component", events.c.component),
    *BLOCK_INDEXES,
]

# One row; a resolution run updates it first, which takes SQLite's write lock or PostgreSQL's row lock
# until it commits, so two runs never interleave and a stale one cannot overwrite a newer one.
resolution_lock = Table(
    "resolution_lock", metadata,
    Column("id", Integer, primary_key=True),
    Column("runs", Integer, nullable=False, default=0),
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
