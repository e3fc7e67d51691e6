"""`polemos serve`: a FastAPI app over the knowledge store.

Every page is server-rendered (usable without JavaScript) and also answers as JSON; the /api/ routes
are described by /openapi.json and documented, offline, at /docs. Article text is untrusted: autoescaped
templates, a strict
Content-Security-Policy with no inline script, writes only with a token, request bodies capped as they
stream in, and only the Host names the server is known by answered (no DNS rebinding).
"""
from __future__ import annotations

import os
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .guard import allowed_hosts as hosts_for
from .guard import host_allowed
from .render import HERE, WebState, error_response

DEFAULT_MAX_UPLOAD = 20_000_000
FORM_SLACK = 65_536                    # multipart framing and form fields beyond the files themselves
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class BodyTooLarge(Exception):
    pass


def _default_ingest(store, sources, progress=None):
    from ..pipeline import ingest
    return ingest(store, sources, progress=progress)


def create_app(db: str | None = None, token: str | None = None, *, max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
               ingest: Callable | None = None, store=None, allowed_hosts: list[str] | None = None,
               allow_private_urls: bool | None = None) -> FastAPI:
    """The web app over the store at `db` (path or URL; default $POLEMOS_DB or ./polemos.db).

    Writes (ingest) need `token`, or $POLEMOS_TOKEN; with neither the app is read-only. `allowed_hosts`:
    the names the server is reached by (loopback names always; '0.0.0.0' also admits IP addresses).
    URL ingest refuses loopback and private addresses unless `allow_private_urls` (or
    $POLEMOS_ALLOW_PRIVATE_URLS=1). `store` and `ingest` may be given directly (tests).
    """
    from ..store import open_store

    app = FastAPI(title="Polemos", version="1", docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="A sourced knowledge base of armed-conflict events, actors, claims and relations. "
                              "Every list is paginated (limit, offset, total); every error is "
                              '{"error": {"status": int, "message": str}}.')
    names, any_ip = hosts_for(allowed_hosts)
    private = allow_private_urls if allow_private_urls is not None else os.environ.get(
        "POLEMOS_ALLOW_PRIVATE_URLS") == "1"
    app.state.web = WebState(store=store or open_store(db), token=token or os.environ.get("POLEMOS_TOKEN") or None,
                             max_upload_bytes=max_upload_bytes, ingest=ingest or _default_ingest,
                             allow_private_urls=private)
    _errors(app)

    from . import api, apidocs, causal_routes, downloads, ingest_routes, pages
    app.include_router(api.router)
    app.include_router(apidocs.router)
    app.include_router(causal_routes.router)
    app.include_router(downloads.router)
    app.include_router(ingest_routes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(Guard, names=names, any_ip=any_ip, limit=lambda: app.state.web.max_upload_bytes)
    return app


class Guard:
    """ASGI middleware at the edge: refuse unknown Host headers (DNS rebinding), refuse a body whose
    declared or streamed size passes the upload limit (chunked uploads have no Content-Length), and add
    the security headers to every response."""

    def __init__(self, app, names: frozenset[str], any_ip: bool, limit: Callable[[], int]):
        self.app, self.names, self.any_ip, self.limit = app, names, any_ip, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        limit = self.limit() + FORM_SLACK

        async def secured(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + [
                    (k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
            await send(message)

        if not host_allowed(headers.get("host"), self.names, self.any_ip):
            return await _refuse(scope, secured, 400, "unknown Host header: this server answers only to the names "
                                                      "it is served under")
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return await _refuse(scope, secured, 413, f"upload too large: the limit is {self.limit():,} bytes")
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge()
            return message
        await self.app(scope, counted, secured)


async def _refuse(scope, send, status: int, message: str) -> None:
    from fastapi.responses import JSONResponse

    from .render import error_body
    response = JSONResponse(error_body(status, message), status_code=status)
    await response(scope, None, send)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return error_response(request, 422, f"invalid request: {problems}")

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, exc: BodyTooLarge):
        return error_response(request, 413, f"upload too large: the limit is "
                                            f"{app.state.web.max_upload_bytes:,} bytes")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        return error_response(request, 500, f"internal error: {exc.__class__.__name__}")
