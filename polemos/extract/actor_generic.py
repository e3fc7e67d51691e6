"""Generic group nouns resolved with context, and definite descriptions resolved to named groups.

The word lists live in the pack's `lexicon` (knowledge/actors/generic.yaml): civilians, unidentified,
military, police, government, protesters, descriptor_heads, demonyms (from states.yaml)...
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from ..knowledge.actor_records import norm, slug
from ..knowledge.actors import ActorPack
from ..model import ActorMention, Document, Span
from . import actor_context, actor_kin, actor_period, actor_qualifiers
from .actor_matcher import TokenTrie, cached
from .attribution import expanded_span, sentence_of

CATEGORIES = ("civilians", "unidentified", "gang", "private_security", "military", "intelligence", "police",
              "government", "protesters", "numbered_units",
              "descriptor_heads",
              "militia_heads", "community_heads")
PENDING = "descriptor"
# a state's force categories of the generic nouns, the most specific first (a noun in two takes the first)
STATE_FORCES = ("intelligence", "military", "police", "government")
_LINKS = (",", "and", "&")     # words between coordinated names
_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "det", "nummod", "case", "punct", "advmod"}


def generic_trie(pack: ActorPack, tokenizer) -> TokenTrie:
    def build() -> TokenTrie:
        trie = TokenTrie(tokenizer)
        for cat in CATEGORIES:
            for word in pack.lexicon.get(cat, ()):
                trie.add(word, word.lower(), cat)
        for word in actor_kin.head_phrases(pack):
            trie.add(word, word.lower(), "kin")
        return trie
    return cached(pack, "generic", build)


class _Lex:
    """The lexicon as sets, built once per pack."""

    def __init__(self, pack: ActorPack):
        lex = pack.lexicon
        self.needs_owner = {w.lower() for w in lex.get("needs_owner", ())}
        self.former = set(lex.get("former", ()))
        self.ended = set(lex.get("former_membership", ()))
        self.members = set(lex.get("member_heads", ()))
        self.past_cues = [f" {norm(c)} " for c in lex.get("past_cues", ())]
        self.not_state = set(lex.get("not_state", ()))
        self.determiners = set(lex.get("descriptor_determiners", ("the",)))
        self.needs_modifier = set(lex.get("descriptor_needs_modifier", ()))
        self.ethnic = {w.lower(): w for w in lex.get("ethnic_groups", ())}
        self.ideology = {w.lower() for w in lex.get("ideology_words", ())}
        self.government_run = {w.lower() for w in lex.get("government_run", ())}
        self.government_held = {w.lower() for w in lex.get("government_held", ())}
        self.communal = {w.lower() for w in lex.get("communal_heads", ())}
        self.communal_mods = {w.lower() for w in lex.get("communal_modifiers", ())}
        self.bare_unnamed = {w.lower() for w in lex.get("bare_unnamed_militias", ())}
        self.bare_unnamed_mods = {w.lower() for w in lex.get("bare_unnamed_modifiers", ())}
        self.settlements = {w.lower() for w in lex.get("communal_settlements", ())}
        self.divisions = {w.lower() for w in lex.get("communal_divisions", ())}
        self.means = {w.lower() for w in lex.get("force_means", ())}


def extract(sdoc, doc: Document, keys: Sequence[str], named: list[ActorMention],
            country_at: Callable[[int], str | None],
            pack: ActorPack, on: date | None) -> list[ActorMention]:
    """Mentions for generic nouns; a named state right before a force noun is absorbed ('US troops').
    `country_at(token)`: the country an unnamed side at that token belongs to (actor_country)."""
    from .actors import tokenizer
    trie = generic_trie(pack, tokenizer())
    lex = cached(pack, "lex", lambda: _Lex(pack))
    by_token = _named_tokens(sdoc, named)
    out, last_end = [], 0
    matches = trie.matches(sdoc, keys)
    heads = {m.end - 1 for m in matches if {s.payload for s in m.surfaces} != {"numbered_units"}}
    # (a unit word names no one without its ordinal: "the police battalion commander" keeps the police)
    for m in matches:
        if m.start < last_end or any(k in by_token for k in range(m.start, m.end)):
            continue
        last = sdoc[m.end - 1]
        if last.dep_ in ("amod", "compound") and last.head.i >= m.end and last.head.i in heads:
            continue                                 # "jihadist" in "the jihadist group": the head decides
        cats = {s.payload for s in m.surfaces}
        if cats == {"government"} and last.dep_ in ("amod", "compound", "nmod") and last.head.i >= m.end \
                and last.head.lower_ in lex.government_run:
            continue                                 # "a government school teacher", "government hospitals": what
                                                     # the state runs, not the state acting (government_run)
        if cats == {"government"} and last.dep_ in ("amod", "compound", "nmod") and m.end <= last.head.i < m.end + 6 \
                and any(t.lower_ in lex.government_held for t in sdoc[m.end:last.head.i + 1]):
            cats = {"military"}                      # "a government position", "a Govt security officer": the
                                                     # armed forces hold it (government_held)
        if cats <= {"government", "military", "police"}:
            cats = _force_told(sdoc, m.end, lex) or cats   # "Govt forces (police)", "a Govt troop (police)
                                                             # post"
        if m.end - m.start == 1 and last.dep_ in ("amod", "npadvmod", "compound") and last.head.i >= m.end \
                and last.head.lemma_.lower() in lex.means:
            continue                                 # "brought military reinforcements": the subject's own means
                                                     # (force_means), no side of their own
        if _names_group(by_token.get(m.end), pack) or (
                last.dep_ in ("amod", "compound", "nmod") and _names_group(by_token.get(last.head.i), pack)):
            continue                                 # "paramilitary" in "the paramilitary Rapid Support Forces"
        phrase = " ".join(s.key for s in m.surfaces[:1])
        if cats & {"kin", "unidentified", "militia_heads"} and (
                kin := actor_kin.militias(sdoc, doc, m.start, m.end, phrase, by_token, pack, country_at(m.start))):
            out.extend(kin)                          # 'Al Zubair tribesmen', 'gunmen from the X and Y clans'
            last_end = m.end
            continue
        force = next((c for c in STATE_FORCES if c in cats), None)
        found = _resolve(sdoc, doc, m.start, m.end, cats, force, phrase, by_token, lex, pack, country_at(m.start), on)
        if found is not None:
            out.extend(_coordinated(sdoc, doc, m.start, m.end, force, by_token, lex, pack, on))
            out.extend(_peoples_before(sdoc, doc, found, by_token, lex))
            out.append(found)
            out.extend(_owners_after(sdoc, m.start, m.end, found, force, by_token, lex, pack, on))
            last_end = m.end
    return out


def _force_told(sdoc, end: int, lex: _Lex) -> set[str] | None:
    """The force a bracket right after a state's name or force noun says it is ('Govt forces (assumed police)',
    'a Govt troop (military) position', as incident notes write it); None when no bracket says so."""
    while end < len(sdoc) and sdoc[end].lower_ in lex.government_held:
        end += 1
    if end >= len(sdoc) or sdoc[end].text != "(":
        return None
    for tok in sdoc[end + 1:end + 5]:
        if tok.text == ")":
            return None
        if tok.lower_ in ("military", "army"):
            return {"military"}
        if tok.lower_ == "police":
            return {"police"}
    return None


def _owners_after(sdoc, start: int, end: int, found: ActorMention, force: str | None, by_token, lex: _Lex,
                  pack: ActorPack, on: date | None) -> list[ActorMention]:
    """'troops of Sudan and South Sudan': each state coordinated after the owning one names its own force."""
    span = expanded_span(sdoc, found.span.start, found.span.end)
    if force is None or found.kind != "state_force" or span is None or span.end <= end or sdoc[end].lower_ != "of":
        return []
    out, k = [], span.end
    while k < len(sdoc) and sdoc[k].lower_ in _LINKS:
        while k < len(sdoc) and sdoc[k].lower_ in _LINKS:
            k += 1                                   # ", and", "and", "&"
        named = by_token.get(k)
        rec = pack.records.get(named.actor_id) if named is not None else None
        if rec is None or rec.kind != "state":
            break
        own = actor_period.state_record(sdoc, start, end, rec.country, force, False, lex, pack, on, by_token)
        if own is None:
            break
        out.append(replace(named, actor_id=own.id, name=pack.name_at(own.id, on), kind=own.kind))
        named_span = expanded_span(sdoc, named.span.start, named.span.end)
        k = named_span.end if named_span is not None else k + 1
    return out


def _coordinated(sdoc, doc, start: int, end: int, force: str | None, by_token, lex: _Lex, pack: ActorPack,
                 on: date | None) -> list[ActorMention]:
    """'Chadian and Nigerien soldiers': the forces of each demonym coordinated before the last one."""
    last = next((sdoc[k] for k in _modifiers(sdoc, start, end) if sdoc[k].dep_ == "conj"), None)
    if force is None or last is None:
        return []
    out = []
    for tok in (t for t in last.head.subtree if t.i < last.i and t.i not in by_token):
        country = pack.demonym_country(tok.text)
        rec = actor_period.state_record(sdoc, start, end, country, force, False, lex, pack, on, by_token) \
            if country else None
        if rec is not None:
            span = _span(sdoc, doc, tok.i, tok.i + 1)
            out.append(ActorMention(span=span, text=tok.text, actor_id=rec.id, name=pack.name_at(rec.id, on),
                                    kind=rec.kind))
    return out


def _peoples_before(sdoc, doc, found: ActorMention, by_token, lex: _Lex) -> list[ActorMention]:
    """'Xa and Yb (communal) militias', Yb read as an ethnic militia: each people coordinated before it names its own,
    in the same country ('Xa Ethnic Militia (C)')."""
    kind = next((k for k in (" Ethnic Militia", " Ethnic Group") if k in found.name), None)
    span = expanded_span(sdoc, found.span.start, found.span.end) if kind else None
    if span is None:
        return []
    land = found.name[found.name.index(kind) + len(kind):].strip()          # '(Sudan)' or ''
    out, j = [], span.start - 1
    while j >= 1 and sdoc[j].text in _LINKS and (people := lex.ethnic.get(sdoc[j - 1].lower_)) \
            and j - 1 not in by_token:
        name = f"{people}{kind}" + (f" {land}" if land else "")
        at = _span(sdoc, doc, j - 1, j)
        out.append(ActorMention(span=at, text=doc.text[at.start:at.end], actor_id=f"provisional:{slug(name)}",
                                name=name, kind=found.kind, provisional=True))
        j -= 2
    return out[::-1]


def _named_tokens(sdoc, named: list[ActorMention]) -> dict[int, ActorMention]:
    by_token: dict[int, ActorMention] = {}
    for n in named:
        span = expanded_span(sdoc, n.span.start, n.span.end)
        if span is not None:
            for k in range(span.start, span.end):
                by_token[k] = n
    return by_token


def _modifiers(sdoc, start: int, end: int) -> list[int]:
    """Tokens left of the noun that belong to its phrase ("the former Afghan", "US", "Afghanistan 's")."""
    mods, k = [], start - 1
    last = sdoc[end - 1]      # "Turkish special forces commandos", "a Russian military base": the phrase
    # modifies a noun after it
    outer = last.head.i if last.dep_ in ("compound", "amod") and last.head.i >= end else None
    while k >= 0 and k >= start - 5:
        tok = sdoc[k]
        attached = tok.dep_ == "case" or (k < tok.head.i < end) or (tok.head.i == outer and tok.dep_ == "amod" and (
            last.dep_ == "compound" or tok.ent_type_ == "NORP"))    # (an adjective's sibling: a demonym only,
        # not "a Bancroft military convoy", a contractor's name)
        if tok.dep_ == "conj" and tok.head.i < k and start <= tok.head.head.i < end:
            mods.append(k)       # "between the SDF and Turkish forces": the last of coordinated modifiers
            break                # is this noun's own; the ones before name phrases of their own
        if not attached or tok.dep_ not in _MODIFIER_DEPS or tok.is_sent_end:
            break
        mods.append(k)
        k -= 1
    return mods[::-1]


def _paired_demonyms(sdoc, mods: list[int], pack: ActorPack) -> dict[int, str | None]:
    """Demonyms of two words among a noun's modifiers ('South Sudanese', 'Sri Lankan'): the first word's index ->
    the country, the second's -> None (read with the first)."""
    out: dict[int, str | None] = {}
    for k in mods:
        first, second = sdoc[k], sdoc[k + 1] if k + 1 < len(sdoc) else None
        if k + 1 in mods and k not in out and first.is_alpha and not first.is_stop and second.is_alpha \
                and (country := pack.demonym_country(f"{first.text} {second.text}")):
            out[k], out[k + 1] = country, None
    return out


