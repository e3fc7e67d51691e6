"""Time a schema migration re-run on a large store (made by gen_store.py): the store is taken back to
before the migration (its record removed, and for migration 3 the indexes and full-text index it makes
dropped; the typed columns stay and are filled again; for migration 9 the reports' `published` emptied and the
place and actor blocking indexes dropped; for migration 10, SQLite's actor rows and full-text index given their
older shapes), then the store is opened, which runs it.

    python benchmarks/bench_migration.py --db /tmp/kb100k.db --migration 3
    python benchmarks/bench_migration.py --db postgresql://127.0.0.1:5432/polemos_bench_1m --migration 5
    python benchmarks/bench_migration.py --db /tmp/kb1m.db --migration 9
    python benchmarks/bench_migration.py --db /tmp/kb1m.db --migration 10
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, delete, text  # noqa: E402

from polemos.store import open_store, schema  # noqa: E402
from polemos.store.db import resolve_url  # noqa: E402

MADE_BY = {3: schema.CANONICAL_INDEXES + schema.EVENT_INDEXES, 5: schema.ACTOR_ROW_INDEXES,
           9: schema.PLACE_ACTOR_BLOCK_INDEXES, 10: []}


def undo(url: str, number: int) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        for name in sorted({i.name for i in MADE_BY.get(number, [])}):
            conn.execute(text(f'DROP INDEX IF EXISTS "{name}"'))
        if number == 3:
            if engine.dialect.name == "sqlite":
                conn.execute(text("DROP TABLE IF EXISTS canonical_fts"))
                for suffix in ("ai", "ad", "au"):
                    conn.execute(text(f"DROP TRIGGER IF EXISTS canonical_fts_{suffix}"))
            else:
                conn.execute(text("DROP INDEX IF EXISTS ix_canon_search"))
        if number == 5:
            schema.event_actors.drop(conn, checkfirst=True)
        if number == 9:     # the column stays (SQLite would rewrite the table to drop it), emptied
            conn.execute(schema.events.update().where(schema.events.c.published.is_not(None)).values(published=None))
        if number == 10 and engine.dialect.name == "sqlite":
            _older_sqlite_shapes(conn)
        conn.execute(delete(schema.schema_version).where(schema.schema_version.c.version == number))
    engine.dispose()


def _older_sqlite_shapes(conn) -> None:
    """The shapes before migration 10: the actor rows in a rowid table with an index of their key (the same rows),
    the full-text index with its table of row sizes."""
    t = schema.event_actors
    columns = ", ".join(f'"{c.name}"' for c in t.columns)
    ddl = conn.execute(text("SELECT sql FROM sqlite_schema WHERE name = :n"), {"n": t.name}).scalar()
    conn.execute(text(f'DROP INDEX IF EXISTS "{schema.ACTOR_ROW_INDEXES[0].name}"'))
    conn.execute(text(f"ALTER TABLE {t.name} RENAME TO {t.name}_lean"))
    conn.execute(text(ddl.replace("WITHOUT ROWID", "")))
    conn.execute(text(f"INSERT INTO {t.name} ({columns}) SELECT {columns} FROM {t.name}_lean"))
    conn.execute(text(f"DROP TABLE {t.name}_lean"))
    for index in schema.ACTOR_ROW_INDEXES:
        if index._ddl_if.dialect == "sqlite":
            index.create(conn)
    conn.execute(text("DROP TABLE IF EXISTS canonical_fts"))
    conn.execute(text(schema.SQLITE_FTS_TABLE.replace(", columnsize=0", "")))
    conn.execute(text(schema.SQLITE_FTS_REBUILD))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--migration", type=int, required=True, choices=sorted(MADE_BY))
    a = ap.parse_args()
    url = resolve_url(a.db)
    undo(url, a.migration)
    t0 = time.perf_counter()
    store = open_store(a.db)
    seconds = time.perf_counter() - t0
    n = store.counts()["canonical_events"]
    print(json.dumps({"db": store.url, "migration": a.migration, "canonical_events": n, "seconds": round(seconds, 1),
                      "ms_per_event": round(seconds * 1000 / max(n, 1), 3)}))


if __name__ == "__main__":
    main()
