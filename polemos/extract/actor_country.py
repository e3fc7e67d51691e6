"""Which country an unnamed side belongs to: the country its own sentence is set in.

Generic nouns ("police", "protesters", "gunmen") carry no country of their own. The document's most
mentioned country is a poor guess when a story also talks about another country at length (a Nairobi
protest story that quotes Washington four times must not give "Police Forces of the United States"),
so a generic noun takes the country of the places named in its own sentence first (most mentioned
there, ties broken by the document's order). A sentence that names no place takes the document's
country, where the lead counts LEAD_WEIGHT times (a dateline or a lead names where the story is:
"NAIROBI (Reuters) - Police fired on demonstrators...").
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Sequence

from ..model import PlaceMention

LEAD_WEIGHT = 3


def sentence_countries(sdoc, places: Sequence[PlaceMention], countries: Sequence[str]) -> Callable[[int], str | None]:
    """A function: token index -> the country of that token's sentence (else the document's first)."""
    rank = {c: i for i, c in enumerate(countries)}
    per_sentence: dict[int, Counter] = {}
    weighted: Counter = Counter()
    for p in places:
        if not p.country:
            continue
        span = sdoc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if span is None:
            continue
        per_sentence.setdefault(span.sent.start, Counter())[p.country] += 1
        weighted[p.country] += LEAD_WEIGHT if span.sent.start == 0 else 1

    def top(counts: Counter) -> str:
        return min(counts, key=lambda c: (-counts[c], rank.get(c, len(rank))))

    chosen = {start: top(counts) for start, counts in per_sentence.items()}
    default = top(weighted) if weighted else (countries[0] if countries else None)

    def country_at(i: int) -> str | None:
        if not 0 <= i < len(sdoc):
            return default
        return chosen.get(sdoc[i].sent.start, default)

    return country_at
