"""Flat records of what the store holds, with the field names of the Contracts, their JSONL/CSV writers,
and `Written`: what an export wrote and what it left out, and why."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from ..canonical import CanonicalEvent

EVENT_FIELDS = ("doc_id", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "claimed_by", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                "fatalities", "fatalities_low", "fatalities_high", "event_key", "evidence", "evidence_start",
                "evidence_end")
EVENT_EXTRAS = ("id", "assoc_actor1", "assoc_actor2", "admin2", "injuries_low", "injuries_high", "denied_by",
                "reported_by", "trigger", "notes", "extra_evidence")
CANONICAL_FIELDS = ("event_key", "event_date", "date_precision", "event_type", "sub_event_type", "actor1",
                    "assoc_actor1", "actor2", "assoc_actor2", "claimed_by", "denied_by", "country", "country_code",
                    "admin1", "admin1_code", "admin2", "location", "latitude", "longitude", "geo_precision",
                    "place_level", "fatalities", "fatalities_low", "fatalities_high", "reports", "sources",
                    "conflicts", "variations")
CLAIM_FIELDS = ("doc_id", "subject", "quantity", "low", "high", "period", "attributed_to", "denied_by", "evidence",
                "evidence_start", "evidence_end")
RELATION_FIELDS = ("doc_id", "actor1", "relation", "actor2", "valid_from", "valid_until", "evidence",
                   "evidence_start", "evidence_end")
DOCUMENT_FIELDS = ("doc_id", "title", "author", "publisher", "published", "published_source", "url", "language",
                   "fmt", "source", "words", "content_hash")


@dataclass
class Written:
    """What an export wrote: `rows` of `what`, and the events it left out, by reason."""

    what: str
    rows: int = 0
    of: int | None = None                          # the rows are these many canonical events' (report exports)
    left_out: dict[str, int] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    notes: dict[str, int] = field(default_factory=dict)
    label: str | None = None                       # a writer's own summary, said instead of the row count

    def note(self, what: str) -> None:
        """Count rows written with a caveat (not left out)."""
        self.notes[what] = self.notes.get(what, 0) + 1

    def leave(self, reason: str, hint: str | None = None) -> None:
        self.left_out[reason] = self.left_out.get(reason, 0) + 1
        if hint:
            self.hints[reason] = hint

    def __str__(self) -> str:
        text = self.label or f"{self.rows} {self.what}" + (f" of {self.of} events" if self.of is not None else "")
        for reason, n in sorted(self.left_out.items()):
            hint = f" (use {self.hints[reason]})" if reason in self.hints else ""
            text += f"; left out {n} event{'s' if n != 1 else ''} {reason}{hint}"
        for what, n in sorted(self.notes.items()):
            text += f"; {n} {what}"
        return text


def pick(rec: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    return {f: rec.get(f) for f in fields}


def actor_kinds(store) -> dict[str, str]:
    """Actor display name -> kind, from the store's canonical actors."""
    return {a["name"]: a["kind"] for a in store.actors() if a.get("name") and a.get("kind")}


def document_records(store) -> list[dict[str, Any]]:
    return [pick(d.as_dict(), DOCUMENT_FIELDS) for d in store.documents()]


def canonical_record(ev: CanonicalEvent) -> dict[str, Any]:
    return pick(ev.row(), CANONICAL_FIELDS)


def claim_records(store) -> list[dict[str, Any]]:
    return [pick(c, CLAIM_FIELDS) for c in store.claims()]


def relation_records(store) -> list[dict[str, Any]]:
    return [pick(r, RELATION_FIELDS) for r in store.relations()]


def actor_records(store) -> list[dict[str, Any]]:
    """Canonical actors with kind, country, the names seen in the texts and mention counts per document;
    pack actors also carry their parent and the aliases the pack knows."""
    from ..knowledge.actors import default_pack

    pack = default_pack()
    out = []
    for a in store.actors():
        if a["actor_id"] in pack:
            rec = pack.get(a["actor_id"])
            a.update(country=a.get("country") or rec.country, base_kind=rec.kind,
                     parent=pack.get(rec.parent).name if rec.parent else None, known_aliases=list(rec.aliases))
        out.append(a)
    return out


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[dict[str, Any]], out: IO[str], fields: Iterable[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow({k: _cell(v) for k, v in rec.items()})
        n += 1
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict, set)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value
