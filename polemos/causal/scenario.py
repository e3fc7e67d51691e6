"""What-if runs on a causal map: clamp drivers, compare with the baseline, explain with paths.

The result per concept is the scenario equilibrium minus the baseline
equilibrium (the same map, from the same initial state, without the clamps).
Monte-Carlo bands redraw the map many times (each edge kept with probability
its belief, its weight jittered), seeded so a run reproduces. The paths that
explain a change are the simple paths from a driver to the concept, ranked by
the product of their weights times the driver's value.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .fcm import simulate


@dataclass(frozen=True)
class Link:
    """A weighted edge of the map: weight in [-1, 1], belief in (0, 1]."""

    cause: str
    effect: str
    weight: float
    belief: float = 1.0


@dataclass
class Change:
    concept: str
    baseline: float
    scenario: float
    low: float | None = None          # Monte-Carlo band (5th and 95th percentiles of the change)
    high: float | None = None
    paths: list[tuple[list[str], float]] = field(default_factory=list)

    @property
    def delta(self) -> float:
        return self.scenario - self.baseline


@dataclass
class Outcome:
    drivers: dict[str, float]
    changes: list[Change]
    iterations: int
    converged: bool
    cycle: int | None
    settings: dict


def matrix(concepts: Sequence[str], links: Sequence[Link], weight_of=lambda link: link.weight) -> np.ndarray:
    index = {c: i for i, c in enumerate(concepts)}
    w = np.zeros((len(concepts), len(concepts)))
    for link in links:
        if link.cause != link.effect:
            w[index[link.cause], index[link.effect]] += weight_of(link)
    return np.clip(w, -1.0, 1.0)


def _equilibria(w: np.ndarray, clamps: dict[int, float], settings: dict):
    start = np.zeros(w.shape[0]) if settings["function"] != "sigmoid" else np.full(w.shape[0], 0.5)
    kw = {k: settings[k] for k in ("rule", "function", "lam", "threshold", "max_iter")}
    base = simulate(w, start, **kw)
    run = simulate(w, start, clamped=clamps, **kw)
    return base, run


def paths(concepts: Sequence[str], links: Sequence[Link], drivers: Mapping[str, float], target: str,
          depth: int = 5, top: int = 3) -> list[tuple[list[str], float]]:
    """The strongest simple paths from any driver to `target`, each with its signed strength."""
    out_edges: dict[str, list[Link]] = {}
    for link in links:
        out_edges.setdefault(link.cause, []).append(link)
    found: list[tuple[list[str], float]] = []

    def walk(node: str, trail: list[str], strength: float) -> None:
        if node == target and len(trail) > 1:
            found.append((list(trail), strength))
            return
        if len(trail) > depth:
            return
        for link in out_edges.get(node, ()):
            if link.effect not in trail and link.effect not in drivers:
                walk(link.effect, trail + [link.effect], strength * link.weight)

    for d, value in drivers.items():
        walk(d, [d], value)
    found.sort(key=lambda p: -abs(p[1]))
    return found[:top]


def run_scenario(concepts: Sequence[str], links: Sequence[Link], drivers: Mapping[str, float], *,
                 targets: Sequence[str] | None = None, rule: str = "kosko", function: str = "tanh",
                 lam: float = 1.0, threshold: float = 0.001, max_iter: int = 200, samples: int = 200,
                 jitter: float = 0.1, seed: int = 7) -> Outcome:
    """Clamp `drivers` (concept -> value), run to equilibrium, and compare with the baseline."""
    concepts = list(concepts)
    index = {c: i for i, c in enumerate(concepts)}
    unknown = [d for d in drivers if d not in index]
    if unknown:
        raise ValueError(f"unknown concept(s): {', '.join(unknown)}")
    settings = dict(rule=rule, function=function, lam=lam, threshold=threshold, max_iter=max_iter,
                    samples=samples, jitter=jitter, seed=seed)
    clamps = {index[d]: float(v) for d, v in drivers.items()}
    base, run = _equilibria(matrix(concepts, links), clamps, settings)
    bands = _bands(concepts, links, clamps, settings) if samples else None
    wanted = list(targets) if targets else [c for c in concepts if c not in drivers]
    changes = []
    for c in wanted:
        i = index[c]
        ch = Change(c, float(base.final[i]), float(run.final[i]))
        if bands is not None:
            ch.low, ch.high = float(np.percentile(bands[:, i], 5)), float(np.percentile(bands[:, i], 95))
        ch.paths = paths(concepts, links, drivers, c)
        changes.append(ch)
    if not targets:
        changes.sort(key=lambda ch: -abs(ch.delta))
    return Outcome(dict(drivers), changes, run.iterations, run.converged, run.cycle, settings)


def _bands(concepts, links, clamps, settings) -> np.ndarray:
    """Changes over `samples` redrawn maps: edges kept with probability belief, strengths jittered (signs kept)."""
    rng = np.random.default_rng(settings["seed"])
    out = np.zeros((settings["samples"], len(concepts)))
    for k in range(settings["samples"]):
        keep = {link: rng.random() < link.belief for link in links}
        noise = {link: rng.normal(0.0, settings["jitter"]) for link in links}
        w = matrix(concepts, links, lambda link: keep[link] * np.sign(link.weight)  # noqa: B023 (called at once)
                   * min(1.0, max(0.0, abs(link.weight) + noise[link])))  # noqa: B023
        base, run = _equilibria(w, clamps, settings)
        out[k] = run.final - base.final
    return out
