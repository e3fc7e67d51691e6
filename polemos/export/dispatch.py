"""Which exports exist, in which formats, and the one function that writes any of them.

Every event export selects canonical events with the same EventFilter, so the same store and filter
give the same counts in every format; what a format cannot hold is left out and said (`Written`).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from ..errors import PolemosError
from ..query import EventFilter
from . import records
from .records import Written

FORMATS: dict[str, tuple[str, ...]] = {
    "documents": ("jsonl", "csv"),
    "events": ("jsonl", "csv", "acled", "geojson", "parquet"),
    "canonical": ("jsonl", "csv"),
    "claims": ("jsonl", "csv"),
    "relations": ("jsonl", "csv"),
    "actors": ("jsonl",),
    "contradictions": ("jsonl",),
    "stix": ("json",),
    "network": ("graphml", "gexf"),
    "causal": ("jsonl", "csv"),
    "causalmap": ("json", "graphml"),
}
NEEDS_FILE = {("events", "parquet"), ("stix", "json"), ("network", "graphml"), ("network", "gexf"),
              ("causalmap", "graphml")}


def _reports(store, f: EventFilter | None, fmt: str, out: IO[str]) -> Written:
    """Event reports (the Contracts' JSONL/CSV rows) of the selected canonical events."""
    keys: set[str] = set()

    def rows():
        for e in store.iter_reports(f):
            keys.add(e["event_key"])
            yield records.pick(e, records.EVENT_FIELDS + records.EVENT_EXTRAS)
    n = records.write_jsonl(rows(), out) if fmt == "jsonl" else \
        records.write_csv(rows(), out, records.EVENT_FIELDS + records.EVENT_EXTRAS)
    return Written("event reports", n, of=len(keys))


def _contradictions(store, f: EventFilter | None, out: IO[str]) -> Written:
    from ..resolve import contradictions
    found = contradictions(store)
    if f:
        keys = {ev.event_key for ev in store.iter_events(f)}
        found = [c for c in found if c.event_key in keys]
    n = records.write_jsonl((c.as_dict() for c in found), out)
    conflicts = sum(1 for c in found if c.severity == "conflict")
    return Written(f"contradictions ({conflicts} conflicts, {n - conflicts} variations)", n)


def to_stream(store, what: str, fmt: str, out: IO[str], f: EventFilter | None, include_year: bool) -> Written:
    if what == "events" and fmt == "acled":
        from .acled import write_acled_csv
        return write_acled_csv(store, out, f, include_year)
    if what == "events" and fmt == "geojson":
        from .geo import write_geojson
        return write_geojson(store, out, f)
    if what == "events":
        return _reports(store, f, fmt, out)
    if what == "canonical":
        rows = (records.canonical_record(ev) for ev in store.iter_events(f))
        n = records.write_jsonl(rows, out) if fmt == "jsonl" else records.write_csv(rows, out, records.CANONICAL_FIELDS)
        return Written("events", n)
    if what == "contradictions":
        return _contradictions(store, f, out)
    if what == "causalmap":
        from .causal import write_causal_map
        return Written(what, label=write_causal_map(store, out, fmt))
    if what == "causal":
        from .causal import causal_records
        rows = causal_records(store)
        n = records.write_jsonl(rows, out) if fmt == "jsonl" else records.write_csv(
            rows, out, rows[0].keys() if rows else ())
        return Written("causal statements", n)
    rows = getattr(records, f"{what[:-1]}_records")(store)
    fields = {"documents": records.DOCUMENT_FIELDS, "claims": records.CLAIM_FIELDS,
              "relations": records.RELATION_FIELDS}.get(what, ())
    n = records.write_jsonl(rows, out) if fmt == "jsonl" else records.write_csv(rows, out, fields)
    return Written(what, n)


def _to_file(store, what: str, fmt: str, path: str, f: EventFilter | None) -> Written:
    if what == "stix":
        from .stix import write_stix
        return write_stix(store, path, f)
    if what == "network":
        from .network import write_network
        nodes, edges = write_network(store, path, fmt, f)
        return Written(f"actors and {edges} links", nodes)
    if what == "causalmap":
        from .causal import write_causal_map
        return Written(what, label=write_causal_map(store, path, fmt))
    from .geo import write_parquet
    return write_parquet(store, path, f)


def check_output(output: str | None) -> None:
    """A clean error for an output path whose folder does not exist (or that is a folder)."""
    if not output or output == "-":
        return
    path = Path(output)
    if path.is_dir():
        raise PolemosError(f"{output} is a folder: give a file name")
    if not path.parent.exists():
        raise PolemosError(f"cannot write {output}: the folder {path.parent} does not exist")


def export(store, what: str, fmt: str, output: str | None = None, f: EventFilter | None = None,
           include_year: bool = False) -> Written:
    """Write `what` as `fmt` to `output` (a path; standard output when None). Returns what it wrote."""
    if what not in FORMATS:
        raise ValueError(f"unknown export {what!r}: choose from {', '.join(FORMATS)}")
    if fmt not in FORMATS[what]:
        raise ValueError(f"{what} can be exported as {', '.join(FORMATS[what])}, not {fmt!r}")
    check_output(output)
    if (what, fmt) in NEEDS_FILE:
        if not output or output == "-":
            raise ValueError(f"{what} as {fmt} needs a file: give --output/-o FILE")
        return _to_file(store, what, fmt, output, f)
    if not output or output == "-":
        return to_stream(store, what, fmt, sys.stdout, f, include_year)
    with open(output, "w", encoding="utf-8", newline="") as fh:
        return to_stream(store, what, fmt, fh, f, include_year)
