"""Time expressions resolved against the publication date and anchor events.

Cheap regular-expression rules run first over the whole text (explicit dates,
month/year phrases, relative words, weekdays, decades, anchor arithmetic such
as "four days before the fall of Kabul"); dateparser is called only on spaCy
DATE entities no rule covered. Values are ISO strings as precise as the words:
YYYY-MM-DD (day, week), YYYY-MM (month), YYYY (year), YYYYs (decade).
`inferred` is True when the year, month or day came from the publication date
or an anchor rather than from the text.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from ..dates import PartialDate, plausible
from ..knowledge import load_yaml
from ..model import Document, Span, TimeMention
from .attribution import doc_ents, doc_text
from .event_args import SpanIndex
from .quantities import parse_quantity

PACK = Path(__file__).resolve().parent.parent / "knowledge" / "anchors.yaml"
FUTURE_SLACK_DAYS = 7        # "September 5" may lie this far after publication
Resolved = tuple[str | None, str | None, bool]

MONTH = (r"\b(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")     # a dot only after an abbreviation
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
YEAR = r"(?P<year>(?:1[89]|20)\d\d)\b"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MOD_WORDS = ("early", "mid", "late", "the end of", "the beginning of", "the start of", "the middle of",
             "the first half of", "the second half of")
MOD = r"\b(?i:(?P<mod>" + "|".join(MOD_WORDS) + "))"      # a word of its own: not the "early" of "nearly 2000"
OPT_MOD = r"(?:" + MOD + r"[\s-]+)?"       # a modifier some rules allow before a month, season or year
NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)"
UNIT = r"(?P<unit>day|week|month|year|decade)s?"
PREP = r"(?i:in|during|since|by|until|till|from|through|throughout|before|after|of|last|this|on)"


def _mon(m: re.Match) -> int:
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    return months.index(m["mon"][:3].lower()) + 1


def _n(word: str) -> int:
    q = parse_quantity(word)
    return int(q[2]) if q and q[2] is not None else 1


def _shift(d: date, n: int, unit: str) -> date:
    """d plus n units (negative n goes back); months clamp the day."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m + 1, day)
        except ValueError:
            continue
    return date(y, m + 1, 28)


def _fmt(d: date | None, precision: str) -> str | None:
    """The ISO value of the partial date of this precision that holds `d` (polemos.dates is its one home)."""
    return PartialDate.of(d, precision).value if d is not None else None


def _week_mid(d: date, pub: date) -> date:
    """ACLED dates a week by its middle day (Thursday), never after publication."""
    return min(d - timedelta(days=d.weekday()) + timedelta(days=3), pub)


# ---------------------------------------------------------------- resolvers

def _r_iso(m, pub) -> Resolved:
    return date(int(m["year"]), int(m["m"]), int(m["d"])).isoformat(), "day", False


def _r_day(m, pub) -> Resolved | None:
    mon, day = _mon(m), int(m["day"])
    if m["year"]:
        return date(int(m["year"]), mon, day).isoformat(), "day", False
    if pub is None:
        date(2000, mon, day)                      # validates the day
        return None, "day", True
    d = date(pub.year, mon, day) if (mon, day) != (2, 29) else date(pub.year, 2, 28)
    if d > pub + timedelta(days=FUTURE_SLACK_DAYS):
        d = date(pub.year - 1, mon, day)
    return d.isoformat(), "day", True


