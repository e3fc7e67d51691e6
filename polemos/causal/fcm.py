"""A fuzzy cognitive map simulator (written for Polemos; no borrowed code).

A map is a square weight matrix W (row = from, column = to) over n concepts.
A state A is a vector of activations. One step applies an update rule and a
squashing function:

- ``kosko``:           A(t+1) = f(A(t) W)
- ``modified-kosko``:  A(t+1) = f(A(t) + A(t) W)       (each concept keeps its memory)
- ``rescaled``:        A(t+1) = f((2A(t) - 1) + (2A(t) - 1) W)   (for sigmoid maps, Papageorgiou)

with f one of ``tanh`` (default, values in [-1, 1]), ``sigmoid`` (values in
[0, 1]), ``bivalent`` or ``trivalent``, each with steepness ``lam``. Clamped
concepts are reset to their value after every step (scenario drivers). The run
stops when no concept moves by more than ``threshold`` (a fixed point), when a
state repeats an earlier one (a limit cycle, with its period), or at
``max_iter`` steps.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

RULES = ("kosko", "modified-kosko", "rescaled")
SQUASH = ("tanh", "sigmoid", "bivalent", "trivalent")


def squash(kind: str, lam: float = 1.0) -> Callable[[np.ndarray], np.ndarray]:
    """The squashing (transfer) function `kind` with steepness `lam`."""
    if kind == "tanh":
        return lambda x: np.tanh(lam * x)
    if kind == "sigmoid":
        return lambda x: 1.0 / (1.0 + np.exp(-lam * x))
    if kind == "bivalent":
        return lambda x: (x > 0).astype(float)
    if kind == "trivalent":
        return lambda x: np.sign(x).astype(float)
    raise ValueError(f"unknown squashing function {kind!r}: choose from {', '.join(SQUASH)}")


def update(state: np.ndarray, weights: np.ndarray, rule: str, f: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """One step of `rule` from `state`."""
    if rule == "kosko":
        return f(state @ weights)
    if rule == "modified-kosko":
        return f(state + state @ weights)
    if rule == "rescaled":
        r = 2.0 * state - 1.0
        return f(r + r @ weights)
    raise ValueError(f"unknown update rule {rule!r}: choose from {', '.join(RULES)}")


@dataclass
class Run:
    """The trajectory of one simulation."""

    states: list[np.ndarray] = field(default_factory=list)   # the initial state first
    converged: bool = False          # reached a fixed point
    cycle: int | None = None         # period of the limit cycle reached, if any

    @property
    def iterations(self) -> int:
        """Update steps taken (states minus the initial one)."""
        return len(self.states) - 1

    @property
    def final(self) -> np.ndarray:
        """The equilibrium (fixed point), or the mean over the limit cycle, or the last state."""
        if self.cycle:
            return np.mean(self.states[-self.cycle:], axis=0)
        return self.states[-1]


def _clamp(state: np.ndarray, clamped: Mapping[int, float]) -> np.ndarray:
    for i, v in clamped.items():
        state[i] = v
    return state


def simulate(weights, initial, *, rule: str = "kosko", function: str = "tanh", lam: float = 1.0,
             clamped: Mapping[int, float] | None = None, threshold: float = 0.001, max_iter: int = 200) -> Run:
    """Run the map from `initial` until a fixed point, a limit cycle or `max_iter` steps."""
    w = np.asarray(weights, dtype=float)
    if w.ndim != 2 or w.shape[0] != w.shape[1]:
        raise ValueError(f"weights must be a square matrix, not of shape {w.shape}")
    f = squash(function, lam)
    clamped = dict(clamped or {})
    state = _clamp(np.asarray(initial, dtype=float).copy(), clamped)
    if state.shape != (w.shape[0],):
        raise ValueError(f"the initial state has {state.size} values for {w.shape[0]} concepts")
    run = Run(states=[state])
    for _ in range(max_iter):
        nxt = _clamp(update(state, w, rule, f), clamped)
        run.states.append(nxt)
        if np.max(np.abs(nxt - state)) <= threshold:
            run.converged = True
            return run
        period = _period(run.states, threshold)
        if period:
            run.cycle = period
            return run
        state = nxt
    return run


def _period(states: list[np.ndarray], threshold: float) -> int | None:
    """The period of a cycle closed by the last state (>= 2: period 1 is a fixed point)."""
    last = states[-1]
    for back in range(2, len(states)):
        if np.max(np.abs(states[-1 - back] - last)) <= threshold:
            return back
    return None