def _resolve(sdoc, doc, start, end, cats, force: str | None, phrase, by_token, lex: _Lex, pack: ActorPack,
             first: str | None, on: date | None) -> ActorMention | None:
    if cats == {"numbered_units"}:
        return _numbered_unit(sdoc, doc, start, end, by_token, lex, pack, first, on)
    if phrase in lex.communal and (found := _communal(sdoc, doc, start, end, by_token, lex, pack, first)):
        return found
    mods = _modifiers(sdoc, start, end)
    owner = _after_named_group(sdoc, start, by_token, pack)
    if owner is not None:                            # "Islamic State in the Greater Sahara (ISGS) militants"
        span = _span(sdoc, doc, start, end)
        return replace(owner, span=span, text=doc.text[span.start:span.end], role=None)
    patron, link = _patron(sdoc, start, by_token, pack)
    if patron is not None:                           # "al Qaeda-linked militants": not al Qaeda itself
        mods = [k for k in mods if k > link]
        aff = actor_qualifiers.local_affiliate(pack, patron, first)
        if aff is not None and cats & {"unidentified", "descriptor_heads"}:
            span = _span(sdoc, doc, start, end)
            return ActorMention(span=span, text=doc.text[span.start:span.end], actor_id=aff.id,
                                name=pack.name_at(aff.id, on), kind=pack.kind_at(aff.id, on), inferred=True)
    if any(sdoc[k].lower_ in ("our", "we") for k in mods) and _quoted(sdoc, start):
        speaker = _speaker_group(sdoc, start, by_token, pack)   # '"... by our forces," X's spokesman said'
        if speaker is None:
            return None
        span = _span(sdoc, doc, start, end)
        return replace(speaker, span=span, text=doc.text[span.start:span.end], role=None)
    owner_country, former, against, definite, described, ethnic = None, False, False, False, False, None
    ideology = False
    span_start = desc_start = start
    paired = _paired_demonyms(sdoc, mods, pack)
    for k in mods:
        tok = sdoc[k]
        low = tok.lower_
        named = by_token.get(k)
        if k in paired:                              # "South Sudanese soldiers", "Sri Lankan troops"
            if paired[k]:
                owner_country, span_start = paired[k], min(span_start, k)
        elif named is not None:
            rec = pack.records.get(named.actor_id)
            if rec is None or rec.kind != "state":
                return None                          # "Taliban fighters": the named group stands
            owner_country, span_start = rec.country, min(span_start, k)
        elif low in lex.ethnic and ethnic is None and not (force and pack.demonym_country(tok.text)):
            ethnic, span_start = lex.ethnic[low], min(span_start, k)   # "Somali forces": the state's, not a clan's
        elif pack.demonym_country(tok.text):
            owner_country, span_start = pack.demonym_country(tok.text), min(span_start, k)
        elif low in lex.ideology:
            ideology = against = described = True    # "Islamist militants": not a state's, maybe the insurgency's
            desc_start = min(desc_start, k)
        elif low in lex.former:
            former = "member" if low in lex.ended else True
        elif low in lex.not_state:
            against = described = True
            desc_start = min(desc_start, k)
        elif low in lex.determiners and tok.dep_ == "det":
            definite = True
        elif tok.pos_ == "PROPN" and (force == "police" or force and any(sdoc[j].lower_ == "police" for j in mods)) \
                and (land := _place_owner(sdoc, k, mods, first)):
            owner_country, span_start = land, min(span_start, k)   # 'Lagos Police', 'Imphal East police
            force = "police"                                        # commandos': the country's police (ACLED
                                                                    # names no city's)
        elif tok.pos_ == "PROPN" or (force is None and unknown_acronym(tok)):
            return None                              # an unknown name owns the noun ('HBDH militants'): NER or
                                                     # actor_provisional handles it
        elif tok.dep_ in ("amod", "compound"):
            described = True
            desc_start = min(desc_start, k)
    if owner_country is None:
        owner_country, end = _owner_of(sdoc, end, by_token, pack)
    span = _span(sdoc, doc, span_start, end)
    if ethnic or cats <= {"militia_heads", "community_heads"}:
        if ethnic is None and not definite and phrase in lex.bare_unnamed and all(
                sdoc[k].lower_ in lex.bare_unnamed_mods for k in mods) and not any(
                c.dep_ == "prep" and c.lower_ in ("from", "of") for c in sdoc[end - 1].children):
            return _generic(span, doc, "unidentified_armed_group",      # "troops clashed with militias": no
                            _named_c("Unidentified Armed Group", owner_country or first), "armed_group")   # one's
        return _ethnic(span, doc, ethnic, cats, owner_country or first)
    if "civilians" in cats:
        return _generic(span, doc, "civilians", "Civilians", "civilians")
    if "protesters" in cats:
        return _generic(span, doc, "protesters", _named_c("Protesters", owner_country or first), "civilians")
    if force and not against:
        country = owner_country or (None if phrase in lex.needs_owner else pack.holder_of(first, force) or first)
        rec = actor_period.state_record(sdoc, start, end, country, pack.force_in(phrase, country, force), former,
                                        lex, pack, on, by_token) if country else None
        if rec is not None:
            return ActorMention(span=span, text=doc.text[span.start:span.end], actor_id=rec.id,
                                name=pack.name_at(rec.id, on), kind=rec.kind)
        return None
    if "descriptor_heads" in cats and definite and (described or phrase not in lex.needs_modifier):
        span = _span(sdoc, doc, min(span_start, desc_start), end)
        fallback = _named_c("Unidentified Armed Group", owner_country or first) if "unidentified" in cats else ""
        return ActorMention(span=span, text=doc.text[span.start:span.end], actor_id=PENDING, name=fallback,
                            kind="armed_group")
    if "private_security" in cats:
        return _generic(span, doc, "private_security", _named_c("Private Security Forces", owner_country or first),
                        "armed_group")
    if "gang" in cats and not definite:
        return _generic(span, doc, "unidentified_gang", _named_c("Unidentified Gang", owner_country or first),
                        "armed_group")
    insurgency = pack.lexicon.get("islamist_insurgencies", {}).get(owner_country or first) if ideology else None
    if insurgency and "unidentified" in cats:
        return ActorMention(span=span, text=doc.text[span.start:span.end], actor_id=insurgency,
                            name=pack.name_at(insurgency, on), kind=pack.kind_at(insurgency, on), inferred=True)
    if "unidentified" in cats:
        return _generic(span, doc, "unidentified_armed_group",
                        _named_c("Unidentified Armed Group", owner_country or first), "armed_group")
    return None


