"""Actor mentions: named actors from the pack, generic group nouns, descriptors, provisional actors.

`extract_actors(sdoc, doc, countries, pack)` runs four linear passes over a parsed document:
1. the pack's names and aliases (longest match, context aliases chosen by the document's countries,
   moved back to the global parent where the sentence says so: actor_context);
2. generic nouns ("civilians", "Afghan soldiers", "gunmen", "protesters") resolved with context, state
   nouns to the government period the phrase and sentence point at (actor_period);
3. definite descriptions ("the jihadist group") resolved to the most salient armed group (actor_context);
4. names spaCy's NER finds that the pack lacks, kept as provisional actors (offices, common words, outlets
   and unknown short acronyms filtered; news outlets kept with role "source");
5. two armed groups told as alternatives ("JNIM or ISGS militants") are one side "A and/or B" (actor_either);
6. names that only qualify another phrase ("al Qaeda-linked", "anti-Houthi", "Sudan's RSF") get the role
   "qualifier" (actor_qualifiers); `participants()` gives the mentions that may fill an event's sides;
7. sides the text says how to code take that actor ("X (coded as Southern Resistance)", "anti-X forces (coded
   as Y)": actor_coding), as participants whatever qualified them.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..knowledge.actor_records import norm, token_key
from ..knowledge.actors import ActorPack, default_pack
from ..knowledge.gazetteer import default_gazetteer
from ..knowledge.places.cues import load_cues
from ..model import ActorMention, Document, PlaceMention, Span
from . import (
    actor_acronyms,
    actor_coding,
    actor_context,
    actor_country,
    actor_either,
    actor_generic,
    actor_provisional,
    actor_qualifiers,
    actor_sources,
)
from .actor_matcher import Match, Surface, TokenTrie, cached, doc_keys, is_acronym, select
from .event_args import SpanIndex
from .place_datelines import datelines

__all__ = ["extract_actors", "civilians_name", "generic_name", "named_trie", "participants"]

participants = actor_qualifiers.participants


def civilians_name(country: str | None) -> str:
    """ACLED's civilian actor of a country: 'Civilians (Afghanistan)'."""
    return generic_name("Civilians", country)


def generic_name(base: str, country: str | None) -> str:
    """'Unidentified Armed Group' + 'Pakistan' -> 'Unidentified Armed Group (Pakistan)'."""
    return f"{base} ({country})" if country else base


def named_trie(pack: ActorPack, tokenizer) -> TokenTrie:
    """The trie of every name, alias and context alias of the pack (built once per pack)."""
    def build() -> TokenTrie:
        trie = TokenTrie(tokenizer)
        for surface, key in pack.surface_entries():
            trie.add(surface, key)
        return trie
    return cached(pack, "named", build)


def extract_actors(sdoc, doc: Document, countries: Sequence[str] = (),
                   pack: ActorPack | None = None, places: Sequence[PlaceMention] = ()) -> list[ActorMention]:
    """Every actor mention of a parsed document, in text order, each with its exact Span.

    `countries`: the document's countries, most frequent first (they pick context aliases and the
    state/unidentified/protester actors of generic nouns); `places`: place mentions found earlier,
    which NER names never become provisional actors over.
    """
    pack = pack or default_pack()
    on = doc.published
    keys = doc_keys(sdoc)
    if not countries and not any(p.country for p in places) and (told := actor_country.told_country(sdoc, pack)):
        countries = [told]                       # 'the Nigerian army said its soldiers ...': no place, one country
    country_at = actor_country.sentence_countries(sdoc, places, countries)
    named = _named(sdoc, doc, keys, country_at, pack, on)
    generic = actor_generic.extract(sdoc, doc, keys, named, country_at, pack, on)
    merged = _merge(named, generic)
    place_spans = [(p.span.start, p.span.end) for p in places] + _dateline_spans(sdoc)
    provisional = actor_provisional.extract(sdoc, doc, merged, pack, place_spans, country_at)
    mentions = sorted(merged + provisional, key=lambda m: (m.span.start, -m.span.end))
    mentions = actor_generic.resolve_descriptors(sdoc, doc, keys, mentions, pack)
    mentions = actor_either.join(doc.text, mentions, pack)
    mentions = [m for m in mentions if not actor_sources.is_publisher(m.text, m.name, doc)]
    mentions = actor_sources.speakers_only(sdoc, mentions, pack)
    # after the qualifiers: a side a coding cue names acts, whatever qualified it ("anti-X forces (coded as Y)")
    return actor_coding.recode(sdoc, actor_qualifiers.mark(sdoc, mentions, pack), pack)


def _dateline_spans(sdoc) -> list[tuple[int, int]]:
    """The place names of the datelines ("Maiduguri: Six soldiers ..."): where a story was filed, never an
    actor, also when a place the sentence names took the dateline town's place."""
    out = []
    for line in datelines(sdoc, load_cues().dateline):
        for a, b in line.places:
            out.append((sdoc[a].idx, sdoc[b - 1].idx + len(sdoc[b - 1].text)))
    return out


