"""Which country an unnamed side belongs to: the country its own sentence places it in.

Generic nouns ("police", "protesters", "gunmen") carry no country of their own. The document's most
mentioned country is a poor guess when a story also talks about another country at length (a Nairobi
protest story that quotes Washington four times must not give "Police Forces of the United States"),
so a generic noun takes the country of the places named before it in its own sentence ("In Peshawar,
police arrested..."; the nearest one wins). Without such a place it takes the document's country,
where the lead (the first sentence that names a place: a dateline, "NAIROBI (Reuters) - Police fired
on demonstrators...") counts LEAD_WEIGHT times. Places after the noun are left out: a long or
mis-split sentence often ends on another country ("...soldiers were killed [3] One month before, near
the Mali border").
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence

from ..knowledge.actor_records import norm
from ..model import PlaceMention
from .actor_matcher import cached
from .attribution import doc_ents, expanded_span, sentence_of

LEAD_WEIGHT = 3


def sentence_countries(sdoc, places: Sequence[PlaceMention], countries: Sequence[str]) -> Callable[[int], str | None]:
    """A function: token index -> the country an unnamed side at that token belongs to."""
    rank = {c: i for i, c in enumerate(countries)}
    located: list[tuple[int, int, str]] = []          # (token, sentence start, country)
    for p in places:
        span = expanded_span(sdoc, p.span.start, p.span.end) if p.country else None
        if span is not None:
            located.append((span.start, sentence_of(span[0]).start, p.country))
    located.sort()
    lead = located[0][1] if located else None
    weighted: Counter = Counter()
    for _, sent, country in located:
        weighted[country] += LEAD_WEIGHT if sent == lead else 1
    default = min(weighted, key=lambda c: (-weighted[c], rank.get(c, len(rank)))) if weighted else (
        countries[0] if countries else None)
    starts = [tok for tok, _, _ in located]

    def country_at(i: int) -> str | None:
        if not 0 <= i < len(sdoc):
            return default
        sent = sentence_of(sdoc[i]).start
        k = bisect_left(starts, i) - 1
        if k >= 0 and located[k][1] == sent:
            return located[k][2]
        return default

    return country_at


def told_country(sdoc, pack) -> str | None:
    """The country of a text that names no place, told by the demonym of the state forces it names ('the Nigerian
    army said its soldiers raided a camp') or by the armed groups of one country it names ('Taliban fighters attacked
    a checkpoint'), where every demonym and country name of the text tells that one country; None otherwise
    ('Israeli troops shot a Palestinian youth': a force abroad is no place's)."""
    nouns = cached(pack, "state_force_nouns", lambda: frozenset(
        norm(w) for cat in ("military", "police", "government", "intelligence") for w in pack.lexicon.get(cat, ())))
    forces = {rec.country for rec in armed_groups(sdoc, pack)}
    told = set(forces)
    for tok in sdoc:
        if not tok.text[:1].isupper() or (c := pack.demonym_country(tok.text)) is None:
            continue
        told.add(c)
        if tok.dep_ in ("amod", "compound", "nmod", "poss") and (
                norm(tok.head.text) in nouns or norm(tok.head.lemma_) in nouns):
            forces.add(c)
    return next(iter(forces)) if len(forces) == 1 and told == forces else None


def armed_groups(sdoc, pack):
    """The armed groups of one country the text names: entities the tagger found, and the pack's names it did
    not take for one ('ADF rebels killed ...': no entity)."""
    from .actor_matcher import case_ok
    from .actors import named_trie, tokenizer
    for ent in doc_ents(sdoc):
        if ent.label_ in ("ORG", "NORP", "PERSON"):
            rec = pack.lookup(ent.text[4:] if ent.text.lower().startswith("the ") else ent.text)
            if rec is not None and rec.kind == "armed_group" and rec.country:
                yield rec
    for m in named_trie(pack, tokenizer()).doc_matches(sdoc):
        if sdoc[m.start].text[:1].isupper():
            for s in m.surfaces:
                rec = pack.resolve_key(s.key)
                if rec is not None and rec.kind == "armed_group" and rec.country and case_ok(sdoc, m, s):
                    yield rec
