"""Which exports exist, in which formats, and the one function that writes any of them."""
from __future__ import annotations

import sys
from typing import IO

from . import records

FORMATS: dict[str, tuple[str, ...]] = {
    "documents": ("jsonl", "csv"),
    "events": ("jsonl", "csv", "acled", "geojson", "parquet"),
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


def _rows(store, what: str) -> list[dict]:
    if what == "contradictions":
        from ..resolve import contradictions
        return contradictions(store)
    if what == "causal":
        from .causal import causal_records
        return causal_records(store)
    return getattr(records, f"{what[:-1]}_records")(store)


def _to_file(store, what: str, fmt: str, path: str) -> str:
    if what == "stix":
        from .stix import write_stix
        return f"{write_stix(store, path)} STIX objects"
    if what == "network":
        from .network import write_network
        return "%d nodes, %d edges" % write_network(store, path, fmt)
    if what == "causalmap":
        from .causal import write_causal_map
        return write_causal_map(store, path, fmt)
    from .geo import write_parquet
    return f"{write_parquet(store, path)} events"


def _to_stream(store, what: str, fmt: str, out: IO[str]) -> str:
    if what == "events" and fmt == "acled":
        from .acled import write_acled_csv
        return f"{write_acled_csv(store, out)} events"
    if what == "causalmap":
        from .causal import write_causal_map
        return write_causal_map(store, out, fmt)
    if what == "events" and fmt == "geojson":
        from .geo import write_geojson
        return f"{write_geojson(store, out)} events"
    rows = _rows(store, what)
    n = records.write_jsonl(rows, out) if fmt == "jsonl" else records.write_csv(rows, out)
    return f"{n} {what}"


def export(store, what: str, fmt: str, output: str | None = None) -> str:
    """Write `what` as `fmt` to `output` (a path; standard output when None). Returns a summary."""
    if what not in FORMATS:
        raise ValueError(f"unknown export {what!r}: choose from {', '.join(FORMATS)}")
    if fmt not in FORMATS[what]:
        raise ValueError(f"{what} can be exported as {', '.join(FORMATS[what])}, not {fmt!r}")
    if (what, fmt) in NEEDS_FILE:
        if not output or output == "-":
            raise ValueError(f"{what} as {fmt} needs a file: give --output/-o FILE")
        return _to_file(store, what, fmt, output)
    if not output or output == "-":
        return _to_stream(store, what, fmt, sys.stdout)
    with open(output, "w", encoding="utf-8", newline="") as fh:
        return _to_stream(store, what, fmt, fh)
