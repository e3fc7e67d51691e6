"""Shared fixtures: stores on SQLite and, where a server answers, PostgreSQL."""
from __future__ import annotations

import os
import uuid

import pytest

PG_ADMIN = os.environ.get("POLEMOS_TEST_PG", "postgresql+psycopg://127.0.0.1:5432/test")


def _pg_admin_engine():
    from sqlalchemy import create_engine, text
    engine = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # no server: skip with the reason
        engine.dispose()
        return None, f"PostgreSQL not reachable at {PG_ADMIN}: {exc.__class__.__name__}"
    return engine, None


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import text
    engine, why = _pg_admin_engine()
    if engine is None:
        pytest.skip(why)
    name = f"polemos_test_{uuid.uuid4().hex[:10]}"
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = PG_ADMIN.rsplit("/", 1)[0]
    yield f"{base}/{name}".replace("postgresql+psycopg://", "postgresql://")
    with engine.connect() as conn:
        conn.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A store URL on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "kb.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def on_extract(monkeypatch):
    """on_extract(marker, action): the extraction of a document whose text holds `marker` first runs `action()`
    (a sleep, a crash). Worker processes forked afterwards inherit the patch, and the packs loaded here (so that
    a time budget times the documents, not the loading)."""
    from polemos import pipeline
    from polemos.workers import warm
    warm()
    real = pipeline.extract

    def patch(marker: str, action) -> None:
        def patched(sdoc, doc):
            if marker in doc.text:
                action()
            return real(sdoc, doc)
        monkeypatch.setattr(pipeline, "extract", patched)
    return patch
