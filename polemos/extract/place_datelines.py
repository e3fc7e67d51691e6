"""Datelines: "NAIROBI (Reuters) -", "Raipur:", "Bahir Dar, Amhara —", "KURRAM / PESHAWAR:".

A dateline opens a paragraph with the place the story was filed from, sometimes
the outlet in parentheses, then a colon or a dash. The outlet is never a place;
the dateline's town is read as a place (in capitals too), but it is where the
story was filed, not necessarily where the event was: when the same sentence
names another place of that country, the dateline town gives way to it (its
country still supports the document's other names: `place_passes.give_way`).
The pattern is data (`cues.yaml`: dateline).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .attribution import doc_text, expanded_span


@dataclass(frozen=True)
class Dateline:
    places: tuple[tuple[int, int], ...]      # token ranges of the dateline's place names
    outlet: tuple[int, int] | None           # token range of the outlet in parentheses


@lru_cache(maxsize=4)
def _pattern(source: str) -> re.Pattern:
    return re.compile(source, re.M)


def _tokens(sdoc, start: int, end: int) -> tuple[int, int] | None:
    span = expanded_span(sdoc, start, end)
    return (span.start, span.end) if span is not None and len(span) else None


_KEY = "polemos.datelines"      # the pattern -> the document's datelines (places and actors both read them)


def datelines(sdoc, pattern: str) -> list[Dateline]:
    """The datelines opening the document's paragraphs, found once per document and pattern."""
    found = sdoc.user_data.setdefault(_KEY, {})
    if pattern not in found:
        found[pattern] = _datelines(sdoc, pattern)
    return list(found[pattern])


def _datelines(sdoc, pattern: str) -> list[Dateline]:
    out = []
    for m in _pattern(pattern).finditer(doc_text(sdoc)):
        names, base = [], m.start("places")
        for part in re.finditer(r"[^/]+", m.group("places")):
            text = part.group().strip()
            if text:
                start = base + part.start() + part.group().index(text)
                names.append((start, start + len(text)))
        if m.group("region"):
            names.append((m.start("region"), m.end("region")))
        ranges = tuple(r for r in (_tokens(sdoc, a, b) for a, b in names) if r)
        outlet = _tokens(sdoc, m.start("outlet"), m.end("outlet")) if m.group("outlet") else None
        if ranges:
            out.append(Dateline(ranges, outlet))
    return out
