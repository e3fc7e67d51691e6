"""`polemos serve`: a FastAPI app over the knowledge store.

Every page is server-rendered (usable without JavaScript) and also answers as
JSON; the /api/ routes are documented at /openapi.json. Article text is
untrusted: autoescaped templates, a strict Content-Security-Policy with no
inline script, and writes only with a token.
"""
from __future__ import annotations

import os
from typing import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .render import HERE, WebState, error_response

DEFAULT_MAX_UPLOAD = 20_000_000
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def _default_ingest(store, sources, progress=None):
    from ..pipeline import ingest
    return ingest(store, sources, progress=progress)


def create_app(db: str | None = None, token: str | None = None, *, max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
               ingest: Callable | None = None, store=None) -> FastAPI:
    """The web app over the store at `db` (path or URL; default $POLEMOS_DB or ./polemos.db).

    Writes (ingest) need `token`, or $POLEMOS_TOKEN; with neither the app is read-only.
    `store` and `ingest` may be given directly (tests).
    """
    from ..store import open_store

    app = FastAPI(title="Polemos", version="1", docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="A sourced knowledge base of armed-conflict events, actors, claims and relations. "
                              "Every list is paginated (limit, offset, total); every error is "
                              '{"error": {"status": int, "message": str}}.')
    app.state.web = WebState(store=store or open_store(db), token=token or os.environ.get("POLEMOS_TOKEN") or None,
                             max_upload_bytes=max_upload_bytes, ingest=ingest or _default_ingest)
    _errors(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        length = request.headers.get("content-length")
        if request.method == "POST" and length and length.isdigit() \
                and int(length) > app.state.web.max_upload_bytes + 65_536:
            response = error_response(request, 413, "upload too large: the limit is "
                                                     f"{app.state.web.max_upload_bytes:,} bytes")
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    from . import api, causal_routes, ingest_routes, pages
    app.include_router(api.router)
    app.include_router(causal_routes.router)
    app.include_router(ingest_routes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def _errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return error_response(request, 422, f"invalid request: {problems}")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        return error_response(request, 500, f"internal error: {exc.__class__.__name__}")
