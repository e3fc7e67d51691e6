"""Provisional actors: names spaCy's NER finds (PERSON, ORG, NORP) that the pack lacks.

They are kept, with actor_id "provisional:<slug>". Persons lose their titles for identity
("Mullah Abdul Rauf Khadem" -> abdul-rauf-khadem), and a later surname-only mention ("Khadem")
resolves to the person named in full earlier in the document (pack persons included).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..knowledge.actor_records import norm, slug, token_key
from ..knowledge.actors import ActorPack
from ..knowledge.places.cues import load_cues
from ..model import ActorMention, Document, Span
from . import actor_sources
from .actor_generic import unknown_acronym
from .actor_matcher import cached
from .attribution import doc_ents, texts
from .event_args import SpanIndex

LABELS = {"PERSON", "ORG", "NORP"}


class _Lex:
    def __init__(self, pack: ActorPack):
        lex = pack.lexicon
        self.drop = {norm(t) for t in lex.get("titles_drop", ())}
        self.keep = {norm(t) for t in lex.get("titles_keep", ())}
        self.abbreviated = {norm(t) for t in lex.get("office_abbreviations", ())}
        self.armed = {norm(t) for t in lex.get("armed_heads", ())}
        self.name_heads = {norm(t) for t in lex.get("lowercase_name_heads", ())}
        self.weak = {norm(t) for t in lex.get("weak_surnames", ())}
        self.particles = {norm(t) for t in lex.get("name_particles", ())}
        self.community = {norm(t) for t in lex.get("community_heads", ())}
        self.ideology = {norm(t) for t in lex.get("ideology_words", ())}
        self.place_heads = {norm(t) for t in lex.get("place_heads", ())}
        self.place_prefixes = {norm(t) for t in lex.get("place_prefixes", ())}
        self.place_preps = {norm(t) for t in lex.get("place_prepositions", ())}
        self.place_verbs = load_cues().object_verbs    # an unknown name they take is a town ("shelled Kafrouma")
        self.militia = {norm(t) for t in lex.get("militia_heads", ())}
        self.ethnic = {norm(t) for t in lex.get("ethnic_groups", ())}
        self.stop = {norm(t) for t in lex.get("provisional_stop", ())}
        self.hedges = {norm(t) for t in lex.get("name_hedges", ())}
        from .event_lexicon import load_lexicon
        self.persons = load_lexicon().words["single_persons"]     # 'an elder', 'a land officer': one person
        self.offices = {norm(t) for t in lex.get("offices", ())}
        self.media = {norm(t) for t in lex.get("media_heads", ())}
        self.bodies = {norm(t) for t in lex.get("state_bodies", ())}
        self.military = {norm(w) for cat in ("military", "police") for w in lex.get(cat, ())}
        self.unidentified = {norm(w) for w in lex.get("unidentified", ())}
        self.generic = {norm(w) for cat in ("civilians", "unidentified", "gang", "military", "police", "government",
                                            "protesters", "descriptor_heads") for w in lex.get(cat, ())}


def extract(sdoc, doc: Document, known: list[ActorMention], pack: ActorPack,
            places: Sequence[tuple[int, int]] = (),
            country_at: Callable[[int], str | None] = lambda i: None) -> list[ActorMention]:
    """Provisional mentions for NER names outside `known` and `places` (char spans), then surnames."""
    lex = cached(pack, "provisional_lex", lambda: _Lex(pack))
    taken = SpanIndex.of_pairs([(m.span.start, m.span.end) for m in known] + list(places))
    out: list[ActorMention] = []
    for ent in doc_ents(sdoc):
        if ent.label_ not in LABELS or taken.overlaps(ent.start_char, ent.end_char) or _place_like(ent, lex):
            continue
        found = _from_ent(sdoc, doc, ent, lex, pack, country_at(ent.start))
        if found is not None:
            out.append(found)
    out += _acronym_groups(sdoc, doc, taken, list(known) + out, lex, pack)
    out += _headed_names(sdoc, doc, taken, out, lex, pack)
    short = _surnames(sdoc, doc, known, out, lex, pack)
    spans = SpanIndex(short)
    return [m for m in out if not spans.overlaps(m.span.start, m.span.end)] + short


def _acronym_groups(sdoc, doc: Document, taken: SpanIndex, found: list[ActorMention], lex: _Lex,
                    pack: ActorPack) -> list[ActorMention]:
    """'HBDH militants', 'JaS fighters': an acronym the pack lacks, right before a noun for armed men, names
    their group (NER leaves such acronyms out, or the tagger reads them as verbs); the group of the document whose
    name it abbreviates, when there is one ('Boko Haram ... BH fighters')."""
    have = SpanIndex.of_pairs([(m.span.start, m.span.end) for m in found])
    initials = {"".join(w[0] for w in m.text.split() if w[:1].isupper()): m for m in found
                if m.kind == "armed_group" and len(m.text.split()) > 1}
    out = []
    words = texts(sdoc)
    for i in range(len(sdoc) - 1):
        if not 2 <= len(words[i]) <= 6 or not words[i][0].isupper():
            continue    # too long or short, or lower-case: no acronym (unknown_acronym), no Token made
        tok, nxt = sdoc[i], sdoc[i + 1]
        if not unknown_acronym(tok) or norm(nxt.text) not in lex.unidentified | lex.armed or (
                tok.is_sent_start and tok.is_stop):
            continue
        a, b = tok.idx, tok.idx + len(tok.text)
        if taken.overlaps(a, b) or have.overlaps(a, b) or pack.has_key(norm(tok.text)):
            continue
        full = initials.get(tok.text.upper())
        if full is not None:
            out.append(replace(full, span=Span(doc.doc_id, a, b), text=tok.text, role=None))
        else:
            out.append(_make(doc, [tok], f"provisional:{slug(tok.text)}", tok.text, "armed_group"))
    return out


def _headed_names(sdoc, doc: Document, taken: SpanIndex, found: list[ActorMention], lex: _Lex,
                  pack: ActorPack) -> list[ActorMention]:
    """'the Baz Pilat gang', 'the Los Enanos gang': capitalised words compounded on a lower-case head noun of a
    group's name (`lowercase_name_heads`) name an armed group, where NER found no name there (or a place's: no
    place was found there); the words alone the pack's or a known place's are left to them."""
    have = SpanIndex.of_pairs([(m.span.start, m.span.end) for m in found])
    out = []
    for i, word in enumerate(texts(sdoc)):
        if i == 0 or not word.islower() or word not in lex.name_heads:
            continue                    # (the listed strings first: no Token made for the other words)
        head = sdoc[i]
        start = head.i
        while start > 0 and sdoc[start - 1].head.i > start - 1 and sdoc[start - 1].head.i <= head.i and (
                sdoc[start - 1].pos_ in ("PROPN", "NUM") and sdoc[start - 1].dep_ in ("compound", "nmod", "nummod")
                and sdoc[start - 1].text[:1].isalnum() and not sdoc[start - 1].is_lower):
            start -= 1
        if start == head.i or not sdoc[start].text[:1].isupper() and not sdoc[head.i - 1].text[:1].isupper():
            continue
        a, b = sdoc[start].idx, head.idx + len(head.text)
        if taken.overlaps(a, b) or have.overlaps(a, b) or pack.has_key(norm(sdoc[start:head.i].text)):
            continue
        name = _text(doc, list(sdoc[start:head.i + 1]))
        out.append(_make(doc, list(sdoc[start:head.i + 1]), f"provisional:{slug(norm(name))}", name, "armed_group"))
    return out


def _place_like(ent, lex: _Lex) -> bool:
    """NER often tags unknown towns as PERSON/ORG: 'in Saraqab', 'Madagali LGA', 'on Ftireh front'; and as NORP
    when a place word says so ('the village of X')."""
    root = ent.root
    head = root.head if root.dep_ == "conj" and root.head.i < root.i and root.head.dep_ in ("compound", "nmod") \
        else root                       # "Sangmo and Dhanni hamlets": named with the first conjunct
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i:
        head = head.head                # "the Korghal security post": the noun the compound chain ends in
    if _place_noun(ent[-1], lex) or (head is not root and _place_noun(head, lex)) or (
            len(ent) > 1 and norm(ent[0].text) in lex.place_prefixes):
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.text in ("-", "‐") and not ent[-1].whitespace_:
        return True                     # "Qalay-i-Zal district": a piece of a hyphenated place name
    if root.dep_ == "pobj" and root.head.lower_ == "of" and norm(root.head.head.lemma_) in lex.place_heads:
        return True                     # "the village of Mbakari", "the farming villages of Oda"
    if any(t.dep_ == "appos" and _a_place(t, lex) for t in root.children):
        return True                     # "seized Bargal, a coastal village": a place's name ("X, governor of
                                        # Y" is a person's: the noun must be a place's, told with "a")
    if ent.label_ == "NORP":
        return False
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lex.place_verbs:
        return True                     # "the army shelled Kafrouma": no person is shelled or overrun
    armed = any(norm(t.text) in lex.armed for t in ent)
    return (not armed and ent.label_ != "PERSON" or len(ent) == 1) and root.dep_ == "pobj" \
        and root.head.lower_ in lex.place_preps


def _place_noun(tok, lex: _Lex) -> bool:
    """A place noun, singular or plural ('Sangmo and Dhanni hamlets')."""
    return norm(tok.text) in lex.place_heads or (tok.tag_ == "NNS" and norm(tok.lemma_) in lex.place_heads)


def _a_place(noun, lex: _Lex) -> bool:
    """'a coastal village', 'a strategic town': a place noun with an indefinite article."""
    return norm(noun.lemma_) in lex.place_heads and noun.lemma_.lower() not in lex.persons and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _strip_titles(tokens, lex: _Lex) -> tuple[int, int]:
    """Index of the first token after dropped titles, and after all titles (identity start)."""
    i = 0
    while i < len(tokens) - 1 and (norm(tokens[i].text) in lex.drop or tokens[i].text in (".",)):
        i += 1
    j = i
    while j < len(tokens) - 1 and norm(tokens[j].text) in lex.keep:
        j += 1
    return i, j


def _name_head(sdoc, ent, lex: _Lex, pack: ActorPack):
    """'the Los Enanos gang', 'the Familia Michoacana cartel': a lower-case head noun of a group's name right after
    the name NER found (`lowercase_name_heads`), the name one of its compounds; not when the name alone is the
    pack's ('the Taliban militia')."""
    if ent.end >= len(sdoc) or pack.has_key(norm(ent.text)):
        return None
    head = sdoc[ent.end]
    if not head.is_lower or norm(head.text) not in lex.name_heads or ent.root.head.i != head.i or \
            ent.root.dep_ != "compound":
        return None
    return head


