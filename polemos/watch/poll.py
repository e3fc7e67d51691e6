"""One look at one watched URL: a conditional GET, what is new in it, and backoff when it fails.

The feed is read by the ingest readers (`fetch`, `read_feed`); this module only decides whether there is
anything new to hand to the pipeline, and remembers validators and entry keys in the URL's FeedState.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import httpx

from ..errors import IngestError
from ..ingest.build import Raw
from ..ingest.feeds import FeedLink, is_feed, read_feed
from ..ingest.fetch import fetch
from ..ingest.identity import content_hash
from ..ingest.sources import FEED_TYPES, HTML_TYPES
from .watchlist import FeedState

MAX_BACKOFF_CYCLES = 32      # a failing URL is retried after 2, 4, 8, ... intervals, at most this many
MAX_RETRIES = 3              # an entry whose page keeps failing is given up after this many ingests
_PAGE_TYPES = HTML_TYPES + ("text/plain", "application/pdf")


@dataclass
class Probe:
    """The outcome of looking at one URL in one cycle."""

    url: str
    status: str                      # new | unchanged | not-modified | failed | waiting
    detail: str = ""
    new_keys: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)    # every entry key now in the feed (a page: its body hash)


def backoff(failures: int, every: float) -> float:
    """Seconds to wait after `failures` consecutive failures: 2, 4, 8... intervals, capped."""
    return every * min(2 ** failures, MAX_BACKOFF_CYCLES)


def fail(state: FeedState, reason: str, now: float, every: float) -> Probe:
    state.failures += 1
    state.last_error = reason
    state.next_due = now + backoff(state.failures, every)
    return Probe(state.url, "failed", f"{reason} (try {state.failures}; next in {_human(state.next_due - now)})")


def succeed(state: FeedState) -> None:
    state.failures, state.last_error, state.next_due = 0, None, 0.0


def _entry_keys(data: bytes, url: str) -> list[str]:
    """A key per feed entry: its link, else a hash of its text. IngestError when no entry is readable."""
    keys, errors = [], []
    for item in read_feed(data, url, "feed"):
        if isinstance(item, FeedLink):
            keys.append(item.link)
        elif isinstance(item, Raw):
            keys.append(item.url or content_hash(item.text))
        else:
            errors.append(item)
    if not keys:
        raise errors[0] if errors else IngestError(url, "feed has no entries")
    return keys


def probe(state: FeedState, *, now: float, every: float, client: httpx.Client, max_bytes: int,
          timeout: float) -> Probe:
    """Fetch `state.url` (conditionally, unless entries await a retry) and say what is new in it."""
    if state.failures and state.next_due > now:
        return Probe(state.url, "waiting", f"backing off after {state.failures} failure(s): {state.last_error}")
    headers = {}
    if not state.retries:
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
    try:
        got = fetch(state.url, max_bytes=max_bytes, timeout=timeout, client=client, headers=headers)
        if got.status == 304:
            succeed(state)
            return Probe(state.url, "not-modified")
        if not got.data.strip():
            raise IngestError(state.url, "empty response")
        if is_feed(got.data):
            keys = _entry_keys(got.data, state.url)
        elif got.content_type in FEED_TYPES or got.content_type.endswith("+xml"):
            raise IngestError(state.url, f"not a readable feed: {got.content_type} that is no RSS/Atom document")
        elif got.content_type in _PAGE_TYPES:
            keys = [hashlib.sha256(got.data).hexdigest()]
        else:
            raise IngestError(state.url, f"expected a feed or a page, got {got.content_type or 'no content type'}")
    except IngestError as exc:
        return fail(state, exc.reason, now, every)
    state.etag, state.last_modified = got.etag, got.last_modified
    state.body_hash = hashlib.sha256(got.data).hexdigest()
    seen = set(state.seen)
    new = [k for k in keys if k not in seen]
    succeed(state)
    return Probe(state.url, "new" if new else "unchanged", new_keys=new, keys=keys)


def record_ingest(state: FeedState, result: Probe, failed_sources: set[str]) -> list[str]:
    """After the pipeline read the URL: mark its new entries seen, except those that failed (retried next
    cycle, up to MAX_RETRIES times). Returns the keys given up on."""
    given_up = []
    for key in result.new_keys:
        if key in failed_sources:
            state.retries[key] = state.retries.get(key, 0) + 1
            if state.retries[key] < MAX_RETRIES:
                continue
            given_up.append(key)
        state.retries.pop(key, None)
        state.seen.append(key)
    current = set(result.keys)
    state.seen = [k for k in dict.fromkeys(state.seen) if k in current]   # entries gone from the feed drop out
    state.retries = {k: n for k, n in state.retries.items() if k in current}
    return given_up


def _human(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"
