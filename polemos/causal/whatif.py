"""Scenarios on the causal map: pick concepts from what a user types, run the simulator, explain."""
from __future__ import annotations

from .causal_map import CausalMap
from .concepts import normalise
from .scenario import Link, Outcome, run_scenario


def find_concept(cmap: CausalMap, text: str, role: str = "cause") -> tuple[str, float]:
    """The concept an id, a label or any phrase names: (concept id, match score 0..1).

    Nearest by the share of the typed words a concept's label or phrases hold (then by Jaccard);
    a driver (`role` cause) prefers a concept with effects on the map, a target one with causes."""
    folded = text.strip().casefold()
    for c in cmap.concepts.values():
        if folded in (c.id, c.label.casefold()) or folded in {p.casefold() for p in c.phrases}:
            return c.id, 1.0
    want = set(normalise(text)[0])
    linked = {e.cause if role == "cause" else e.effect for e in cmap.edges if e.support}
    best, score = None, 0.0
    for c in cmap.concepts.values():
        for p in [c.label, *c.phrases]:
            have = set(normalise(p)[0])
            if not want or not have:
                continue
            s = len(want & have) / len(want) + 0.3 * len(want & have) / len(want | have)
            s = s / 1.3 * (1.0 if c.id in linked else 0.5)
            if s > score:
                best, score = c.id, s
    if best is None or score < 0.1:
        raise ValueError(f"no concept of the causal map matches {text!r}")
    return best, min(score, 1.0)


def parse_setting(text: str) -> tuple[str, float]:
    """'Taliban internal division=+1' -> ('Taliban internal division', 1.0)."""
    if "=" not in text:
        raise ValueError(f"{text!r}: write CONCEPT=VALUE, e.g. 'Taliban internal division=+1'")
    name, value = text.rsplit("=", 1)
    try:
        v = float(value)
    except ValueError:
        raise ValueError(f"{text!r}: {value!r} is not a number (use a value from -1 to +1)") from None
    if not -1.0 <= v <= 1.0:
        raise ValueError(f"{text!r}: the value must be between -1 and +1")
    return name.strip(), v


def links_of(cmap: CausalMap) -> list[Link]:
    return [Link(e.cause, e.effect, e.weight, max(e.belief, 1e-6)) for e in cmap.edges if e.support and e.belief > 0]


def run_on_map(cmap: CausalMap, settings: list[str], targets: list[str] | None = None, **kw) -> tuple[Outcome, dict]:
    """Run a scenario; also returns what each typed phrase was taken to mean."""
    chosen: dict[str, dict] = {}
    drivers: dict[str, float] = {}
    for text in settings:
        name, value = parse_setting(text)
        cid, score = find_concept(cmap, name)
        drivers[cid] = value
        chosen[name] = {"concept": cid, "label": cmap.label(cid), "score": round(score, 2)}
    target_ids = []
    for t in targets or []:
        cid, score = find_concept(cmap, t, role="effect")
        target_ids.append(cid)
        chosen[t] = {"concept": cid, "label": cmap.label(cid), "score": round(score, 2)}
    outcome = run_scenario(list(cmap.concepts), links_of(cmap), drivers, targets=target_ids or None, **kw)
    if not target_ids:
        outcome.changes = [c for c in outcome.changes if abs(c.delta) > 1e-9]
    return outcome, chosen


def outcome_dict(cmap: CausalMap, outcome: Outcome, chosen: dict) -> dict:
    return {
        "chosen": chosen, "drivers": {cmap.label(k): v for k, v in outcome.drivers.items()},
        "iterations": outcome.iterations, "converged": outcome.converged, "limit_cycle": outcome.cycle,
        "settings": outcome.settings,
        "changes": [{"concept": c.concept, "label": cmap.label(c.concept), "baseline": round(c.baseline, 4),
                     "scenario": round(c.scenario, 4), "change": round(c.delta, 4),
                     "band": [round(c.low, 4), round(c.high, 4)] if c.low is not None else None,
                     "paths": [{"path": [cmap.label(n) for n in p], "strength": round(s, 4)} for p, s in c.paths]}
                    for c in outcome.changes],
    }