def _extend_left(sdoc, ent):
    """'Lions Brigade' -> 'Desert Lions Brigade': capitalised compounds NER left out."""
    start = ent.start
    while start > 0:
        tok = sdoc[start - 1]
        if not (tok.pos_ == "PROPN" and tok.dep_ == "compound" and ent.start <= tok.head.i < ent.end):
            break
        start -= 1
    return sdoc[start:ent.end] if start != ent.start else ent


def _from_ent(sdoc, doc: Document, ent, lex: _Lex, pack: ActorPack, country: str | None) -> ActorMention | None:
    label = ent.label_
    bare = ent[1:] if len(ent) > 1 and norm(ent[0].text) in lex.hedges else ent
    if label in ("PERSON", "ORG") and norm(bare.text) in lex.ethnic:
        label = "NORP"                 # "Tiv and Ichen militias", "Balanda raiders": a people the NER took for a name
        # ("Suspected Fulani militiamen": a hedge the NER took into it)
    if label == "ORG" and len(ent) > 1 and norm(ent[0].text) in lex.abbreviated and ent[0].text.isupper():
        label = "PERSON"               # "CM Gandapur": an office and a name, not an organisation
    if label == "ORG":
        ent = _extend_left(sdoc, ent)
    if label in ("ORG", "PERSON") and (head := _name_head(sdoc, ent, lex, pack)) is not None:
        ent, label = sdoc[ent.start:head.i + 1], "ORG"    # "the Los Enanos gang": the name and its head noun
    toks = [t for t in ent if not (t.lower_ in ("'s", "’s") or t.is_punct and t.i == ent.end - 1)]
    if toks and toks[0].lower_ in ("the", "a", "an"):
        toks = toks[1:]
    if (label == "ORG" and len(toks) > 2 or label == "NORP" and len(toks) > 1) and norm(
            toks[0].text) in lex.hedges and not pack.has_key(norm(_text(doc, toks[1:]))):
        toks = toks[1:]                # "Alleged Garo National Liberation Army rebels": the group's name;
        # "Suspected Islamist militants" opening a sentence: the ideology's
    if not toks or not toks[0].text[:1].isupper():
        return None
    if label != "NORP" and _noise(toks, lex, pack):
        return None                    # "State", "Fatwa", "ADN", "Secretary of State": not actors
    if label == "ORG" and len(toks) == 1 and any(
            c.dep_ == "appos" and c.lemma_.lower() in lex.persons for c in toks[0].children):
        label = "PERSON"               # "shot Nasib, a tribal elder": a person the NER took for an organisation
    if label == "PERSON":
        shown, ident = _strip_titles(toks, lex)
        name_toks, id_toks = toks[shown:], toks[ident:]
        kind = "person"
    else:
        name_toks = id_toks = toks
        kind = "organisation"
    text = _unquoted(doc, name_toks)
    key = norm(_unquoted(doc, id_toks))
    if not key or key in lex.generic or key in lex.stop or pack.has_key(key):
        return None                    # generic words, or a pack name the matcher refused on purpose
    if label == "NORP":
        return _norp(sdoc, doc, ent, toks, lex, pack, country)
    if pack.demonym_country(text):
        return None
    last = norm(toks[-1].text)
    if label == "ORG" and len(toks) > 1 and {norm(toks[0].text), last} & lex.bodies:
        name = f"{text} ({country})" if country else text
        return _make(doc, name_toks, f"provisional:{slug(name)}", name, "state")
    if len(toks) > 1 and last in lex.media and not any(token_key(t.text) in lex.armed for t in toks[:-1]):
        return _make(doc, name_toks, f"provisional:{slug(key)}", text, "organisation", role="source")
    if label == "PERSON" and (last in lex.armed or last in lex.media):
        kind = "organisation"          # "Afghan Diaspora Network": NER took an organisation for a person
    if (label != "PERSON" and any(token_key(t.text) in lex.armed for t in toks)) or (
            kind == "organisation" and len(toks) > 1 and last in lex.name_heads):
        kind = "armed_group"           # "Gente Nueva Gang" (a PERSON to NER): a gang's name
    a, b = name_toks[0].i, name_toks[-1].i + 1
    if kind in ("person", "organisation") and actor_sources.is_byline(sdoc, a, b, doc, pack):
        return None                    # the author, a byline, a photo credit: no actor
    role = "source" if kind in ("person", "organisation") and actor_sources.is_source_person(
        sdoc, a, b, doc, pack) else None
    return _make(doc, name_toks, f"provisional:{slug(key)}", text, kind, role=role)


