"""Which counted deaths and injuries are claims and which are the tolls of the events they report.

The toll of a single event stays in the event ("At least 11 police were killed in an attack
on Friday, an official said"). A toll is a claim when it adds up many events or a span of
time, when the document sets figures from different sources against each other, when the
group claims it itself, or when someone denies it (claims.yaml, tolls).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Claim
from .attribution import lemmas, lexicon, lowers


@dataclass
class Figure:
    """One counted quantity of a document seen as a possible claim."""

    claim: Claim | None          # None when no subject was found (still a competing figure)
    toll: bool = False
    killed: bool = False         # a death toll (competing figures are death tolls)
    standing: bool = False       # aggregate, the group's own claim, or denied: a claim in any case
    source: str | None = None
    low: float | None = None


def is_toll(kind: str, verb) -> bool:
    """A count of an event's dead, hurt or victims ('abducted 13 civilians', 'opened fire on two
    guards'): it stays in the event unless it adds up many (claims_of)."""
    lex = lexicon()
    if kind in lex["toll_kinds"]:
        return True
    lemma = verb.lemma_.lower() if verb is not None else ""
    return lemma in lex["toll_governors"] or (kind == "other" and lemma in lex["victim_governors"])


def is_aggregate(sent, period: str | None, vague: bool = False) -> bool:
    """'hundreds killed since January', 'a string of attacks', 'between 2020 and 2023',
    'a war in which strikes have killed hundreds'."""
    lex = lexicon()
    if period and "/" in period:
        return True
    words = f" {' '.join(lowers(sent.doc)[sent.start:sent.end])} "
    cues = lex["aggregate_words"] + (lex["aggregate_contexts"] if vague else [])
    return any(f" {w} " in words for w in cues)


def disputes(sent) -> bool:
    """The sentence sets its toll against others: 'nearly doubles earlier death tolls', 'higher than
    the official toll', 'contradicting the government's figure'."""
    words = f" {' '.join(lemmas(sent.doc)[sent.start:sent.end])} "
    return any(f" {w} " in words for w in lexicon()["dispute_words"])


def _contested(figures: list[Figure]) -> bool:
    """Different sources give different death tolls of events by actors in one document; a cited toll
    tied to no actor ("a resident said 12 people died") or a tally of many ("the war has killed
    thousands") contests none."""
    cited = [f for f in figures if f.killed and f.source and f.claim is not None and not f.standing
             and f.source != lexicon()["attribution"]["hearsay_label"]]
    return len({f.source for f in cited}) >= 2 and len({f.low for f in cited}) >= 2


def claims_of(figures: list[Figure]) -> list[Claim]:
    """The figures that are claims, in document order."""
    contested = _contested(figures)
    return [f.claim for f in figures
            if f.claim is not None and (not f.toll or f.standing or (contested and f.killed and f.source))]
