"""Templates, the page-or-JSON response, the one error shape, and the app's shared state."""
from __future__ import annotations

import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..dates import label as date_label
from ..ranges import Range, fmt
from ..views.safety import safe_url


def slug(value: str | None) -> str:
    """A css-safe class fragment for a category name."""
    return re.sub(r"[^a-z0-9]+", "-", (value or "other").casefold()).strip("-") or "other"


HERE = Path(__file__).parent


@dataclass
class WebState:
    """What every request handler shares: the store, the write token and the ingest jobs."""

    store: Any
    token: str | None
    max_upload_bytes: int
    ingest: Callable
    allow_private_urls: bool = False
    jobs: dict[str, dict] = field(default_factory=dict)

    @property
    def writable(self) -> bool:
        return bool(self.token)

    def token_ok(self, given: str | None) -> bool:
        return bool(self.token) and given is not None and hmac.compare_digest(given.encode(), self.token.encode())


def figure(value: Any) -> str:
    """One stored figure as the one range formatter writes it."""
    return str(Range.of(best=value)) if value not in (None, "") else "–"


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(
        enabled_extensions=("html", "j2", "svg"), default_for_string=True, default=True))
    env.filters.update(safe_url=safe_url, figure=figure, slug=slug, date_label=date_label)
    env.globals.update(span_of=fmt, Range=Range)
    return env


ENV = _env()


def state(request: Request) -> WebState:
    return request.app.state.web


def wants_json(request: Request) -> bool:
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def page(request: Request, template: str, data: dict[str, Any], status: int = 200, **extra: Any):
    """The page as HTML, or its data as JSON when asked (?format=json or Accept: application/json)."""
    if wants_json(request):
        return JSONResponse(jsonable_encoder(data), status_code=status)
    filter_qs = urlencode({k: v for k, v in request.query_params.items()
                           if k not in ("limit", "offset", "page", "sort", "format") and v})
    html = ENV.get_template(template).render(request=request, data=data, writable=state(request).writable,
                                             json_url=with_query(request, format="json"), filter_qs=filter_qs,
                                             with_query=lambda **kw: with_query(request, **kw), **data, **extra)
    return HTMLResponse(html, status_code=status)


def with_query(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    params = {k: v for k, v in request.query_params.items() if k not in changes}
    params.update({k: v for k, v in changes.items() if v is not None})
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"error": {"status": status, "message": message}}


def error_response(request: Request, status: int, message: str):
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json" or wants_json(request):
        return JSONResponse(error_body(status, message), status_code=status)
    html = ENV.get_template("error.html.j2").render(request=request, status=status, message=message,
                                                    writable=state(request).writable, json_url=None)
    return HTMLResponse(html, status_code=status)