def _noise(toks, lex: _Lex, pack: ActorPack) -> bool:
    """Offices and titles ('Secretary of State', 'US Foreign Minister'), capitalised common words
    ('State', 'Fatwa'), short all-capitals tokens the pack lacks ('ADN'), lone common surnames ('Khan')."""
    words = list(toks)
    while len(words) > 1 and (pack.demonym_country(words[0].text) or norm(words[0].text) in ("the", "of")):
        words = words[1:]              # "US Secretary of State" -> "Secretary of State"
    key = norm(" ".join(t.text for t in words))
    if key in lex.offices or key in lex.drop:
        return True
    if len(words) != 1:
        return False
    tok = words[0]
    letters = [c for c in tok.text if c.isalpha()]
    if tok.is_stop or tok.pos_ not in ("PROPN",) or key in lex.weak:
        return True
    if letters and all(c.isupper() for c in letters) and len(letters) <= 4:
        return True                    # an unknown short acronym: a source tag, a party, a unit...
    return tok.text[:1].isupper() and not tok.text.isupper() and key in common_words()


_COMMON: set[str] = set()


def common_words() -> set[str]:
    """Lower-case English dictionary words (the pipeline lemmatizer's index), loaded once."""
    if not _COMMON:
        from .. import nlp
        try:
            table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
            for pos in table:
                _COMMON.update(w for w in table[pos] if w.isalpha())
        except (KeyError, ValueError):          # a pipeline without a rule lemmatizer: no filter
            _COMMON.add("")
    return _COMMON


