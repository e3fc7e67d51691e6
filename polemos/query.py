"""The one event filter: what a user asks for (CLI options, URL parameters, brief options), checked
strictly and typed, so the store can run it as SQL and every output applies the same selection.

    EventFilter.parse(actor="ISIS-K", since="2021-08", country="AF")   # InvalidQuery on bad input
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .aliases import ActorMatch, actor_matches
from .dates import DateWindow, InvalidDate
from .errors import PolemosError
from .place import admin1_code, iso2

SORTS = ("event_date", "fatalities", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
         "location", "reports")


class InvalidQuery(PolemosError, ValueError):
    """A filter value that cannot be used; the message says why and what is allowed."""


@lru_cache(maxsize=1)
def event_types() -> tuple[dict[str, str], dict[str, str]]:
    """Case-folded name -> ACLED spelling, for event types and for sub-event types."""
    from .extract.event_lexicon import load_lexicon
    lex = load_lexicon()
    return ({t.casefold(): t for t in lex.event_type.values()}, {s.casefold(): s for s in lex.order})


def _type(value: str | None, table: dict[str, str], what: str) -> str | None:
    if not value:
        return None
    found = table.get(value.strip().casefold())
    if found is None:
        raise InvalidQuery(f"unknown {what} {value!r}: choose one of {', '.join(sorted(table.values()))}")
    return found


@dataclass(frozen=True)
class EventFilter:
    """A selection of canonical events; every field optional, all given fields must hold."""

    actor: str | None = None
    actors: tuple[ActorMatch, ...] = ()
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    since: str | None = None
    until: str | None = None
    window: DateWindow = field(default_factory=DateWindow)
    q: str | None = None
    doc_id: str | None = None

    @classmethod
    def parse(cls, actor: str | None = None, event_type: str | None = None, sub_event_type: str | None = None,
              country: str | None = None, admin1: str | None = None, since: str | None = None,
              until: str | None = None, q: str | None = None, doc_id: str | None = None,
              type: str | None = None) -> EventFilter:
        """Strict: an unknown type, a malformed date or an inverted range raise InvalidQuery.
        `type` matches an event type or a sub-event type (the CLI's --type)."""
        given = dict(actor=actor, event_type=event_type, sub_event_type=sub_event_type, country=country,
                     admin1=admin1, since=since, until=until, q=q, doc_id=doc_id, type=type)
        clean = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in given.items()}
        try:
            window = DateWindow.parse(clean["since"], clean["until"])
        except InvalidDate as exc:
            raise InvalidQuery(str(exc)) from None
        types, subs = event_types()
        etype, sub = clean["event_type"], clean["sub_event_type"]
        if clean["type"]:
            if clean["type"].casefold() in types:
                etype = clean["type"]
            else:
                sub = clean["type"]
        code = iso2(clean["country"]) if clean["country"] else None
        matches = actor_matches(clean["actor"]) if clean["actor"] else ()
        if code:            # an alias's meanings in other countries cannot match events in this one
            matches = tuple(m for m in matches if m.countries is None or code in {iso2(c) for c in m.countries})
        return cls(actor=clean["actor"], actors=matches,
                   event_type=_type(etype, types, "event type"), sub_event_type=_type(sub, subs, "sub-event type"),
                   country=clean["country"], country_code=code, admin1=clean["admin1"],
                   admin1_code=admin1_code(code, clean["admin1"]) if code else None,
                   since=clean["since"], until=clean["until"], window=window, q=clean["q"], doc_id=clean["doc_id"])

    def __bool__(self) -> bool:
        return any(self.params().values())

    def params(self) -> dict[str, Any]:
        """The user's values, as URL parameters (None for what is not set)."""
        return {"actor": self.actor, "event_type": self.event_type, "sub_event_type": self.sub_event_type,
                "country": self.country, "admin1": self.admin1, "since": self.since, "until": self.until,
                "q": self.q, "doc_id": self.doc_id}

    def describe(self) -> str:
        """'actor ISIS-K, from 2021-08': the selection in words ('all events' when empty)."""
        labels = {"event_type": "type", "sub_event_type": "sub-type", "since": "from", "until": "until",
                  "q": "text", "doc_id": "document"}
        parts = [f"{labels.get(k, k)} {v}" for k, v in self.params().items() if v]
        return ", ".join(parts) or "all events"


def check_sort(sort: str | None, default: str = "-event_date") -> str:
    """A sort key (`field` or `-field`) from SORTS; InvalidQuery otherwise."""
    sort = (sort or default).strip()
    if sort.lstrip("-") not in SORTS:
        raise InvalidQuery(f"cannot sort by {sort!r}: use one of {', '.join(SORTS)} (prefix - for descending)")
    return sort