def _place_owner(sdoc, k: int, mods: list[int], country: str | None) -> str | None:
    """The text's country where it has a city, province or district of the name the proper nouns around token k
    spell; None otherwise (a town abroad of that name is no owner: 'the Federal Police' is not Argentina's)."""
    from ..knowledge.gazetteer import default_gazetteer
    a = b = k
    while a - 1 in mods and sdoc[a - 1].pos_ == "PROPN":
        a -= 1
    while b + 1 in mods and sdoc[b + 1].pos_ == "PROPN":
        b += 1
    if country is None:
        return None
    lands = {p.country for p in default_gazetteer().lookup(sdoc[a:b + 1].text) if p.kind != "country"}
    return country if country in lands else None


def _numbered_unit(sdoc, doc, start: int, end: int, by_token, lex: _Lex, pack: ActorPack, first: str | None,
                   on: date | None) -> ActorMention | None:
    """'the 35th Armoured Brigade', 'the junta's 7th Division': an army formation an ordinal numbers is the
    military of the state that owns it (a named state or demonym before it, else the sentence's country); one of
    a named group ('the 1st Battalion of the Southern Resistance', 'the 6th X Brigade') is that group's."""
    head = sdoc[end - 1]
    left = [t for t in sdoc[max(0, head.left_edge.i):start] if t.head.i == head.i or t.head.i in range(start, end)
            or start <= t.head.i < end or t.head.head.i == head.i]
    if not any(t.ent_type_ == "ORDINAL" or ORDINAL.match(t.text) for t in left):
        return None
    country = None
    for t in left:
        named = by_token.get(t.i)
        rec = pack.records.get(named.actor_id) if named is not None else None
        if named is not None and (rec is None or rec.kind != "state"):
            return None                                  # a named group's unit
        country = country or (rec.country if rec is not None else pack.demonym_country(t.text))
    owner, _ = _owner_of(sdoc, end, by_token, pack)
    if end < len(sdoc) and sdoc[end].lower_ == "of" and owner is None and any(
            by_token.get(k) is not None for k in range(end + 1, min(end + 4, len(sdoc)))):
        return None                                      # "the 1st Battalion of the Southern Resistance"
    country = country or owner or first
    rec = actor_period.state_record(sdoc, start, end, country, "military", False, lex, pack, on, by_token) \
        if country else None
    if rec is None:
        return None
    first_tok = min((t.i for t in left if t.ent_type_ == "ORDINAL" or ORDINAL.match(t.text)), default=start)
    span = _span(sdoc, doc, first_tok, end)
    return ActorMention(span=span, text=doc.text[span.start:span.end], actor_id=rec.id, name=pack.name_at(rec.id, on),
                        kind=rec.kind)


