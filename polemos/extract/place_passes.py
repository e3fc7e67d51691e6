"""Passes over a document's resolved places that read one name in the light of its neighbours.

Each pass takes the candidates (`places._Cand`: token range, cue, readings) and
their current readings, and changes readings in place: a capital in a list of
provinces is the province, a direction word picks the part of a division ACLED
splits, a sea takes the shore country the document supports, a possessor stays
the place when the name it qualifies is unknown.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..knowledge.gazetteer import Gazetteer, Place
from .attribution import sentence_of


def shore_countries(resolved: list[Place | None], support: Counter, gz: Gazetteer) -> None:
    """A sea is placed in the shore country the document supports most ("Yemen's Houthis ... in the
    Red Sea" is Yemen's); a sea of a text naming none of its shores places nothing."""
    for k, p in enumerate(resolved):
        if p is not None and p.kind == "sea":
            best = max(p.littoral, key=lambda cc: support.get(cc, 0), default=None)
            country = gz.country(best) if best and support.get(best) else None
            resolved[k] = replace(p, country=country.name, iso2=country.iso2) if country else None


def directed_parts(sdoc, cands: list, resolved: list[Place | None], gz: Gazetteer) -> None:
    """"northern Shan State", "eastern Bago": a direction word picks the part of a division ACLED splits."""
    for k, (c, p) in enumerate(zip(cands, resolved)):
        if p is not None and p.kind == "admin1" and c.i > 0:
            word = sdoc[c.i - 1].lower_
            word = word[:-3] if word.endswith("ern") else word
            if word in ("north", "south", "east", "west"):
                resolved[k] = gz.part_towards(p, word)


def align_lists(sdoc, cands: list, resolved: list[Place | None]) -> None:
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


def _listed(sdoc, a, b) -> bool:
    """Only commas and conjunctions lie between two names."""
    return 0 < b.i - a.j <= 2 and all(t.text in (",", "and", "or", "&") for t in sdoc[a.j:b.i])


def qualified_resolved(n: int, cands: list, resolved: list[Place | None]) -> bool:
    """The place a possessive qualifies was resolved ("Kabul's Pul-e-Charkhi prison"); when it was not
    ("Beirut's Hamra district"), the qualifier is the place the text gives."""
    return n + 1 < len(cands) and resolved[n + 1] is not None and cands[n + 1].i <= cands[n].j + 1


UNITS_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
            "miles": 1.6, "mile": 1.6, "mi": 1.6}
FAR_KM = 50                      # "875 miles southwest of Tehran": a reference point, not the place


_BETWEEN = frozenset({"the", "city", "town", "of", "outside", "from", "away"})
_DISTANCE = re.compile(r"^(?P<n>\d[\d,.]*)?(?P<unit>[a-z]+)$")


def distant_reference(sdoc, i: int, directions: frozenset[str]) -> bool:
    """The name at token i is the far end of a distance ("some 100 km north of X", "875 miles
    southwest of Tehran", "100km outside the city of Kaduna")."""
    k = i - 1
    while k > 0 and (sdoc[k].lower_ in _BETWEEN or sdoc[k].lower_ in directions):
        k -= 1
    m = _DISTANCE.match(sdoc[k].lower_) if k >= 0 else None
    if m is None or m.group("unit") not in UNITS_KM:
        return False
    number = m.group("n") or (sdoc[k - 1].text if k > 0 else "")
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return False
    return value * UNITS_KM[m.group("unit")] >= FAR_KM


def give_way(mentions: list[tuple[int, bool, str | None, str | None]]) -> set[int]:
    """Indexes of places to drop: `mentions` are (sentence id, yields?, country, kind) per resolved
    place; a place that yields (a dateline town, a distant reference point) gives way to another
    place of its country in its sentence."""
    drop = set()
    for n, (sent, yields, country, kind) in enumerate(mentions):
        if not yields or kind == "country":
            continue
        if any(m != n and s == sent and not y and c == country and k not in ("country", None)
               for m, (s, y, c, k) in enumerate(mentions)):
            drop.add(n)
    return drop


