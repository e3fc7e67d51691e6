"""What `polemos watch` reads and keeps: the watch list (FEEDS_FILE), the interval, and its saved state."""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from ..errors import WatchError

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_PART = re.compile(r"(\d+(?:\.\d+)?)([smhd])")


def parse_every(text: str) -> float:
    """Seconds of an interval: '15m', '1h30m', '45s', '2d', or a plain number of seconds."""
    value = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        seconds = float(value)
    else:
        parts = _PART.findall(value)
        if not parts or "".join(n + u for n, u in parts) != value:
            raise WatchError(f"--every {text!r} is not an interval: use e.g. 15m, 1h, 1h30m, 90s or 2d")
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds <= 0:
        raise WatchError(f"--every {text!r} must be longer than zero")
    return seconds


def read_watchlist(path: Path) -> list[str]:
    """The http(s) URLs of FEEDS_FILE (feeds or pages), one a line; blank lines and '#' comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchError(f"{path}: cannot read the watch list: {exc}") from exc
    urls: list[str] = []
    for number, line in enumerate(lines, 1):
        url = line.split(" #", 1)[0].strip()
        if not url or url.startswith("#"):
            continue
        if not url.lower().startswith(("http://", "https://")) or " " in url:
            raise WatchError(f"{path}:{number}: {url!r} is not an http(s) URL (one feed or page URL a line)")
        if url not in urls:
            urls.append(url)
    if not urls:
        raise WatchError(f"{path}: no feed or page URL to watch")
    return urls


@dataclass
class FeedState:
    """What the watcher remembers of one URL between cycles (and runs)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None                          # of the last body read (servers without validators)
    seen: list[str] = field(default_factory=list)         # entry keys already ingested (those still in the feed)
    retries: dict[str, int] = field(default_factory=dict) # entry key -> failed ingests so far
    failures: int = 0                                     # consecutive failed cycles
    next_due: float = 0.0                                 # when failing: clock time of the next try
    last_error: str | None = None


class WatchState:
    """Every watched URL's FeedState, saved as JSON (written atomically after each cycle)."""

    def __init__(self, path: Path):
        self.path = path
        self.feeds: dict[str, FeedState] = {}
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                names = {f.name for f in fields(FeedState)}
                self.feeds = {url: FeedState(**{k: v for k, v in rec.items() if k in names})
                              for url, rec in data.get("feeds", {}).items()}
            except (ValueError, TypeError, AttributeError) as exc:
                raise WatchError(f"{path}: unreadable watch state ({exc}); delete it to start afresh") from exc

    def feed(self, url: str) -> FeedState:
        return self.feeds.setdefault(url, FeedState(url))

    def save(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"feeds": {u: asdict(s) for u, s in self.feeds.items()}}, indent=1),
                       encoding="utf-8")
        os.replace(tmp, self.path)
