"""Inputs cut into partitions that a worker reads on its own (a distributed ingest, polemos.dask_ingest).

A partition is a small, picklable description: a range of lines of a JSON Lines file (plain or gzip), a
range of rows of a Parquet file, one WARC file of a web crawl (read with warcio), or a slice of a folder's
other files. Reading one yields the same Documents, with the same default ids, as the ordinary readers.
"""
from __future__ import annotations

import gzip
import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import IngestError, SkippedInput
from ..extras import require
from ..model import Document
from .build import Raw
from .corpus import _line_item, record_to_raw
from .identity import url_slug
from .sources import HTML_TYPES, Reader

PARTITION = 100                     # documents (lines, rows, files) per partition
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
            ".parquet": "parquet", ".warc": "warc", ".warc.gz": "warc"}


@dataclass(frozen=True)
class Partition:
    """`kind` jsonl or parquet: items [start, stop) of `path`; warc: the whole file; files: `files`."""

    kind: str
    path: str = ""
    start: int = 0
    stop: int | None = None
    files: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        if self.kind == "files":
            return f"{len(self.files)} files from {self.files[0]}"
        return self.path if self.stop is None else f"{self.path}[{self.start}:{self.stop}]"


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for suffix, kind in SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return None


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[:-len(suffix)]
    return path.stem


def _open_lines(path: Path):
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _ranges(n: int, size: int, kind: str, path: Path) -> Iterator[Partition]:
    for start in range(0, n, size):
        yield Partition(kind, str(path), start, min(start + size, n))


def _file_partitions(path: Path, size: int) -> Iterator[Partition]:
    kind = kind_of(path)
    if kind == "jsonl":
        with _open_lines(path) as fh:
            lines = sum(1 for _ in fh)
        yield from _ranges(lines, size, kind, path)
    elif kind == "parquet":
        pq = require("pyarrow.parquet", "parquet", "reading Parquet corpora")
        yield from _ranges(pq.ParquetFile(path).metadata.num_rows, size, kind, path)
    elif kind == "warc":
        yield Partition(kind, str(path))
    else:
        yield Partition("files", files=(str(path),))


def partitions(sources: Iterable[str], size: int = PARTITION,
               follow_symlinks: bool = False) -> Iterator[Partition | IngestError]:
    """The partitions of files and folders (read recursively, hidden files skipped, and links leading out of
    the folder unless `follow_symlinks`), or an IngestError per source that cannot be partitioned (a URL, a
    missing path)."""
    for source in map(str, sources):
        path = Path(source).expanduser().resolve()
        if source.lower().startswith(("http://", "https://")):
            yield IngestError(source, "a distributed ingest reads files and folders, not URLs")
        elif path.is_file():
            yield from _file_partitions(path, size)
        elif path.is_dir():
            loose: list[str] = []
            for root, dirs, files in os.walk(path, followlinks=follow_symlinks):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(f for f in files if not f.startswith(".")):
                    file = Path(root) / name
                    if not follow_symlinks and not file.resolve().is_relative_to(path):
                        yield SkippedInput(str(file), "symbolic link out of the folder; --follow-symlinks reads it")
                    elif kind_of(file):
                        yield from _file_partitions(file, size)
                    else:
                        loose.append(str(file))
            for start in range(0, len(loose), size):
                yield Partition("files", files=tuple(loose[start:start + size]))
        else:
            yield IngestError(source, "no such file or folder")


def _jsonl_items(part: Partition, max_bytes: int) -> Iterator[Raw | IngestError]:
    path = Path(part.path)
    with _open_lines(path) as fh:
        for number, raw in enumerate(itertools.islice(fh, part.start, part.stop), start=part.start + 1):
            if len(raw) > max_bytes:
                yield IngestError(f"{path}:{number}", f"record over the {max_bytes:,} byte limit")
            elif raw.strip():
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
                yield _line_item(line, str(path), _stem(path), number)


def _parquet_items(part: Partition) -> Iterator[Raw | IngestError]:
    pq = require("pyarrow.parquet", "parquet", "reading Parquet corpora")
    path, row = Path(part.path), 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=PARTITION):
        if row + batch.num_rows <= part.start:
            row += batch.num_rows
            continue
        for record in batch.to_pylist():
            row += 1
            if part.start < row <= part.stop:
                where = f"{path}:{row}"
                try:
                    yield record_to_raw(record, where, "parquet", f"{_stem(path)}-{row}")
                except IngestError as exc:
                    yield exc
        if row >= part.stop:
            return


def _warc_items(part: Partition, reader: Reader) -> Iterator[Raw | IngestError]:
    """The HTML and PDF responses of a WARC file (a news crawl), each read like a fetched page."""
    archive = require("warcio.archiveiterator", "dask", "reading WARC files")
    with open(part.path, "rb") as fh:
        for record in archive.ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or part.path
            if record.http_headers.get_statuscode() != "200":
                continue
            media = (record.http_headers.get_header("Content-Type") or "").lower()
            kind = media.split(";")[0].strip()
            charset = media.split("charset=", 1)[1].split(";")[0].strip() if "charset=" in media else None
            data = record.content_stream().read(reader.max_bytes + 1)
            if len(data) > reader.max_bytes:
                yield IngestError(uri, f"response over the {reader.max_bytes:,} byte limit")
                continue
            fmt = "pdf" if kind == "application/pdf" or data.startswith(b"%PDF-") else \
                "url" if kind in HTML_TYPES else None
            if fmt is None:
                yield SkippedInput(uri, f"WARC response of type {kind or 'unknown'}")
                continue
            try:
                yield from reader.read_data(data, uri, url_slug(uri), fmt, url=uri, charset=charset)
            except IngestError as exc:
                yield exc


def _items(part: Partition, reader: Reader) -> Iterator[Raw | IngestError]:
    if part.kind == "jsonl":
        yield from _jsonl_items(part, reader.max_bytes)
    elif part.kind == "parquet":
        yield from _parquet_items(part)
    elif part.kind == "warc":
        yield from _warc_items(part, reader)
    else:
        for file in part.files:
            yield from reader.read_file(Path(file), folder=True)


def read_partition(part: Partition, *, published: date | None = None, max_bytes: int = 20_000_000,
                   english_only: bool = True) -> Iterator[Document | IngestError]:
    """The Documents of one partition, or an IngestError (SkippedInput) in a bad item's place."""
    from . import _finished
    reader = Reader(max_bytes=max_bytes)
    try:
        for item in _items(part, reader):
            if isinstance(item, Raw):
                yield from _finished(item, published, english_only)
            else:
                yield item
    except Exception as exc:   # an unreadable file costs its partition's remaining items, never the run
        yield IngestError(str(part), f"unexpected error: {type(exc).__name__}: {exc}")
    finally:
        reader.close()
