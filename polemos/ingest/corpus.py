"""JSON Lines and JSON corpora: one record per article."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import IngestError
from .build import Raw

TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("published", "date", "published_at", "publication_date", "pubdate", "datePublished")
LIST_KEYS = ("articles", "documents", "items", "records", "data")


def _first(record: dict, keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def record_to_raw(record: Any, where: str, fmt: str, default_id: str) -> Raw:
    """A Raw document from one corpus record; IngestError naming `where` if unusable."""
    if not isinstance(record, dict):
        raise IngestError(where, f"record is a JSON {type(record).__name__}, expected an object")
    text = _first(record, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        raise IngestError(where, "record has no text (expected a 'text', 'body' or 'content' field)")
    doc_id = record.get("id", record.get("doc_id"))
    return Raw(text=text, source=where, fmt=fmt,
               doc_id=str(doc_id) if doc_id not in (None, "") else default_id,
               title=record.get("title") or record.get("headline"), author=record.get("author"),
               publisher=record.get("publisher") or record.get("source"),
               published=_first(record, DATE_KEYS), url=record.get("url") or record.get("link"),
               language=record.get("language") or record.get("lang"))


def _line_item(line: str, source: str, stem: str, number: int) -> Raw | IngestError:
    where = f"{source}:{number}"
    try:
        record = json.loads(line)
    except ValueError as exc:
        return IngestError(where, f"malformed JSON line: {exc}")
    except RecursionError:
        return IngestError(where, "malformed JSON line: nested too deeply")
    try:
        return record_to_raw(record, where, "jsonl", f"{stem}-{number}")
    except IngestError as exc:
        return exc


def read_jsonl(text: str, source: str, stem: str) -> Iterator[Raw | IngestError]:
    """One Raw per line; a malformed line is an IngestError naming file:line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _line_item(line, source, stem, number)


def _records(data: Any) -> list | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in LIST_KEYS:
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    return None


def read_json(text: str, source: str, stem: str) -> Iterator[Raw | IngestError]:
    """A list of records, {"articles"|"documents"|"items": [...]}, or a single record."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield IngestError(source, f"malformed JSON: {exc}")
        return
    except RecursionError:
        yield IngestError(source, "malformed JSON: nested too deeply")
        return
    records = _records(data)
    if records is None:
        yield IngestError(source, f"expected a JSON object or list of records, got {type(data).__name__}")
        return
    single = len(records) == 1 and records[0] is data
    for index, record in enumerate(records):
        where = source if single else f"{source}[{index}]"
        try:
            yield record_to_raw(record, where, "json", stem if single else f"{stem}-{index}")
        except IngestError as exc:
            yield exc


def stream_jsonl(path: Path, source: str, stem: str, max_bytes: int) -> Iterator[Raw | IngestError]:
    """A JSONL corpus larger than `max_bytes`, read line by line as UTF-8; each line limited."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if len(raw) > max_bytes:
                yield IngestError(f"{source}:{number}", f"record over the {max_bytes:,} byte limit")
            elif raw.strip():
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
                yield _line_item(line, source, stem, number)
