"""Place mentions: spaCy GPE/LOC/FAC entities plus gazetteer names the NER missed, resolved.

Per document the work is dictionary lookups: one normal form per token, then
n-gram keys looked up in the gazetteer (`polemos.knowledge.gazetteer`). Words
around a name (`knowledge/places/cues.yaml`) choose its reading: "Kandahar
province" is the admin1, "the city of Kandahar" the city, "Achin district" the
district, "near Jalalabad" an approximate location (precision 2). Homonyms are
settled by the countries the rest of the document supports, then by the
provinces its other names lie in, then by kind and population; a name that
cannot be resolved is skipped. Candidates come from `place_candidates`
(datelines from `place_datelines`); `place_anchors`, `place_passes` and
`place_sites` then read names in the light of their neighbours.
"""
from __future__ import annotations

from collections import Counter

from spacy.symbols import ADJ, PROPN

from ..knowledge.gazetteer import Gazetteer, Place, default_gazetteer
from ..knowledge.places.cues import Cues, load_cues
from ..knowledge.places.tables import CONFLICT_COUNTRIES, norm
from ..model import Document, PlaceMention, Span
from .actor_country import armed_groups
from .attribution import doc_ents, doc_text, sentence_of, texts
from .place_anchors import anchor_towns, echo_localities, people_lands, province_anaphora
from .place_candidates import Cand, candidates, filter_readings
from .place_passes import (
    align_lists,
    directed_parts,
    distant_reference,
    give_way,
    named_province_spellings,
    neighbourhoods,
    one_reading_per_name,
    qualified_resolved,
    shore_countries,
    stated_countries,
    stray_towns,
)
from .place_sites import facility_sites
from .place_theatres import theatre_readings

PRECISION = {"country": 3, "admin1": 3, "district": 2, "site": 1, "city": 1, "sea": 3}
KIND_RANK = {"country": 5, "admin1": 4, "district": 3, "site": 3, "city": 2}
SMALL_TOWN = 100_000          # towns below this need support from the document's countries
BIG_CITY = 250_000            # a city this large abroad outranks a smaller province of its name
WEAK_MIN_POP = 20_000         # an ORG/PERSON entity is read as a town only this large, in a supported country
BODY_RATIO = 10               # a body's country reads no homonym there a big city abroad outnumbers this many times
LONE_MIN_POP = 5_000          # a town named "in X" of one country only, against a text naming other countries alone
DATELINE_ENDS = frozenset({"-", "\u2013", "\u2014", ":", "|"})    # a dateline's last mark (cues.yaml: dateline)


def _score(p: Place, c: Cand, support: Counter, pool: list[Place], provinces: Counter | None = None) -> tuple:
    rank = KIND_RANK.get(p.kind, 1)
    if p.kind == "district" and c.cue is None and any(
            q.kind == "city" and q.geonameid == p.geonameid and norm(q.name) == c.key for q in pool):
        rank = KIND_RANK["city"] - 0.5       # "Palma" alone: the town, not its district
    if p.admin2 and c.cue is None:           # "Bijapur" alone: the town; "(Dori, Seno)": the division
        rank = KIND_RANK["district"] + 0.5 if c.division else KIND_RANK["city"] - 0.5
    if p.kind == "city" and p.capital and any(q.kind == "admin1" and q.iso2 == p.iso2 and (
            q.admin1 == p.admin1 or norm(q.name) == c.key and c.locative and not c.division) for q in c.places):
        rank = KIND_RANK["admin1"] + 0.5      # "Kandahar": the provincial capital, not the province; "in Lima": the
                                              # capital of Lima Province, not the region around it ("X, Lima" is)
    if p.kind == "admin1" and c.cue is None and any(
            q.kind == "city" and q.iso2 != p.iso2 and not q.alternate and q.population >= max(p.population, BIG_CITY)
            for q in c.places):
        rank = KIND_RANK["city"] - 0.5       # "Manchester" alone: the English city, not Jamaica's parish
    country_name = p.kind == "country" and c.cue is None      # "China" is the country, not China, Maine
    province = (provinces or {}).get((p.iso2, p.admin1), 0) if p.kind != "country" else 0
    return (country_name, not p.alternate, support.get(p.iso2, 0), province, rank, p.population)


