"""Flat records of what the store holds, with the field names of the Contracts, and their JSONL/CSV writers."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

EVENT_FIELDS = ("doc_id", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "claimed_by", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                "fatalities", "fatalities_low", "fatalities_high", "event_key", "evidence", "evidence_start",
                "evidence_end")
EVENT_EXTRAS = ("id", "assoc_actor1", "assoc_actor2", "admin2", "injuries_low", "injuries_high", "denied_by",
                "reported_by", "trigger", "notes", "extra_evidence")
CLAIM_FIELDS = ("doc_id", "subject", "quantity", "low", "high", "period", "attributed_to", "denied_by", "evidence",
                "evidence_start", "evidence_end")
RELATION_FIELDS = ("doc_id", "actor1", "relation", "actor2", "valid_from", "valid_until", "evidence",
                   "evidence_start", "evidence_end")
DOCUMENT_FIELDS = ("doc_id", "title", "author", "publisher", "published", "published_source", "url", "language",
                   "fmt", "source", "words", "content_hash")


def pick(rec: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    return {f: rec.get(f) for f in fields}


def document_records(store) -> list[dict[str, Any]]:
    return [pick(d.as_dict(), DOCUMENT_FIELDS) for d in store.documents()]


def event_records(store) -> list[dict[str, Any]]:
    return [pick(e, EVENT_FIELDS + EVENT_EXTRAS) for e in store.events()]


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


def write_csv(records: list[dict[str, Any]], out: IO[str], fields: Iterable[str] | None = None) -> int:
    fields = list(fields or (records[0].keys() if records else []))
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for rec in records:
        writer.writerow({k: _cell(v) for k, v in rec.items()})
    return len(records)


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict, set)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value
