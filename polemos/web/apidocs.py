"""/docs: the JSON API's reference, rendered on the server from the app's own OpenAPI schema.

No CDN and no script: every operation with its parameters (type, default, allowed values, description),
responses and the shapes they return, and for each GET a form that sends the request (through
/docs/try, which fills in path parameters and redirects to the API, only to a path the schema lists).
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

from .render import page

router = APIRouter(include_in_schema=False)
_REF = "#/components/schemas/"


def type_label(schema: dict[str, Any]) -> str:
    """'integer, 1 to 500', 'string or null', 'list of PageOut': a parameter's or field's type in words."""
    if "$ref" in schema:
        return schema["$ref"].removeprefix(_REF)
    if "anyOf" in schema:
        kinds = [type_label(s) for s in schema["anyOf"] if s.get("type") != "null"]
        nullable = any(s.get("type") == "null" for s in schema["anyOf"])
        return " or ".join(kinds) + (" (optional)" if nullable else "")
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {type_label(schema.get('items', {}))}"
    if "enum" in schema:
        return f"{kind}: one of {', '.join(map(str, schema['enum']))}"
    limits = [f"{word} {schema[key]}" for key, word in (("minimum", "from"), ("maximum", "to"),
                                                         ("maxLength", "max length"), ("pattern", "matching"))
              if key in schema]
    return kind + (f", {' '.join(limits)}" if limits else "")


def _parameter(p: dict[str, Any]) -> dict[str, Any]:
    schema = p.get("schema", {})
    return {"name": p["name"], "where": p["in"], "required": p.get("required", False), "type": type_label(schema),
            "default": schema.get("default"), "description": p.get("description") or schema.get("description") or ""}


def _responses(op: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for code, r in sorted(op.get("responses", {}).items()):
        schema = (r.get("content", {}).get("application/json", {}) or {}).get("schema", {})
        out.append({"code": code, "description": r.get("description", ""),
                    "shape": type_label(schema) if schema else ""})
    return out


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of an OpenAPI schema, flat, in the schema's order."""
    out = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [_parameter(p) for p in op.get("parameters", [])]
            body = list(op.get("requestBody", {}).get("content", {}))
            anchor = re.sub(r"[^a-z0-9]+", "-", f"{method} {path}".lower()).strip("-")
            out.append({"method": method.upper(), "path": path, "anchor": anchor,
                        "summary": op.get("summary", ""), "description": op.get("description", ""),
                        "parameters": params, "body": body, "responses": _responses(op),
                        "try": method == "get"})
    return out


def schemas(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The named shapes responses refer to, with their fields."""
    out = []
    for name, s in schema.get("components", {}).get("schemas", {}).items():
        required = set(s.get("required", ()))
        fields = [{"name": k, "type": type_label(v), "required": k in required, "description": v.get("description", "")}
                  for k, v in s.get("properties", {}).items()]
        out.append({"name": name, "description": s.get("description", ""), "fields": fields})
    return out


@router.get("/docs")
def api_docs(request: Request):
    """The API reference page (JSON twin: the schema's operations, flat)."""
    schema = request.app.openapi()
    return page(request, "apidocs.html.j2", {"openapi": schema.get("openapi"), "info": schema.get("info", {}),
                                             "operations": operations(schema), "schemas": schemas(schema)},
                nav="api")


@router.get("/docs/try")
def try_it(request: Request):
    """Send a GET from the reference page: `_path` (a path of the schema) with its {parameters} filled in from
    the form, the other non-empty fields as the query string."""
    paths = {p for p, methods in request.app.openapi().get("paths", {}).items() if "get" in methods}
    params = dict(request.query_params)
    path = params.pop("_path", "")
    if path not in paths:
        raise HTTPException(404, f"no GET operation {path!r} in the API")
    for name in re.findall(r"{(\w+)}", path):
        value = params.pop(name, "").strip()
        if not value:
            raise HTTPException(400, f"{path} needs a value for {name}")
        path = path.replace("{" + name + "}", quote(value, safe=""))
    query = urlencode({k: v for k, v in params.items() if v.strip()})
    return RedirectResponse(path + (f"?{query}" if query else ""), status_code=303)
