"""Tribes and clans as sides: ACLED's '<X> Tribal Militia (Country)' and '<X> Clan Militia (Country)'.

A kin noun names a militia of the tribe or clan told before it ('Al Zubair tribesmen', 'a Dhulbahante clan
militia', 'between Al Shamil and Bani Hudhayl tribesmen': each name its own side); any armed noun owned by a tribe or
clan after it names that one ('gunmen from the Reer Hassan and Wacdaan clans'); a kin noun with no name is
the country's Unidentified Tribal/Clan Militia ('unidentified tribesmen', 'tribal militias'). The nouns are pack
data (`kin_militias` in knowledge/actors/generic.yaml); names of peoples the packs list (`ethnic_groups`: 'Fulani
herdsmen') keep their ethnic militia, named groups and states their own name.
"""
from __future__ import annotations

from ..knowledge.actor_records import norm, slug
from ..knowledge.actors import ActorPack
from ..model import ActorMention, Document, Span
from .actor_matcher import cached

_LINKS = {",", "and", "&"}


class Kin:
    """The kin nouns of the pack, built once per pack."""

    def __init__(self, pack: ActorPack):
        self.heads: dict[str, str] = {}        # 'tribesmen' -> 'Tribal Militia'
        self.owners: dict[str, str] = {}       # 'clans' -> 'Clan Militia'
        for entry in pack.lexicon.get("kin_militias", ()):
            for w in entry.get("heads", ()):
                self.heads[norm(w)] = entry["name"]
            for w in entry.get("owners", ()):
                self.owners[norm(w)] = entry["name"]
        self.particles = {norm(w) for w in pack.lexicon.get("name_particles", ())}
        self.ethnic = {norm(w) for w in pack.lexicon.get("ethnic_groups", ())}
        self.sub = pack.lexicon.get("kin_subdivision", "Sub-Clan Militia")     # a clan's division ('X sub-clan of Y')
        self.spelt = {norm(v): name for name, variants in (pack.lexicon.get("kin_spellings") or {}).items()
                      for v in variants}                                        # 'Habargidir' -> 'Habar Gedir'

    def spelling(self, told: str) -> str:
        """A tribe's or clan's name as ACLED writes it ('Habar Gidir' -> 'Habar Gedir')."""
        return self.spelt.get(norm(told), told)


def kin(pack: ActorPack) -> Kin:
    return cached(pack, "kin", lambda: Kin(pack))


def head_phrases(pack: ActorPack) -> list[str]:
    """The kin nouns the generic trie matches ('tribesmen', 'clan militia')."""
    return [w for entry in pack.lexicon.get("kin_militias", ()) for w in entry.get("heads", ())]


def militias(sdoc, doc: Document, start: int, end: int, phrase: str, by_token, pack: ActorPack,
             country: str | None) -> list[ActorMention] | None:
    """The kin militias a noun [start, end) names, the first told first; None when it names none (or another
    reading holds: a named group's or a people's men)."""
    k = kin(pack)
    base = k.heads.get(norm(phrase))
    names = _names_before(sdoc, start, by_token, k) if base else []
    if names is None:
        return None                                  # 'Houthi tribesmen', 'Fulani clansmen': another reading
    parent = None
    if not names and (owned := _owners_after(sdoc, end, by_token, k)) is not None:
        names, base, parent = owned                  # 'militiamen from the X clan', 'the X sub-clan of Y'
    if base is None:
        return None
    if not names:
        if start > 0 and pack.demonym_country(sdoc[start - 1].text):
            country = pack.demonym_country(sdoc[start - 1].text)
        name = f"Unidentified {base}" + (f" ({country})" if country else "")
        return [_mention(doc, sdoc, start, end, name)]
    out = []
    for n, (a, b) in enumerate(names):
        told = k.spelling(doc.text[sdoc[a].idx:sdoc[b - 1].idx + len(sdoc[b - 1])])
        if parent:
            told = f"{parent}-{told}"                # ACLED: 'Habar Gedir-Ayr Sub-Clan Militia'
        name = f"{told} {base}" + (f" ({country})" if country else "")
        whole = (n == len(names) - 1) if b <= start else n == 0   # the name that reads with the noun holds it
        out.append(_mention(doc, sdoc, min(a, start) if whole else a, max(b, end) if whole else b, name))
    return out