def _r_numeric(m, pub) -> Resolved | None:
    """'04/18/2018', '18.04.2018': the reading a day/month > 12 forces; else the one nearest
    before publication; else month-first for '/', day-first for '.' and '-'."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    readings = []
    for mon, day in ((a, b), (b, a)):
        try:
            readings.append(date(year, mon, day))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 2 and readings[0] != readings[1]:
        if pub is not None:
            ok = [d for d in readings if d <= pub + timedelta(days=FUTURE_SLACK_DAYS)]
            pick = min(ok or readings, key=lambda d: abs((pub - d).days))
        else:
            pick = readings[0] if m["sep"] == "/" else readings[1]
    else:
        pick = readings[0]
    return pick.isoformat(), "day", False


def _r_numeric_yearless(m, pub) -> Resolved | None:
    """'(10-05)', '(05/10)' in a dateline or beside 'this morning': the day-month reading nearest
    before publication; never without a publication date."""
    if pub is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    readings = []
    for mon, day in ((b, a), (a, b)):
        for year in (pub.year, pub.year - 1):
            try:
                d = date(year, mon, day)
            except ValueError:
                continue
            if d <= pub + timedelta(days=FUTURE_SLACK_DAYS):
                readings.append(d)
                break
    if not readings:
        return None
    return min(readings, key=lambda d: (pub - d).days).isoformat(), "day", True


def _r_month_year(m, pub) -> Resolved:
    return f"{int(m['year']):04d}-{_mon(m):02d}", "month", False


def _r_month(m, pub) -> Resolved:
    if pub is None:
        return None, "month", True
    year = pub.year if _mon(m) <= pub.month else pub.year - 1
    return f"{year:04d}-{_mon(m):02d}", "month", True


def _r_month_rel_year(m, pub) -> Resolved:
    """"February this year", "March of last year": that month of the year the word names."""
    if pub is None:
        return None, "month", True
    off = {"last": -1, "previous": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return f"{pub.year + off:04d}-{_mon(m):02d}", "month", True


def _r_year(m, pub) -> Resolved:
    return m["year"], "year", False


def _r_year_span(m, pub) -> Resolved:
    """"2019-2020", "2019/20": the start year (resolve_range gives both)."""
    start, end = int(m["year"]), m["end"]
    stop = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    if not 0 < stop - start <= 30:
        raise ValueError("not a span of years")
    return m["year"], "year", False


def _r_decade(m, pub) -> Resolved:
    dec = m["dec"] if m["dec"] else ("19" if int(m["d2"]) > 20 else "20") + m["d2"]
    return f"{dec}s", "decade", False


def _r_rel_year(m, pub) -> Resolved:
    if pub is None:
        return None, "year", True
    off = {"last": -1, "previous": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return str(pub.year + off), "year", True


def _r_rel_period(m, pub) -> Resolved:
    unit = m["unit"].lower()
    if pub is None:
        return None, ("month" if unit == "month" else "week"), True
    off = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[(m.groupdict().get("rel") or "this").lower()]
    if unit == "month":
        return _fmt(_shift(pub.replace(day=1), off, "month"), "month"), "month", True
    if unit == "weekend":
        sat = pub - timedelta(days=(pub.weekday() + 2) % 7)
        return sat.isoformat(), "week", True
    if unit == "fortnight":                  # "last fortnight": the two weeks before the text, dated by their middle
        return (pub + timedelta(weeks=min(off, 0))).isoformat(), "week", True
    return _week_mid(pub + timedelta(weeks=off), pub).isoformat(), "week", True


def _r_day_word(m, pub) -> Resolved:
    w = m["w"].lower()
    off = -1 if w in ("yesterday", "last night", "overnight") else 0
    return (pub + timedelta(days=off)).isoformat() if pub else None, "day", True


def _r_weekday(m, pub) -> Resolved:
    if pub is None:
        return None, "day", True
    back = (pub.weekday() - WEEKDAYS.index(m["wd"])) % 7
    if back == 0 and (m.groupdict().get("rel") or "").lower() in ("last", "past"):
        back = 7
    return (pub - timedelta(days=back)).isoformat(), "day", True


def _r_ago(m, pub) -> Resolved:
    unit = m["unit"].lower()
    prec = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}[unit]
    return _fmt(_shift(pub, -_n(m["n"]), unit), prec) if pub else None, prec, True


def _r_recent(m, pub) -> Resolved:
    return _fmt(pub, "month") if pub else None, "month", True


Rule = tuple[re.Pattern, Callable]


def _rules() -> list[Rule]:
    """Ordered rules; on overlap the longer match wins, then the earlier rule. A third item is the rule's
    needle (NEEDS)."""
    spec = [
        (r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", _r_iso),
        (r"(?<![\d./-])\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"
         r"(?![./-]\d)", _r_numeric),
        (r"(?<=\()(?P<a>[0-3]?\d)[/.-](?P<b>[0-3]?\d)(?=\))", _r_numeric_yearless),
        (DAY + r"\s+(?:of\s+)?" + MONTH + r"(?:,?\s+" + YEAR + ")?", _r_day),
        (MONTH + r"\s+" + DAY + r"(?!\s*(?!(?:1[89]|20)\d\d\b)\d{3})(?:,?\s+" + YEAR + ")?", _r_day),   # "May 2 2020"
        (OPT_MOD + MONTH + r",?\s+(?:of\s+)?" + YEAR, _r_month_year),
        (OPT_MOD + MONTH + r",?\s+(?:of\s+)?(?i:(?P<rel>last|this|next|previous)\s+year)\b",
         _r_month_rel_year, ("year",)),
        (r"\b" + PREP + r"\s+(?P<x>(?:(?i:early|mid|late)[\s-]+)?" + MONTH + r")(?!\s*\d)", _r_month),
        (MOD + r"[\s-]+" + MONTH + r"(?!\s*\d)", _r_month),
        (OPT_MOD + r"(?i:spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + YEAR, _r_year,
         ("spring", "summer", "autumn", "fall", "winter")),
        (MOD + r"[\s-]+" + YEAR, _r_year),
        (r"\b" + YEAR + r"\s*[-\u2013/]\s*(?P<end>(?:1[89]|20)?\d\d)\b(?![-/.]\d)", _r_year_span),
        (r"\b" + PREP + r"\s+(?P<x>" + YEAR + r")(?![-/]\d)", _r_year),
        (r"(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?"
         r"(?:\b(?P<dec>(?:1[89]|20)\d0)|['\u2019](?P<d2>\d0))['\u2019]?s\b", _r_decade, r"0['\u2019]?s\b"),
        (r"\b(?:(?i:early|mid|late|earlier|later)(?:\s+(?i:in|this))?[\s-]+)?"
         r"(?i:(?P<rel>last|this|next|previous)\s+year)\b", _r_rel_year, ("year",)),
        (r"\b(?:(?i:earlier|later|late|early)\s+)?"
         r"(?i:(?P<rel>last|this|next|previous|past)\s+(?P<unit>week|weekend|month|fortnight))\b", _r_rel_period,
         ("week", "month", "fortnight")),
        # "at the weekend", "over the weekend", "weekend raids": the weekend before the text
        (r"\b(?:(?i:at|over|during)\s+the\s+)?(?i:(?P<unit>weekend))\b", _r_rel_period, ("weekend",)),
        (r"\b(?i:(?P<w>yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|overnight))\b",
         _r_day_word, ("yesterday", "today", "night", "morning", "afternoon", "evening")),
        (r"\b(?:(?i:(?P<rel>last|this|past))\s+)?(?P<wd>" + "|".join(WEEKDAYS) + r")\b", _r_weekday, r"day\b"),
        # "overnight into Monday", "in the night to Thursday", "during the night of Monday to Tuesday": the night
        # that ends on the weekday named last, dated by it
        (r"\b(?i:overnight|(?:during|in|on)\s+the\s+night(?:\s+of\s+(?:" + "|".join(WEEKDAYS) + r"))?)"
         r"\s+(?i:into|to)\s+(?P<wd>" + "|".join(WEEKDAYS) + r")\b", _r_weekday, r"day\b"),
        (r"\b(?i:" + NUM + r"\s+" + UNIT + r"\s+ago)\b", _r_ago, ("ago",)),
        (r"\b(?i:recently|lately|in\s+recent\s+(?:days|weeks|months)"
         r"|in\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks))\b", _r_recent, ("recent", "lately", "days", "weeks")),
    ]
    rules = []
    for p, f, *need in spec:
        pat = re.compile(p)
        rules.append((pat, f))
        needs = [_word_needle(*need[0]) if isinstance(need[0], tuple) else re.compile(need[0])] if need else \
            [MONTH_NEEDLE] if MONTH in p else []
        if OPT_MOD in p:
            UNMODIFIED[id(pat)] = re.compile(p.replace(OPT_MOD, "", 1))
        elif MOD in p:
            needs.append(MOD_NEEDLE)
        if needs:
            NEEDS[id(pat)] = tuple(needs)
    return rules


def _word_needle(*words: str) -> re.Pattern:
    """A needle of lower-case words, any of which (in any case) every match holds: looked for as substrings of the
    lower-cased text (NEEDLE_WORDS), the case-insensitive pattern only where lower-casing and the pattern's case
    folding differ (FOLDS)."""
    pat = re.compile("(?i:" + "|".join(map(re.escape, words)) + ")")
    NEEDLE_WORDS[id(pat)] = words
    return pat


def _present(needle: re.Pattern, text: str, low: str | None) -> bool:
    """Does `text` (`low`: lower-cased, None where it holds a FOLDS character) hold the needle?"""
    words = NEEDLE_WORDS.get(id(needle))
    if words is None or low is None:
        return needle.search(text) is not None
    for w in words:
        if w in low:
            return True
    return False


# a rule's needles: patterns every match of the rule contains (parts of the rule itself, with their flags), so
# that a text without one is not scanned for the rule at all (the long ones are tried at every position). Keyed
# by the id of the rule's pattern (the rules live as long as the module; a Pattern hashes its whole program)
NEEDS: dict[int, tuple[re.Pattern, ...]] = {}
NEEDLE_WORDS: dict[int, tuple[str, ...]] = {}
# characters a case-insensitive pattern takes for an ASCII letter that str.lower() does not turn into it
# (dotted and dotless i, long s): in a text holding one, word needles are looked for with their patterns
FOLDS = ("\u0130", "\u0131", "\u017f")
MONTH_NEEDLE = re.compile(MONTH)     # the needle of every rule naming a month, looked for once per text
MOD_NEEDLE = _word_needle(*MOD_WORDS)
# a rule allowing a modifier (OPT_MOD), compiled without it: the same matches in a text without MOD_NEEDLE, where
# the optional part cannot match, and no modifier tried at every position
UNMODIFIED: dict[int, re.Pattern] = {}


# bare forms used only inside spaCy DATE entities ("2015", "March")
BARE = [(re.compile(r"(?<![\d./-])\b" + YEAR + r"(?![./-]\d)"), _r_year), (re.compile(MONTH + r"(?!\s*\d)"), _r_month)]
RULES = _rules()


# ---------------------------------------------------------------- anchors

ARITH = re.compile(r"\b(?i:(?:" + NUM + r"\s+" + UNIT + r"|the\s+(?P<unit1>day|week|month|year))\s+"
                   r"(?P<dir>before|after|prior\s+to|following|since|ahead\s+of|into|later\s+than|earlier\s+than)"
                   r"\s+(?:the\s+)?)$")
BARE_ANCHOR = re.compile(r"\b(?i:on|during|amid|at\s+the\s+time\s+of|the\s+day\s+of|in)\s+(?:the\s+)?$")
BEFORE = ("before", "prior to", "ahead of", "earlier than")


@lru_cache(maxsize=1)
def anchors() -> list[tuple[str, date, str, re.Pattern, tuple[str, ...] | None]]:
    """(id, date, precision, trigger regex, needles) for every anchor in anchors.yaml: the needles are lower-case
    words one of which every match contains (None: a trigger has none, the regex is always tried)."""
    out = []
    for a in _anchor_pack():
        needles = tuple(_needle(t) for t in a["triggers"])
        out.append((a["id"], date.fromisoformat(str(a["date"])), a.get("precision", "day"),
                    re.compile(_triggers(a["triggers"])), None if None in needles else needles))
    return out


@lru_cache(maxsize=1)
def _anchor_needles() -> frozenset[str]:
    """Every anchor's needles."""
    return frozenset(n for *_, needles in anchors() if needles is not None for n in needles)