def _communal(sdoc, doc, start: int, end: int, by_token, lex: _Lex, pack: ActorPack,
              country: str | None) -> ActorMention | None:
    """'militias from Umuleri', 'the Odogbo militia', 'communal militiamen': ACLED's communal militia of the town or
    community that owns the militia, or the country's unidentified one; None for other militias (a named group's,
    an ethnic one, a state's)."""
    head = sdoc[end - 1]
    owner = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
             if p.dep_ == "pobj" and p.pos_ == "PROPN" for c in [p]]
    before = [t for t in sdoc[max(0, start - 3):start] if t.head.i == head.i and t.dep_ == "compound"
              and t.pos_ == "PROPN"]
    place = owner[0] if owner else (before[-1] if before else None)
    if place is not None:
        toks = [t for t in place.children if t.dep_ == "compound" and t.i < place.i] + [place] if owner else before
        if any(t.i in by_token or pack.demonym_country(t.text) or t.lower_ in lex.ethnic
               for t in [*toks, *sdoc[head.left_edge.i:start]]):
            return None                              # "Houthi militias", "Fulani militiamen", "Mayi Mayi X
                                                     # militiamen": not a town's
        name = _named_c(f"{doc.text[toks[0].idx:toks[-1].idx + len(toks[-1])]} Communal Militia", country)
    elif any(c.lower_ in lex.communal_mods and c.dep_ == "amod" for c in head.children) and not any(
            t.lower_ in lex.ethnic for t in sdoc[max(0, start - 3):start]):
        town = _settlement(sdoc, head, by_token, lex, pack)       # (a people's: 'Fellata communal militias')
        name = _named_c(f"{town} Communal Militia" if town else "Unidentified Communal Militia", country)
    else:
        return None
    span = _span(sdoc, doc, min([start] + [t.i for t in before]), end)
    return ActorMention(span=span, text=doc.text[span.start:span.end], actor_id=f"provisional:{slug(name)}",
                        name=name, kind="armed_group", provisional=True)


