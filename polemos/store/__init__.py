"""The knowledge store (SQLite by default, PostgreSQL by URL). All SQL lives in this package."""
from .db import DEFAULT_DB, Store, open_store, resolve_url, store_exists

__all__ = ["DEFAULT_DB", "Store", "open_store", "resolve_url", "store_exists"]
