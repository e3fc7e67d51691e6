"""The one partial date: an ISO value as precise as the source, with its precision, interval and order.

A date known to the day is one day; to the week, the seven days around its (mid-week) day; to the
month, every day of that month; to the year, the whole year; to the decade, ten years. Everything
that compares, filters, sorts, plots or exports dates uses this interval, so a month means the same
thing everywhere: from its first day to its last, plotted at its middle day.

    PartialDate.parse("2021-08")            -> month of August 2021 (strict: "2021-13" is refused)
    PartialDate.of(date(2021, 8, 26), "day")
    d.first, d.last, d.midpoint, d.contains(other), d.overlaps(other), d.label()
    DateWindow.parse(since, until)          -> the interval a filter covers (inverted ranges refused)
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import total_ordering

PRECISIONS = ("day", "week", "month", "year", "decade")
_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$|^(?P<dec>\d{3}0)s$")


EARLIEST = date(1900, 1, 1)        # no event or publication date before this is plausible
FUTURE_DAYS = 366                  # nor one more than a year after the publication date (or today)


def plausible(first: date, last: date | None = None, published: date | None = None) -> bool:
    """Whether a date (the interval first..last of a partial one) lies in the plausible window: on or after
    EARLIEST, and no more than FUTURE_DAYS after `published` (today when there is none). '0001-01-01',
    '9999-12-31' and 'the 1890s' are not."""
    latest = (published or date.today()) + timedelta(days=FUTURE_DAYS)
    return (last or first) >= EARLIEST and first <= latest


class InvalidDate(ValueError):
    """A date string that is not an ISO date of any precision; the message says why."""


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """An ISO date as precise as known: YYYY-MM-DD (day; week: its middle day), YYYY-MM, YYYY or YYYYs."""

    value: str
    precision: str

    @classmethod
    def parse(cls, text: str, precision: str | None = None) -> PartialDate:
        """Strictly parse `text` (YYYY, YYYY-MM, YYYY-MM-DD, YYYYs); `precision` may widen a day to a week."""
        raw = (text or "").strip()
        m = _ISO.match(raw)
        if not m:
            raise InvalidDate(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
        if m["dec"]:
            return cls(raw, "decade")
        year, month, day = int(m["y"]), m["m"], m["d"]
        if month is not None and not 1 <= int(month) <= 12:
            raise InvalidDate(f"{text!r} is not a date: there is no month {int(month)}")
        if day is not None:
            try:
                d = date(year, int(month), int(day))
            except ValueError:
                raise InvalidDate(f"{text!r} is not a date: {calendar.month_name[int(month)]} {year} "
                                  f"has no day {int(day)}") from None
            return cls.of(d, "week" if precision == "week" else "day")
        if month is not None:
            return cls(f"{year:04d}-{int(month):02d}", "month")
        return cls(f"{year:04d}", "year")

    @classmethod
    def maybe(cls, value: str | None, precision: str | None = None) -> PartialDate | None:
        """A stored value as a PartialDate; None when it is empty or not a date."""
        if not value:
            return None
        try:
            return cls.parse(str(value), precision)
        except InvalidDate:
            return None

    @classmethod
    def of(cls, d: date, precision: str) -> PartialDate:
        """The partial date of precision `precision` that contains the day `d`."""
        if precision in ("day", "week"):
            return cls(d.isoformat(), precision)
        if precision == "month":
            return cls(f"{d.year:04d}-{d.month:02d}", "month")
        if precision == "decade":
            return cls(f"{d.year // 10 * 10}s", "decade")
        return cls(f"{d.year:04d}", "year")

    # ---- the interval -------------------------------------------------------
    @property
    def first(self) -> date:
        if self.precision == "decade":
            return date(int(self.value[:4]), 1, 1)
        y = int(self.value[:4])
        if self.precision == "year":
            return date(y, 1, 1)
        if self.precision == "month":
            return date(y, int(self.value[5:7]), 1)
        d = date.fromisoformat(self.value)
        return d - timedelta(days=3) if self.precision == "week" else d

    @property
    def last(self) -> date:
        y = int(self.value[:4])
        if self.precision == "decade":
            return date(y + 9, 12, 31)
        if self.precision == "year":
            return date(y, 12, 31)
        if self.precision == "month":
            m = int(self.value[5:7])
            return date(y, m, calendar.monthrange(y, m)[1])
        d = date.fromisoformat(self.value)
        return d + timedelta(days=3) if self.precision == "week" else d

    @property
    def midpoint(self) -> date:
        """Where the date is drawn or coded as one day: the middle of its interval (a month: the 15th or 16th)."""
        return self.first + (self.last - self.first) // 2

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> str | None:
        """'YYYY-MM' when the date lies within one month, else None."""
        return None if self.precision in ("year", "decade") else self.midpoint.isoformat()[:7]

    def contains(self, other: PartialDate) -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, other: PartialDate) -> bool:
        return self.first <= other.last and other.first <= self.last

    def __lt__(self, other: PartialDate) -> bool:
        """Earlier start first; at the same start, the more precise date first."""
        return (self.first, self.days, self.value) < (other.first, other.days, other.value)

    def __str__(self) -> str:
        return self.value

    def label(self) -> str:
        """'26 Aug 2021', 'week of 26 Aug 2021', 'Aug 2021', '2021', '2020s'."""
        if self.precision in ("year", "decade"):
            return self.value
        if self.precision == "month":
            return f"{self.first:%b %Y}"
        d = date.fromisoformat(self.value)
        return ("week of " if self.precision == "week" else "") + f"{d.day} {d:%b %Y}"


def shared(since: PartialDate, until: date) -> PartialDate | None:
    """The most precise month or year holding every day from `since` to `until` (an event told only as
    later than one date and earlier than another); None when the two lie in different years."""
    for precision in ("month", "year"):
        whole = PartialDate.of(until, precision)
        if whole.contains(since):
            return whole
    return None


def label(value: str | None, precision: str | None = None) -> str:
    """The display label of a stored date value; 'undated' when there is none."""
    d = PartialDate.maybe(value, precision)
    return d.label() if d else "undated"


@dataclass(frozen=True)
class DateWindow:
    """The days a filter covers: from the first day of `since` to the last day of `until` (either open)."""

    first: date | None = None
    last: date | None = None

    @classmethod
    def parse(cls, since: str | None = None, until: str | None = None) -> DateWindow:
        """Strict: InvalidDate for a malformed bound or an inverted range."""
        lo = PartialDate.parse(since).first if since else None
        hi = PartialDate.parse(until).last if until else None
        if lo and hi and lo > hi:
            raise InvalidDate(f"the range is inverted: {since} is after {until}")
        return cls(lo, hi)

    def __bool__(self) -> bool:
        return self.first is not None or self.last is not None

    def admits(self, d: PartialDate | None) -> bool:
        """An event is in the window when its interval meets it; an undated event only in an open window."""
        if not self:
            return True
        if d is None:
            return False
        return (self.first is None or d.last >= self.first) and (self.last is None or d.first <= self.last)