def _settlement(sdoc, head, by_token, lex: _Lex, pack: ActorPack) -> str | None:
    """The settlement the sentence of an unowned communal militia places the fight in (`communal_settlements`):
    a name a settlement noun follows ('X village', 'Y town'), else the first name that is a verb's object or the
    place 'in'/'at' which it happened; a division ('Z LGA'), a name in brackets, a named side or a people is none."""
    from ..knowledge.gazetteer import default_gazetteer
    sent = head.sent
    told, plain = [], []
    toks = list(sent)
    for n, last in enumerate(toks):
        if last.pos_ != "PROPN" or (n + 1 < len(toks) and toks[n + 1].pos_ == "PROPN"):
            continue                                   # the last word of a run of proper nouns
        k = n
        while k > 0 and toks[k - 1].pos_ == "PROPN":
            k -= 1
        run = toks[k:n + 1]
        before = sdoc[sent.start:run[0].i].text
        if any(t.i in by_token or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL")
               or t.lower_ in lex.divisions or t.lower_ in lex.settlements for t in run) \
                or before.count("(") > before.count(")"):
            continue                                   # "(X LGA, Y)": the divisions a place is told in
        name = sdoc[run[0].i:last.i + 1].text
        readings = {p.kind for p in default_gazetteer().lookup(name)}
        if name.lower() in lex.ethnic or pack.demonym_country(name) or readings & {"country", "admin1"}:
            continue                                   # a people, a country, a province: no settlement
        after = sdoc[last.i + 1] if last.i + 1 < len(sdoc) else None
        if after is not None and after.lower_ in lex.divisions:
            continue
        if after is not None and after.lower_ in lex.settlements:
            told.append(name)
        elif last.dep_ == "dobj" or (last.dep_ == "pobj" and last.head.lower_ in ("in", "at")):
            plain.append(name)
    found = told or plain
    return found[0] if found else None


ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)


