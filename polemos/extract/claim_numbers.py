"""Figures about a group that the quantity layer leaves out: ordinals and percentages.

"It is the sixth attack by X this year" counts X's attacks in a time frame (6); "X controls
an estimated 80% of the city" is a figure about X. The quantity layer skips both (an ordinal
is mostly a rank, a percentage mostly a rate); here they become candidate figures that the
claims extractor reads like any count. Words: claims.yaml, ordinal_figures and percent_figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import QuantityMention, Span
from .attribution import lexicon, lowers, span_ents
from .quantities import parse_quantity

_DIGIT_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)
_PERCENT_WORDS = re.compile(r"(?i)\s*(%|per\s*cent|percent)\s*$")


@dataclass
class Marked(QuantityMention):
    """A figure the claims extractor finds itself: mark is 'ordinal' or 'percent'."""

    mark: str = ""


def _ordinal(tok) -> int | None:
    words = lexicon()["ordinal_figures"]["words"]
    if tok.lower_ in words:
        return words[tok.lower_]
    hit = _DIGIT_ORDINAL.match(tok.text)
    return int(hit.group(1)) if hit else None


def _framed(sent, tok) -> bool:
    """The sentence counts over a span of time ('this year', 'since 2020', 'in the last two years')."""
    frames = lexicon()["ordinal_figures"]["frames"]
    dates = [e for e in span_ents(sent) if e.label_ == "DATE" and not (e.start <= tok.i < e.end)]
    return any(w.lower_ in frames for e in dates for w in e) or any(t.lower_ in frames for t in sent
                                                                     if t.dep_ == "prep")


def ordinal_figures(sent, doc_id: str) -> list[Marked]:
    """'the sixth (major) attack ... this year' -> 6 attacks."""
    kinds = lexicon()["counted_nouns"]
    out = []
    low, words = lowers(sent.doc), lexicon()["ordinal_figures"]["words"]
    # only an ordinal word or a word with a digit can be one (_ordinal): the others are not made Tokens
    for tok in (sent.doc[i] for i in range(sent.start, sent.end)
                if low[i] in words or not low[i].isalpha() and any(c.isdigit() for c in low[i])):
        n = _ordinal(tok)
        if n is None or tok.dep_ != "amod" or kinds.get(tok.head.lemma_.lower()) != "attacks" or not _framed(sent, tok):
            continue
        out.append(Marked(Span(doc_id, tok.idx, tok.idx + len(tok.text)), tok.text, n, n, n, "exact", mark="ordinal"))
    return out


def percent_figures(sent, doc_id: str) -> list[Marked]:
    """'an estimated 80%', 'by 40 percent' -> figures, unless they are shares of money or rates."""
    skip = set(lexicon()["percent_figures"]["non_claim_nouns"])
    out = []
    for ent in span_ents(sent):
        if ent.label_ != "PERCENT":
            continue
        of = [g for t in ent for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in skip for g in of):
            continue
        parsed = parse_quantity(_PERCENT_WORDS.sub("", ent.text))
        if parsed is None:
            continue
        low, high, best, qualifier = parsed
        out.append(Marked(Span(doc_id, ent.start_char, ent.end_char), ent.text, low, high, best, qualifier,
                          mark="percent"))
    return out