def stated_countries(sdoc, cands: list, resolved: list[Place | None], gz: Gazetteer) -> None:
    """"Batibo, Northwest, Cameroon": a division written right before the country the text names for it is
    that country's division ("Northwest" for Cameroon's Northwest Region), never a same-named one abroad
    (Iceland's): what the text states outranks the gazetteer's readings of the name alone. A town written
    before a country that has a province of its own name ("Tenancingo, Mexico") is read in that province
    when it lies there: both readings of the name place it in that country, and the province's is the finer.
    A country's name that two countries bear ("Congo") is the one where the town before it lies ("Dolisie, Congo"),
    and a town written before its country is that country's town ("Beni, Congo": not Bolivia's department)."""
    for k in range(len(cands) - 1):
        c, nxt, land = cands[k], cands[k + 1], resolved[k + 1]
        here = resolved[k]
        if land is None or land.kind != "country":
            continue
        if nxt.i - c.j != 1 or sdoc[c.j].text != "," or not sdoc[c.i].text[:1].isupper():
            continue
        land = resolved[k + 1] = _land_of_town(c, nxt, land)
        if here is not None and here.iso2 == land.iso2:
            same = gz.admin1(land.iso2, land.name)          # Mexico's State of Mexico
            if same is not None and here.admin1 != same.admin1:
                inside = [p for p in c.places if p.kind != "admin1" and p.iso2 == land.iso2 and p.admin1 == same.admin1]
                if inside:
                    resolved[k] = max(inside, key=lambda p: (p.kind == "city", p.population))
            continue
        found = gz.admin1(land.iso2, _name_words(sdoc[c.i:c.j]))
        inside = [p for p in c.places if p.iso2 == land.iso2 and p.kind not in ("country", "sea")]
        listed = nxt.j < len(sdoc) and sdoc[nxt.j].lower_ in ("and", "or")      # "Mosul, Syria and Iraq": a list
        if found is None and inside and c.cue is None and not listed:
            found = max(inside, key=lambda p: (not p.alternate, p.kind == "city", p.population))
        if found is not None:
            resolved[k] = found


def _land_of_town(town, name, land: Place) -> Place:
    """Of the countries a name bears, the one holding the town written right before it (else `land`)."""
    lands = [p for p in name.places if p.kind == "country"]
    held = [p for p in lands if any(q.iso2 == p.iso2 and q.kind != "country" for q in town.places)]
    return held[0] if len(lands) > 1 and len(held) == 1 else land


def named_province_spellings(sdoc, cands: list, resolved: list[Place | None], gz: Gazetteer,
                             small_town: int) -> None:
    """"Nyaung Kone village ... Sagaing Region": a small town found only through another spelling
    ("Nyaung Gon", Yangon) in a province the text never names, while the text names one province of
    that country, is a place of that province as written (what the text states outranks the prior)."""
    from .place_anchors import locality
    named: dict[str, set[str]] = {}
    for p in resolved:
        if p is not None and p.kind == "admin1":
            named.setdefault(p.iso2, set()).add(p.name)
    for k, (c, p) in enumerate(zip(cands, resolved)):
        if p is None or p.kind != "city" or not p.alternate or p.population >= small_town or c.loose:
            continue                # (a town read through its skeleton was chosen in its supported province)
        provinces = named.get(p.iso2, set())
        if len(provinces) == 1 and p.admin1 not in provinces:
            province = gz.admin1(p.iso2, next(iter(provinces)))
            if province is not None:
                words = sdoc[c.i:c.j]
                while len(words) > 1 and words[-1].is_lower:       # "Nyaung Kone village"
                    words = words[:-1]
                resolved[k] = locality(words.text, province)


def _name_words(words) -> str:
    while len(words) > 1 and words[-1].is_lower:        # "Little Cairo quarter"
        words = words[:-1]
    return words.text


def neighbourhoods(sdoc, cands: list, resolved: list[Place | None], parts: frozenset[str] = frozenset()) -> None:
    """"the neighbourhoods of Xinavane", "the Little Cairo quarter": a neighbourhood is a part of the
    town the text is about (the last place named before it, in its sentence first), read as that
    town, never as the same-named town elsewhere; so is a name written as a part of the city named next
    ("Kipe commune in Conakry city": `parts`, cues.yaml `part_nouns`)."""
    from .place_anchors import locality
    for k, c in enumerate(cands):
        if not (c.cue == "neighbourhood" or _part_of_next(sdoc, k, cands, resolved, parts)):
            continue
        if (own := _own_quarter(sdoc, k, cands)) is not None:
            resolved[k] = own                   # "the Silwan neighbourhood of Jerusalem": the quarter the gazetteer
            continue                            # holds, where the city written after it lies
        sent = sentence_of(sdoc[c.i])
        towns = [m for m in range(len(cands)) if m != k and resolved[m] is not None
                 and resolved[m].kind != "country" and resolved[m].admin1]
        pick = []
        for pool in ([m for m in towns if resolved[m].kind != "admin1"], towns):    # a town before its province
            here = [m for m in pool if sent.start <= cands[m].i < sent.end]
            pick = ([m for m in here if m < k][-1:] or [m for m in here if m > k][:1]
                    or [m for m in pool if m < k][-1:])      # "the Little Cairo quarter of Kandahar"
            if pick:
                break
        if pick and resolved[k] is not None:     # "the San Luis neighbourhood of Ocotal", "Kipe commune in Conakry
            town = resolved[pick[0]]             # city": a quarter of that town, not a namesake of another province
            if (resolved[k].iso2, resolved[k].admin1) != (town.iso2, town.admin1) and resolved[k].kind != "country":
                resolved[k] = town if town.kind not in ("admin1", "country", "sea") else None
        elif not pick and c.i > 0 and sdoc[c.i - 1].lower_ == "of":
            # "the western neighbourhood of Quamishli", no other place named: the town of one country so called
            towns = [p for p in c.places if p.kind == "city"]
            towns = [p for p in towns if not p.alternate] or towns
            if len({p.iso2 for p in towns}) == 1:
                resolved[k] = max(towns, key=lambda p: p.population)
        elif pick:
            town = resolved[pick[0]]
            # a part of that town: where it is, as ACLED codes it, is the town itself (an event told in its
            # neighbourhood is the town's event); a province stands for a town it does not name
            resolved[k] = town if town.kind not in ("admin1", "country", "sea") else locality(
                _name_words(sdoc[c.i:c.j]), town)