def _foreign_ok(p: Place, key: str, others: Counter, cue: str | None = None, tagged: bool = True) -> bool:
    """A reading in a country the rest of the document does not support: only a country, an admin1
    whose name is no common word, or a sizeable town, under its own name (never "Samar" for Samara,
    nor a village homonym); a short variant spelling ("Dara" for Dar'a) does not reach abroad either.
    A province the text names as one ("Central Equatoria state", "Maramures county") is what it says,
    whatever village of another country the text names beside it; in a text two names or more place in
    another country, an uncued name only the gazetteer scan found (no NER place) reads abroad only as a big
    city ("Vila Isabel" beside two Brazilian names is no Solomon Islands province; "rockets fired from the
    Gaza Strip toward Israel ... near Sderot" keeps the Strip)."""
    if others.get(p.iso2) or p.kind in ("country", "sea"):
        return True
    held = max(others.values(), default=0) >= 2 and cue is None and not tagged   # placed in one country
    if p.kind == "admin1":              # never a common word ("North Clinic", "the Sahel") abroad
        return (norm(p.name) == key or len(key) > 5) and (p.scan and not held or cue in ("admin1", "district"))
    return not p.alternate and p.kind == "city" and p.population >= (BIG_CITY if held else SMALL_TOWN)


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


def _site_town(pool: list[Place]) -> list[Place]:
    """Readings of a name the NER took for an organisation's, before a facility noun ("Hama Airbase"), in a text
    that supports no country: a province or a sizeable town of one country ("Lincoln Hospital" names none: towns of
    several countries; nor does "Grand Hotel": a village)."""
    if len({p.iso2 for p in pool}) != 1:
        return []
    return [p for p in pool if p.kind == "admin1" or p.kind == "city" and p.population >= WEAK_MIN_POP]


def _resolve(c: Cand, support: Counter, any_support: bool = True, provinces: Counter | None = None) -> Place | None:
    """The best reading of a candidate; `support` counts, per country, the distinct names that
    point to it alone (the candidate's own vote is taken out, so a name never supports itself)."""
    pool = filter_readings(c)
    own = Counter({next(iter(c.countries)): 1}) if len(c.countries) == 1 else Counter()
    others = support - own
    if c.loose:                            # another transliteration: one province of a country the text supports
        pool = [p for p in pool if p.kind == "city" and others.get(p.iso2)]   # (a text naming no country has too
                                                                              # many towns of alike consonants)
        return max(pool, key=lambda p: p.population) if len({(p.iso2, p.admin1) for p in pool}) == 1 else None
    if c.weak:                             # cued ("Al-Raqqa province", "in Daquq"): any reading, else a sizeable town
        cued = c.cue is not None or c.near or c.locative or c.division or c.dateline
        if any_support:
            pool = [p for p in pool if others.get(p.iso2) and p.kind != "country"
                    and (cued or p.kind == "city" and p.population >= WEAK_MIN_POP)]
        else:                              # a text naming no country ("protested in Ahvaz"): a cued name
            placed = c.near or c.locative or c.division or c.dateline or c.cue in ("admin1", "district", "city")
            pool = _unsupported_weak(pool, c.division) if placed else _site_town(pool) if c.cue == "facility" else []
    if any_support and others:
        pool = [p for p in pool if _foreign_ok(p, c.key, others, c.cue, c.tagged)]
    elif len({p.iso2 for p in pool}) > 1 and all(p.kind == "city" and p.population < LONE_MIN_POP for p in pool):
        return None                        # villages of one name in several countries, and nothing to choose by
    if not pool:
        return None
    return max(pool, key=lambda p: _score(p, c, others, pool, provinces))


def _safe_resolve(c: Cand, support: Counter, provinces: Counter | None = None) -> Place | None:
    try:
        return _resolve(c, support, bool(support), provinces)
    except (KeyError, ValueError, TypeError, IndexError, AttributeError):
        return None                        # one bad name never costs the others


def _mention(c: Cand, p: Place, sdoc, doc: Document) -> PlaceMention:
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


