"""Which reports resolution compares: those of one blocking key (coarse event class and country) whose dates
come within a day of overlapping; an undated report only with one at the same named place or by the same
actor. `near` is the rule; `window` is the same rule as look-ups an index answers (the store's query, or the
in-memory index of one run's new reports), so a new report meets every report it could be merged with and
no other, whichever way it is found.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..dates import PartialDate
from .coref import VIOLENT, coarse

DAY = timedelta(days=1)
FINE_SPAN = timedelta(days=7)     # the longest interval of a date finer than a month (a week: the day +-3)


def block(e: dict[str, Any]) -> tuple[str, str]:
    return coarse(e.get("event_type")), e.get("country") or ""


def block_types(e: dict[str, Any]) -> list[str]:
    """The event types of a report's blocking class."""
    kind = coarse(e.get("event_type"))
    return sorted(VIOLENT) if kind == "violent" else [e.get("event_type") or ""]


def interval(e: dict[str, Any]) -> tuple[date, date] | None:
    """The report's date as a closed interval of days (what the store keeps as date_first/date_last)."""
    d = PartialDate.maybe(e.get("event_date"), e.get("date_precision"))
    return (d.first, d.last) if d else None


def _same(a: dict, b: dict, field: str) -> bool:
    return bool(a.get(field)) and a.get(field) == b.get(field)


def near(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether resolution compares the two reports at all."""
    if block(a) != block(b):
        return False
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return _same(a, b, "location") or _same(a, b, "actor1")
    return ia[0] <= ib[1] + DAY and ib[0] <= ia[1] + DAY


@dataclass(frozen=True)
class Window:
    """`near` as look-ups: dated reports starting in [lo, hi] or on one of `starts` (the month, year and decade
    that hold the day before), undated ones at `location` or by `actor1`; when the report itself is undated,
    every report at its place or by its actor (lo is None)."""

    types: tuple[str, ...]
    country: str
    lo: str | None
    hi: str | None
    starts: tuple[str, ...]
    location: str | None
    actor1: str | None

    def store_query(self) -> dict[str, Any]:
        return {"types": list(self.types), "country": self.country,
                "first_between": None if self.lo is None else (self.lo, self.hi), "first_in": self.starts,
                "location": self.location, "actor1": self.actor1}


def window(e: dict[str, Any]) -> Window:
    """A candidate c is near e when c.first <= e.last + 1 and c.last >= e.first - 1: either c starts at most a
    week before that day (then lo <= c.first <= hi), or c is longer than a week, so a month, year or decade
    holding the day before e, which starts where `starts` says."""
    span = interval(e)
    lo = hi = None
    starts: tuple[str, ...] = ()
    if span is not None:
        x = span[0] - DAY
        lo, hi = (x - FINE_SPAN).isoformat(), (span[1] + DAY).isoformat()
        starts = tuple(sorted({x.replace(day=1).isoformat(), date(x.year, 1, 1).isoformat(),
                               date(x.year // 10 * 10, 1, 1).isoformat()}))
    return Window(tuple(block_types(e)), e.get("country") or "", lo, hi, starts, e.get("location") or None,
                  e.get("actor1") or None)


class MemoryIndex:
    """The same look-ups over reports held in memory (one run's new reports, or all of them)."""

    def __init__(self, reports: list[dict[str, Any]]):
        self.by_block: dict[tuple, tuple[list[str], list[dict]]] = {}
        self.starting: dict[tuple, list[dict]] = {}
        self.undated: dict[tuple, list[dict]] = {}
        dated: dict[tuple, list[tuple[str, int, dict]]] = {}
        for i, e in enumerate(reports):
            b, span = block(e), interval(e)
            if span is None:
                for field in ("location", "actor1"):
                    if e.get(field):
                        self.undated.setdefault((b, field, e[field]), []).append(e)
                continue
            first = span[0].isoformat()
            dated.setdefault(b, []).append((first, i, e))
            self.starting.setdefault((b, first), []).append(e)
            for field in ("location", "actor1"):
                if e.get(field):
                    self.undated.setdefault((b, "any-" + field, e[field]), []).append(e)
        for b, rows in dated.items():
            rows.sort(key=lambda r: (r[0], r[1]))
            self.by_block[b] = ([r[0] for r in rows], [r[2] for r in rows])

    def near(self, e: dict[str, Any]) -> list[dict[str, Any]]:
        """Every held report near `e` (by `near`), `e` itself excluded."""
        w, b = window(e), block(e)
        found: dict[int, dict] = {}
        if w.lo is not None:
            firsts, rows = self.by_block.get(b, ([], []))
            for c in rows[bisect_left(firsts, w.lo):bisect_right(firsts, w.hi)]:
                found[id(c)] = c
            for s in w.starts:
                found.update((id(c), c) for c in self.starting.get((b, s), ()))
        for field, value in (("location", w.location), ("actor1", w.actor1)):
            if value:
                found.update((id(c), c) for c in self.undated.get((b, field, value), ()))
                if w.lo is None:
                    found.update((id(c), c) for c in self.undated.get((b, "any-" + field, value), ()))
        return [c for c in found.values() if c is not e and near(e, c)]