def unknown_acronym(tok) -> bool:
    """A short acronym ('HBDH', 'JaS'): two to six letters, most of them capitals, whatever the tagger made of it
    (an unknown one is often read as a verb)."""
    t = tok.text
    caps = sum(c.isupper() for c in t)
    return 2 <= len(t) <= 6 and t.isalpha() and t[0].isupper() and caps >= 2 and 2 * caps > len(t)


def _quoted(sdoc, i: int) -> bool:
    """Token i lies inside a quotation of its sentence."""
    sent = sentence_of(sdoc[i])
    before = sdoc[sent.start:i].text
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _speaker_group(sdoc, i: int, by_token, pack: ActorPack) -> ActorMention | None:
    """The group whose words a quotation is: the one named group of its sentence outside the quotation marks
    ('"... hit by our fighters," a spokesman of the group said'); None when there is not one."""
    sent = sentence_of(sdoc[i])
    found = {m.actor_id: m for k in range(sent.start, sent.end) if (m := by_token.get(k)) is not None
             and not _quoted(sdoc, k) and _names_group(m, pack)}
    return next(iter(found.values())) if len(found) == 1 else None


def _names_group(named: ActorMention | None, pack: ActorPack) -> bool:
    rec = pack.records.get(named.actor_id) if named is not None else None
    return rec is not None and rec.kind not in ("state", "civilians") and rec.id not in pack.lexicon.get(
        "generic_actors", ())