@lru_cache(maxsize=1)
def _anchor_pack() -> list[dict]:
    return load_yaml(PACK.read_text(encoding="utf-8"))["anchors"]


def _triggers(triggers: list[str]) -> str:
    return r"\b(?i:" + "|".join(f"(?:{t})" for t in triggers) + r")(?![\w-])"


def _needle(trigger: str) -> str | None:
    """The longest run of plain characters outside any group or option of a trigger ('fall of Kabul' in
    'fall of Kabul', 'invasion of Iraq' in '(?:US|American) invasion of Iraq'), lower-cased: every match of the
    trigger contains it, so a text without it need not be scanned for the trigger; None when it has no run of
    four characters."""
    try:        # the regex module's own parser (private: should it change, every trigger is simply scanned for)
        from re import _constants, _parser
        parsed = list(_parser.parse(trigger))
        literal = _constants.LITERAL
    except (ImportError, AttributeError, re.error):
        return None
    runs, cur = [], []
    for op, arg in parsed:
        if op is literal:
            cur.append(chr(arg))
        else:
            runs.append("".join(cur))
            cur = []
    runs.append("".join(cur))
    best = max(runs, key=len)
    return best.lower() if len(best.strip()) >= 4 else None


def _anchor_hits(text: str, pub: date | None, bare: bool = False) -> list[tuple[int, int, Resolved | None]]:
    """Anchor mentions; with arithmetic ("four days before X") they resolve,
    after a bare "on/during" they take the anchor's date, otherwise they only
    block the generic rules (so "September 11 attacks" is not a date this year)."""
    best: dict[tuple[int, int], tuple[str, date, str]] = {}
    low = text.lower()
    present = {n for n in _anchor_needles() if n in low}      # each needle looked for once
    for aid, adate, prec, pat, needles in anchors():
        if needles is not None and present.isdisjoint(needles):
            continue        # most texts name no anchor: a substring test, not a scan with the regex
        for m in pat.finditer(text):
            key, cur = (m.start(), m.end()), best.get((m.start(), m.end()))
            ok = pub is None or adate <= pub
            if cur is None or (ok and (cur[1] < adate or (pub is not None and cur[1] > pub))):
                best[key] = (aid, adate, prec)
    hits: list[tuple[int, int, Resolved | None]] = []
    for (s, e), (_aid, adate, prec) in best.items():
        left = text[max(0, s - 60):s]
        a = ARITH.search(left)
        if a:
            unit = (a["unit"] or a["unit1"]).lower()
            n = _n(a["n"]) if a["n"] else 1
            sign = -1 if a["dir"].lower().replace("\n", " ") in BEFORE else 1
            d = _shift(adate, sign * n, unit)
            p = {"day": "day", "week": "week"}.get(unit, unit if unit != "decade" else "decade")
            hits.append((s - len(left) + a.start(), e, (_fmt(d, p), p, True)))
        elif bare or BARE_ANCHOR.search(left):
            hits.append((s, e, (_fmt(adate, prec), prec, True)))
        else:
            hits.append((s, e, None))
    return hits


