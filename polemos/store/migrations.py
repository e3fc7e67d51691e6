"""Named, transactional migrations. The store applies, in order, every one newer than its recorded version."""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, inspect, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from . import schema

Migration = tuple[int, str, Callable[[Connection], None]]


def _initial(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[t for t in schema.metadata.sorted_tables
                                             if t is not schema.schema_version])


def _causal(conn: Connection) -> None:
    schema.causal_statements.create(conn, checkfirst=True)


def _typed(conn: Connection) -> None:
    from .typed_migration import upgrade_typed
    upgrade_typed(conn)


def _resolution_state(conn: Connection) -> None:
    from .resolution import upgrade_resolution
    upgrade_resolution(conn)


def _actor_rows(conn: Connection) -> None:
    from .actor_rows import upgrade
    upgrade(conn)


def _fts_update_trigger(conn: Connection) -> None:
    """SQLite: the full-text entry follows an update of the search words only (schema.SQLITE_FTS_UPDATE)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS canonical_fts_au")
        conn.exec_driver_sql(schema.SQLITE_FTS_UPDATE)


def _covering_blocks(conn: Connection) -> None:
    """The blocking indexes again, with the columns the candidate look-ups filter on (schema.BLOCK_INDEXES)."""
    from .typed_migration import _add_missing_columns
    _add_missing_columns(conn, schema.events, schema.REPORT_PUBLISHED)   # (filled by migration 9)
    for index in schema.BLOCK_INDEXES:
        conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
        index.create(conn)


def _stable_keys(conn: Connection) -> None:
    from .resolution import upgrade_keys
    upgrade_keys(conn)


def _report_published(conn: Connection) -> None:
    """Each undated report's document's publication on its row (schema.REPORT_PUBLISHED), and the blocking
    indexes by place and by actor holding it and the end of the date (schema.PLACE_ACTOR_BLOCK_INDEXES; rebuilt
    only where their columns differ)."""
    from .typed_migration import _add_missing_columns
    ev, docs = schema.events, schema.documents
    _add_missing_columns(conn, ev, schema.REPORT_PUBLISHED)
    conn.execute(update(ev).where(ev.c.date_first.is_(None)).values(
        published=select(docs.c.published).where(docs.c.doc_id == ev.c.doc_id).scalar_subquery()))
    existing = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes(ev.name)}
    for index in schema.PLACE_ACTOR_BLOCK_INDEXES:
        if list(existing.get(index.name) or ()) != [c.name for c in index.columns]:
            conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
            index.create(conn)


def _lean_sqlite_rows(conn: Connection) -> None:
    """SQLite: the actor rows in a table of their key alone (WITHOUT ROWID: schema.event_actors), rebuilt from
    the canonical rows as migration 5 builds them; the full-text index without its table of row sizes
    (columnsize=0: schema.SQLITE_FTS_TABLE), rebuilt from the search words. Each only where the store has the
    older shape; PostgreSQL's tables are unchanged."""
    if conn.dialect.name != "sqlite":
        return
    from .actor_rows import upgrade

    def ddl(name: str) -> str:
        return (conn.exec_driver_sql("SELECT sql FROM sqlite_schema WHERE name = ?", (name,)).scalar() or "").upper()

    if "WITHOUT ROWID" not in ddl(schema.event_actors.name):
        schema.event_actors.drop(conn, checkfirst=True)
        upgrade(conn)
    fts = ddl("canonical_fts")
    if fts and "COLUMNSIZE=0" not in fts.replace(" ", ""):
        conn.exec_driver_sql("DROP TABLE canonical_fts")      # (its triggers name it, and write the new one)
        conn.exec_driver_sql(schema.SQLITE_FTS_TABLE)
        conn.exec_driver_sql(schema.SQLITE_FTS_REBUILD)


MIGRATIONS: list[Migration] = [
    (1, "initial schema: documents, actors, mentions, events, claims, relations, canonical events", _initial),
    (2, "causal statements", _causal),
    (3, "typed dates and place codes on events; canonical events as typed rows; aggregation cells", _typed),
    (4, "durable resolution state: pending and component per event report, blocking indexes, resolution lock",
     _resolution_state),
    (5, "actor rows: each canonical event under each of its actor names, for actor filters", _actor_rows),
    (6, "full-text entries rewritten only when a canonical row's search words change", _fts_update_trigger),
    (7, "blocking indexes that hold the columns the candidate look-ups filter on", _covering_blocks),
    (8, "canonical event keys from each event's first report, kept when a later report joins", _stable_keys),
    (9, "an undated report's publication on its row; place and actor blocking indexes with it and the date's end",
     _report_published),
    (10, "SQLite: actor rows in a table of their key alone; a full-text index without row sizes", _lean_sqlite_rows),
]

LATEST = max(number for number, _, _ in MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table(schema.schema_version.name):
        return 0
    row = conn.execute(select(schema.schema_version.c.version).order_by(schema.schema_version.c.version.desc())).first()
    return row[0] if row else 0


def applied(conn: Connection) -> set[int]:
    """The numbers of the migrations this store has run (a migration numbered below the latest, merged
    later, is still run)."""
    if not inspect(conn).has_table(schema.schema_version.name):
        return set()
    return set(conn.execute(select(schema.schema_version.c.version)).scalars())


def upgrade(engine, attempts: int = 5) -> int:
    """Bring the database to the latest schema; each migration in its own transaction. Returns the version.

    Two processes opening a new store at once race to create it: the loser's statement fails, and it
    retries, finding the work done."""
    for attempt in range(attempts):
        try:
            return _upgrade(engine)
        except (IntegrityError, OperationalError, ProgrammingError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.1 * (attempt + 1))
    return current_version_of(engine)


def current_version_of(engine) -> int:
    with engine.connect() as conn:
        return current_version(conn)


def _upgrade(engine) -> int:
    with engine.begin() as conn:
        schema.schema_version.create(conn, checkfirst=True)
    for number, name, apply in sorted(MIGRATIONS):
        with engine.begin() as conn:
            if number in applied(conn):
                continue
            apply(conn)
            conn.execute(schema.schema_version.insert().values(
                version=number, name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
    return current_version_of(engine)
