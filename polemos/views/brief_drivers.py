"""The brief's "Drivers and scenarios" section: the strongest links the sources argue, the main drivers,
and one scenario run on the causal map (read-only)."""
from __future__ import annotations

from typing import Any

from ..causal.causal_map import causal_map
from ..causal.whatif import outcome_dict, run_on_map


def drivers_summary(store, links: int = 10, samples: int = 100) -> dict[str, Any]:
    """Top links with a quote each, the concepts that drive most, and a +1 scenario on the first driver."""
    cmap = causal_map(store)
    edges = [e for e in cmap.edges if e.support]
    out: dict[str, Any] = {"links": [], "drivers": [], "scenario": None, "contested": [],
                           "statements": len(cmap.statements), "concepts": len(cmap.concepts)}
    for e in edges[:links]:
        s = e.support[0]
        out["links"].append({"cause": cmap.label(e.cause), "effect": cmap.label(e.effect), "sign": e.sign,
                             "belief": round(e.belief, 2), "sources": len({x["doc_id"] for x in e.support}),
                             "modality": s["modality"], "quote": s["evidence"].strip(), "doc_id": s["doc_id"],
                             "attributed_to": s.get("attributed_to"), "contradicted": e.contradicted})
    push: dict[str, float] = {}
    for e in edges:
        push[e.cause] = push.get(e.cause, 0.0) + abs(e.weight)
    ranked = sorted(push, key=lambda c: -push[c])
    out["drivers"] = [{"concept": c, "label": cmap.label(c), "strength": round(push[c], 2)} for c in ranked[:5]]
    if ranked:
        outcome, chosen = run_on_map(cmap, [f"{ranked[0]}=+1"], samples=samples)
        res = outcome_dict(cmap, outcome, chosen)
        res["changes"] = res["changes"][:6]
        out["scenario"] = res
    out["contested"] = [c["summary"] for c in cmap.contradictions()][:8]
    return out


def drivers_markdown(d: dict | None) -> str:
    """The section as Markdown (appended to the Markdown brief)."""
    if not d or not d["links"]:
        return ""
    out = ["", "## Drivers and scenarios", "",
           f"{d['statements']} causal statements in the sources, {d['concepts']} concepts. Strongest links:", ""]
    for link in d["links"]:
        verb = "raises" if link["sign"] == "+" else "reduces"
        who = f", according to {link['attributed_to']}" if link.get("attributed_to") else ""
        out.append(f"- **{link['cause']}** {verb} **{link['effect']}** (belief {link['belief']}, "
                   f"{link['modality']}{who}): “{link['quote']}”")
    sc = d.get("scenario")
    if sc and sc["changes"]:
        driver = next(iter(sc["drivers"]))
        out += ["", f"Scenario: **{driver}** = +1 ({sc['settings']['rule']}, {sc['settings']['function']}, "
                    f"{sc['iterations']} iterations):", ""]
        for ch in sc["changes"]:
            band = f" [{ch['band'][0]:+.2f} … {ch['band'][1]:+.2f}]" if ch["band"] else ""
            out.append(f"- {ch['label']}: {ch['change']:+.3f}{band}")
    if d["contested"]:
        out += ["", "Contested links:", ""] + [f"- {c}" for c in d["contested"]]
    return "\n".join(out) + "\n"