# ---------------------------------------------------------------- scanning

def _scan(text: str, pub: date | None, rules: list[Rule], bare: bool = False) -> list[tuple[int, int, Resolved | None]]:
    """Non-overlapping rule and anchor matches, longest first, in text order."""
    cands = [(s, e, 0, r) for s, e, r in _anchor_hits(text, pub, bare)]
    low = text.lower() if text.isascii() or not any(c in text for c in FOLDS) else None
    found: dict[int, bool] = {}        # needles shared by several rules are looked for once (by id)
    modified = _present(MOD_NEEDLE, text, low)
    for prio, (pat, fn) in enumerate(rules, start=1):
        needs = NEEDS.get(id(pat))
        if needs is not None:
            for need in needs:
                if id(need) not in found:
                    found[id(need)] = _present(need, text, low)
            if not all(found[id(need)] for need in needs):
                continue         # the rule cannot match here
        if not modified:
            pat = UNMODIFIED.get(id(pat), pat)
        for m in pat.finditer(text):
            try:
                res = fn(m, pub)
            except (ValueError, OverflowError):
                continue
            s, e = (m.start("x"), m.end("x")) if "x" in pat.groupindex and m["x"] else m.span()
            cands.append((s, e, prio, res))
    cands.sort(key=lambda c: (c[0] - c[1], c[2]))
    taken: list[tuple[int, int, Resolved | None]] = []
    for s, e, _p, r in cands:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, r))
    return sorted(taken)


