"""The causal map page (graph and every edge's evidence) and the scenario form; both also answer as JSON."""
from __future__ import annotations

import math

from fastapi import APIRouter, Query, Request

from ..causal.causal_map import causal_map
from ..views.scenario import scenario_result
from .render import error_response, page, state

router = APIRouter(include_in_schema=False)
WIDTH, HEIGHT = 960, 620


def _layout(cmap, limit: int = 40) -> dict:
    """The strongest edges and their concepts on a circle (positions for the SVG)."""
    edges = [e for e in cmap.edges if e.support][:limit]
    ids = list(dict.fromkeys(c for e in edges for c in (e.cause, e.effect)))   # linked concepts side by side
    cx, cy, r = WIDTH / 2, HEIGHT / 2, min(WIDTH, HEIGHT) / 2 - 90
    n = max(len(ids), 1)
    pos = {c: (cx + r * math.cos(2 * math.pi * k / n), cy + r * math.sin(2 * math.pi * k / n))
           for k, c in enumerate(ids)}
    nodes = [{"id": c, "label": cmap.label(c)[:40], "x": round(pos[c][0], 1), "y": round(pos[c][1], 1),
              "anchor": "start" if pos[c][0] >= cx else "end"} for c in ids]
    lines = [{"x1": round(pos[e.cause][0], 1), "y1": round(pos[e.cause][1], 1), "x2": round(pos[e.effect][0], 1),
              "y2": round(pos[e.effect][1], 1), "sign": "plus" if e.sign == "+" else "minus",
              "width": round(1 + 3 * e.belief, 1), "n": k + 1,
              "title": f"{cmap.label(e.cause)} {'raises' if e.sign == '+' else 'reduces'} {cmap.label(e.effect)}: "
                       + " | ".join(s["evidence"].strip()[:160] for s in e.support[:3])}
             for k, e in enumerate(edges)]
    return {"nodes": nodes, "lines": lines, "width": WIDTH, "height": HEIGHT}


@router.get("/causal")
def causal_page(request: Request):
    cmap = causal_map(state(request).store)
    found = cmap.as_dict()
    for e in found["edges"]:
        e["cause_label"], e["effect_label"] = cmap.label(e["cause"]), cmap.label(e["effect"])
    return page(request, "causal.html.j2", found, nav="causal", graph=_layout(cmap))


@router.get("/scenario")
def scenario_page(request: Request, set: list[str] = Query([], max_length=10),
                  target: list[str] = Query([], max_length=10),
                  rule: str = Query("kosko", pattern="^(kosko|modified-kosko|rescaled)$"),
                  function: str = Query("tanh", pattern="^(tanh|sigmoid)$"), samples: int = Query(200, ge=0, le=1000),
                  seed: int = Query(7)):
    settings = [s for s in set if s.strip()]
    found = {"settings": settings, "targets": [t for t in target if t.strip()], "rule": rule, "function": function,
             "samples": samples, "seed": seed, "result": None}
    if settings:
        try:
            found["result"] = scenario_result(state(request).store, settings, found["targets"], rule=rule,
                                              function=function, samples=samples, seed=seed)
        except ValueError as exc:
            return error_response(request, 400, str(exc))
    return page(request, "scenario.html.j2", found, nav="causal")