def _after_named_group(sdoc, start: int, by_token, pack: ActorPack) -> ActorMention | None:
    """The named non-state group a noun follows past a closing bracket ('... (ADF) rebels'): the noun is
    that group's, a mention of it in its own right (the parse often leaves the name outside the phrase)."""
    k = start - 1
    if k < 1 or sdoc[k].text not in (")", "]"):
        return None
    named = by_token.get(k - 1)
    return named if _names_group(named, pack) else None


def _patron(sdoc, start: int, by_token, pack: ActorPack):
    """(record, index of the link word) for '<named>-linked <noun>' / '<Demonym>-backed <noun>', else (None, -1)."""
    for k in range(start - 1, max(start - 4, 0) - 1, -1):
        if not sdoc[k].text.islower() or norm(sdoc[k].text) not in actor_qualifiers.link_words(pack):
            continue
        hyphen = k >= 1 and sdoc[k - 1].text in ("-", "‐", "‑", "–")
        j = k - 2 if hyphen else k - 1
        if j < 0:
            return None, -1
        named = by_token.get(j)
        if named is not None and named.actor_id in pack.records:
            return pack.records[named.actor_id], k
        country = pack.demonym_country(sdoc[j].text)
        state = pack.lookup(country) if country else None
        return (state, k) if state is not None else (None, -1)
    return None, -1


def _ethnic(span: Span, doc: Document, ethnic: str | None, cats: set, country: str | None) -> ActorMention | None:
    """'Fulani herdsmen' -> Fulani Ethnic Militia (Nigeria); 'Hazara community' -> Hazara Ethnic Group (...)."""
    if ethnic is None:
        return None
    if cats & {"militia_heads", "unidentified"}:
        name, kind = _named_c(f"{ethnic} Ethnic Militia", country), "armed_group"
    elif cats & {"community_heads", "civilians", "protesters"}:
        name, kind = _named_c(f"{ethnic} Ethnic Group", country), "civilians"
    else:
        return None
    return ActorMention(span=span, text=doc.text[span.start:span.end], actor_id=f"provisional:{slug(name)}",
                        name=name, kind=kind, provisional=True)