@lru_cache(maxsize=64)
def _date_parser(pub: date | None):
    from dateparser.date import DateDataParser
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    return DateDataParser(languages=["en"], settings=settings)


DURATION = re.compile(r"^(?:the\s+)?(?:(?:past|last|next|previous|first|coming|recent|following)\s+)?(?:\S+\s+)?"
                      r"(?:few\s+)?(?:hours?|days?|weeks?|months?|years?|decades?|centuries)$", re.I)
AGE = re.compile(r"\b\d+(?:-(?:years?|months?)\b|[- ](?:years?|months?)[- ]old\b)", re.I)   # "a 60-year old"
DATEISH = re.compile(r"\d|" + MONTH + "|" + "|".join(WEEKDAYS))
# what a DATE entity needs besides digits: a month or weekday name, a four-digit year or a numeric date
DATE_WORDS = re.compile(MONTH + "|" + "|".join(WEEKDAYS) + r"|\b(?:1[89]|20)\d\d\b|\d[/.-]\d"
                        r"|\b[0-3]?\d(?:st|nd|rd|th)\b"
                        r"|(?i:today|yesterday|tomorrow|week|month|year|spring|summer|autumn|fall|winter|night|morning"
                        r"|evening)")


def _dateparser(text: str, pub: date | None) -> Resolved | None:
    """Last resort on a DATE entity; the precision is dateparser's period."""
    if DURATION.match(text.strip()) or not DATEISH.search(text) or not DATE_WORDS.search(text) or AGE.search(text):
        return None      # "(report 53)": a bare count is no year; "a 60-year old": an age
    data = _date_parser(pub).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    prec = {"time": "day"}.get(data.period, data.period or "day")
    if prec not in ("day", "week", "month", "year"):
        return None
    inferred = not re.search(r"\b(?:1[89]|20)\d\d\b", text)
    return _fmt(data.date_obj.date(), prec), prec, inferred