def _norp(sdoc, doc, ent, toks, lex: _Lex, pack: ActorPack, country: str | None) -> ActorMention | None:
    """'Hazaras', 'Uyghur fighters', 'Shiite communities' are actors; 'Afghan' or 'Shiite mosques' are not."""
    word = _text(doc, toks)            # (without a hedge: "Suspected Islamist fighters")
    if pack.demonym_country(word) or _hyphen_compound(sdoc, ent) or norm(word) in lex.ideology:
        return None                    # "Sunni jihadist", "Islamist militants" describe; the generic noun decides
    root = ent.root
    head = root.head
    shared = root.dep_ in ("amod", "compound", "nmod") and ent.end < head.i <= ent.end + 3 and any(
        t.dep_ == "conj" and t.head.i == root.i for t in sdoc[ent.end:head.i])
    if shared and norm(head.text) in lex.militia:
        name = f"{word} Ethnic Militia" + (f" ({country})" if country else "")
        return _make(doc, toks, f"provisional:{slug(name)}", name, "armed_group")   # "Tiv and Jukun militias"
    if root.dep_ in ("amod", "compound") and head.i == ent.end:
        hk = norm(head.text)
        if hk in lex.community:
            return _make(doc, toks + [head], f"provisional:{slug(word)}", _text(doc, toks + [head]), "civilians")
        if hk in lex.militia:
            name = f"{word} Ethnic Militia" + (f" ({country})" if country else "")
            return _make(doc, toks + [head], f"provisional:{slug(name)}", name, "armed_group")
        if hk in lex.military:
            return _make(doc, toks + [head], f"provisional:{slug(word)}", _text(doc, toks + [head]), "state_force")
        if hk in lex.unidentified or hk in lex.armed:
            return _make(doc, toks + [head], f"provisional:{slug(word)}", _text(doc, toks + [head]), "armed_group")
        return None
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound"):
        return _make(doc, toks, f"provisional:{slug(word)}", _text(doc, toks), "civilians")
    return None