def _named(sdoc, doc: Document, keys, country_at, pack: ActorPack, on: date | None) -> list[ActorMention]:
    """Pack names in the text. A name shared by several actors (context aliases: "IS", "PDF", "Maoists")
    means the one of the country its sentence is set in (actor_country), never that of a country the
    document mentions in passing: "Islamic State" in a Moscow story that names Afghanistan once is the
    Islamic State, not its Afghan province."""
    trie = named_trie(pack, tokenizer())
    words = cached(pack, "place_use_words", lambda: (set(pack.lexicon.get("place_prepositions", ())),
                                                     {norm(w) for w in pack.lexicon.get("place_heads", ())},
                                                     {norm(w) for w in pack.lexicon.get("acting_heads", ())},
                                                     _relation_nouns()))
    titles = cached(pack, "title_words", lambda: {norm(w) for k in ("titles_drop", "titles_keep")
                                                   for w in pack.lexicon.get(k, ())})

    acronyms = actor_acronyms.defined(sdoc)

    def accept(m: Match, s: Surface):
        rec = pack.resolve_key(s.key, (country_at(m.start),))
        if rec is None or len(s.tokens) > 1 and _inside_longer_name(sdoc, m, pack):
            return None
        if rec.kind == "person" and (not any(t.text[:1].isupper() for t in sdoc[m.start:m.end]) or (
                m.end - m.start == 1 and _another_bearer(sdoc, m, titles))):
            return None                          # "an ivory tusk"; "Auma Obama": a relative bearing the surname
        defined = acronyms.get(sdoc[m.start].text) if m.end - m.start == 1 else None
        if defined is not None and (
                (meant := pack.lookup(defined, (country_at(m.start),))) is None or meant.id != rec.id):
            return None                          # "the Awami National Party (ANP)": not the Afghan police
        if rec.kind == "state" and rec.force is None:
            use = _state_use(sdoc, m, *words)
            if use == "place":
                return None
            if use == "force":                   # "Pakistan air strikes": the state's military acted
                rec = pack.military_of(rec.id, on) or rec
        return rec, s.key

    matches = trie.doc_matches(sdoc)      # (keys: doc_keys(sdoc), the matches listed once)
    shared = _shared_heads(trie, keys, cached(pack, "shared_heads", lambda: frozenset(
        token_key(w) for w in pack.lexicon.get("shared_heads", ()))), cached(pack, "link_heads", lambda: frozenset(
        token_key(w) for w in pack.lexicon.get("link_adjectives", ()))))
    if shared:           # before the name's own match at the same start: "Houthi and ... forces" are Houthi forces
        matches = sorted(shared + matches, key=lambda m: (m.start, -(m.end - m.start)))
    chosen = select(sdoc, matches, accept)
    ids = actor_context.to_parents(sdoc, [(m.start, m.end, rec, key) for m, (rec, key) in chosen], pack)
    return [mention(sdoc, doc, m.start, m.end, actor_id, pack, on) for (m, _), actor_id in zip(chosen, ids)]


def _another_bearer(sdoc, m: Match, titles: set[str]) -> bool:
    """A person's one-word alias (a surname) right after a given name of the same person name that is no title:
    'Auma Obama' is not Barack Obama."""
    if m.start == 0:
        return False
    prev = sdoc[m.start - 1]
    return prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ == "PERSON" \
        and sdoc[m.start].ent_iob_ == "I" and norm(prev.text) not in titles


def _inside_longer_name(sdoc, m: Match, pack: ActorPack) -> bool:
    """'Garo National Liberation Army': a pack name of several words that a proper name opens, inside one
    organisation's name, is another organisation (not Colombia's National Liberation Army), unless that word
    is a people, a place or an actor the pack knows ('Kenyan Defence Forces', 'Punjab Counter Terrorism
    Department')."""
    if m.start == 0:
        return False
    first, prev = sdoc[m.start], sdoc[m.start - 1]
    return (first.ent_iob_ == "I" and first.ent_type_ == "ORG" and prev.pos_ == "PROPN" and prev.is_title
            and not pack.demonym_country(prev.text) and pack.lookup(prev.text) is None
            and not default_gazetteer().lookup(prev.text))