def _own_quarter(sdoc, k: int, cands: list) -> Place | None:
    """The reading of a neighbourhood's name written before "of <city>" that lies within QUARTER_KM of a town of
    that city's name: a quarter the gazetteer holds by name (East Jerusalem's, filed apart from the city's own
    country), not a namesake elsewhere."""
    c = cands[k]
    nxt = next((m for m in range(k + 1, len(cands)) if cands[m].i >= c.j), None)
    if c.cue != "neighbourhood" or nxt is None or cands[nxt].i != c.j + 1 or sdoc[c.j].lower_ != "of":
        return None
    cities = [q for q in cands[nxt].places if q.kind == "city" and q.lat is not None]
    near = [(_km(p, q), p) for p in c.places if p.kind in ("city", "site") and p.lat is not None for q in cities]
    near = [(km, p) for km, p in near if km <= QUARTER_KM]
    return min(near, key=lambda kp: kp[0])[1] if near else None


def _part_of_next(sdoc, k: int, cands: list, resolved: list[Place | None], parts: frozenset[str]) -> bool:
    """A name written as a part of the city named next: "<name> commune in <city>", "<name> quarter of <city>"."""
    c = cands[k]
    j = c.j if c.cue is None else c.j - 1
    if c.cue not in (None, "neighbourhood") or j + 2 >= len(sdoc) or sdoc[j].lower_ not in parts \
            or sdoc[j + 1].lower_ not in ("in", "of"):
        return False
    nxt = next((m for m in range(k + 1, len(cands)) if cands[m].i >= c.j), None)
    return nxt is not None and cands[nxt].i in (j + 2, j + 3) and resolved[nxt] is not None \
        and resolved[nxt].kind == "city"


TOWN_KINDS = ("city", "locality", "district", "site")


def one_reading_per_name(sdoc, cands: list, resolved: list[Place | None], nouns: frozenset[str]) -> None:
    """A town named twice is one place ("shelling near Petrovskoye, Donetsk ... explosions near
    Petrovskoye"): where its readings lie in different provinces, every one takes the reading in the
    province the document's other names point to most (none changes on a tie)."""
    written = [" ".join(t.lower_ for t in sdoc[c.i:c.j] if t.lower_ not in nouns) for c in cands]
    groups: dict[str, list[int]] = {}
    for k, p in enumerate(resolved):
        if p is not None and p.kind in TOWN_KINDS:
            groups.setdefault(written[k], []).append(k)
    for name, ks in groups.items():
        readings = {(resolved[k].iso2, resolved[k].admin1): resolved[k] for k in ks}
        if len(readings) < 2:
            continue
        others = Counter((p.iso2, p.admin1) for w, p in zip(written, resolved)
                         if p is not None and p.kind != "country" and w != name)
        ranked = sorted(readings, key=lambda r: others.get(r, 0), reverse=True)
        if others.get(ranked[0], 0) > others.get(ranked[1], 0):
            for k in ks:
                resolved[k] = readings[ranked[0]]


STRAY_KINDS = ("city", "district")
QUARTER_KM = 10                 # a quarter of a city lies this near its centre
NEAR_KM = 100                   # a town this near the place the text names is that town, across a province line


def _km(a: Place, b: Place) -> float:
    from ..place import Place as Point
    if b.kind == "admin1":
        return float("inf")         # a province's point says nothing of its extent
    km = Point(latitude=a.lat, longitude=a.lon).km_to(Point(latitude=b.lat, longitude=b.lon))
    return float("inf") if km is None else km


