"""Mentions that qualify another side instead of naming a participant, and affiliates by country.

A name inside a modifier describes the phrase it modifies; the event layer must not take it for the
side that acted:
- a link adjective: "Islamic State-affiliated group Allied Democratic Forces" (the ADF acted),
  "al Qaeda-linked militants" (the local affiliate acted), "Iran-backed militias";
- a negating prefix: "anti-Houthi National Resistance forces" (the National Resistance acted);
- a state owning a named group: "Sudan's Rapid Support Forces" (the RSF acted, not the state);
- a disguise: "gunmen dressed as border police", "men in military uniforms" (the gunmen acted).
Such mentions keep their span (relations such as "affiliate of" rest on them) and get the role
QUALIFIER; `participants()` leaves them out.

"al Qaeda-linked militants" in Burkina Faso are JNIM: the pack's `local_affiliates` lexicon gives a
network's (or a patron state's) affiliate per country, and the Islamic State's provinces come from
their context aliases (the name the network goes by in that country). Such a mention is `inferred`.
The word lists are in knowledge/actors/generic.yaml (`link_adjectives`, `negating_prefixes`).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..knowledge.actor_records import ActorRecord, norm
from ..knowledge.actors import ActorPack
from ..model import ActorMention
from .actor_matcher import cached
from .attribution import expanded_span

QUALIFIER = "qualifier"
_POSSESSIVE = {"'s", "’s", "'", "’"}
_HYPHENS = {"-", "‐", "‑", "–"}


class _Lex:
    def __init__(self, pack: ActorPack):
        lex = pack.lexicon
        self.links = {norm(w) for w in lex.get("link_adjectives", ())}
        self.negating = {norm(w) for w in lex.get("negating_prefixes", ())}
        self.disguise_verbs = {norm(w) for w in lex.get("disguise_verbs", ())}
        self.disguise_nouns = {norm(w) for w in lex.get("disguise_nouns", ())}


def _lex(pack: ActorPack) -> _Lex:
    return cached(pack, "qualifier_lex", lambda: _Lex(pack))


def link_words(pack: ActorPack) -> set[str]:
    return _lex(pack).links


def participants(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """The mentions that may fill an event's sides: not qualifiers, not sources of reporting (news
    agencies, bylines, quoted analysts)."""
    return [m for m in mentions if m.role not in (QUALIFIER, "source")]


def linked_after(sdoc, end: int, pack: ActorPack) -> bool:
    """'<name>-linked', '<name>-backed', '<name> affiliated': a link adjective right after token `end`."""
    k = end
    if k < len(sdoc) and sdoc[k].text in _HYPHENS:
        k += 1
    return k < len(sdoc) and sdoc[k].text.islower() and norm(sdoc[k].text) in _lex(pack).links


def negated_before(sdoc, start: int, pack: ActorPack) -> bool:
    """'anti-Houthi', 'counter-ISIS': a negating prefix glued to the name."""
    prefixes = _lex(pack).negating
    if start >= 2 and sdoc[start - 1].text in _HYPHENS and not sdoc[start - 2].whitespace_:
        return norm(sdoc[start - 2].text) in prefixes
    return start >= 1 and sdoc[start - 1].text[-1:] in _HYPHENS and norm(sdoc[start - 1].text) in prefixes


def disguise(sdoc, start: int, end: int, pack: ActorPack) -> bool:
    """'dressed as border police personnel', 'posing as soldiers', 'in military uniforms': the name tells
    what the attackers looked like, not who they were."""
    lex = _lex(pack)
    k = start - 1
    while k > 0 and sdoc[k].dep_ in ("det", "amod", "compound", "nummod") and start - k <= 3:
        k -= 1
    if k > 0 and sdoc[k].lower_ == "as" and norm(sdoc[k - 1].text) in lex.disguise_verbs:
        return True
    j = end
    while j < len(sdoc) and j - end < 2 and sdoc[j].dep_ == "compound":
        j += 1
    return j < len(sdoc) and norm(sdoc[j].text) in lex.disguise_nouns


def mark(sdoc, mentions: list[ActorMention], pack: ActorPack) -> list[ActorMention]:
    """The mentions, with those that only qualify another phrase given the QUALIFIER role."""
    tokens = [_tokens(sdoc, m) for m in mentions]
    out = []
    for i, m in enumerate(mentions):
        span = tokens[i]
        if span is not None and m.role != "source" and (
                linked_after(sdoc, span[1], pack) or negated_before(sdoc, span[0], pack)
                or disguise(sdoc, span[0], span[1], pack) or _owner_of_named(sdoc, i, mentions, tokens, pack)):
            m = replace(m, role=QUALIFIER)
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and nxt.actor_id == m.actor_id:
                m = _global(m, pack)
        out.append(m)
    return out


def _global(m: ActorMention, pack: ActorPack) -> ActorMention:
    """'Islamic State-backed insurgents' in Mozambique: the insurgents are the local province (a context alias),
    the qualifier names the network they are linked to, the name's meaning anywhere."""
    rec = pack.lookup(m.text)
    if rec is None or rec.id == m.actor_id:
        return m
    return replace(m, actor_id=rec.id, name=rec.name, kind=rec.kind, inferred=False)


def _tokens(sdoc, m: ActorMention) -> tuple[int, int] | None:
    span = expanded_span(sdoc, m.span.start, m.span.end)
    return (span.start, span.end) if span is not None else None


def _owner_of_named(sdoc, i: int, mentions, tokens, pack: ActorPack) -> bool:
    """'Sudan's Rapid Support Forces', 'Yemen's Houthi movement': a state in the possessive before a
    named armed group or person (never before a state force: 'Pakistan's army' is the state's)."""
    m, span = mentions[i], tokens[i]
    rec = pack.records.get(m.actor_id)
    if rec is None or rec.kind != "state" or rec.force or span[1] >= len(sdoc) \
            or sdoc[span[1]].text not in _POSSESSIVE:
        return False
    for j in range(i + 1, min(i + 3, len(mentions))):
        other = tokens[j]
        if other is None or other[0] > span[1] + 3:
            break
        if _named_side(mentions[j], pack) and all(
                sdoc[k].dep_ in ("amod", "compound", "det") or sdoc[k].pos_ in ("ADJ", "PROPN")
                for k in range(span[1] + 1, other[0])):
            return True
    return False


def _named_side(m: ActorMention, pack: ActorPack) -> bool:
    rec = pack.records.get(m.actor_id)
    if rec is None:
        return m.provisional and m.kind in ("armed_group", "person")
    return rec.kind in ("armed_group", "person") and rec.id not in pack.lexicon.get("generic_actors", ())


def local_affiliate(pack: ActorPack, patron: ActorRecord, country: str | None) -> ActorRecord | None:
    """The group a network or patron state stands behind in `country`: the `local_affiliates` lexicon
    first, else the branch the network's own name means there ("Islamic State" in Mozambique)."""
    if not country:
        return None
    if patron.country == country and patron.kind != "state":
        return patron                     # the name already meant the local branch ("Islamic State" in Mozambique)
    table = pack.lexicon.get("local_affiliates", {}).get(patron.id, {})
    if country in table:
        return pack.records.get(table[country])
    if patron.kind == "state":
        return None
    rec = pack.resolve_key(norm(patron.name), [country])
    return rec if rec is not None and rec.id != patron.id and rec.parent == patron.id else None