def extract_places(sdoc, doc: Document, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Resolved place mentions of one parsed document, in text order."""
    gz = gazetteer or default_gazetteer()
    cues = load_cues()
    cands = candidates(sdoc, gz, cues)
    support = _votes(cands)
    resolved = [_safe_resolve(c, support) for c in cands]
    _lone_towns(cands, resolved, support)
    basis = [support] * len(cands)
    told = _demonym_countries(sdoc, gz)
    bodies = _body_countries(sdoc, gz)
    if not support and (told or bodies):
        for k, c in enumerate(cands):        # "Lebanese protesters in Tripoli": Lebanon's
            lands = {p.iso2 for p in c.places}
            if (len(lands) > 1 or c.loose) and lands & set(told):
                resolved[k], basis[k] = _safe_resolve(c, told) or resolved[k], told
            elif len(lands) > 1 and not c.weak and lands & set(bodies):     # "BJP workers ... in Punjab": India's
                own = _safe_resolve(c, bodies)
                if own is not None and own.iso2 in bodies and own.kind != "country" and not any(
                        q.kind == "city" and q.population >= max(BIG_CITY, own.population * BODY_RATIO)
                        for q in c.places):
                    resolved[k], basis[k] = own, bodies     # (never a small town for a big city: "Paris" stays)
    if told:
        for k, p in enumerate(resolved):     # "a Malian army vehicle ... near Boni": not Bonn, whose old name it is
            # (a foreign name of a town abroad; the transliterations the gazetteer keeps for the towns of countries
            # much reported on, 'Tell Abiad' for Tall Abyad, stay)
            # (a name the NER took for a body's or a person's, 'in Congress' in a text on the Philippines, is no
            # village abroad either)
            if p is not None and (p.alternate or cands[k].weak and p.population < SMALL_TOWN) and p.kind == "city" \
                    and p.iso2 not in told and support[p.iso2] <= 1 and p.iso2 not in CONFLICT_COUNTRIES:
                own = _safe_resolve(cands[k], told)
                resolved[k] = own if own is not None and own.iso2 in told else None
    if support and told:
        for k, c in enumerate(cands):        # "Kazakh farmers ... in Atakent town", the text naming Uzbekistan only as
            if resolved[k] is None and (c.locative or c.near or c.cue or c.division) \
                    and {p.iso2 for p in c.places} & set(told) and not support.keys() & set(told):
                own = _safe_resolve(c, told)     # the flood's origin: the town the people's name tells, where
                if own is not None and own.iso2 in told and own.kind != "country":   # no other name reads it
                    resolved[k], basis[k] = own, told
    if home := _home_countries(sdoc, gz):
        for k, p in enumerate(resolved):     # "CRPF men ... in Narayanpur district": India's, not a Bangladeshi hamlet
            if p is not None and p.iso2 not in home and p.kind == "city" and p.population < SMALL_TOWN \
                    and support[p.iso2] <= 1:  # (unless another name of the text lies in that country too)
                own = _safe_resolve(cands[k], Counter(dict.fromkeys(home, 1)))
                resolved[k] = own if own is not None and own.iso2 in home else None
    if not support and (shared := _shared_country(cands)):
        for k, c in enumerate(cands):
            if resolved[k] is None:
                resolved[k], basis[k] = _safe_resolve(c, shared), shared
    provinces = Counter(pc for _, pc in {(c.key, (p.iso2, p.admin1)) for c, p in zip(cands, resolved)
                                         if p is not None and p.kind != "country" and p.admin1})
    _joint_homonyms(cands, resolved, provinces)
    for k, c in enumerate(cands):          # homonyms in several provinces: the one the other names point to
        if resolved[k] is not None and len({(p.iso2, p.admin1) for p in filter_readings(c)}) > 1:
            own = Counter({(resolved[k].iso2, resolved[k].admin1): 1})
            resolved[k] = _safe_resolve(c, basis[k], provinces - own)
            resolved[k] = _big_namesake(sdoc, k, cands, resolved) or resolved[k]
    align_lists(sdoc, cands, resolved)
    directed_parts(sdoc, cands, resolved, gz)
    shore_countries(resolved, support, gz)
    stated_countries(sdoc, cands, resolved, gz)
    named_province_spellings(sdoc, cands, resolved, gz, SMALL_TOWN)
    neighbourhoods(sdoc, cands, resolved, cues.part_nouns)
    cands, resolved = _anchor(sdoc, cands, resolved, gz, cues)
    theatre_readings(sdoc, doc, cands, resolved)
    stray_towns(sdoc, cands, resolved, gz, BIG_CITY, cues.connectors, cues.directions)
    one_reading_per_name(sdoc, cands, resolved, cues.locality_nouns)
    spans = [(c.i, c.j, p) for c, p in zip(cands, resolved)]
    for i, j, p in echo_localities(sdoc, spans) + province_anaphora(sdoc, spans) + people_lands(sdoc, spans, gz, cues):
        cands.append(Cand(i, j, norm(p.name), [p]))
        resolved.append(p)
    order = sorted(range(len(cands)), key=lambda k: cands[k].i)
    cands, resolved = [cands[k] for k in order], [resolved[k] for k in order]
    for n, start, end, site in facility_sites(sdoc, [(c.i, c.j, c.cue, p) for c, p in zip(cands, resolved)], gz, cues):
        cands[n].i, cands[n].j, cands[n].near, resolved[n] = start, end, False, site
    kept = [(n, c, p) for n, (c, p) in enumerate(zip(cands, resolved))
            if p is not None and not c.side     # "a UK-based monitor", "US servicemen": whose, no place of the text
            and not (c.qualifier and p.kind != "country" and qualified_resolved(n, cands, resolved))]
    gone = give_way([(_news_sentence(sdoc, c),
                      c.dateline or c.road or distant_reference(sdoc, c.i, cues.directions),
                      p.iso2, p.kind) for _, c, p in kept])
    return [_mention(c, p, sdoc, doc) for k, (_, c, p) in enumerate(kept) if k not in gone]


def _news_sentence(sdoc, c: Cand) -> int:
    """Where a place is told: its sentence's start; for a dateline's town (a sentence of its own, nlp.parse),
    the sentence it opens ("MOSUL (AP) - A bomb hit a patrol in Kirkuk province")."""
    sent = sentence_of(sdoc[c.i])
    alone = c.dateline and sent.end < len(sdoc) and sdoc[sent.end - 1].text in DATELINE_ENDS
    return sent.end if alone else sent.start


def _votes(cands: list[Cand]) -> Counter:
    """Per country, the distinct names that point to it alone. A name whose readings there are only villages
    (under LONE_MIN_POP people, no cue) casts no vote: a village's name is the most often shared with hamlets
    the gazetteer does not hold, and one such name must not turn "Donetsk" into a small Russian town of that
    name, nor outweigh what a people's name says ("Ukrainian forces"). The village itself is still resolved.
    Nor does a country naming whose people or thing a noun is ("three US servicemen in Basra", "the Kenya
    embassy"): it tells a side, not where the text is (`Cand.side`). A province's name that villages abroad
    share ("Borno": an Italian village too) points to the province's country alone."""
    support: Counter = Counter()
    for _key, cc in {(c.key, next(iter(lands))) for c in cands if len(lands := _voting_lands(c)) == 1 and not c.side
                     and (c.cue or any(p.kind != "city" or p.population >= LONE_MIN_POP
                                       for p in c.places if p.iso2 in lands))}:
        support[cc] += 1
    return support


def _voting_lands(c: Cand) -> set[str]:
    """The countries a name points to: all of its readings', or, for a name the text uses as a place ("in
    Biu LGA (Borno)", "in Borno"), the one country of its first-level division when its readings elsewhere are
    only villages (under LONE_MIN_POP people); "England supporters" names whose fans, not where the text is."""
    if len(c.countries) <= 1 or c.cue is not None or not (c.division or c.locative or c.near):
        return c.countries
    main = {p.iso2 for p in c.places if p.kind == "admin1" and p.iso2 in c.countries}
    villages = all(p.kind == "city" and p.population < LONE_MIN_POP for p in c.places if p.iso2 not in main)
    return main if len(main) == 1 and villages else c.countries


def _lone_towns(cands: list[Cand], resolved: list[Place | None], support: Counter) -> None:
    """'rallied in Souda against the transfer of refugees from Libya': a town the text places ("in", "near",
    "the town of") whose every reading lies in one country is that country's town, when what speaks for
    other countries is only their bare names (an origin, a topic); a town or province of theirs would win."""
    if not support:
        return
    for k, c in enumerate(cands):
        if resolved[k] is not None or c.weak or c.qualifier or not (c.locative or c.near or c.cue == "city"):
            continue
        pool = [p for p in filter_readings(c) if p.kind != "country"]
        towns = [p for p in pool if p.kind == "city" and not p.alternate and p.population >= LONE_MIN_POP]
        if not towns or len({p.iso2 for p in pool}) > 1:
            continue
        iso = towns[0].iso2
        if not any(p.kind != "country" and p.iso2 != iso for p in _voices(cands, resolved)):
            resolved[k] = max(towns, key=lambda p: p.population)


def _voices(cands: list[Cand], resolved: list[Place | None]):
    """What speaks for a country: each resolved reading, and every reading of a name of one country alone."""
    for c, r in zip(cands, resolved):
        if r is not None:
            yield r
        elif len(c.countries) == 1:
            yield from c.places


_PEOPLE_POS = (ADJ, PROPN)


def _demonym_countries(sdoc, gz: Gazetteer) -> Counter:
    """A text that names no country nor any name of one country alone, but its people or forces ('the Ukrainian
    forces', 'Lebanese protesters') or an armed group of one country ('Hezbollah supporters', 'Houthi
    fighters'): the countries of those words, one vote each, to choose among a homonym's readings in several
    countries with (never to drop a name's only country: 'French forces raided Bangao' speaks of who fought,
    not where). A state's forces are no such word (they fight abroad: `_body_countries`), nor a group the pack
    gives no country."""
    from ..knowledge.actors import default_pack
    pack = default_pack()
    told: Counter = Counter()
    for word, pos in zip(texts(sdoc), sdoc.to_array("POS").tolist()):    # no Token object per token
        if pos in _PEOPLE_POS and word[:1].isupper() and (name := pack.demonym_country(word)) \
                and (land := gz.country(name)) is not None and gz.country(word) is None:
            told[land.iso2] = 1
    for rec in armed_groups(sdoc, pack):
        if (land := gz.country(rec.country)) is not None:
            told[land.iso2] = 1
    return told


def _body_countries(sdoc, gz: Gazetteer) -> Counter:
    """The countries of the bodies of one country a text names: a state's forces or an organisation the pack
    holds ('a UPDF soldier'), a party `names.yaml` lists ('BJP workers'). Weaker than a people's name (a state's
    forces fight abroad, a party's leaders travel): they choose among a homonym's readings in a text that names
    no country, where the reading in their country is no hamlet beside a big namesake."""
    from ..knowledge.actors import default_pack
    pack = default_pack()
    told: Counter = Counter(dict.fromkeys(gz.bodies_countries(doc_text(sdoc)), 1))
    for ent in doc_ents(sdoc):
        if ent.label_ in ("ORG", "NORP", "PERSON"):
            rec = pack.lookup(ent.text[4:] if ent.text.lower().startswith("the ") else ent.text)
            if rec is not None and rec.kind in ("state_force", "organisation") and rec.country \
                    and (land := gz.country(rec.country)) is not None:
                told[land.iso2] = 1
    return told


def _home_countries(sdoc, gz: Gazetteer) -> set[str]:
    """A text that names no country but one country's police ('CRPF men', 'the Punjab Police', 'Frontier Corps
    personnel') or a mission sent to one country ('MINUSMA', 'the OSCE SMM'): police serve at home and a mission
    where it was sent, so a village of another country is no reading of its names (an army's name says nothing
    of the kind: 'French forces raided Bangao')."""
    from ..knowledge.actors import default_pack
    pack = default_pack()
    lands: set[str] = set()
    for ent in doc_ents(sdoc):
        if ent.label_ != "ORG":
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        after = sdoc[ent.end] if ent.end < len(sdoc) else None       # "the OSCE SMM": NER took "OSCE" alone
        rec = (after is not None and after.is_upper and pack.lookup(f"{text} {after.text}")) or pack.lookup(text)
        force = rec and (rec.force or (rec.parent in pack and pack.get(rec.parent).force))
        if (force == "police" or rec and rec.kind == "igo") and rec.country \
                and (land := gz.country(rec.country)) is not None:
            lands.add(land.iso2)
    return lands if len(lands) == 1 else set()


def _shared_country(cands: list[Cand]) -> Counter:
    """A text that names no country and no name of one country alone ("in Miango (Bassa LGA, Plateau)"):
    the one country where two names or more of it lie (under their own names), if only one has the most;
    it reads only the names no other evidence resolved."""
    keys: dict[str, set[str]] = {}
    for c in cands:
        for p in c.places:
            if not p.alternate and p.kind != "country":
                keys.setdefault(p.iso2, set()).add(c.key)
    ranked = sorted(((len(v), cc) for cc, v in keys.items() if len(v) >= 2), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return Counter()
    return Counter({ranked[0][1]: ranked[0][0]})


def _joint_homonyms(cands: list[Cand], resolved: list[Place | None], provinces: Counter) -> None:
    """Names each of several countries holds ('Boston' and 'Cambridge': the United States' and England's), in a
    text where nothing else points anywhere: read in the one country whose towns of these names are biggest
    together, every name there (each name pointing to the other's reading would swap them across the ocean)."""
    homonyms = [k for k, c in enumerate(cands) if resolved[k] is not None and resolved[k].kind == "city"
                and len({p.iso2 for p in filter_readings(c)}) > 1]
    if len(homonyms) < 2 or len({resolved[k].iso2 for k in homonyms}) < 2 or any(
            p is not None and k not in homonyms and p.kind != "country" for k, p in enumerate(resolved)):
        return
    towns = [{p.iso2: p for p in sorted((p for p in filter_readings(cands[k]) if p.kind == "city"
                                         and not p.alternate), key=lambda p: p.population)} for k in homonyms]
    shared = set.intersection(*(set(t) for t in towns))
    if shared:
        land = max(sorted(shared), key=lambda cc: sum(t[cc].population for t in towns))
        for k, t in zip(homonyms, towns):
            resolved[k] = t[land]
            provinces[(t[land].iso2, t[land].admin1)] += 1


def _big_namesake(sdoc, k: int, cands: list[Cand], resolved: list[Place | None]) -> Place | None:
    """'Boston' in a text that names New York elsewhere: the big city of that name in the same country, not a
    village twenty times smaller in a province told apart from it; unless that province is written right
    after the name ("Boston, New York", "Boston in New York state")."""
    c, p = cands[k], resolved[k]
    if p is None or p.kind != "city" or c.cue is not None:
        return None
    big = max((q for q in c.places if q.kind == "city" and q.iso2 == p.iso2 and not q.alternate
               and q.population >= max(BIG_CITY, 20 * p.population)), key=lambda q: q.population, default=None)
    if big is None:
        return None
    nxt = next((n for n in range(k + 1, len(cands)) if cands[n].i >= c.j), None)
    if nxt is not None and cands[nxt].i - c.j <= 2 and resolved[nxt] is not None \
            and resolved[nxt].iso2 == p.iso2 and resolved[nxt].admin1 == p.admin1 \
            and all(t.is_punct or t.lower_ in ("in", "of") for t in sdoc[c.j:cands[nxt].i]):
        return None
    return big


def _province_reading(c: Cand, p: Place | None) -> Place | None:
    """A provincial capital named without a cue may stand for its province ("Nasir, Zabul")."""
    if p is None or p.kind != "city" or not p.capital or c.cue is not None:
        return p
    return next((q for q in c.places if q.kind == "admin1" and q.iso2 == p.iso2 and q.admin1 == p.admin1), p)


def _anchor(sdoc, cands: list[Cand], resolved: list[Place | None], gz: Gazetteer,
            cues: Cues) -> tuple[list[Cand], list[Place | None]]:
    """Towns named before their province are read inside it (`place_anchors`)."""
    readings = [_province_reading(c, p) for c, p in zip(cands, resolved)]
    anchors = anchor_towns(sdoc, [(c.i, c.j, p) for c, p in zip(cands, readings)], gz, cues,
                           [c.places if p is not None or c.division else [] for c, p in zip(cands, readings)])
    if not anchors:
        return cands, resolved
    for a in anchors:
        if a.province >= 0:                  # "Gelan, Ghazni": Ghazni is the province here
            resolved[a.province] = a.province_place or readings[a.province]
    gone = {m for a in anchors for m in a.replaces}
    pairs = [(c, p) for m, (c, p) in enumerate(zip(cands, resolved)) if m not in gone]
    pairs += [(Cand(a.i, a.j, norm(a.place.name), [a.place], a.cue), a.place) for a in anchors]
    pairs.sort(key=lambda cp: cp[0].i)
    return [c for c, _ in pairs], [p for _, p in pairs]










def document_countries(places: list[PlaceMention]) -> list[str]:
    """The document's countries, most mentioned first (admin1/city mentions count for their country)."""
    counts = Counter(p.country for p in places if p.country)
    first = {}
    for k, p in enumerate(places):
        if p.country:
            first.setdefault(p.country, k)
    return sorted(counts, key=lambda cc: (-counts[cc], first[cc]))
