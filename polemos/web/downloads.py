"""'Download this view': the events a page shows (its filter), as CSV, ACLED CSV or GeoJSON, written by
the same exporters as `polemos export`; the `X-Polemos-Summary` header says what was left out and why."""
from __future__ import annotations

import tempfile
from collections.abc import Iterator

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from ..query import EventFilter
from .filters import event_filters
from .render import state

router = APIRouter(include_in_schema=False)
KINDS = {"csv": ("canonical", "csv", "text/csv", "events.csv"),
         "acled": ("events", "acled", "text/csv", "events-acled.csv"),
         "geojson": ("events", "geojson", "application/geo+json", "events.geojson"),
         "reports": ("events", "csv", "text/csv", "event-reports.csv")}


def _chunks(fh) -> Iterator[str]:
    try:
        while chunk := fh.read(1 << 16):
            yield chunk
    finally:
        fh.close()


@router.get("/download/events.{kind}")
def download(request: Request, kind: str, f: EventFilter = Depends(event_filters),
             include_year_precision: bool = Query(False)):
    from fastapi import HTTPException

    from ..export.dispatch import to_stream
    if kind not in KINDS:
        raise HTTPException(404, f"no download {kind!r}: choose one of {', '.join(KINDS)}")
    what, fmt, media, name = KINDS[kind]
    fh = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8", newline="")
    written = to_stream(state(request).store, what, fmt, fh, f, include_year_precision)
    fh.seek(0)
    headers = {"Content-Disposition": f'attachment; filename="{name}"',
               "X-Polemos-Summary": str(written).encode("ascii", "replace").decode()}
    return StreamingResponse(_chunks(fh), media_type=media, headers=headers)