def resolve_time(text: str, published: date | None) -> Resolved | None:
    """(value, precision, inferred) of one time phrase, or None.

    A range ("between April 2020 and March 2021") resolves to its START;
    resolve_range gives both ends."""
    hits = [h for h in _scan(text, published, RULES + BARE, bare=True) if h[2] is not None]
    if hits:
        return hits[0][2]
    return _dateparser(text, published)


def resolve_range(text: str, published: date | None) -> tuple[Resolved, Resolved] | None:
    """(start, end) of a phrase naming two times, else None."""
    hits = [h[2] for h in _scan(text, published, RULES + BARE, bare=True) if h[2] is not None]
    return (hits[0], hits[-1]) if len(hits) >= 2 else None


# Resolvers that count days back from the publication date ("Friday", "yesterday", "last week").
RELATIVE_DAYS = frozenset({_r_day_word, _r_weekday, _r_rel_period, _r_ago, _r_recent})


def _coarse(fn, precision: str) -> Callable:
    """A relative resolver for a text known only to its publication month or year: 'on Friday'
    is some day of that month, never a day it cannot know."""
    keep = {"month": 7, "year": 4}[precision]

    def resolved(m, pub):
        res = fn(m, pub)
        if res is None or res[0] is None or res[1] not in ("day", "week", "month"):
            return res
        return res[0][:keep], precision, True
    return resolved


def _reference(doc: Document) -> tuple[date | None, list[Rule]]:
    """The day to resolve against and the rules to use: a month-only publication date resolves
    'June 16' against the month's last day and relative days to the month itself."""
    pub, precision = doc.published, getattr(doc, "published_precision", "day") or "day"
    if pub is None or precision == "day":
        return pub, RULES
    end = date(pub.year, 12, 31) if precision == "year" else _shift(pub.replace(day=1), 1, "month") - timedelta(days=1)
    return end, [(pat, _coarse(fn, precision) if fn in RELATIVE_DAYS else fn) for pat, fn in RULES]


DAY_PARTS = "morning|afternoon|evening|night"          # 'the next morning': the day after
OFFSET = re.compile(r"\b(?i:(?:" + NUM + r"\s+" + UNIT
                    + r"|the\s+(?P<next>next|following|previous)\s+(?P<unit2>day|week|month|" + DAY_PARTS + ")"
                    + r"|the\s+(?P<unit3>day|week|month)\s+(?P<rel>before|after)"
                    + r"(?!\s+(?:the|a|an|his|her|its|their)\b))"
                    r"(?(next)|(?(rel)|\s+(?P<dir>earlier|later|afterwards))))\b")
RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}


def relative_to(text: str, anchor: str, precision: str) -> tuple[str, str] | None:
    """A date told relative to the event before it ('A month earlier, ...', 'two days later',
    'the next day', 'the day before'): (value, precision) counted from `anchor` (ISO, `precision`), or None."""
    m = OFFSET.search(text)
    if m is None or not re.match(r"\d{4}", anchor or ""):
        return None
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    unit = "day" if unit in DAY_PARTS.split("|") else unit
    n = _n(m["n"]) if m["n"] else 1
    back = (m["dir"] or "").lower() == "earlier" or (m["next"] or "").lower() == "previous" \
        or (m["rel"] or "").lower() == "before"         # "the day before": the day before the event told last
    parts = [int(x) for x in anchor.split("-")]
    start = date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)
    keep = max((unit if unit != "week" else "day", precision), key=lambda p: RANK.get(p, 0))
    return _fmt(_shift(start, -n if back else n, unit), keep), keep