def _names_before(sdoc, start: int, by_token, k: Kin) -> list[tuple[int, int]] | None:
    """Token ranges of the names coordinated right before a kin noun, in text order: [] for none, None when a
    named actor, a people or a demonym stands there (another reading of the phrase)."""
    names: list[tuple[int, int]] = []
    i = start - 1
    while i >= 0:
        b = i + 1
        while i >= 0 and _name_token(sdoc[i], k) and i not in by_token:
            i -= 1
        if i >= 0 and i in by_token and sdoc[i].text[:1].isupper():
            return None                              # 'Houthi tribesmen', 'Houthi and Bani X tribesmen'
        a = i + 1
        while a < b and sdoc[a].text.islower():
            a += 1                                   # a name opens on a capital ('Al', 'Bani'), not 'al'
        if a == b:
            break
        if norm(sdoc[a:b].text) in k.ethnic or norm(sdoc[b - 1].text) in k.ethnic:
            return None
        names.append((a, b))
        if i >= 0 and sdoc[i].lower_ in _LINKS and i - 1 >= 0 and _name_token(sdoc[i - 1], k):
            i -= 1
            continue
        break
    return names[::-1]


def _owners_after(sdoc, end: int, by_token, k: Kin) -> tuple[list[tuple[int, int]], str, str | None] | None:
    """'(gunmen) from the Reer Hassan and Wacdaan clans': the names and the kin of the owner after a noun, and the
    clan a division of it belongs to ('of the Xaaf sub-clan of (the) Reer Dalal (clan)': Reer Dalal)."""
    i = end
    if i >= len(sdoc) or sdoc[i].lower_ not in ("from", "of"):
        return None
    i += 1
    if i < len(sdoc) and sdoc[i].lower_ == "the":
        i += 1
    names: list[tuple[int, int]] = []
    while i < len(sdoc):
        a = i
        while i < len(sdoc) and _name_token(sdoc[i], k) and i not in by_token and _owner_at(sdoc, i, k) is None:
            i += 1
        if a == i or not sdoc[a].text[:1].isupper() or norm(sdoc[a:i].text) in k.ethnic:
            return None
        names.append((a, i))
        if i < len(sdoc) and sdoc[i].lower_ in _LINKS:
            i += 1
            continue
        break
    if (owner := _owner_at(sdoc, i, k)) is None:
        return None
    base, i = owner
    parent = _parent_after(sdoc, i, by_token, k)
    return names, (k.sub if parent else base), parent


def _owner_at(sdoc, i: int, k: Kin) -> tuple[str, int] | None:
    """The kin noun of one to three words at token i ('clans', 'sub-clan', 'sub clans') and the token after it."""
    for j in range(min(i + 3, len(sdoc)), i, -1):
        if (base := k.owners.get(norm(sdoc[i:j].text))) is not None:
            return base, j
    return None


def _parent_after(sdoc, i: int, by_token, k: Kin) -> str | None:
    """The clan a clan or sub-clan told before belongs to: 'of (the) Habar Gedir (clan)', as ACLED spells it."""
    if i >= len(sdoc) or sdoc[i].lower_ != "of":
        return None
    i += 1
    if i < len(sdoc) and sdoc[i].lower_ == "the":
        i += 1
    a = i
    while i < len(sdoc) and _name_token(sdoc[i], k) and i not in by_token and _owner_at(sdoc, i, k) is None:
        i += 1
    if a == i or not sdoc[a].text[:1].isupper():
        return None
    return k.spelling(sdoc[a:i].text)


def _name_token(tok, k: Kin) -> bool:
    """A word of a tribe's or clan's name: capitalised, or a particle inside it ('Ba al Harith')."""
    if tok.text[:1].isupper():
        return tok.is_alpha and not tok.is_stop and (tok.pos_ == "PROPN" or not tok.is_sent_start)
    return norm(tok.text) in k.particles


def _mention(doc: Document, sdoc, a: int, b: int, name: str) -> ActorMention:
    start, stop = sdoc[a].idx, sdoc[b - 1].idx + len(sdoc[b - 1].text)
    return ActorMention(span=Span(doc.doc_id, start, stop), text=doc.text[start:stop],
                        actor_id=f"provisional:{slug(name)}", name=name, kind="armed_group", provisional=True)
