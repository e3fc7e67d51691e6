"""Publication date detection: metadata values, bylines/datelines, inference.

Regexes find candidate date strings; dateparser (English only) parses them.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
# a full date (day, month and year) in the shapes news sites print
FULL_DATE = re.compile(
    rf"\b(?:{_DAY}\s+(?:of\s+)?{MONTH}\.?,?\s+{_YEAR}"
    rf"|{MONTH}\.?\s+{_DAY},?\s+{_YEAR}"
    rf"|{_YEAR}-[01]\d-[0-3]\d)\b")
MONTH_YEAR = re.compile(rf"\b{MONTH}\.?,?\s+{_YEAR}\b")
# "Published November 9th, 2021", "by Jane Doe 19 September 2023", "Updated: 3 March 2024"
BYLINE = re.compile(
    r"^\s*(?:(?P<pub>(?:first\s+)?published|posted|released|dated?\s*:)|(?P<upd>(?:last\s+)?updated|modified)"
    rf"|(?P<by>(?:by|written\s+by)\s+(?!{MONTH}\b)(?=[A-Z\u00c0-\u024f])))", re.I)
# numeric dates are read only in bylines, and only when unambiguous: 21/08/2019, 08/21/2019, 2019/08/21
NUMERIC_DATE = re.compile(rf"\b(?:(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>{_YEAR})"
                          r"|(?P<y2>(?:19|20)\d{2})/(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d))\b")
# words that may stand beside a date on a date-only line ("Monday 12 February 2024 | 11:58 GMT")
_DATE_LINE_WORDS = {"the", "and", "gmt", "utc", "est", "edt", "bst", "cet", "cest", "ist", "pkt", "hrs", "local",
                    "time"}
# "KABUL, Sept 6 (Reuters) -", "GENEVA, March 3, 2024 (AFP) —"
DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Z .'/-]{{1,40}}|[A-Z][A-Za-z .'/-]{{1,40}}(?=,\s+{MONTH}\.?\s+[0-3]?\d(?:,\s+{_YEAR})?\s*\())"
    rf",\s+(?P<month>{MONTH})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s+(?P<year>{_YEAR}))?"
    r"\s*(?:\([A-Za-z .&-]{2,30}\)\s*)?[-\u2013\u2014:]", re.M)
TOP_CHARS = 600
SHORT_LINE = 160


@lru_cache(maxsize=4096)
def _dateparse(value: str) -> date | None:
    import dateparser  # slow import: only when a string really needs parsing

    parsed = dateparser.parse(value, languages=["en"],
                              settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


def parse_date(value: object) -> date | None:
    """A date from a metadata value: date, datetime, ISO string or free English text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    if not re.search(r"\d", text) or len(text) > 80:
        return None
    return _dateparse(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text))


def date_precision(value: object) -> str:
    """What a metadata date value is known to: 'month' for '2024-05', 'year' for '2024', else 'day'."""
    text = str(value or "").strip()
    if re.fullmatch(r"\d{4}-\d{1,2}", text):
        return "month"
    if re.fullmatch(r"\d{4}", text):
        return "year"
    return "day"


def _parse_match(text: str) -> date | None:
    return parse_date(re.sub(r"\bof\s+", "", text))


def full_dates(text: str) -> list[tuple[date, int, int]]:
    """Every explicit full date in `text` as (date, start, end)."""
    found = []
    for m in FULL_DATE.finditer(text):
        d = _parse_match(m.group())
        if d:
            found.append((d, m.start(), m.end()))
    return found


def _lines(text: str, limit: int | None = None):
    """(start offset, line) pairs, optionally only those starting before `limit`."""
    pos = 0
    for line in text.split("\n"):
        if limit is not None and pos >= limit:
            return
        yield pos, line
        pos += len(line) + 1


def numeric_date(line: str) -> date | None:
    """An unambiguous numeric date (day/month order decided by a part over 12)."""
    m = NUMERIC_DATE.search(line)
    if not m:
        return None
    if m.group("y2"):
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    else:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if a > 12 >= b:
            d, mo = a, b
        elif b > 12 >= a:
            d, mo = b, a
        elif a == b:
            d = mo = a
        else:
            return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def is_date_line(line: str, found: list[tuple[date, int, int]]) -> bool:
    """Whether the line holds little but the date (not a headline or sentence mentioning one)."""
    rest = line
    for _, start, end in reversed(found):
        rest = rest[:start] + " " + rest[end:]
    words = re.findall(r"\b[a-z]{3,}\b", rest)
    return not [w for w in words if w not in _DATE_LINE_WORDS]


def byline_date(text: str) -> date | None:
    """A date printed in a byline/dateline or on a date-only line near the top."""
    ranked: list[tuple[int, int, date]] = []
    for pos, line in _lines(text):
        if len(line) > SHORT_LINE:
            continue
        found = full_dates(line)
        m = BYLINE.match(line)
        if m:
            when = found[0][0] if found else numeric_date(line)
            if when:
                rank = 0 if m.group("pub") else 1 if m.group("by") else 2
                ranked.append((rank, pos, when))
        elif found and pos < TOP_CHARS and is_date_line(line, found):
            ranked.append((3, pos, found[0][0]))
    if ranked:
        return min(ranked, key=lambda r: (r[0], r[1]))[2]
    return dateline_date(text)


def dateline_date(text: str, weak: date | None = None) -> date | None:
    """A wire-style dateline ('KABUL, Sept 6 (Reuters) -') in the top of the text. A dateline without its
    year takes it from the latest date in the text, else from `weak` metadata (a PDF's creation date):
    the day the text prints outranks the day a file was made."""
    m = DATELINE.search(text[:TOP_CHARS])
    if not m:
        return None
    year = m.group("year")
    if year:
        return _parse_match(f"{m.group('day')} {m.group('month')} {year}")
    context = inferred_date(text)
    if context is None and weak is not None:
        guess = _parse_match(f"{m.group('day')} {m.group('month')} {weak.year}")
        if guess and guess > weak:               # printed before the file was made
            guess = _parse_match(f"{m.group('day')} {m.group('month')} {weak.year - 1}")
        return guess
    if context is None:
        return None
    guess = _parse_match(f"{m.group('day')} {m.group('month')} {context.year}")
    if guess and guess < context:  # the article is not older than what it reports
        guess = _parse_match(f"{m.group('day')} {m.group('month')} {context.year + 1}")
    return guess


def inferred_date(text: str, today: date | None = None) -> date | None:
    """The latest explicit full date (or month-year, as its 1st) that is not in the future."""
    today = today or date.today()
    candidates = [d for d, _, _ in full_dates(text)]
    for m in MONTH_YEAR.finditer(text):
        d = _parse_match(f"1 {m.group()}")
        if d:
            candidates.append(d)
    past = [d for d in candidates if d <= today]
    return max(past) if past else None


def detect_published(text: str) -> tuple[date | None, str | None]:
    """(date, source) from the text alone: source is 'text', 'inferred' or None."""
    found = byline_date(text)
    if found:
        return found, "text"
    found = inferred_date(text)
    return (found, "inferred") if found else (None, None)