def stray_towns(sdoc, cands: list, resolved: list[Place | None], gz: Gazetteer, big: int,
                connectors: frozenset[str] = frozenset(), directions: frozenset[str] = frozenset()) -> None:
    """"police in Niteroi, a city of Rio de Janeiro state, searched a house in Inga", "Jaro, Iloilo City", "riots
    in San Cristobal, Bogota, on Friday": a small town read in a province nothing else of the text lies in, while
    every other place the text names below a country lies in one province, named in the town's sentence as such
    or through a sizeable town of it, is a part of the text's own place that the gazetteer holds only elsewhere:
    read as the town of that province its sentence names (the last before it, else the first after), else as a
    locality of the province.
    What the text states outranks the gazetteer's prior. A place abroad, a capital or a province abroad moves only
    as the first part of an address ("San Cristobal, Bogota"), not beside a city named for comparison ("attackers
    at X airport ... as in Paris"). It stays where it is when it is sizeable; when the NER took it for an
    organisation or a person and no locative places it; when it is a bare name after "the" ("workers of the
    Metro"); when someone came from it; when a country the text names holds it; when it lies near the town of the
    sentence ("Ivankiv, Kyiv": Kyiv's region, across the city's line) or that town is a distant reference point
    ("3,000 km east of Moscow"); when it is one name with the province ("Ecatzingo de Hidalgo"); or when the
    text writes its own province right after it ("Town, Province": the anchors' business, or a province no
    gazetteer holds)."""
    from .place_anchors import locality
    lands = {p.iso2 for p in resolved if p is not None and p.kind == "country"}
    for k, p in enumerate(resolved):
        if p is None or p.kind not in (*STRAY_KINDS, "admin1") or ((p.population or 0) >= big and p.kind != "admin1") \
                or cands[k].cue == "city" or _addressed(sdoc, k, cands, resolved) \
                or (cands[k].weak and not (cands[k].locative or cands[k].near or cands[k].division)) \
                or (cands[k].i > 0 and (sdoc[cands[k].i - 1].lower_ == "from"
                                        or sdoc[cands[k].i - 1].lower_ == "the" and cands[k].cue is None)):
            continue                  # "a prisoner from Afrin held in Idleb": where someone came from
        told = [m for m, q in enumerate(resolved) if m != k and q is not None and q != p
                and q.kind not in ("country", "sea")]
        if len({(resolved[m].iso2, resolved[m].admin1) for m in told}) != 1:
            continue
        sent = sentence_of(sdoc[cands[k].i])
        here = [m for m in told if sent.start <= cands[m].i < sent.end]
        anchors = [m for m in here if (resolved[m].kind == "admin1" or (
            resolved[m].kind in TOWN_KINDS and (resolved[m].population or 0) >= big))
            and not distant_reference(sdoc, cands[m].i, directions)]    # "3,000 km east of Moscow"
        if not anchors:
            continue
        iso2, admin1 = resolved[anchors[0]].iso2, resolved[anchors[0]].admin1
        if admin1 is None or (p.iso2, p.admin1) == (iso2, admin1) or (p.iso2 != iso2 and p.iso2 in lands) or any(
                _km(p, resolved[m]) < NEAR_KM
                or (cands[m].i == cands[k].j + 1 and sdoc[cands[k].j].lower_ in connectors) for m in anchors):
            continue                  # "Ecatzingo de Hidalgo": one name, not a town of Hidalgo
        address = cands[k].cue is None and any(cands[m].i == cands[k].j + 1 and sdoc[cands[k].j].text == ","
                                               for m in anchors)
        if (p.kind == "admin1" and not (address and p.iso2 != iso2)) or ((p.capital or p.iso2 != iso2) and not address):
            continue                  # a place abroad, a capital: only as an address's first part ("San
                                      # Cristobal, Bogota"), not beside a city named for comparison
        towns = [m for m in here if resolved[m].kind in TOWN_KINDS]
        pick = [m for m in towns if m < k][-1:] or [m for m in towns if m > k][:1]
        if pick:
            resolved[k] = resolved[pick[0]]
        elif (province := gz.admin1(iso2, admin1)) is not None:
            resolved[k] = locality(_name_words(sdoc[cands[k].i:cands[k].j]), province)


def _addressed(sdoc, k: int, cands: list, resolved: list[Place | None]) -> bool:
    """The name is written with a province right after it ("Apodaca, Jalisco", "(Ambalavao, Haute Matsiatra)"):
    a division read, or a name the gazetteer does not hold."""
    c = cands[k]
    if c.j >= len(sdoc) or sdoc[c.j].text != ",":
        return False
    nxt = next((m for m, d in enumerate(cands) if d.i == c.j + 1), None)
    if nxt is None:
        return c.j + 1 < len(sdoc) and sdoc[c.j + 1].text[:1].isupper() and sdoc[c.j + 1].ent_type_ not in ("", "DATE")
    return resolved[nxt] is None or resolved[nxt].kind == "admin1"
