"""An actor as the knowledge base holds it: `Actor`, one row of `polemos actors` (and of `export actors`),
and `ActorProfile`, what `polemos actor NAME` shows (pack facts, and what the store says about it)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .canonical import CanonicalEvent
from .model import Claim, Relation


@dataclass
class Actor:
    """A canonical actor met in the texts: its kind, the names it was met under and mentions per document.
    Pack actors also carry the pack's kind (`base_kind`), parent and aliases (`known_aliases`)."""

    actor_id: str
    name: str
    kind: str | None = None
    country: str | None = None
    provisional: bool = False
    aliases_seen: list[str] = field(default_factory=list)
    mentions: dict[str, int] = field(default_factory=dict)      # doc_id -> mentions
    total_mentions: int = 0
    base_kind: str | None = None
    parent: str | None = None
    known_aliases: list[str] = field(default_factory=list)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Actor:
        """From a store row (`store.actors()`, `export.records.actor_records`)."""
        names = {f for f in cls.__dataclass_fields__}
        rec = cls(**{k: v for k, v in row.items() if k in names})
        rec.provisional = bool(rec.provisional)
        return rec

    def row(self) -> dict[str, Any]:
        """The flat record `polemos export actors` writes."""
        return asdict(self)


@dataclass
class ActorProfile:
    """One actor: the pack's facts (kind, aliases, periods under other names, affiliations, members) and the
    store's (names seen, mentions, relations, events as actor1/actor2, claims about it)."""

    actor_id: str | None
    name: str
    kind: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    parent_relation: str | None = None
    periods: list[dict[str, Any]] = field(default_factory=list)        # from, until, name, kind
    affiliations: list[dict[str, Any]] = field(default_factory=list)   # actor, role, from, until
    members: list[dict[str, Any]] = field(default_factory=list)
    names_seen: list[str] = field(default_factory=list)
    mentions: dict[str, int] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    events_as_actor1: list[CanonicalEvent] = field(default_factory=list)
    events_as_actor2: list[CanonicalEvent] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @property
    def events(self) -> list[CanonicalEvent]:
        """Its events, as actor1 then as actor2."""
        return self.events_as_actor1 + self.events_as_actor2
