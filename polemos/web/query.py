"""Filtering, sorting and paging of the small listings (actors, claims, relations), for pages and API alike.

Events and documents are filtered, sorted and paged in the database (store.list_events,
store.list_documents). Every filter here is a case-insensitive substring match unless said otherwise.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .filters import DEFAULT_LIMIT, MAX_LIMIT


@dataclass
class Page:
    """One page of a filtered, sorted listing."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    @property
    def prev_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None


def has(value: Any, needle: str | None) -> bool:
    """True when no needle, or the needle is a case-insensitive substring of value."""
    return not needle or (value is not None and needle.casefold() in str(value).casefold())


def same(value: Any, wanted: str | None) -> bool:
    """True when nothing is wanted, or value equals it case-insensitively."""
    return not wanted or (value is not None and str(value).casefold() == wanted.casefold())


def paginate(rows: list[dict[str, Any]], limit: int | None, offset: int | None) -> Page:
    limit = max(1, min(limit or DEFAULT_LIMIT, MAX_LIMIT))
    offset = max(0, offset or 0)
    return Page(rows[offset:offset + limit], len(rows), limit, offset)


def sort_rows(rows: list[dict[str, Any]], sort: str | None, allowed: Iterable[str], default: str) -> list[dict]:
    """Sort by a field name, `-field` for descending; None values always last."""
    sort = sort or default
    field = sort.lstrip("-")
    if field not in allowed:
        sort, field = default, default.lstrip("-")
    desc = sort.startswith("-")
    present = [r for r in rows if r.get(field) not in (None, "")]
    missing = [r for r in rows if r.get(field) in (None, "")]
    present.sort(key=lambda r: _key(r.get(field)), reverse=desc)
    return present + missing


def _key(value: Any) -> tuple:
    if isinstance(value, (int, float)):
        return (0, value, "")
    return (1, 0, str(value).casefold())


# ---- documents, actors, claims, relations ---------------------------------------
def filter_actors(rows: Iterable[dict], q: str | None = None, kind: str | None = None,
                  country: str | None = None) -> list[dict]:
    return [a for a in rows
            if same(a.get("kind"), kind) and has(a.get("country"), country)
            and (not q or has(a.get("name"), q) or has(a.get("actor_id"), q)
                 or any(has(s, q) for s in a.get("aliases_seen") or []))]


def filter_claims(rows: Iterable[dict], subject: str | None = None, attributed_to: str | None = None,
                  quantity: str | None = None, doc_id: str | None = None, q: str | None = None) -> list[dict]:
    return [c for c in rows
            if has(c.get("subject"), subject) and has(c.get("attributed_to"), attributed_to)
            and same(c.get("quantity"), quantity) and same(c.get("doc_id"), doc_id) and has(c.get("evidence"), q)]


def filter_relations(rows: Iterable[dict], actor: str | None = None, relation: str | None = None,
                     doc_id: str | None = None, q: str | None = None) -> list[dict]:
    return [r for r in rows
            if (not actor or has(r.get("actor1"), actor) or has(r.get("actor2"), actor))
            and same(r.get("relation"), relation) and same(r.get("doc_id"), doc_id) and has(r.get("evidence"), q)]


def names_of(actor: dict[str, Any]) -> set[str]:
    """Every name an actor goes by, casefolded: canonical name, id and aliases seen."""
    names = {actor.get("name"), actor.get("actor_id"), *(actor.get("aliases_seen") or [])}
    return {str(n).casefold() for n in names if n}


def involving(rows: Iterable[dict], names: set[str], fields: tuple[str, ...]) -> list[dict]:
    """Rows where any of `fields` names the actor exactly (casefolded)."""
    return [r for r in rows if any(str(r.get(f) or "").casefold() in names for f in fields)]


def first(rows: Iterable[dict], pred: Callable[[dict], bool]) -> dict | None:
    return next((r for r in rows if pred(r)), None)
