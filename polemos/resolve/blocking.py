"""Which reports resolution compares: those of one blocking key (coarse event class and country) whose dates
come within a day of overlapping, in the same province when both name one. When either is vague (dated only
to a year or a decade, or undated), only if they also name the same place, or name the same first actor and
the same province (or both name no province). Such a report could be any day's: "in 2019" is weak evidence
that it tells one particular day's event, and a first actor alone ("Taliban") over a whole year of a country
is a wide net, whose catch grows with the store; a place, or an actor in one province, narrows it.

An undated report still tells something that happened before its document was published: it is compared as
if dated to the RECENT days up to its publication (`bounds`; the report's `published`, its document's, as
the store reads it), and with every date only when the publication is unknown. The extractor leaves a report
undated when the text refers to a known past event with no date ("the drone strike that killed X"; it dates
other undated news to the publication's month or year, extract.event_context.undated), and such references
reach back more than a year (the reference articles name strikes 13 to 16 months before their publication):
two years, not one.

`near` is the rule; `window` is the same rule as look-ups an index answers (the store's query), and
MemoryIndex finds at least those among reports held in memory, so a new report meets every report it could
be merged with, whichever way it is found.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..dates import PartialDate
from ..place import admin1_name, same_admin1
from .coref import VIOLENT, coarse

DAY = timedelta(days=1)
FINE_SPAN = timedelta(days=7)     # the longest interval of a date finer than a month (a week: the day +-3)
MONTH_SPAN = timedelta(days=31)   # the longest a month spans; a longer date is a year or a decade
RECENT = timedelta(days=730)      # how long before its document's publication an undated report's event may lie


def block(e: dict[str, Any]) -> tuple[str, str]:
    return coarse(e.get("event_type")), e.get("country") or ""


def block_types(e: dict[str, Any]) -> list[str]:
    """The event types of a report's blocking class."""
    kind = coarse(e.get("event_type"))
    return sorted(VIOLENT) if kind == "violent" else [e.get("event_type") or ""]


def interval(e: dict[str, Any]) -> tuple[date, date] | None:
    """The report's date as a closed interval of days (what the store keeps as date_first/date_last)."""
    return _interval(e.get("event_date"), e.get("date_precision"))