def _shared_heads(trie: TokenTrie, keys: Sequence[str], heads: frozenset[str], links: frozenset[str]) -> list[Match]:
    """'GNA and Haftar forces', 'pro-Hadi and Houthi troops': the first of two names coordinated before one force
    noun is that name's force where the pack knows '<name> <noun>' ('GNA forces'), the name's tokens alone.
    'pro-X and allied troops', 'Y and aligned gunmen': a name coordinated with a link adjective (`links`)
    is one side with the noun, the whole phrase that name's force (under any of `heads` the pack knows it by)."""
    out: list[Match] = []
    for h, key in enumerate(keys):
        if key not in heads:
            continue
        c = next((k for k in range(h - 2, max(-1, h - 6), -1) if keys[k] in ("and", "&")), None)
        if c is None:
            continue
        linked = all(k in links for k in keys[c + 1:h] if k)
        for start in range(max(0, c - 3), c):
            found = trie.surfaces([*keys[start:c], key]) or (linked and next(
                (f for head in sorted(heads) if (f := trie.surfaces([*keys[start:c], head]))), ()))
            if found and linked:
                out.append(Match(start, h + 1, tuple(Surface(s.key, (*s.tokens[:-1], *(k for k in keys[c:h] if k),
                                                                     s.tokens[-1]),
                                                             (*s.strict[:-1], *(False for k in keys[c:h] if k),
                                                              s.strict[-1]), s.payload) for s in found)))
                break
            if found:
                out.append(Match(start, c, tuple(Surface(s.key, s.tokens[:-1], s.strict[:-1], s.payload)
                                                 for s in found)))
                break
    return out


def mention(sdoc, doc: Document, start: int, end: int, actor_id: str, pack: ActorPack,
            on: date | None, name: str | None = None) -> ActorMention:
    """An ActorMention for tokens [start, end) resolved to a pack record."""
    a, b = sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1].text)
    rec = pack.get(actor_id)
    if name is None and (held := _period_holding(rec, pack, on)) is not None:
        rec, actor_id = held, held.id
    role = pack.role_of(actor_id)
    if rec.kind == "person" and rec.affiliations:
        current = pack.affiliations(actor_id, on) if on else []
        aff = (current or list(rec.affiliations))[-1 if not current else 0]
        role = aff.role
    return ActorMention(span=Span(doc.doc_id, a, b), text=doc.text[a:b], actor_id=actor_id,
                        name=name or pack.name_at(actor_id, on), kind=pack.kind_at(actor_id, on),
                        provisional=False, role=role)


def _period_holding(rec, pack: ActorPack, on: date | None):
    """A state's force named by an alias the pack files under another government period ('the Somali army' in a
    2018 story, filed under 2022-): the same force of the period holding on the day, unless a change of regime
    lies between them ('the Afghan National Army' after 2021 is the fallen republic's army, not the Taliban's)."""
    if not (rec.force and rec.country and rec.periods and on is not None) or rec.period_at(on) is not None:
        return None
    held = pack.state_forces(rec.country, on, rec.force)
    if held is None or held.id == rec.id:
        return None
    then = rec.periods[0].start or rec.periods[0].end
    regimes = [pack.state_forces(rec.country, when, "government") for when in (then, on)]
    return None if any(g is None or g.extra.get("controlled_by") for g in regimes) else held


def _relation_nouns() -> frozenset[str]:
    """Nouns of a relation between two sides (relations.yaml): 'war between A and B' names two actors."""
    from .relations import lexicon
    return frozenset(lexicon()["nouns"])


def _state_use(sdoc, m: Match, preps: set[str], place_heads: set[str], acting: set[str],
               relation_nouns: frozenset[str] = frozenset()) -> str | None:
    """'place' for a country name used as a place ('attacks in Afghanistan', 'the Afghanistan war', 'a border
    region of Afghanistan'); 'force' for a name before a noun of force or attack ('Pakistan air strikes',
    'the US drone strike': the state's military acted); None for the state itself ('UK officials', 'the
    tensions between A and B')."""
    root = sdoc[m.end - 1]
    if root.dep_ in ("compound", "amod"):
        head = root.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head                 # "Pakistan air strikes": the compound's last noun
        if head.i > root.i and (norm(head.text) in acting or norm(head.lemma_) in acting):
            return "force"
        if root.dep_ == "amod":
            return None
        return None if m.end - m.start == 1 and is_acronym(root.text) else "place"
    for _ in range(3):                   # "in Lower Shabelle, Somalia": apposed to a place
        if root.dep_ not in ("appos", "conj") or root.head.i == root.i:
            break
        if norm(root.head.text) in place_heads or norm(root.head.lemma_) in place_heads:
            return "place"               # "Mirvan, Eastern province, Freedonia.": the last link of a place's chain
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "between" and root.head.head.lemma_.lower() in relation_nouns:
        return None
    if root.dep_ == "pobj" and (root.head.lower_ in preps or (
            root.head.lower_ == "of" and norm(root.head.head.text) in place_heads)):
        return "place"
    return None


def _merge(named: list[ActorMention], generic: list[ActorMention]) -> list[ActorMention]:
    """Generic mentions that absorb a named state ('US troops') replace it; others fill the gaps."""
    wide = SpanIndex(generic)
    return [n for n in named if not wide.covers(n.span.start, n.span.end)] + generic


def tokenizer():
    """The shared pipeline's tokenizer (surface forms are tokenised like documents)."""
    from .. import nlp
    return nlp.load().tokenizer
