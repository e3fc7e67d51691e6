"""Place mentions: spaCy GPE/LOC/FAC entities plus gazetteer names the NER missed, resolved.

Per document the work is dictionary lookups: one normal form per token, then
n-gram keys looked up in the gazetteer (`polemos.knowledge.gazetteer`). Words
around a name (`knowledge/places/cues.yaml`) choose its reading: "Kandahar
province" is the admin1, "the city of Kandahar" the city, "Achin district" the
district, "near Jalalabad" an approximate location (precision 2). Homonyms are
settled by the countries the rest of the document supports, then by kind and
population; a name that cannot be resolved is skipped.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from ..knowledge.gazetteer import Gazetteer, Place, default_gazetteer
from ..knowledge.places.cues import Cues, load_cues
from ..knowledge.places.tables import norm
from .place_anchors import anchor_towns
from .place_sites import facility_sites
from ..model import Document, PlaceMention, Span

NER_LABELS = {"GPE", "LOC", "FAC"}
BLOCKING_LABELS = {"ORG", "PERSON", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
PRECISION = {"country": 3, "admin1": 3, "district": 2, "site": 1, "city": 1}
KIND_RANK = {"country": 5, "admin1": 4, "district": 3, "site": 3, "city": 2}
SMALL_TOWN = 100_000          # towns below this need support from the document's countries
WEAK_LABELS = {"ORG", "PERSON"}
WEAK_MIN_POP = 20_000         # an ORG/PERSON entity is read as a town only this large, in a supported country
MAX_EXTRA_TOKENS = 4          # hyphens and possessives inside a name ("Pul - e - Charkhi")


@dataclass
class _Cand:
    """A name found in the text, before resolution."""

    i: int                      # first token of the name
    j: int                      # one past its last token (cue noun included)
    key: str                    # normalised name
    places: list[Place]
    cue: str | None = None      # admin1 | district | city | facility
    near: bool = False
    countries: set[str] = field(default_factory=set)
    owner: str | None = None    # country of a possessive qualifier ("Mozambique's Gaza province")
    owner_admin1: tuple[str, str] | None = None   # its province ("Chhattisgarh's Bijapur district")
    qualifier: bool = False     # this name only qualifies the next one ("Kabul's Pul-e-Charkhi prison")
    weak: bool = False          # tagged ORG/PERSON by the NER: only a sizeable town of a supported country
    locative: bool = False      # right after "in", "near", "at"...
    division: bool = False      # used as a division: "(Dori, Seno)", "..., Tandubas, Tawi-Tawi."


_KEY_CACHE: dict[int, tuple[str, bool]] = {}     # orth id -> (token key, starts with a capital)


def _token_key(text: str) -> str:
    if text in POSSESSIVE or text in "-\u2013":
        return ""
    if not any(ch.isalnum() for ch in text):
        return "\n"                             # punctuation and spaces stop a name
    return norm(text)


def _token_keys(sdoc) -> tuple[list[str], list[bool]]:
    """Normal form of each token (possessives and hyphens vanish, other punctuation stops names)
    and whether it starts with a capital; cached by vocabulary id, no Token objects made."""
    from spacy.attrs import ORTH
    keys, caps = [], []
    strings = sdoc.vocab.strings
    if len(_KEY_CACHE) > 500_000:
        _KEY_CACHE.clear()
    for orth in sdoc.to_array([ORTH]).tolist():
        hit = _KEY_CACHE.get(orth)
        if hit is None:
            text = strings[orth]
            hit = _KEY_CACHE[orth] = (_token_key(text), text[:1].isupper())
        keys.append(hit[0])
        caps.append(hit[1])
    return keys, caps


def _key(keys: list[str], i: int, j: int) -> str:
    return " ".join(k for k in keys[i:j] if k and k != "\n")


def _ner_spans(sdoc, keys: list[str], cues: Cues, labels=NER_LABELS) -> list[tuple[int, int]]:
    """Token ranges of entities with these labels, without a leading "the" or trailing possessive."""
    spans = []
    for ent in sdoc.ents:
        if ent.label_ not in labels:
            continue
        i, j = ent.start, ent.end
        while i < j and (sdoc[i].lower_ in ("the", "a") or sdoc[i].lower_ in cues.near):
            i += 1                                     # "Near Palmyra" tagged as one entity
        while j > i and (keys[j - 1] in ("", "\n")):
            j -= 1
        start = i
        for k in range(i, j + 1):                      # "Gardez, Paktia" is two names
            if k == j or keys[k] == "\n":
                if start < k and _key(keys, start, k) not in cues.not_places:
                    spans.append((start, k))
                start = k + 1
    return spans


def _blocked(sdoc, i: int, j: int) -> bool:
    """True when tokens i..j are words of a longer non-place name ("Kabul Bank", "University of
    Nangarhar"): a capitalised neighbour inside the same entity, or "of"/"for" before. A list the
    NER glued into one entity ("Samangan, Herat") or a runaway entity ("Raqqa while") does not block."""
    if sdoc[i].ent_type_ not in BLOCKING_LABELS:
        return False
    before = sdoc[i - 1] if i > 0 and sdoc[i].ent_iob_ == "I" else None
    after = sdoc[j] if j < len(sdoc) and sdoc[j].ent_iob_ == "I" else None
    if before is not None and (before.lower_ in ("of", "for") or before.is_title and before.is_alpha):
        return True
    return after is not None and after.is_alpha and after.text[:1].isupper()


def _case_ok(sdoc, i: int, key: str, gz: Gazetteer) -> bool:
    """Names start with a capital; an acronym alias ("US") matches only capitals, and an
    all-capitals word ("SWAT") only an acronym."""
    first = sdoc[i].text
    if not first[:1].isupper():
        return False
    if key in gz.acronyms:
        return first.isupper()
    return not (first.isupper() and len(first) > 1)


def _in_compound(sdoc, i: int, j: int) -> bool:
    """Tokens i..j are part of a hyphenated word ("Dara" in "Dara-i-Sufi")."""
    after = j + 1 < len(sdoc) and sdoc[j].text == "-" and not sdoc[j].whitespace_ and sdoc[j + 1].is_alpha
    before = i >= 2 and sdoc[i - 1].text == "-" and not sdoc[i - 2].whitespace_ and sdoc[i - 2].is_alpha
    return after or before


def _scan(sdoc, keys: list[str], caps: list[bool], gz: Gazetteer, taken: list[bool],
          cues: Cues) -> list[tuple[int, int]]:
    """Longest gazetteer scan-names at each capitalised token not already inside a NER place."""
    spans, n, limit = [], len(sdoc), gz.max_scan_tokens + MAX_EXTRA_TOKENS
    i = 0
    while i < n:
        if taken[i] or not caps[i] or not keys[i] or keys[i] == "\n":
            i += 1
            continue
        found, prefix = None, []
        for j in range(i, min(n, i + limit)):
            if keys[j] == "\n":
                break
            if keys[j]:
                prefix.append(keys[j])
                key = " ".join(prefix)
                if key not in cues.not_scanned and (key in gz.scan_keys or key in gz.admin2_keys
                                                    and _division_context(sdoc, i, j + 1, cues)):
                    found = (j + 1, key)
        if found and not any(taken[i:found[0]]) and _case_ok(sdoc, i, found[1], gz) \
                and not _blocked(sdoc, i, found[0]) and not _in_compound(sdoc, i, found[0]):
            spans.append((i, found[0]))
            i = found[0]
        else:
            i += 1
    return spans


def _division_context(sdoc, i: int, j: int, cues: Cues) -> bool:
    """A second-level division's name is read without NER support only where the text uses it as one:
    before a division noun ("Seno province", "Bijapur district"), closing a parenthesis or an
    address ("(Dori, Seno)", "Barangay Taruk, Tandubas, Tawi-Tawi.")."""
    nxt = sdoc[j].text if j < len(sdoc) else "."
    prev = sdoc[i - 1].text if i > 0 else ""
    if nxt.lower() in cues.after and cues.after[nxt.lower()] in ("admin1", "district"):
        return True
    return nxt == ")" or prev in ("(", ",") and nxt in (",", ".", ")", ";")


def _with_cues(sdoc, keys: list[str], i: int, j: int, gz: Gazetteer, cues: Cues) -> _Cand | None:
    """The candidate for tokens i..j, reading the cue words around it."""
    j = _extend(keys, i, j, gz)
    key = _key(keys, i, j)
    places = gz.lookup_key(key)
    cue = None
    if (not places or len(places) == 1 and places[0].kind == "city") and j - i > 1:
        last = sdoc[j - 1].lower_
        if last in cues.after and (inner := gz.lookup_key(_key(keys, i, j - 1))):
            places, cue = inner, cues.after[last]
            key = _key(keys, i, j - 1)
    if not places:
        return None
    if cue is None and j < len(sdoc) and sdoc[j].lower_ in cues.after:
        cue = cues.after[sdoc[j].lower_]
        j += 1
    if cue is None and i >= 2 and sdoc[i - 1].lower_ == "of" and sdoc[i - 2].lower_ in cues.before_of:
        cue = cues.before_of[sdoc[i - 2].lower_]
    k = i - 1
    while k > 0 and sdoc[k].lower_ in cues.locative_skip:
        k -= 1                                   # "in central Thessaloniki"
    locative = k >= 0 and k < i and sdoc[k].lower_ in cues.locative
    return _Cand(i, j, key, places, cue, _near(sdoc, i, cues), locative=locative,
                 division=cue is None and _division_context(sdoc, i, j, cues))


def _extend(keys: list[str], i: int, j: int, gz: Gazetteer) -> int:
    """End of the longest curated name starting at i and reaching past j ("Kabul" -> "Kabul airport")."""
    prefix, best = [k for k in keys[i:j] if k and k != "\n"], j
    for k in range(j, min(len(keys), j + gz.max_scan_tokens + MAX_EXTRA_TOKENS)):
        if keys[k] == "\n":
            break
        if keys[k]:
            prefix.append(keys[k])
            if " ".join(prefix) in gz.scan_keys:
                best = k + 1
    return best


def _near(sdoc, i: int, cues: Cues) -> bool:
    """A near-word ("near", "outskirts of", "north of") among the few tokens before the name."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = sdoc[k]
        if t.is_punct and t.text not in "-'":
            return False
        low = t.lower_
        if low in cues.near or (low in cues.directions and k + 1 < i and sdoc[k + 1].lower_ == "of"):
            return True
    return False


_CUE_KINDS = {"admin1": ("admin1",), "district": ("district", "city"), "city": ("city",),
              "facility": ("site", "city", "district")}


def _filter(c: _Cand) -> list[Place]:
    """Candidates the cue allows; a city/facility cue that fits none leaves all (admin1/district cues do not)."""
    pool = c.places
    if c.cue is not None:
        pool = [p for p in c.places if p.kind in _CUE_KINDS[c.cue]]
        if not pool and c.cue == "admin1":             # "Seno province": Burkina Faso's provinces are admin2
            pool = [p for p in c.places if p.admin2]
        if not pool and c.cue in ("city", "facility"):
            pool = c.places
    if c.owner:
        pool = [p for p in pool if p.iso2 == c.owner] or pool
    if c.owner_admin1:
        pool = [p for p in pool if (p.iso2, p.admin1) == c.owner_admin1] or pool
    return pool


def _score(p: Place, c: _Cand, support: Counter, pool: list[Place]) -> tuple:
    rank = KIND_RANK.get(p.kind, 1)
    if p.kind == "district" and c.cue is None and any(
            q.kind == "city" and q.geonameid == p.geonameid and norm(q.name) == c.key for q in pool):
        rank = KIND_RANK["city"] - 0.5       # "Palma" alone: the town, not its district
    if p.admin2 and c.cue is None:           # "Bijapur" alone: the town; "(Dori, Seno)": the division
        rank = KIND_RANK["district"] + 0.5 if c.division else KIND_RANK["city"] - 0.5
    if p.kind == "city" and p.capital and any(q.kind == "admin1" and q.iso2 == p.iso2 and q.admin1 == p.admin1
                                              for q in c.places):
        rank = KIND_RANK["admin1"] + 0.5      # "Kandahar": the provincial capital, not the province
    country_name = p.kind == "country" and c.cue is None      # "China" is the country, not China, Maine
    return (country_name, not p.alternate, support.get(p.iso2, 0), rank, p.population)


def _foreign_ok(p: Place, key: str, others: Counter) -> bool:
    """A reading in a country the rest of the document does not support: only a country, an admin1
    or a sizeable town, under its own name (never "Samar" for Samara, nor a village homonym);
    a short variant spelling ("Dara" for Dar'a) does not reach abroad either."""
    if others.get(p.iso2) or p.kind == "country":
        return True
    if p.kind == "admin1":
        return norm(p.name) == key or len(key) > 5
    return not p.alternate and p.kind == "city" and p.population >= SMALL_TOWN


def _unsupported_weak(pool: list[Place], division: bool) -> list[Place]:
    """Readings of a cued ORG/PERSON-tagged name in a document that supports no country: the
    divisions and towns of one country, else a sizeable town's own name; a name used as a division
    ("(Warri South LGA, Delta)") reads as one where it can."""
    pool = [p for p in pool if p.kind != "country"]
    if division:
        pool = [p for p in pool if p.kind == "admin1" or p.admin2] or pool
    if len({p.iso2 for p in pool}) == 1:
        return pool
    return [p for p in pool if p.kind == "city" and not p.alternate and p.population >= WEAK_MIN_POP]


def _resolve(c: _Cand, support: Counter, any_support: bool = True) -> Place | None:
    """The best reading of a candidate; `support` counts, per country, the distinct names that
    point to it alone (the candidate's own vote is taken out, so a name never supports itself)."""
    pool = _filter(c)
    own = Counter({next(iter(c.countries)): 1}) if len(c.countries) == 1 else Counter()
    others = support - own
    if c.weak:                             # cued ("Al-Raqqa province", "in Daquq"): any reading, else a sizeable town
        cued = c.cue is not None or c.near or c.locative or c.division
        if any_support:
            pool = [p for p in pool if others.get(p.iso2) and p.kind != "country"
                    and (cued or p.kind == "city" and p.population >= WEAK_MIN_POP)]
        else:                              # a text naming no country ("protested in Ahvaz"): a cued name
            placed = c.near or c.locative or c.division or c.cue in ("admin1", "district", "city")
            pool = _unsupported_weak(pool, c.division) if placed else []
    if any_support and others:
        pool = [p for p in pool if _foreign_ok(p, c.key, others)]
    if not pool:
        return None
    return max(pool, key=lambda p: _score(p, c, others, pool))


def _mention(c: _Cand, p: Place, sdoc, doc: Document) -> PlaceMention:
    start, end = sdoc[c.i].idx, sdoc[c.j - 1].idx + len(sdoc[c.j - 1].text)
    feature = "district" if c.cue == "district" and p.kind in ("city", "locality") else p.kind
    precision = PRECISION.get(feature, 1)
    if p.kind == "locality":                # a town known only by its province: ACLED's precision 2
        feature, precision = ("district" if feature == "district" else "city"), 2
    if c.near and feature in ("city", "site"):
        precision = 2
    iso = p.admin1_code if p.kind == "admin1" else p.iso2
    return PlaceMention(span=Span(doc.doc_id, start, end), text=doc.text[start:end], name=p.name,
                        country=p.country, admin1=p.admin1 if p.kind != "country" else None,
                        lat=p.lat, lon=p.lon, geonameid=p.geonameid, iso=iso, feature=feature,
                        precision=precision)


def _candidates(sdoc, gz: Gazetteer, cues: Cues) -> list[_Cand]:
    """Names to resolve: NER places first, then gazetteer scan-names and ORG/PERSON-tagged towns
    in the tokens no resolvable NER place covers; text order, no overlaps."""
    keys, caps = _token_keys(sdoc)
    found: list[_Cand] = []
    taken = [False] * len(sdoc)
    for i, j in _ner_spans(sdoc, keys, cues):
        if _key(keys, i, j) in gz.acronyms and not sdoc[i].text.isupper():
            continue                                        # "Us" is not the US
        c = _with_cues(sdoc, keys, i, j, gz, cues)
        if c is not None:
            found.append(c)
            taken[c.i:c.j] = [True] * (c.j - c.i)
    spans = [(i, j, False) for i, j in _scan(sdoc, keys, caps, gz, taken, cues)]
    spans += [(i, j, True) for i, j in _ner_spans(sdoc, keys, cues, WEAK_LABELS) if not any(taken[i:j])]
    for i, j, weak in spans:
        c = _with_cues(sdoc, keys, i, j, gz, cues)
        if c is not None:
            c.weak = weak
            found.append(c)
    cands, last_end = [], 0
    for c in sorted(found, key=lambda c: (c.i, c.weak, -c.j)):
        if c.i >= last_end and not (c.j < len(sdoc) and sdoc[c.j].lower_ in cues.not_before):
            cands.append(c)
            last_end = c.j
    _mark_qualifiers(sdoc, cands)
    for c in cands:
        pool = _filter(c)
        named = [p for p in pool if p.kind == "country"] if c.cue is None else []
        c.countries = set() if c.weak else {p.iso2 for p in named or pool if p.iso2}
    return cands


def _mark_qualifiers(sdoc, cands: list[_Cand]) -> None:
    """"Kabul's Pul-e-Charkhi prison", "Mozambique's Gaza province": the possessor qualifies the next place."""
    for a, b in zip(cands, cands[1:]):
        if a.j < len(sdoc) and sdoc[a.j].text in POSSESSIVE and b.i == a.j + 1:
            a.qualifier = True
            owners = {p.iso2 for p in _filter(a)}
            if len(owners) == 1:
                b.owner = next(iter(owners))
            provinces = {(p.iso2, p.admin1) for p in _filter(a) if p.kind == "admin1"}
            if len(provinces) == 1:
                b.owner_admin1 = next(iter(provinces))


def extract_places(sdoc, doc: Document, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Resolved place mentions of one parsed document, in text order."""
    gz = gazetteer or default_gazetteer()
    cues = load_cues()
    cands = _candidates(sdoc, gz, cues)
    support: Counter = Counter()
    for key, cc in {(c.key, next(iter(c.countries))) for c in cands if len(c.countries) == 1}:
        support[cc] += 1
    resolved: list[Place | None] = []
    for c in cands:
        try:
            resolved.append(_resolve(c, support, bool(support)))
        except (KeyError, ValueError, TypeError, IndexError, AttributeError):
            resolved.append(None)          # one bad name never costs the others
    _align_lists(sdoc, cands, resolved)
    _directed_parts(sdoc, cands, resolved, gz)
    cands, resolved = _anchor(sdoc, cands, resolved, gz, cues)
    for n, start, end, site in facility_sites(sdoc, [(c.i, c.j, c.cue, p) for c, p in zip(cands, resolved)], gz, cues):
        cands[n].i, cands[n].j, cands[n].near, resolved[n] = start, end, False, site
    return [_mention(c, p, sdoc, doc) for n, (c, p) in enumerate(zip(cands, resolved))
            if p is not None and not (c.qualifier and p.kind != "country" and _qualified_resolved(n, cands, resolved))]


def _qualified_resolved(n: int, cands: list[_Cand], resolved: list[Place | None]) -> bool:
    """The place a possessive qualifies was resolved ("Kabul's Pul-e-Charkhi prison"); when it was not
    ("Beirut's Hamra district"), the qualifier is the place the text gives."""
    return n + 1 < len(cands) and resolved[n + 1] is not None and cands[n + 1].i <= cands[n].j + 1


def _province_reading(c: _Cand, p: Place | None) -> Place | None:
    """A provincial capital named without a cue may stand for its province ("Nasir, Zabul")."""
    if p is None or p.kind != "city" or not p.capital or c.cue is not None:
        return p
    return next((q for q in c.places if q.kind == "admin1" and q.iso2 == p.iso2 and q.admin1 == p.admin1), p)


def _anchor(sdoc, cands: list[_Cand], resolved: list[Place | None], gz: Gazetteer,
            cues: Cues) -> tuple[list[_Cand], list[Place | None]]:
    """Towns named before their province are read inside it (`place_anchors`)."""
    readings = [_province_reading(c, p) for c, p in zip(cands, resolved)]
    anchors = anchor_towns(sdoc, [(c.i, c.j, p) for c, p in zip(cands, readings)], gz, cues)
    if not anchors:
        return cands, resolved
    for a in anchors:
        if a.province >= 0:                  # "Gelan, Ghazni": Ghazni is the province here
            resolved[a.province] = readings[a.province]
    gone = {m for a in anchors for m in a.replaces}
    pairs = [(c, p) for m, (c, p) in enumerate(zip(cands, resolved)) if m not in gone]
    pairs += [(_Cand(a.i, a.j, norm(a.place.name), [a.place], a.cue), a.place) for a in anchors]
    pairs.sort(key=lambda cp: cp[0].i)
    return [c for c, _ in pairs], [p for _, p in pairs]


def _directed_parts(sdoc, cands: list[_Cand], resolved: list[Place | None], gz: Gazetteer) -> None:
    """"northern Shan State", "eastern Bago": a direction word picks the part of a division ACLED splits."""
    for k, (c, p) in enumerate(zip(cands, resolved)):
        if p is not None and p.kind == "admin1" and c.i > 0:
            word = sdoc[c.i - 1].lower_
            word = word[:-3] if word.endswith("ern") else word
            if word in ("north", "south", "east", "west"):
                resolved[k] = gz.part_towards(p, word)


def _align_lists(sdoc, cands: list[_Cand], resolved: list[Place | None]) -> None:
    """In "Samangan, Sar-e-Pul and Takhar" every name is a province: a capital city read
    in a list of admin1 names is switched to its admin1 reading."""
    for k, (c, p) in enumerate(zip(cands, resolved)):
        if p is None or p.kind != "city" or c.cue is not None:
            continue
        alt = next((q for q in c.places if q.kind == "admin1" and q.iso2 == p.iso2 and q.admin1 == p.admin1), None)
        if alt is None:
            continue
        for n in (k - 1, k + 1):
            if 0 <= n < len(cands) and resolved[n] is not None and resolved[n].kind == "admin1" \
                    and _listed(sdoc, cands[min(k, n)], cands[max(k, n)]):
                resolved[k] = alt
                break


def _listed(sdoc, a: _Cand, b: _Cand) -> bool:
    """Only commas and conjunctions lie between two names."""
    return 0 < b.i - a.j <= 2 and all(t.text in (",", "and", "or", "&") for t in sdoc[a.j:b.i])


def document_countries(places: list[PlaceMention]) -> list[str]:
    """The document's countries, most mentioned first (admin1/city mentions count for their country)."""
    counts = Counter(p.country for p in places if p.country)
    first = {}
    for k, p in enumerate(places):
        if p.country:
            first.setdefault(p.country, k)
    return sorted(counts, key=lambda cc: (-counts[cc], first[cc]))
