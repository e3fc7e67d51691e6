"""An act told again by its day: 'The June 3 raid killed four' after 'a raid in early June on a depot in X' is the act
told first, and takes the place its first telling named (the sentence that tells it again names none)."""
from __future__ import annotations

from .event_args import phrase_range


def retold_place(trigs, sent, places, times):
    """The place of the first telling of an act a sentence names again with the definite article and its date
    ('the March 14 bombing'): an earlier noun of the same lemma whose phrase holds a date of the same month or day
    and a place other than a country. None where no such telling is found."""
    for t in trigs:
        tok = t.token
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        start = phrase_range(tok)[0]
        own = [m.value for m in times.within(start, tok.idx) if m.value]
        if not own:
            continue
        for prev in reversed(sent.doc[:sent.start]):
            if prev.pos_ != "NOUN" or prev.lemma_.lower() != tok.lemma_.lower():
                continue
            lo, hi = phrase_range(prev)
            dated = any(m.value and _same_time(m.value, v) for m in times.within(lo, hi) for v in own)
            named = [p for p in places.within(lo, hi) if p.feature != "country"]
            if dated and named:
                return named[0]
    return None


def _same_time(a: str, b: str) -> bool:
    """Two ISO dates of which one holds the other ('2024-09' and '2024-09-12'), to the month at least."""
    return len(min(a, b, key=len)) >= 7 and (a.startswith(b) or b.startswith(a))
