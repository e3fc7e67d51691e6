"""Which reader reads which source: files, folders and URLs."""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ..errors import IngestError, SkippedInput
from .build import Raw
from .corpus import read_json, read_jsonl, stream_jsonl
from .encoding import declared_charset, decode_bytes
from .feeds import FeedLink, is_feed, read_feed
from .fetch import USER_AGENT, fetch, human_size
from .html import read_html
from .identity import url_slug
from .pdf import read_pdf
from .text import read_text

EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
              ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
              ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
              ".rss": "rss", ".atom": "rss", ".xml": "xml"}
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/feed+json")

Item = Raw | IngestError


@dataclass
class Reader:
    """Reads sources with shared limits and one HTTP client."""

    max_bytes: int = 20_000_000
    timeout: float = 20.0
    follow_symlinks: bool = False   # a folder's links leading out of it are read only when True
    _client: httpx.Client | None = field(default=None, repr=False)

    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(follow_redirects=True, timeout=self.timeout,
                                        headers={"User-Agent": USER_AGENT})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # -- dispatch -------------------------------------------------------------------
    def read(self, source: str) -> Iterator[Item]:
        if source.lower().startswith(("http://", "https://")):
            yield from self.read_url(source)
            return
        path = Path(source).expanduser()
        if path.is_dir():
            yield from self.read_folder(path)
        elif path.is_file():
            yield from self.read_file(path, folder=False)
        elif path.exists():
            yield SkippedInput(source, special_file(path))
        else:
            yield IngestError(source, "no such file, folder or URL")

    def read_folder(self, folder: Path) -> Iterator[Item]:
        """Every file under `folder`, sorted; hidden ones skipped silently, links out of the folder and special
        files (FIFOs, sockets, devices) skipped with the reason. One file's fault never stops the others."""
        top, seen = folder.resolve(), {folder.resolve()}
        for root, dirs, files in os.walk(folder, followlinks=self.follow_symlinks):
            keep = []
            for d in sorted(d for d in dirs if not d.startswith(".")):
                path = Path(root) / d
                real = path.resolve()
                if path.is_symlink() and (reason := self._link_refused(path, real, top)):
                    yield SkippedInput(str(path), reason)
                elif real not in seen:   # a link back up the tree is walked once
                    seen.add(real)
                    keep.append(d)
            dirs[:] = keep
            for name in sorted(files):
                if not name.startswith("."):
                    yield from self._folder_file(Path(root) / name, top)

    def _link_refused(self, path: Path, real: Path, top: Path) -> str | None:
        """Why a symbolic link in a folder is not followed, or None."""
        if not real.exists():
            return "broken symbolic link"
        if not self.follow_symlinks and not real.is_relative_to(top):
            return f"symbolic link out of the folder (to {real}); --follow-symlinks reads it"
        return None

    def _folder_file(self, path: Path, top: Path) -> Iterator[Item]:
        source = str(path)
        try:
            if path.is_symlink() and (reason := self._link_refused(path, path.resolve(), top)):
                yield SkippedInput(source, reason)
            elif not path.is_file():
                yield SkippedInput(source, special_file(path))
            else:
                yield from self.read_file(path, folder=True)
        except Exception as exc:  # one file's fault is its own: name the file, not the folder
            yield IngestError(source, f"unexpected error: {type(exc).__name__}: {exc}")

    # -- files ----------------------------------------------------------------------
    def _load(self, path: Path) -> bytes:
        size = path.stat().st_size
        if size == 0:
            raise IngestError(str(path), "empty file")
        if size > self.max_bytes:
            raise IngestError(str(path), f"file is {human_size(size)}, over the {human_size(self.max_bytes)} limit")
        return path.read_bytes()

    def read_file(self, path: Path, folder: bool) -> Iterator[Item]:
        source, fmt = str(path), EXTENSIONS.get(path.suffix.lower())
        if fmt is None and folder:
            yield SkippedInput(source, f"unsupported file type {path.suffix or '(no extension)'!r}")
            return
        try:
            if fmt == "jsonl" and path.stat().st_size > self.max_bytes:  # a corpus: limit each record
                yield from stream_jsonl(path, source, path.stem, self.max_bytes)
                return
            data = self._load(path)
            fmt = fmt or sniff(data)
            if fmt == "xml" and not is_feed(data):
                raise SkippedInput(source, "XML file that is not an RSS/Atom feed")
            yield from self.read_data(data, source, path.stem, fmt)
        except IngestError as exc:
            yield exc
        except OSError as exc:
            yield IngestError(source, f"cannot read file: {exc.strerror or exc}")

    def read_data(self, data: bytes, source: str, stem: str, fmt: str,
                  url: str | None = None, charset: str | None = None) -> Iterator[Item]:
        if fmt == "pdf":
            yield read_pdf(data, source, stem, url=url)
            return
        if fmt in ("rss", "xml"):
            yield from self.read_feed(data, source, stem)
            return
        text = decode_bytes(data, source, charset or declared_charset(data))
        if not text.strip():
            raise IngestError(source, "empty file (whitespace only)")
        if fmt in ("html", "url"):
            yield read_html(text, source, stem, url=url, fmt=fmt)
        elif fmt == "jsonl":
            yield from read_jsonl(text, source, stem)
        elif fmt == "json":
            yield from read_json(text, source, stem)
        else:
            yield read_text(text, source, stem, fmt)

    # -- feeds and URLs -------------------------------------------------------------
    def read_feed(self, data: bytes, source: str, stem: str) -> Iterator[Item]:
        for item in read_feed(data, source, stem):
            if not isinstance(item, FeedLink):
                yield item
                continue
            for raw in self.read_url(item.link, doc_id=item.doc_id):
                if isinstance(raw, Raw):
                    raw.published = raw.published or item.published
                    raw.title = raw.title or item.title
                    raw.author = raw.author or item.author
                    raw.publisher = raw.publisher or item.publisher
                yield raw

    def read_url(self, url: str, doc_id: str | None = None) -> Iterator[Item]:
        doc_id = doc_id or url_slug(url)
        try:
            got = fetch(url, max_bytes=self.max_bytes, timeout=self.timeout, client=self.client())
            if not got.data.strip():
                raise IngestError(url, "empty response")
            kind = got.content_type
            if kind == "application/pdf" or got.data.startswith(b"%PDF-"):
                yield from self.read_data(got.data, url, doc_id, "pdf", url=got.url)
            elif kind in HTML_TYPES:
                yield from self.read_data(got.data, url, doc_id, "url", url=got.url, charset=got.charset)
            elif (kind in FEED_TYPES or kind.endswith("+xml")) and is_feed(got.data):
                yield from self.read_feed(got.data, url, doc_id)
            elif kind == "text/plain":
                yield from self.read_data(got.data, url, doc_id, "txt", url=got.url, charset=got.charset)
            else:
                raise IngestError(url, f"expected HTML, got {kind or 'no content type'}")
        except IngestError as exc:
            yield exc


def special_file(path: Path) -> str:
    """Why a path that exists is not read: 'not a regular file (a FIFO)'."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"))
    kind = next((name for test, name in kinds if test(mode)), "not a file")
    return f"not a regular file ({kind})"


def sniff(data: bytes) -> str:
    """The format of a file with an unknown extension, from its first bytes."""
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if is_feed(data):
        return "rss"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"
