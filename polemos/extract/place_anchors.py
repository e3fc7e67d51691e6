"""Towns placed by the text: "Town, Province[, Country]", "Town (District, Province)",
"Town district of Province".

The province named next to a town says where the town is: the town is resolved
inside that province, and when the gazetteer knows no place of that name there it
is kept as a locality of the province (its name as written, the province's
coordinates, ACLED geo_precision 2) instead of a homonym abroad. The run of words
read as the town's name is the capitalised run (with connectors such as "-e-",
"wa", "al") that ends right before the comma, the parenthesis or "district of".
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..knowledge.gazetteer import Gazetteer, Place
from ..knowledge.places.cues import Cues
from ..knowledge.places.tables import norm
from .attribution import deps, lowers, texts

SMALL_TOWN = 100_000           # a town this large in another province: the text is a list, not "Town, Province"
MAX_RUN = 6                    # tokens of a town name
COMMON_NAME = 3                # provinces holding towns of one name: a common name, not a list
BAD_RUN_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "NORP", "MONEY", "PERCENT", "QUANTITY"}
_INSIDE_KINDS = ("city", "district", "site")
DISTRICT_NOUNS = frozenset({"district", "districts", "subdistrict", "tehsil", "county", "lga", "township", "territory"})


@dataclass
class Anchor:
    """A town read inside a province: tokens i..j (cue noun included), its reading, the candidates it replaces."""

    i: int
    j: int
    cue: str | None
    place: Place
    replaces: list[int]
    province: int = -1          # the candidate read as the province (first town of a chain)
    province_place: Place | None = None     # its reading: the one the town lies in


def _province_end(sdoc, k0: int, nouns: frozenset[str] = frozenset()) -> int | None:
    """Where the town before a province ends: the token index after its last word, or None."""
    if k0 < 1:
        return None
    t = sdoc[k0 - 1]
    if t.text == ",":
        return k0 - 1
    if t.lower_ == "of" and k0 >= 2 and sdoc[k0 - 2].lower_ in ("district", "districts", "area", "village"):
        return k0 - 1                       # "Achin district of Nangarhar": the noun belongs to the town
    if t.lower_ == "in" and k0 >= 2 and (sdoc[k0 - 2].text[:1].isupper() or sdoc[k0 - 2].lower_ in nouns):
        return k0 - 1                       # "the town of Komanda in Irumu territory" (checked by the caller)
    for k in range(k0 - 1, max(-1, k0 - 8), -1):  # "Town (District, Province)"
        if sdoc[k].text == "(":
            return k
        if sdoc[k].text in (")", ".", ";") or sdoc[k].is_sent_start:
            return None
    return None


def _run(sdoc, end: int, cues: Cues, gz: Gazetteer | None = None) -> tuple[int, int, str | None]:
    """The capitalised name ending before `end` (a trailing locality noun kept apart): (start, name end, noun).
    A word the NER took for a people is part of it before a division noun ("Poonch district") or when
    it is a town's name (`gz`): the NER's guess at an unknown word."""
    stop, noun = end, None
    if stop > 0 and sdoc[stop - 1].lower_ in cues.locality_nouns:
        noun = sdoc[stop - 1].lower_
        stop -= 1
    k = stop
    while k > 0 and stop - k < MAX_RUN:
        t = sdoc[k - 1]
        if t.ent_type_ in BAD_RUN_LABELS and not (t.ent_type_ == "NORP" and (noun in DISTRICT_NOUNS or gz is not None
                                                  and any(p.kind == "city" for p in gz.lookup(t.text)))):
            break
        if t.is_alpha and t.text[:1].isupper():
            k -= 1
        elif (t.lower_ in cues.connectors) and k < stop and k >= 2 and sdoc[k - 2].text[:1].isupper():
            k -= 1
        else:
            break
    while k < stop and not sdoc[k].text[:1].isupper():
        k += 1
    if k < stop and sdoc[k].is_sent_start and stop - k == 1:
        return stop, stop, noun                 # a lone capitalised first word is not a town
    if 0 < k < stop and sdoc[k - 1].tag_ == "POS" and sdoc[k].ent_type_ == "ORG" and sdoc[k].ent_iob_ == "I":
        return stop, stop, noun                 # the tail of an organisation's name ("the Employees' Union, Punjab")
    return k, stop, noun


def _listed_after(sdoc, j: int) -> bool:
    """The province is followed by another name in a list ("Kandahar, Helmand and Zabul")."""
    return j + 1 < len(sdoc) and sdoc[j].lower_ in ("and", "or", "&") and sdoc[j + 1].text[:1].isupper()


def _inside(places: list[Place], prov: Place) -> list[Place]:
    """Readings inside the province (a part of a split province included: Lashio in "Shan State"), and
    towns of its country the gazetteer knows no province of ("Iquique, Tarapaca": the text says which)."""
    return [p for p in places if p.kind in _INSIDE_KINDS and p.iso2 == prov.iso2 and (
        p.admin1 == prov.admin1 or p.admin1 is None
        or prov.gn_admin1 is not None and p.gn_admin1 == prov.gn_admin1)]


def _elsewhere(places: list[Place], prov: Place) -> bool:
    """The name is a province, a country, or a sizeable town of another province of the same country."""
    return any(p.kind == "country" or p.iso2 == prov.iso2 and (p.kind == "admin1" or p.admin1 is not None
               and p.admin1 != prov.admin1 and p.population >= SMALL_TOWN) for p in places)


def _common(places: list[Place], prov: Place) -> bool:
    """Towns of this name lie in COMMON_NAME provinces of the country or more ("Benito Juarez"): the province
    written after it says which, a big namesake elsewhere makes no list of it."""
    return len({p.admin1 for p in places if p.kind == "city" and p.iso2 == prov.iso2}) >= COMMON_NAME


def locality(name: str, prov: Place) -> Place:
    """A place the gazetteer does not know, inside a known province (the province's coordinates)."""
    return Place(name=name, kind="locality", country=prov.country, iso2=prov.iso2, admin1=prov.admin1,
                 admin1_code=prov.admin1_code, gn_admin1=prov.gn_admin1, lat=prov.lat, lon=prov.lon)


def anchor_towns(sdoc, spans: list[tuple[int, int, Place | None]], gz: Gazetteer, cues: Cues,
                 readings: list[list[Place]] | None = None) -> list[Anchor]:
    """Towns named before a resolved province; `spans` are the candidates (token range, reading),
    `readings` every reading of each. A town anchored this way anchors in turn the name before it
    ("Sar Kalay area, Khanabad district, Kunduz province")."""
    out: list[Anchor] = []
    for n in range(len(spans) - 1, -1, -1):
        i0, j0, prov = spans[n]
        if prov is None and readings is not None:     # "(Barkin Ladi LGA, Plateau)": Nigeria's, not Benin's
            prov = _holding(sdoc, i0, [q for q in readings[n] if q.kind == "admin1"], gz, cues)
        elif prov is not None and prov.kind == "city" and readings is not None and _after_district(sdoc, i0, cues):
            provinces = [q for q in readings[n] if q.kind == "admin1"]
            prov = provinces[0] if len(provinces) == 1 else prov    # "Daman district, Kandahar": the province
        if prov is None or prov.kind not in ("admin1", "district") or _listed_after(sdoc, j0) \
                or any(a.i <= i0 < a.j for a in out):
            continue
        if readings is not None:
            prov = _province_holding(sdoc, i0, prov, readings[n], gz, cues)
        first = prov
        for _ in range(3):
            anchor = _anchor_before(sdoc, i0, prov, spans, gz, cues, skip=n)
            if anchor is None:
                break
            anchor.province, anchor.province_place = n, first if n >= 0 else None
            out.append(anchor)
            i0, prov, n = anchor.i, anchor.place, -1
    return out


def _after_district(sdoc, i0: int, cues: Cues) -> bool:
    """The name at token i0 follows a division called by its noun ("Daman district, Kandahar"): it names the
    province holding that division, not a town."""
    end = _province_end(sdoc, i0, cues.locality_nouns)
    return end is not None and _run(sdoc, end, cues)[2] in DISTRICT_NOUNS


def _province_holding(sdoc, i0: int, prov: Place, pool: list[Place], gz: Gazetteer, cues: Cues) -> Place:
    """"Patiala (Punjab)": a province name several countries share is the one the town written before it
    lies in, when the chosen one holds no town of that name (never a locality made of a known town)."""
    others = [q for q in pool if q.kind == "admin1" and q.iso2 != prov.iso2]
    if not others or prov.kind not in ("admin1", "district") or _holding(sdoc, i0, [prov], gz, cues) is not None:
        return prov
    return _holding(sdoc, i0, others, gz, cues) or prov


def _holding(sdoc, i0: int, pool: list[Place], gz: Gazetteer, cues: Cues) -> Place | None:
    """The province of `pool` that holds the town written right before token i0 (its largest such town)."""
    end = _province_end(sdoc, i0, cues.locality_nouns) if pool else None
    if end is None:
        return None
    start, stop, _ = _run(sdoc, end, cues, gz)
    key = " ".join(k for k in (norm(t.text) for t in sdoc[start:stop]) if k) if start < stop else ""
    known = (gz.lookup_key(key) or gz.loose_lookup(key)) if key else []   # another transliteration too
    holding = [(max(p.population for p in _inside(known, q)), q) for q in pool if _inside(known, q)]
    return max(holding, key=lambda pq: pq[0])[1] if holding else None


def _anchor_before(sdoc, i0: int, prov: Place, spans, gz: Gazetteer, cues: Cues, skip: int) -> Anchor | None:
    """The town named right before the place at token i0, read inside `prov`'s admin1."""
    end = _province_end(sdoc, i0, cues.locality_nouns)
    if end is None:
        return None
    start, stop, noun = _run(sdoc, end, cues, gz)
    if start >= stop:
        return None
    if sdoc[end].lower_ == "in" and noun is None and not (
            start >= 2 and sdoc[start - 1].lower_ == "of" and sdoc[start - 2].lower_ in cues.locality_nouns):
        return None                         # "X in Y province" only as "the town of X" or "X village/township"
    covered = [m for m, (i, j, _) in enumerate(spans) if i < end and j > start and m != skip]
    start = min([start] + [spans[m][0] for m in covered])
    key = " ".join(k for k in (norm(t.text) for t in sdoc[start:stop]) if k)
    known = gz.lookup_key(key)
    area = prov if prov.kind == "admin1" else gz.admin1(prov.iso2, prov.admin1) or prov
    cue = "district" if noun in DISTRICT_NOUNS else None
    division = (lambda ps: [p for p in ps if p.kind != "city"]) if cue or _common(known, area) else (lambda ps: ps)
    if any(_elsewhere(division([spans[m][2]]), prov) for m in covered
           if spans[m][2] is not None and spans[m][0] <= start and spans[m][1] >= stop):
        return None                                 # "Kandahar, Helmand": a list of provinces
    if _elsewhere(division(known), area):   # (a name called a division, "Ado LGA, Benue", is no list
        return None                         # whatever towns of its name lie elsewhere, nor a common name)
    inside = _inside(known, area)
    if inside:        # a curated district or site first; a second-level division only when called one
        place = max(inside, key=lambda p: (p.admin2 == (cue == "district"), p.kind != "city", p.population))
        if place.admin1 is None:
            place = replace(place, admin1=area.admin1, admin1_code=area.admin1_code, gn_admin1=area.gn_admin1)
    else:
        here = area if prov.kind == "admin1" else replace(area, lat=prov.lat, lon=prov.lon)
        place = locality(sdoc[start:stop].text, here)
    return Anchor(start, end, cue, place, covered)


def echo_localities(sdoc, spans: list[tuple[int, int, Place | None]]) -> list[tuple[int, int, Place]]:
    """A town the text placed once ("in Rask, Sistan-Baluchestan province") is the same place where the
    text names it again without its province ("the assault in Rask town"): (start, end, place) of
    those repeats, outside every candidate's tokens."""
    known: dict[tuple[str, ...], Place] = {}
    for i, j, p in spans:
        if p is not None and p.kind == "locality":
            known.setdefault(tuple(t.text for t in sdoc[i:j] if t.lower_ not in DISTRICT_NOUNS), p)
    if not known:
        return []
    taken = {k for i, j, _ in spans for k in range(i, j)}
    out = []
    written = texts(sdoc)
    for words, place in known.items():
        n = len(words)
        for i in range(len(sdoc) - n + 1):
            if written[i] == words[0] and tuple(written[i:i + n]) == words \
                    and not taken.intersection(range(i, i + n)):
                out.append((i, i + n, place))
                taken.update(range(i, i + n))
    return out


def people_lands(sdoc, spans: list[tuple[int, int, Place | None]], gz, cues) -> list[tuple[int, int, Place]]:
    """'clashed in several Dutch towns', 'protests across Iraqi cities', 'on Syrian soil': a people's name on a
    place noun under a locative preposition is a place of its country ('in the Somali capital': its capital city),
    where the text writes no name of a place there; (start, end, place) of each, outside every candidate's tokens,
    for a country no place of the text lies in ('in Zagreb ... in several Croatian cities' adds nothing to Zagreb);
    and 'in Sudan's capital' is the country's capital city."""
    from ..knowledge.actors import default_pack
    taken = {k for i, j, _ in spans for k in range(i, j)}
    placed = {p.iso2 for _, _, p in spans if p is not None}
    out = []
    written = texts(sdoc)
    for i, dep in enumerate(deps(sdoc)):      # a Token made only for a capitalised modifier
        if dep != "amod" or not written[i][:1].isupper() or i in taken:
            continue
        tok = sdoc[i]
        head = tok.head
        if head.i in taken or head.dep_ != "pobj" or head.lemma_.lower() not in cues.land_nouns \
                or head.head.lower_ not in cues.land_preps:
            continue
        name = default_pack().demonym_country(tok.text)
        land = gz.country(name) if name else None
        if land is not None and land.iso2 not in placed:       # "in the Afghan capital": the country's capital
            capital = gz.capital_city(land.iso2) if head.lemma_.lower() in cues.capital_nouns else None
            out.append((tok.i, head.i + 1, capital or land))
    for _, j, land in spans:                 # "in Sudan's capital": the country's capital city, after its name
        head = sdoc[j - 1].head
        if land is not None and land.kind == "country" and sdoc[j - 1].dep_ == "poss" and head.i not in taken \
                and head.lemma_.lower() in cues.capital_nouns and head.dep_ == "pobj" \
                and head.head.lower_ in cues.land_preps and (capital := gz.capital_city(land.iso2)) is not None:
            out.append((head.i, head.i + 1, capital))
    return out


PROVINCE_NOUNS = frozenset({"province", "governorate", "prefecture", "oblast"})


def province_anaphora(sdoc, spans: list[tuple[int, int, Place | None]]) -> list[tuple[int, int, Place]]:
    """'killed in a shootout in the province', 'in the restive province': the province the text named
    last, for a definite 'the province' naming none (not 'the province of X', not 'Helmand province');
    (start, end, place) of each."""
    provinces = sorted((j, p) for i, j, p in spans if p is not None and p.kind == "admin1")
    taken = {k for i, j, _ in spans for k in range(i, j)}
    out = []
    for tok in (sdoc[i] for i, w in enumerate(lowers(sdoc)) if w in PROVINCE_NOUNS):    # no Token for other words
        if tok.i in taken or tok.tag_ != "NN":
            continue
        kids = list(tok.children)
        det = next((c for c in kids if c.dep_ == "det" and c.lower_ in ("the", "this", "that")), None)
        if det is None or any(c.dep_ in ("compound", "nmod", "appos") or (c.dep_ == "prep" and c.lower_ == "of")
                              or (c.dep_ == "amod" and not c.is_lower) for c in kids):
            continue
        before = [p for j, p in provinces if j <= det.i]
        if before:
            out.append((det.i, tok.i + 1, before[-1]))
    return out
