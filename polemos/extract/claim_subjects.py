"""Claim subjects that the text leaves generic: "insurgents", "the gunmen", "jihadist attacks",
"different Baloch outfits".

A figure about unnamed fighters of a document that names the group it is about (its focus: the
first named non-state armed group mentioned at least twice, not counting "X-linked" modifiers)
is about that group; in a document that names none it is about the generic noun itself
("insurgents"). Several groups named by what they share ("Baloch outfits", "foreign groups")
are a subject of their own. Word lists and patterns: claims.yaml, generic_subjects.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.matcher import Matcher

from ..model import ActorMention, Span
from .attribution import doc_text, expanded_span, lexicon, may_match, pattern_needs, sentence_words

UNNAMED = "unidentified_armed_group"


def _cues() -> dict:
    return lexicon()["generic_subjects"]


def _linked(sdoc, m: ActorMention) -> bool:
    """'al Qaeda-linked militants': the group names an affiliation, not the fighters."""
    after = doc_text(sdoc)[m.span.end:m.span.end + 20].lower().replace("\u2013", "-")
    return any(after.startswith(f"-{w}") for w in _cues()["link_words"])


def focus(sdoc, actors: list[ActorMention]) -> ActorMention | None:
    """The named non-state armed group the document is about."""
    named = [m for m in actors if m.kind == "armed_group" and not m.actor_id.startswith("unidentified")
             and not _linked(sdoc, m)]
    counts = Counter(m.actor_id for m in named)
    least = _cues()["focus_min_mentions"] if len(counts) > 1 else 1
    return next((m for m in named if counts[m.actor_id] >= least), None)


def _label(sdoc, m: ActorMention) -> str | None:
    """The plural generic noun of an unnamed mention ('terrorist attack' -> terrorists)."""
    span = expanded_span(sdoc, m.span.start, m.span.end)
    if span is None:
        return None
    return _cues()["labels"].get(span.root.lemma_.lower()) or _cues()["labels"].get(span.root.lower_)


@lru_cache(maxsize=1)
def _collective_needs() -> tuple:
    """The pattern_needs of the collective patterns, listed once (may_match)."""
    return tuple(pattern_needs(p) for p in _cues()["collective_patterns"])


@lru_cache(maxsize=1)
def _matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("collective", _cues()["collective_patterns"])
    return matcher


def _collectives(sdoc, taken: set[int], doc_id: str) -> list[ActorMention]:
    """'different Baloch outfits' -> a subject 'Baloch outfits' (its shared modifiers and noun)."""
    drop = set(_cues()["collective_drop"])
    out: list[ActorMention] = []
    if not may_match(_collective_needs(), sentence_words(sdoc[:])):
        return out      # no collective noun in the document
    spans = sorted(_matcher(sdoc.vocab)(sdoc, as_spans=True), key=lambda s: (s.start, -len(s)))
    for span in spans:
        toks = [t for t in span if t.lower_ not in drop]
        definite = any(c.dep_ == "det" and c.lower_ in _cues()["collective_definite"] for c in span[-1].children)
        if len(toks) < 2 or definite or any(t.i in taken for t in span) or out and out[-1].span.end > span.start_char:
            continue   # "the two Islamic groups" names groups the text has named
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = doc_text(sdoc)[start:end]
        out.append(ActorMention(Span(doc_id, start, end), text, f"generic:{text.lower()}", text, "armed_group"))
    return out


def claim_actors(sdoc, actors: list[ActorMention], doc_id: str) -> list[ActorMention]:
    """The document's actor mentions with its unnamed fighters named for claims (its focus group or
    the generic noun), and mentions for collective subjects."""
    main = focus(sdoc, actors)
    out: list[ActorMention] = []
    for m in actors:
        if m.actor_id == UNNAMED:
            if main is not None:
                m = replace(m, actor_id=main.actor_id, name=main.name, inferred=True)
            elif (label := _label(sdoc, m)) is not None:
                m = replace(m, actor_id=f"generic:{label}", name=label, inferred=True)
        out.append(m)
    taken = {t.i for m in actors for t in (expanded_span(sdoc, m.span.start, m.span.end) or ())}
    return sorted(out + _collectives(sdoc, taken, doc_id), key=lambda m: m.span.start)