CAME_AFTER = re.compile(r"\b(?i:came|comes|occurred|happened)\s+(?:(?i:just|only|about|some)\s+)?"
                        r"(?:" + NUM + r"\s+" + UNIT + r")\s+(?i:after)\b")


def came_after(text: str, anchor: str, precision: str) -> tuple[str, str, int] | None:
    """'That came two weeks after two policemen were killed': the event the clause tells happened that
    long before the one told last; (value, precision, offset where the clause starts) or None."""
    m = CAME_AFTER.search(text)
    if m is None:
        return None
    moved = shifted(anchor, precision, -(_n(m["n"]) if m["n"] else 1), m["unit"].lower())
    return (*moved, m.end()) if moved is not None else None


def shifted(anchor: str, precision: str, n: int, unit: str) -> tuple[str, str] | None:
    """(value, precision) of the date `n` units (day, week, month, year, decade) after the ISO `anchor` of
    `precision` (before it when n < 0), as precise as both allow; None for an anchor that is no date."""
    if unit not in ("day", "week", "month", "year", "decade") or not re.match(r"\d{4}", anchor or ""):
        return None
    parts = [int(x) for x in anchor.split("-")]
    start = date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)
    keep = max((unit if unit != "week" else "day", precision), key=lambda p: RANK.get(p, 0))
    return _fmt(_shift(start, n, unit), keep), keep


def extract_times(sdoc, doc: Document) -> list[TimeMention]:
    """Every resolvable time expression, each with its exact Span.

    Regex rules and anchors run over the whole text; each spaCy DATE entity
    they do not touch is resolved on its own (bare years and months, then
    dateparser). Range endpoints come out as two mentions."""
    text = doc_text(sdoc)
    pub, rules = _reference(doc)
    found = [(s, e, r) for s, e, r in _scan(text, pub, rules)]
    spans = SpanIndex.of_pairs((s, e) for s, e, _ in found)
    for ent in doc_ents(sdoc):
        if ent.label_ != "DATE":
            continue
        s, e = ent.start_char, ent.end_char
        if spans.overlaps(s, e):
            continue
        res = resolve_time(ent.text, pub)
        if res is not None:
            found.append((s, e, res))
    out = [TimeMention(Span(doc.doc_id, s, e), text[s:e], *r) for s, e, r in sorted(found)
           if r is not None and _plausible(r, doc.published) and not _in_name(text, s, e)]
    return out


@lru_cache(maxsize=1)
def _name_nouns() -> tuple[re.Pattern, re.Pattern]:
    """The nouns after a date that make it part of a name (anchors.yaml `name_places`, `name_movements`)."""
    pack = load_yaml(PACK.read_text(encoding="utf-8"))
    return tuple(re.compile(r"\s+(?i:(?P<w>" + "|".join(map(re.escape, pack[k])) + r"))\b")
                 for k in ("name_places", "name_movements"))


def _in_name(text: str, s: int, e: int) -> bool:
    """A date, month or weekday written as part of a name ('Monday Avenue', 'the 23 of January quarter', 'October
    revolution protesters'): a place's noun after it, capitalised or after 'the' (not 'on Monday district officials
    said'), or a movement's noun in any case. Only a mention ending in a number or a capitalised word."""
    last = text[s:e].split()[-1] if text[s:e].split() else ""
    if not last or not (last[0].isdigit() or last[0].isupper()):
        return False
    places, movements = _name_nouns()
    if movements.match(text, e):
        return True
    m = places.match(text, e)
    return m is not None and (m["w"][0].isupper() or text[max(0, s - 4):s].lower() == "the ")


def _plausible(resolved: Resolved, published: date | None) -> bool:
    """A resolved time inside the plausible window (polemos.dates.plausible); one without a value is kept."""
    when = PartialDate.maybe(resolved[0], resolved[1])
    return when is None or plausible(when.first, when.last, published)
