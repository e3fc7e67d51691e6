"""Ingest from the browser: upload files or give a URL; a job record the page polls.

Writes need the server's token (form field `token`, `Authorization: Bearer`, or
`X-Polemos-Token`); without a token configured the server is read-only (403).
Uploads land in a fresh temporary folder under generated names, are size-capped
(413), and are deleted once ingested.
"""
from __future__ import annotations

import re
import shutil
import tempfile
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse

from .guard import private_address
from .render import WebState, page, state

router = APIRouter()
ALLOWED = {".txt", ".md", ".html", ".htm", ".pdf", ".jsonl", ".json", ".xml", ".rss", ".atom"}
CHUNK = 1 << 16


def header_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return request.headers.get("x-polemos-token") or (auth[7:] if auth.lower().startswith("bearer ") else None)


def _check_token(request: Request, web: WebState, form_token: str | None) -> None:
    if not web.writable:
        raise HTTPException(403, "this server is read-only: start it with POLEMOS_TOKEN set to allow ingest")
    if not web.token_ok(form_token or header_token(request)):
        raise HTTPException(403, "a valid token is required to ingest")


def _check_url(web: WebState, url: str) -> None:
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise HTTPException(422, "only http(s) URLs can be ingested")
    private = None if web.allow_private_urls else private_address(url)
    if private:
        raise HTTPException(422, f"refused: {urlsplit(url).hostname} is a loopback or private address ({private}); "
                                 "start the server with POLEMOS_ALLOW_PRIVATE_URLS=1 to allow it")


def safe_name(filename: str | None, index: int) -> str:
    """A generated file name keeping only a cleaned stem (it becomes the doc id) and an allowed suffix."""
    base = PureWindowsPath(PurePosixPath(filename or "").name).name
    suffix = Path(base).suffix.lower()
    if suffix not in ALLOWED:
        raise HTTPException(415, f"unsupported file type {suffix or '(none)'!r}: "
                                 f"use one of {', '.join(sorted(ALLOWED))}")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(base).stem).strip("-")[:60] or f"upload-{index}"
    return stem + suffix


async def _save(files: list[UploadFile], folder: Path, limit: int) -> list[str]:
    paths, total = [], 0
    for i, upload in enumerate(files, 1):
        target = folder / f"{i:03d}" / safe_name(upload.filename, i)
        target.parent.mkdir()
        with target.open("wb") as fh:
            while chunk := await upload.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise HTTPException(413, f"upload too large: the limit is {limit:,} bytes")
                fh.write(chunk)
        paths.append(str(target))
    return paths


def _run(web: WebState, job: dict, sources: list[str], folder: Path | None) -> None:
    job["status"] = "running"
    try:
        report = web.ingest(web.store, sources, progress=lambda doc_id: job["done"].append(doc_id))
        job.update(status="done", summary=report.summary(), added=list(report.added),
                   duplicates=list(report.duplicates), skipped=[str(x) for x in report.skipped],
                   failed=[str(x) for x in report.failed])
    except Exception as exc:  # the job reports it; the server keeps running
        job.update(status="failed", summary=f"ingest failed: {exc.__class__.__name__}: {exc}")
    finally:
        job["finished"] = _now()
        if folder:
            shutil.rmtree(folder, ignore_errors=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


async def start_job(request: Request, header_only: bool = False) -> dict:
    """Check the token (from the headers before reading any of the body when `header_only`), read the
    capped body, store uploads, and start an ingest job in a thread."""
    web = state(request)
    if header_only:
        _check_token(request, web, None)
    form = await request.form(max_files=50)
    _check_token(request, web, form.get("token") if isinstance(form.get("token"), str) else None)
    files = [f for f in form.getlist("files") if hasattr(f, "read") and f.filename]
    url = (form.get("url") or "").strip() if isinstance(form.get("url"), str) else ""
    if url:
        _check_url(web, url)
    if not files and not url:
        raise HTTPException(422, "give a file to upload or a URL")
    folder = Path(tempfile.mkdtemp(prefix="polemos-upload-")) if files else None
    try:
        sources = (await _save(files, folder, web.max_upload_bytes)) if files else []
    except HTTPException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if url:
        sources.append(url)
    job = {"id": uuid.uuid4().hex[:12], "status": "queued", "started": _now(), "finished": None,
           "inputs": [Path(s).name for s in sources if not s.startswith("http")] + ([url] if url else []),
           "done": [], "summary": None, "added": [], "duplicates": [], "skipped": [], "failed": []}
    web.jobs[job["id"]] = job
    threading.Thread(target=_run, args=(web, job, sources, folder), daemon=True).start()
    return job


@router.get("/ingest", include_in_schema=False)
def ingest_page(request: Request):
    web = state(request)
    jobs = sorted(web.jobs.values(), key=lambda j: j["started"], reverse=True) if web.token_ok(
        header_token(request)) else None              # the job list only for the token's holder
    return page(request, "ingest.html.j2", {"jobs": jobs, "max_upload_bytes": web.max_upload_bytes}, nav="ingest")


@router.post("/ingest", include_in_schema=False)
async def ingest_form(request: Request):
    """The form without JavaScript: its token is a form field; the answer is the job's page itself."""
    job = await start_job(request)
    return page(request, "job.html.j2", {"job": job}, status=202, nav="ingest")


@router.post("/api/ingest", status_code=202, tags=["api"],
             summary="Ingest uploaded files (multipart `files`) and/or a `url`; needs the token in a header")
async def api_ingest(request: Request):
    return JSONResponse(await start_job(request, header_only=True), status_code=202)


@router.get("/api/jobs", tags=["api"], summary="The ingest jobs since the server started; needs the token")
def api_jobs(request: Request):
    _check_token(request, state(request), None)
    return sorted(state(request).jobs.values(), key=lambda j: j["started"], reverse=True)


@router.get("/api/jobs/{job_id}", tags=["api"], summary="An ingest job's progress and report; needs the token")
def api_job(request: Request, job_id: str):
    _check_token(request, state(request), None)
    return _job(request, job_id)


def _job(request: Request, job_id: str) -> dict:
    job = state(request).jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no ingest job {job_id!r}")
    return job