@lru_cache(maxsize=65536)
def _interval(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """(parsed once per distinct date: each report is compared with many candidates)"""
    d = PartialDate.maybe(value, precision)
    return (d.first, d.last) if d else None


def bounds(e: dict[str, Any]) -> tuple[date, date] | None:
    """The days the report's event can lie in: its date's interval; for an undated report, the RECENT days up
    to the last day of its document's publication (`published`); None when neither is known."""
    span = interval(e)
    return _recent(e.get("published")) if span is None else span


@lru_cache(maxsize=4096)
def _recent(published: str | None) -> tuple[date, date] | None:
    d = PartialDate.maybe(published)
    return (d.last - RECENT, d.last) if d else None


def _vague(span: tuple[date, date] | None) -> bool:
    """Undated, or dated only to a year or a decade."""
    return span is None or span[1] - span[0] > MONTH_SPAN


def _same(a: dict, b: dict, field: str) -> bool:
    return bool(a.get(field)) and a.get(field) == b.get(field)


def _vague_pair(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two reports (not in two provinces) may be compared when either is vague: the same place, or the
    same first actor in the same named province, or in no named province on either side."""
    return _same(a, b, "location") or (_same(a, b, "actor1") and bool(a.get("admin1")) == bool(b.get("admin1")))


def near(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether resolution compares the two reports at all."""
    two_provinces = bool(a.get("admin1") and b.get("admin1")) and not same_admin1(a.get("country"), a["admin1"],
                                                                                   b["admin1"])
    if block(a) != block(b) or two_provinces:
        return False      # two provinces are two places (coref.places_agree)
    ia, ib = bounds(a), bounds(b)
    if ia is not None and ib is not None and not (ia[0] <= ib[1] + DAY and ib[0] <= ia[1] + DAY):
        return False
    return not (_vague(ia) or _vague(ib)) or _vague_pair(a, b)


@dataclass(frozen=True)
class Window:
    """`near` as look-ups (in `admin1`, or in no named province): reports starting in `between` or on one of
    `starts` (any report); reports at `location`, or by `actor1` in `admin1` itself (in no named province when
    `admin1` is None), starting in `vague_between` or on one of `vague_starts`; every dated one ending on
    `ends_from` or later; or undated, their `bounds` ending in `undated_published` or unknown (undated ones,
    and any date, when the report itself is undated and its publication unknown: `vague_any`)."""

    types: tuple[str, ...]
    country: str
    admin1: str | None
    between: tuple[str, str] | None
    starts: tuple[str, ...]
    ends_from: str | None
    location: str | None
    actor1: str | None
    vague_between: tuple[str, str] | None
    vague_starts: tuple[str, ...]
    undated_published: tuple[str, str] | None
    vague_any: bool

    def store_query(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def window(e: dict[str, Any]) -> Window:
    """For a report dated to a month or better, a candidate c near it starts at most a week before the day
    before it (a day or a week), or is the month holding that day, or (at its place or by its actor) the year
    or decade holding it or starting the day after; for a vaguer report, every candidate at its place or by
    its actor (in its province) starting in its interval or holding its first day before, or undated and
    near it by their publication (an undated report: as dated to its `bounds`)."""
    span = bounds(e)
    between, starts, vague_between, vague_starts, ends_from, published = None, (), None, (), None, None
    if span is not None:
        x, y = span[0] - DAY, span[1] + DAY
        published = (x.isoformat(), (y + RECENT).isoformat())
        fine = ((x - FINE_SPAN).isoformat(), y.isoformat())
        holding = {date(d.year, 1, 1).isoformat() for d in (x, y)} | {
            date(d.year // 10 * 10, 1, 1).isoformat() for d in (x, y)}
        if _vague(span):
            vague_between = ((x - MONTH_SPAN).isoformat(), y.isoformat())
            vague_starts = tuple(sorted(holding))
        else:
            between, starts = fine, (x.replace(day=1).isoformat(),)
            vague_starts = tuple(sorted(holding))
        ends_from = x.isoformat()       # (`near`: a dated candidate ends on the day before the report or later)
    return Window(tuple(block_types(e)), e.get("country") or "", admin1_name(e.get("country"), e.get("admin1") or None),
                  between, starts, ends_from,
                  e.get("location") or None, e.get("actor1") or None, vague_between, vague_starts, published,
                  span is None)


class MemoryIndex:
    """At least `window`'s reports among reports held in memory (one run's new reports, or all of them)."""

    def __init__(self, reports: list[dict[str, Any]]):
        self.by_block: dict[tuple, tuple[list[str], list[dict]]] = {}
        self.starting: dict[tuple, list[dict]] = {}
        self.keyed: dict[tuple, list[dict]] = {}
        dated: dict[tuple, list[tuple[str, int, dict]]] = {}
        for i, e in enumerate(reports):
            b, span = block(e), interval(e)
            for field in ("location", "actor1"):
                if e.get(field):
                    self.keyed.setdefault((b, field, e[field]), []).append(e)
            if span is not None:
                first = span[0].isoformat()
                dated.setdefault(b, []).append((first, i, e))
                self.starting.setdefault((b, first), []).append(e)
        for b, rows in dated.items():
            rows.sort(key=lambda r: (r[0], r[1]))
            self.by_block[b] = ([r[0] for r in rows], [r[2] for r in rows])

    def near(self, e: dict[str, Any]) -> list[dict[str, Any]]:
        """Every held report near `e` (by `near`), `e` itself excluded."""
        w, b = window(e), block(e)
        found: dict[int, dict] = {}
        if w.between is not None:
            firsts, rows = self.by_block.get(b, ([], []))
            for c in rows[bisect_left(firsts, w.between[0]):bisect_right(firsts, w.between[1])]:
                found[id(c)] = c
            for s in w.starts:
                found.update((id(c), c) for c in self.starting.get((b, s), ()))
        for field, value in (("location", w.location), ("actor1", w.actor1)):
            if value:
                found.update((id(c), c) for c in self.keyed.get((b, field, value), ()))
        return [c for c in found.values() if c is not e and near(e, c)]