def _hyphen_compound(sdoc, ent) -> bool:
    """'Greek-owned vessel', 'Liberian-flagged', 'Iranian-made drones': a nationality glued to a participle
    describes a thing, it is no actor."""
    k = ent.end
    return k + 1 < len(sdoc) and sdoc[k].text in ("-", "‐", "‑") and not sdoc[k - 1].whitespace_ \
        and sdoc[k + 1].pos_ in ("VERB", "ADJ")


def _text(doc: Document, toks) -> str:
    return doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]


def _unquoted(doc: Document, toks) -> str:
    """A name's text without a quoted nickname inside it ('Jimmy \u2018Barbecue\u2019 Cherizier' -> 'Jimmy
    Cherizier'), the name the person is known by in lists."""
    from ..nlp import CLOSE_QUOTES, OPEN_QUOTES
    quotes = [i for i, t in enumerate(toks) if t.text in OPEN_QUOTES + CLOSE_QUOTES]
    if len(quotes) != 2 or quotes[0] == 0 or quotes[1] == len(toks) - 1:
        return _text(doc, toks)
    return f"{_text(doc, toks[:quotes[0]])} {_text(doc, toks[quotes[1] + 1:])}"


def _make(doc: Document, toks, actor_id: str, name: str, kind: str, role: str | None = None) -> ActorMention:
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return ActorMention(span=Span(doc.doc_id, a, b), text=doc.text[a:b], actor_id=actor_id, name=name,
                        kind=kind, provisional=True, role=role)


def _surname_key(text: str, lex: _Lex) -> str | None:
    words = [w for w in norm(text).split() if w not in lex.particles]
    if not words or len(words[-1]) < 4 or words[-1] in lex.weak:
        return None
    return words[-1]


def _surnames(sdoc, doc: Document, known: list[ActorMention], found: list[ActorMention], lex: _Lex,
              pack: ActorPack) -> list[ActorMention]:
    """'Khadem' after 'Mullah Abdul Rauf Khadem': the same person (the latest one named so far)."""
    persons = sorted((m for m in known + found if m.kind == "person" and len(m.text.split()) > 1),
                     key=lambda m: m.span.start)
    if not persons:
        return []
    index: dict[str, list[ActorMention]] = {}
    for m in persons:
        for source in {m.text, m.name}:
            key = _surname_key(source, lex)
            if key:
                index.setdefault(key, []).append(m)
    taken = SpanIndex(known)
    out = []
    words = texts(sdoc)
    for i in range(len(sdoc)):
        if not words[i][:1].isupper() or len(words[i]) < 4:
            continue    # no Token made for a word that cannot be a surname
        tok = sdoc[i]
        key = token_key(tok.text)
        if key not in index or pack.has_key(key) or pack.demonym_country(tok.text):
            continue
        earlier = [m for m in index[key] if m.span.end <= tok.idx]
        if not earlier or taken.overlaps(tok.idx, tok.idx + len(tok.text)):
            continue
        start = _with_particles(sdoc, tok.i, lex)
        ref = earlier[-1]
        given = sdoc[start - 1] if start > 0 else None
        if given is not None and given.pos_ == "PROPN" and given.text[:1].isupper() and not given.is_sent_start \
                and norm(given.text) not in norm(ref.text).split() and not pack.has_key(token_key(given.text)):
            continue        # "Omar Diallo" after "Aminata Diallo": another first name, another person
        a, b = sdoc[start].idx, tok.idx + len(tok.text)
        out.append(ActorMention(span=Span(doc.doc_id, a, b), text=doc.text[a:b], actor_id=ref.actor_id,
                                name=ref.name, kind="person", provisional=ref.provisional, role=ref.role))
    return out


def _with_particles(sdoc, i: int, lex: _Lex) -> int:
    """Extend 'Muhajer' left over 'Al-' to 'Al-Muhajer'."""
    start = i
    while start - 1 >= 0 and (sdoc[start - 1].text in ("-", "‐") or norm(sdoc[start - 1].text) in lex.particles):
        if sdoc[start - 1].whitespace_ and sdoc[start - 1].text not in ("-", "‐"):
            break
        start -= 1
    while start < i and sdoc[start].text in ("-", "‐"):
        start += 1
    return start
