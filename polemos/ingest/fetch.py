"""HTTP(S) fetching with httpx: timeout, redirects, a size limit and clear errors."""
from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from ..errors import IngestError

USER_AGENT = "Polemos/0.1 (+conflict-reporting knowledge base)"
DEADLINE_FACTOR = 3   # a whole download may take this many read timeouts, however steadily the bytes trickle


@dataclass
class Fetched:
    url: str                 # after redirects
    content_type: str        # lower-case media type, no parameters
    charset: str | None
    data: bytes
    status: int = 200        # 304: not modified since the validators sent (data is then empty)
    etag: str | None = None
    last_modified: str | None = None


def human_size(n: int) -> str:
    """'20.0 MB', '50 KB', '512 bytes'."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    return f"{n // 1000} KB" if n >= 1000 else f"{n} bytes"


def fetch(url: str, *, max_bytes: int, timeout: float, client: httpx.Client | None = None,
          headers: dict[str, str] | None = None, deadline: float | None = None) -> Fetched:
    """GET `url`; IngestError for unreachable hosts, HTTP errors, timeouts and oversize bodies. `headers` are
    sent with the request (If-None-Match / If-Modified-Since make it conditional: a 304 comes back as is).
    `timeout` bounds each wait on the server; `deadline` (default DEADLINE_FACTOR x timeout) the whole
    download, so that a server sending a few bytes a second cannot hold it forever."""
    deadline = deadline if deadline is not None else DEADLINE_FACTOR * timeout
    give_up = time.monotonic() + deadline
    own = client is None
    client = client or httpx.Client(follow_redirects=True, timeout=timeout,
                                    headers={"User-Agent": USER_AGENT})
    try:
        with client.stream("GET", url, headers=headers) as resp:
            validators = dict(etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"))
            if resp.status_code == 304:
                return Fetched(url=str(resp.url), content_type="", charset=None, data=b"", status=304, **validators)
            if resp.status_code >= 400:
                raise IngestError(url, f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip())
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(url, f"too large: {human_size(int(declared))} over the {human_size(max_bytes)} limit")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                if time.monotonic() > give_up:
                    raise IngestError(url, f"timed out: the download took over {deadline:g} s "
                                           f"({human_size(size)} received)")
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(url, f"too large: over the {human_size(max_bytes)} limit")
                chunks.append(chunk)
            media = resp.headers.get("content-type", "")
            return Fetched(url=str(resp.url), content_type=media.split(";")[0].strip().lower(),
                           charset=resp.charset_encoding, data=b"".join(chunks), status=resp.status_code, **validators)
    except httpx.TimeoutException as exc:
        raise IngestError(url, f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except httpx.ConnectError as exc:
        raise IngestError(url, f"unreachable host: {exc}") from exc
    except httpx.TooManyRedirects as exc:
        raise IngestError(url, "too many redirects") from exc
    except httpx.HTTPError as exc:
        raise IngestError(url, f"HTTP error: {type(exc).__name__}: {exc}") from exc
    finally:
        if own:
            client.close()