def _owner_of(sdoc, end: int, by_token, pack: ActorPack) -> tuple[str | None, int]:
    """'forces of India' / 'police of Pakistan': a named state right after 'of' owns the noun; 'soldiers of the
    Ugandan army', 'troops of the army of Chad', 'units of Kenya's navy': the state owning the force after it."""
    if end + 1 < len(sdoc) and sdoc[end].lower_ == "of":
        named = by_token.get(end + 1)
        rec = pack.records.get(named.actor_id) if named is not None else None
        if rec is not None and rec.kind == "state":
            span = expanded_span(sdoc, named.span.start, named.span.end)
            return rec.country, (span.end if span is not None else end)
        force = next((c for c in sdoc[end].children if c.dep_ == "pobj"), None)
        if force is not None and _force_noun(force, pack):
            country = next((o for c in force.children if c.dep_ in ("amod", "compound", "poss")
                            for o in [_state_of(c, by_token, pack)] if o), None)
            if country is None and force.i + 1 < len(sdoc):
                country, _ = _owner_of(sdoc, force.i + 1, by_token, pack)
            if country is not None:
                return country, force.right_edge.i + 1
    return None, end


def _force_noun(tok, pack: ActorPack) -> bool:
    """A noun of a state's armed force ('army', 'forces', 'police')."""
    words = cached(pack, "force_nouns", lambda: frozenset(
        w.lower() for cat in ("military", "police") for w in pack.lexicon.get(cat, ()) if " " not in w))
    return tok.lower_ in words or tok.lemma_.lower() in words


def _state_of(tok, by_token, pack: ActorPack) -> str | None:
    """The country a modifier names: a demonym ('Ugandan') or a named state ('Zambia's')."""
    named = by_token.get(tok.i)
    rec = pack.records.get(named.actor_id) if named is not None else None
    if rec is not None and rec.kind == "state":
        return rec.country
    return pack.demonym_country(tok.text)


def _named_c(base: str, country: str | None) -> str:
    return f"{base} ({country})" if country else base


def _span(sdoc, doc: Document, start: int, end: int) -> Span:
    return Span(doc.doc_id, sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1].text))


def _generic(span: Span, doc: Document, actor_id: str, name: str, kind: str) -> ActorMention:
    return ActorMention(span=span, text=doc.text[span.start:span.end], actor_id=actor_id, name=name, kind=kind)


def is_armed_group(m: ActorMention, pack: ActorPack) -> bool:
    """A named (or provisional) armed group a description may refer back to."""
    if m.actor_id in (PENDING, "unidentified_armed_group"):
        return False
    if m.provisional:
        return m.kind == "armed_group"
    rec = pack.records.get(m.actor_id)
    return rec is not None and (rec.kind == "armed_group" or any(p.kind == "armed_group" for p in rec.periods))


def resolve_descriptors(sdoc, doc: Document, keys, mentions: list[ActorMention],
                        pack: ActorPack) -> list[ActorMention]:
    """'the jihadist group' -> the most salient armed group of the last sentences (actor_context), else
    the last armed group mentioned (else the fallback, else dropped)."""
    out: list[ActorMention] = []
    last: ActorMention | None = None

    def token_of(m: ActorMention):
        span = expanded_span(sdoc, m.span.start, m.span.end)
        return span.root if span is not None else None

    for m in mentions:
        if m.actor_id == PENDING:
            ref = actor_context.antecedent(sdoc, m, out, lambda x: is_armed_group(x, pack), token_of, pack) or last
            if ref is not None:
                out.append(replace(m, actor_id=ref.actor_id, name=ref.name, kind=ref.kind,
                                   provisional=ref.provisional, role=None))
            elif m.name:
                out.append(replace(m, actor_id="unidentified_armed_group", kind="armed_group"))
            continue
        if is_armed_group(m, pack):
            last = m
        out.append(m)
    return out
