"""The scenario command's output: which concepts were taken, then each change with its band and paths."""
from __future__ import annotations

import json

from rich.table import Table

from ..causal.causal_map import causal_map
from ..causal.concept_pack import load_concept_pack
from ..causal.whatif import outcome_dict, run_on_map
from .tables import console


def scenario_result(store, settings: list[str], targets: list[str], concept_pack=None, **kw) -> dict:
    """The scenario as a dict (what `--json` prints and the web form shows)."""
    cmap = causal_map(store, load_concept_pack(concept_pack))
    if not cmap.edges:
        raise ValueError("the causal map is empty: ingest analysis articles first")
    outcome, chosen = run_on_map(cmap, settings, targets, **kw)
    return outcome_dict(cmap, outcome, chosen)


def print_scenario(res: dict, as_json: bool = False) -> dict:
    """Print a scenario's result (`KnowledgeBase.scenario`, scenario_result) as JSON or as a table."""
    if as_json:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return res
    con = console()
    for typed, c in res["chosen"].items():
        exact = "" if c["score"] >= 1 else f" (nearest concept, match {c['score']:.2f})"
        con.print(f"{typed!r} -> [bold]{c['label']}[/bold] [{c['concept']}]{exact}")
    state = "converged" if res["converged"] else (f"limit cycle of period {res['limit_cycle']}"
                                                  if res["limit_cycle"] else "did not converge")
    con.print(f"{res['settings']['rule']} rule, {res['settings']['function']}: {state} after {res['iterations']} "
              f"iterations; bands from {res['settings']['samples']} draws (seed {res['settings']['seed']})")
    table = Table(title="Change from the baseline")
    for col in ("concept", "change", "5%-95% band", "explained by"):
        table.add_column(col, overflow="fold")
    for ch in res["changes"]:
        band = f"{ch['band'][0]:+.3f} .. {ch['band'][1]:+.3f}" if ch["band"] else ""
        paths = "; ".join(" -> ".join(p["path"]) + f" ({p['strength']:+.2f})" for p in ch["paths"][:2])
        table.add_row(ch["label"], f"{ch['change']:+.3f}", band, paths)
    con.print(table)
    if not res["changes"]:
        con.print("no concept downstream of the drivers changes")
    return res
