"""The one figure range: a low and a high bound (either open), compared as intervals, written one way.

    Range(180, 180) -> "180"     Range(170, None) -> "170+"     Range(135, 165) -> "135–165"
    Range(None, 20) -> "up to 20"     Range() -> "–"
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

# The largest toll an event's integer columns take; beyond it the toll is the open range '1,000,000+'. No one
# event reports more, and sums over a map or timeline cell stay within PostgreSQL's integer (2^31 - 1).
FIGURE_MAX = 10**6
QUANTITY_MAX = 10**12    # the largest figure read from a text (more than any count of people or money reported)


def capped(x: float | int | None) -> int | float | None:
    """A toll an event's integer column takes: one over FIGURE_MAX is FIGURE_MAX (a lower bound then)."""
    return None if x is None else min(x, FIGURE_MAX)


def capped_high(x: float | int | None) -> int | float | None:
    """An upper bound an event's integer column takes: one over FIGURE_MAX is open (None)."""
    return None if x is None or x > FIGURE_MAX else x


def _num(x: float | int | None) -> float | int | None:
    """Whole floats become ints (80.0 -> 80), so figures never print as '80.0'."""
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


@dataclass(frozen=True)
class Range:
    """A figure as a source states it: exact (low == high), open-ended (high None), or a span."""

    low: float | int | None = None
    high: float | int | None = None

    def __post_init__(self):
        object.__setattr__(self, "low", _num(self.low))
        object.__setattr__(self, "high", _num(self.high))
        if self.low is not None and self.high is not None and self.low > self.high:
            lo, hi = self.high, self.low
            object.__setattr__(self, "low", lo)
            object.__setattr__(self, "high", hi)

    @classmethod
    def of(cls, low=None, high=None, best=None) -> Range:
        """A range from stored bounds; a lone best figure is an exact one."""
        if low is None and high is None and best is not None:
            return cls(best, best)
        return cls(low, high)

    @property
    def known(self) -> bool:
        return self.low is not None or self.high is not None

    @property
    def bounds(self) -> tuple[float, float]:
        """The closed interval it allows: an open low is 0, an open high is infinity."""
        return (self.low if self.low is not None else 0), (self.high if self.high is not None else math.inf)

    @property
    def best(self) -> float | int | None:
        """One conservative figure: the lower bound, else the upper one."""
        return self.low if self.low is not None else self.high

    def overlaps(self, other: Range) -> bool:
        (a, b), (c, d) = self.bounds, other.bounds
        return max(a, c) <= min(b, d)

    def __and__(self, other: Range) -> Range | None:
        """The values both allow, or None when they are disjoint."""
        (a, b), (c, d) = self.bounds, other.bounds
        lo, hi = max(a, c), min(b, d)
        if lo > hi:
            return None
        return Range(lo if (self.low is not None or other.low is not None) else None,
                     None if math.isinf(hi) else hi)

    def __str__(self) -> str:
        if not self.known:
            return "–"
        if self.high is None:
            return f"{self.low:,}+"
        if self.low is None:
            return f"up to {self.high:,}"
        return f"{self.low:,}" if self.low == self.high else f"{self.low:,}–{self.high:,}"


def shared(ranges: Iterable[Range]) -> Range | None:
    """The values every range allows (None when two of them are disjoint)."""
    out: Range | None = Range(None, None)
    for r in ranges:
        if not r.known:
            continue
        out = out & r if out is not None else None
        if out is None:
            return None
    return out


def span(ranges: Iterable[Range]) -> Range:
    """From the lowest figure stated to the highest (an open figure counts by its lower bound)."""
    known = [r for r in ranges if r.known]
    lows = [r.low for r in known if r.low is not None]
    tops = [r.high if r.high is not None else r.low for r in known]
    return Range(min(lows) if lows else None, max(t for t in tops if t is not None) if any(
        t is not None for t in tops) else None)


def fmt(low=None, high=None, best=None) -> str:
    """The one way a figure or range is written, from stored bounds."""
    return str(Range.of(low, high, best))
