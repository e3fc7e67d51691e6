"""Place-name candidates of a parsed document, before resolution (see `places.py`).

NER places first, then gazetteer scan-names and ORG/PERSON-tagged towns in the
tokens no resolvable NER place covers, then dateline names; each candidate
carries the cue words around it ("Kandahar province", "near Jalalabad",
"(Dori, Seno)") and the readings those cues allow (`filter_readings`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..knowledge.gazetteer import Gazetteer, Place
from ..knowledge.places.cues import Cues
from ..knowledge.places.tables import norm
from .attribution import doc_ents, texts
from .place_datelines import datelines

NER_LABELS = {"GPE", "LOC", "FAC"}
BLOCKING_LABELS = {"ORG", "PERSON", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
WEAK_LABELS = {"ORG", "PERSON", "PRODUCT"}     # a town the NER took for a product ("near Ravar"): weak too
OBJECT_DEPS = {"dobj", "nsubjpass", "advmod", "npadvmod"}
MAX_EXTRA_TOKENS = 4          # hyphens and possessives inside a name ("Pul - e - Charkhi")
CITY_PART_POP = 100_000       # a city this large, written with one of its districts ("Belgrade-Vracar"), is the place
TOWN_OF_ITS_OWN = 5_000       # ... unless what follows the hyphen is a town of its own ("Tyre-Sidon"),
QUARTER_LINKS = frozenset({"del", "los", "las", "y"})   # Spanish words inside a quarter's name besides `connectors`
CITY_PART_KM = 20.0           # farther than this from the city


@dataclass
class Cand:
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
    side: bool = False          # a country qualifying people or forces ("US servicemen"): whose, not where
    weak: bool = False          # tagged ORG/PERSON/PRODUCT by the NER: only a sizeable town of a supported country
    locative: bool = False      # right after "in", "near", "at"...
    division: bool = False      # used as a division: "(Dori, Seno)", "..., Tandubas, Tawi-Tawi."
    dateline: bool = False      # the place a story was filed from ("NAIROBI (Reuters) -")
    road: bool = False          # part of a way's name ("the Bar Elias-Chtaura road"): gives way to a place the
                                # sentence names otherwise ("the Tyre-Sidon highway near Ghazieh")
    loose: bool = False         # read through another transliteration only ("Tooz Khurmato"): a town of a country
                                # the rest of the text supports, else nothing
    tagged: bool = False        # the NER took it for a place (GPE, LOC, FAC), not only the gazetteer scan
    cue_lands: frozenset[str] = frozenset()   # the countries whose divisions the cue noun names ("governorate")


_KEY_CACHE: dict[int, tuple[str, bool]] = {}     # orth id -> (token key, starts with a capital)


def _token_key(text: str) -> str:
    if text in POSSESSIVE or text in ("-", "\u2013", "/"):     # "Tunapuna/Piarco": one name
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
    for ent in doc_ents(sdoc):
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


def _road_compound(sdoc, j: int, cues: Cues) -> bool:
    """The hyphenated word ending at or after token j names a way between places ("the Bar Elias-Chtaura road"), and
    the text places the way not otherwise ("the Tyre-Sidon highway near Ghazieh": Ghazieh is the place, whether the
    gazetteer knows it or not)."""
    k = _way_noun(sdoc, j, cues)
    return k is not None and not _placed_after(sdoc, k, cues)


def _way_noun(sdoc, j: int, cues: Cues) -> int | None:
    """The way's noun after the hyphenated word ending at or after token j, if it names a way."""
    while j + 1 < len(sdoc) and sdoc[j].text == "-" and not sdoc[j].whitespace_ and sdoc[j + 1].is_alpha:
        j += 2
    while j < len(sdoc) and sdoc[j].text[:1].isupper() and sdoc[j].is_alpha:     # "the Zahle-Riyaq Highway"
        j += 1
    return j if j < len(sdoc) and sdoc[j].lower_ in cues.road_nouns else None


def _placed_after(sdoc, k: int, cues: Cues) -> bool:
    return k + 2 < len(sdoc) and sdoc[k + 1].lower_ in cues.locative and sdoc[k + 2].text[:1].isupper()


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
                divisional = key in gz.context_keys and _division_context(sdoc, i, j + 1, cues)
                if (key not in cues.not_scanned or divisional and _address_end(sdoc, i, j + 1, key, gz)
                        or _placed_country(sdoc, i, j + 1, key, gz, cues)) and (
                        key in gz.scan_keys or divisional or key in gz.placed_keys and _placed(sdoc, i, j + 1, cues)
                        or key in gz.placed_alternates and _verb_object(sdoc, i, j + 1, cues)):
                    found = (j + 1, key)
        if found and not any(taken[i:found[0]]) and _case_ok(sdoc, i, found[1], gz) \
                and not _blocked(sdoc, i, found[0]) \
                and not (_in_compound(sdoc, i, found[0]) and not _road_compound(sdoc, found[0], cues)):
            spans.append((i, found[0]))
            i = found[0]
        else:
            i += 1
    return spans


def _address_end(sdoc, i: int, j: int, key: str, gz: Gazetteer) -> bool:
    """Tokens i..j end an address: "(Diinsoor, Bay)", "Town, District, Plateau." A division whose name is a
    common word is read there only, and not when a country bears the name ("(Rafi LGA, Niger)": the NER's
    reading of it stands)."""
    return i >= 2 and sdoc[i - 1].text == "," and sdoc[i - 2].text[:1].isupper() \
        and (j == len(sdoc) or sdoc[j].text in (")", ".")) and not any(p.kind == "country" for p in gz.lookup_key(key))


def _placed(sdoc, i: int, j: int, cues: Cues) -> bool:
    """The text places something at tokens i..j ("a taxi driver was killed in Hermosillo", "near central Culiacan"): a
    city of some size is read there even when the NER misses it (or reads it as a people's name), unless a
    capitalised word goes on with the name ("in the Paulista Avenue")."""
    if j < len(sdoc) and sdoc[j].is_alpha and sdoc[j].text[:1].isupper():
        return False
    if _verb_object(sdoc, i, j, cues):     # "shelled Horlivka": the verb places it, whatever the NER's reading
        return True
    if sdoc[i].ent_type_ in WEAK_LABELS:
        return False                       # a name the NER reads as a person's or an organisation's stays weak
    k = _word_before(sdoc, i, cues)
    return 0 <= k < i and sdoc[k].lower_ in cues.locative


def _verb_object(sdoc, i: int, j: int, cues: Cues) -> bool:
    """Tokens i..j name the object of a verb whose object is a place ("forces shelled Horlivka and Toretsk",
    "Mariupol was besieged"), or of one whose object is a place unless a person's name ("drones hit Kramatorsk"):
    the name's head, or the first of the names it is coordinated with, is that verb's object (OBJECT_DEPS: the
    parser takes a name it does not know, right after the verb, for an adverb too)."""
    head = next((t for t in sdoc[i:j] if not i <= t.head.i < j), None)
    while head is not None and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head is None or head.dep_ not in OBJECT_DEPS:
        return False
    verb = head.head.lemma_.lower()
    return verb in cues.object_verbs or verb in cues.target_verbs and sdoc[i].ent_type_ != "PERSON"


def _placed_country(sdoc, i: int, j: int, key: str, gz: Gazetteer, cues: Cues) -> bool:
    """A country whose name is also a common word or a province's ("Niger", "Chad", "Jordan"), read where the text
    places something in it ("clashes erupted in Niger") though the tagger missed it."""
    return _placed(sdoc, i, j, cues) and any(p.kind == "country" for p in gz.lookup_key(key))


def _word_before(sdoc, i: int, cues: Cues) -> int:
    """Index of the word before token i, past words like "central" ("in central Thessaloniki"); -1 at the start."""
    k = i - 1
    while k > 0 and sdoc[k].lower_ in cues.locative_skip:
        k -= 1
    return k


def _division_context(sdoc, i: int, j: int, cues: Cues) -> bool:
    """A second-level division's name is read without NER support only where the text uses it as one:
    before a division noun ("Seno province", "Bijapur district"), closing a parenthesis or an
    address ("(Dori, Seno)", "Barangay Taruk, Tandubas, Tawi-Tawi.")."""
    nxt = sdoc[j].text if j < len(sdoc) else "."
    prev = sdoc[i - 1].text if i > 0 else ""
    if nxt.lower() in cues.after and cues.after[nxt.lower()] in ("admin1", "district"):
        return True
    if prev == "of" and i >= 3 and sdoc[i - 2].lower_ in cues.locality_nouns and sdoc[i - 3].text[:1].isupper():
        return True                             # holding a town named with its noun: "Ercis town of Van"
    after = sdoc[j + 1].lower_ if j + 1 < len(sdoc) else ""
    if nxt == ")" and after in cues.locality_nouns:
        return False                            # "Hpar Hpyo (Chin) village": part of the village's name
    return nxt == ")" or prev in ("(", ",") and nxt in (",", ".", ")", ";")


def _with_cues(sdoc, keys: list[str], i: int, j: int, gz: Gazetteer, cues: Cues, loose: bool = False) -> Cand | None:
    """The candidate for tokens i..j, reading the cue words around it (`loose`: through another transliteration
    where the name itself is unknown)."""
    j = _extend(keys, i, j, gz)
    j = _whole_name(sdoc, keys, i, j, gz)
    key = _key(keys, i, j)
    places = gz.lookup_key(key)
    if places and all(p.alternate and p.kind == "city" for p in places):
        # "Avdiivka": a hamlet's alternate name, and the town of that country whose own name is spelled otherwise
        lands, ids = {p.iso2 for p in places}, {p.geonameid for p in places}
        places = places + [q for q in gz.loose_lookup(key) if q.iso2 in lands and q.geonameid not in ids]
    cue, near = None, False
    if (not places or len(places) == 1 and places[0].kind == "city") and j - i > 1:
        last = sdoc[j - 1].lower_
        inner = gz.lookup_key(_key(keys, i, j - 1)) if last in cues.after else []
        if any(p.kind in _CUE_KINDS[cues.after[last]] for p in inner):   # not "Guatemala City": no such city
            places, cue = inner, cues.after[last]
            key = _key(keys, i, j - 1)
    elif places and j - i > 1 and cues.after.get(sdoc[j - 1].lower_) == "admin1" \
            and all(p.kind == "district" for p in places):
        # "Montego Bay, Saint James Parish": the whole name a Louisiana parish (a county), the name before the
        # noun Jamaica's parish (a province): both readings stand, and the other names choose
        places = places + [p for p in gz.lookup_key(_key(keys, i, j - 1)) if p.kind == "admin1"]
    if not places and not (j < len(sdoc) and sdoc[j].lower_ in cues.road_nouns) \
            and (part := _city_of_part(sdoc, keys, i, j, gz)) is not None:
        places, key = part
    loose = loose and not places and bool(places := gz.loose_lookup(key))
    if not places:
        return None
    noun = sdoc[j - 1].lower_ if cue is not None else None
    if cue is None and j < len(sdoc) and sdoc[j].lower_ in cues.after:
        cue, noun = cues.after[sdoc[j].lower_], sdoc[j].lower_
        j += 1
    if cue is None and i >= 2 and sdoc[i - 1].lower_ == "of" and sdoc[i - 2].lower_ in cues.before_of:
        cue, noun = cues.before_of[sdoc[i - 2].lower_], sdoc[i - 2].lower_
        if cue in ("admin1", "district") and i >= 3 and sdoc[i - 3].pos_ == "PROPN":
            cue = None                           # "Sukma district of Chhattisgarh": the province holding it
        elif sdoc[i - 2].lower_ in cues.area_of and not any(p.kind in _CUE_KINDS[cue] for p in places):
            cue, near = None, True               # "the region of Falluja": the area around the town
    k = _word_before(sdoc, i, cues)              # "in central Thessaloniki"
    locative = 0 <= k < i and sdoc[k].lower_ in cues.locative or _verb_object(sdoc, i, j, cues)
    if not locative and k >= 1 and sdoc[k].lower_ == "of" and cues.after.get(sdoc[k - 1].lower_) == "facility":
        locative = True                          # "outside the main hospital of Thessaloniki": the site's town
    return Cand(i, j, key, places, cue, near or _near(sdoc, i, cues), locative=locative,
                 division=cue is None and _division_context(sdoc, i, j, cues), loose=loose,
                 cue_lands=cues.noun_lands.get(noun, frozenset()) if cue else frozenset())


def _city_of_part(sdoc, keys: list[str], i: int, j: int, gz: Gazetteer) -> tuple[list[Place], str] | None:
    """A name the gazetteer lacks written 'City-Part' ("Belgrade-Vracar", "Donetsk-Kirovskyi": a district of the
    city, as ACLED's notation writes it) is the city: its readings of some size, where the part is unknown or a
    place of the city's province that is no town of its own ("Kabul-Jalalabad", "Tyre-Sidon" join two towns, and
    a road noun after the name says so too: no reading)."""
    dash = next((h for h in range(i + 1, j - 1) if sdoc[h].text == "-" and not sdoc[h].whitespace_
                 and not sdoc[h - 1].whitespace_ and sdoc[h + 1].text[:1].isupper()), None)   # not "Kabul-based"
    if dash is None:
        return None
    head = _key(keys, i, dash)
    towns = [p for p in gz.lookup_key(head) if p.kind == "city" and not p.alternate and p.population >= CITY_PART_POP]
    others = [p for p in gz.lookup_key(_key(keys, dash + 1, j)) if p.kind != "country"]
    if not towns or others and not any(_part_of(p, t) for p in others for t in towns):
        return None
    return towns, head


def _part_of(p: Place, town: Place) -> bool:
    """A place of the town's province that is no town of its own: a small one, or one a few kilometres from the
    town's centre (GeoNames holds a city's districts as towns: Donetsk's Kyivskyi)."""
    from ..place import Place as Point
    if (p.iso2, p.admin1) != (town.iso2, town.admin1) or p.admin2 or p.kind == "admin1":
        return False                        # a second-level division is a town's district, not a city's quarter
    if p.kind != "city" or p.population < TOWN_OF_ITS_OWN or p.lat is None or town.lat is None:
        return True
    km = Point(latitude=p.lat, longitude=p.lon).km_to(Point(latitude=town.lat, longitude=town.lon))
    return km is not None and km <= CITY_PART_KM


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


def _whole_name(sdoc, keys: list[str], i: int, j: int, gz: Gazetteer) -> int:
    """End of a longer gazetteer name the tagged span begins ("Kut e Abdollah", tagged "Kut": Iran's town,
    not Iraq's Kut), the name closing on a capitalised word within the sentence; else j."""
    best = j
    for k in range(j, min(len(keys), j + MAX_EXTRA_TOKENS)):
        if keys[k] == "\n" or sdoc[k].is_sent_start:
            break
        if keys[k] and sdoc[k].text[:1].isupper() and gz.lookup_key(_key(keys, i, k + 1)):
            best = k + 1
    return best


def _modifies(sdoc, i: int, j: int) -> bool:
    """The name modifies a noun after it ("near the Somali parliament", "north of the Kenyan border"): a people's
    adjective, not a place."""
    last = sdoc[j - 1]
    return last.dep_ in ("amod", "compound") and last.head.i >= j and last.head.pos_ in ("NOUN", "PROPN")


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
              "facility": ("site", "city", "district"), "neighbourhood": ()}


def filter_readings(c: Cand) -> list[Place]:
    """Candidates the cue allows; a city/facility cue that fits none leaves all (admin1/district cues do not)."""
    pool = c.places
    if c.cue is not None:
        pool = [p for p in c.places if p.kind in _CUE_KINDS[c.cue]]
        if not pool and c.cue == "admin1":             # "Seno province": Burkina Faso's provinces are admin2
            pool = [p for p in c.places if p.admin2] or [p for p in c.places if p.kind == "country"]
                                                        # "a border region of Afghanistan": the country
        if not pool and c.cue == "district":            # "Maramures county": Romania's counties are its provinces
            pool = [p for p in c.places if p.kind == "admin1"]
        if not pool and c.cue in ("city", "facility"):
            pool = c.places
    if c.cue_lands:                                     # "Al Jawf governorate": Yemen's, not Saudi Arabia's region
        pool = [p for p in pool if p.iso2 in c.cue_lands] or pool
    if c.cue == "facility" and any(p.kind == "sea" for p in c.places):
        return []                                       # "the Red Sea port of Hodeidah": which port, not where
    if c.cue is None and any(p.kind == "sea" for p in pool):    # "the Red Sea", not Sudan's Red Sea state
        pool = [p for p in pool if p.kind == "sea"]
    if c.owner:
        pool = [p for p in pool if p.iso2 == c.owner] or pool
    if c.owner_admin1:
        pool = [p for p in pool if (p.iso2, p.admin1) == c.owner_admin1] or pool
    return pool


def candidates(sdoc, gz: Gazetteer, cues: Cues) -> list[Cand]:
    """Names to resolve: NER places first, then gazetteer scan-names and ORG/PERSON-tagged towns
    in the tokens no resolvable NER place covers; text order, no overlaps."""
    keys, caps = _token_keys(sdoc)
    found: list[Cand] = []
    taken = [False] * len(sdoc)
    for i, j in _ner_spans(sdoc, keys, cues):
        if _key(keys, i, j) in gz.acronyms and not sdoc[i].text.isupper():
            continue                                        # "Us" is not the US
        c = _with_cues(sdoc, keys, i, j, gz, cues, loose=sdoc[i].ent_type_ in ("GPE", "LOC"))
        if c is not None:
            c.tagged = True
            found.append(c)
            if not c.loose:                                 # a longer name the scan finds outranks a loose one
                taken[c.i:c.j] = [True] * (c.j - c.i)
    spans = [(i, j, False) for i, j in _scan(sdoc, keys, caps, gz, taken, cues)]
    spans += [(i, j, True) for i, j in _ner_spans(sdoc, keys, cues, WEAK_LABELS)    # "the supreme court": no name
              if not any(taken[i:j]) and any(caps[i:j])]
    spans += [(i, j, True) for i, j in _ner_spans(sdoc, keys, cues, {"NORP"})      # "east of Samarra"; "Kafr"
              if not any(taken[i:j]) and ((_near(sdoc, i, cues) or _placed(sdoc, i, j, cues)   # "in Cavite",
                                           or _division_context(sdoc, i, j, cues))            # "X (Hoceima)"
                                          and not _modifies(sdoc, i, j)
                                          or _whole_name(sdoc, keys, i, j, gz) > j)]   # of "Kafr Qaddum"
    for i, j, weak in spans:
        c = _with_cues(sdoc, keys, i, j, gz, cues, loose=weak)
        if c is not None and not (c.loose and not (c.locative or c.near)):   # a person's name, not a placed town
            c.weak = weak and not _names_country(c)
            found.append(c)
    found = _with_datelines(sdoc, keys, found, gz, cues)
    cands, last_end = [], 0
    for c in sorted(found, key=lambda c: (c.i, c.weak, -c.j)):
        if c.i >= last_end and not (c.j < len(sdoc) and sdoc[c.j].lower_ in cues.not_before) \
                and not _in_quarter_name(sdoc, c, cues):
            cands.append(c)
            last_end = c.j
    if misspelt := _misspelt_divisions(sdoc, cands, gz, cues):
        cands = sorted([c for c in cands if not any(m.i < c.j and c.i < m.j for m in misspelt)] + misspelt,
                       key=lambda c: c.i)
    _mark_qualifiers(sdoc, cands)
    for c in cands:
        if _ends_longer_name(sdoc, c, cues) and not any(p.kind == "country" for p in c.places):
            c.loose = True                                  # "San Luis de Potosi": no Bolivian Potosi
        pool = filter_readings(c)
        named = [p for p in pool if p.kind == "country"] if c.cue is None else []
        c.countries = set() if c.weak or c.loose else {p.iso2 for p in named or pool if p.iso2}
        c.side = bool(named) and (_names_a_side(sdoc, c, cues) or _in_actor_name(sdoc, c))
        c.road = _in_compound(sdoc, c.i, c.j) and _way_noun(sdoc, c.j, cues) is not None
        # a way's town the tagger took for a place gives way to the town the text places the way in ("blocked the
        # Ganja-Tovuz highway in Shamkir"), and stays where the gazetteer lacks that town
    return cands


def _misspelt_divisions(sdoc, cands: list[Cand], gz: Gazetteer, cues: Cues) -> list[Cand]:
    """A division's name written with one letter wrong where an address puts the division, after a place's name
    or a division noun and a comma or an opening bracket, and before a closing one ("Ruyi Du Ab district,
    Samangam."; "Qasr al Haj (Al Jabal Al Garbi)"): that division, where the gazetteer knows no place by the name as
    written (another transliteration of a town's name aside) and one division only by a name one letter off."""
    out: list[Cand] = []
    taken = {k for c in cands if not c.loose for k in range(c.i, c.j)}    # a loose reading gives way
    words = texts(sdoc)                 # (the listed strings: a Token made only where an address may stand)

    def name_word(w: str) -> bool:
        return w[:1].isupper() and (w.isalpha() or "'" in w)

    k, n = 0, len(sdoc)
    while k < n:
        if not (words[k][:1].isupper() and words[k].isalpha() or "'" in words[k]) or k in taken or k < 2:
            k += 1
            continue
        j = k
        while j < n and j not in taken and name_word(words[j]):
            j += 1
        opener, before = words[k - 1], words[k - 2]
        closed = j == n or sdoc[j].is_punct and words[j] not in ("-", "'", "(")
        placed = before[:1].isupper() and before.isalpha() or before.lower() in cues.locality_nouns
        if closed and opener in (",", "(") and placed and not sdoc[k].is_sent_start:
            key = norm(sdoc[k:j].text)
            found = gz.misspelt_admin1(key)
            if len({(p.iso2, p.name) for p in found}) == 1:
                out.append(Cand(k, j, key, found[:1], cue="admin1", division=True))
        k = max(j, k + 1)
    return out


def _in_quarter_name(sdoc, c: Cand, cues: Cues) -> bool:
    """Tokens of a neighbourhood's name opened by a word like "Colonia" or "Barrio" ("found in Colonia Las Palmas del
    Rio"): the run of capitalised words (and connectors) from that word on is the quarter's name, and a name inside it
    is none of the towns or provinces so called; a gazetteer name that is the whole run ("Colonia Valdense") stays."""
    def word(t) -> bool:
        return t.is_alpha and (t.text[:1].isupper() or t.lower_ in cues.connectors or t.lower_ in QUARTER_LINKS)
    s = c.i
    while s > 0 and word(sdoc[s - 1]) and sdoc[s].lower_ not in cues.quarter_before:
        s -= 1
    if sdoc[s].lower_ not in cues.quarter_before or not sdoc[s].text[:1].isupper() \
            or s + 1 >= len(sdoc) or not (sdoc[s + 1].is_alpha and sdoc[s + 1].text[:1].isupper()):
        return False
    e = s + 1
    while e < len(sdoc) and word(sdoc[e]):
        e += 1
    while e > s + 1 and not sdoc[e - 1].text[:1].isupper():
        e -= 1                                   # a run ends on a name, not on "de"
    return not (c.i == s and c.j >= e)


def _ends_longer_name(sdoc, c: Cand, cues: Cues) -> bool:
    """The name ends a longer one the gazetteer lacks, after a link word and a capitalised word ("Valle de Bravo",
    "Sao Jose do Norte"), or begins one before an ezafe: a town of a country the rest of the text supports, not a
    homonym abroad."""
    k = c.i - 1
    if k >= 0 and sdoc[k].lower_ in cues.tail_articles:
        k -= 1
    if k >= 1 and sdoc[k].lower_ in cues.tail_links and sdoc[k - 1].is_alpha and sdoc[k - 1].text[:1].isupper():
        return True
    j = c.j                                 # or begins one, before an ezafe and a capitalised word ("Dara i Sufi")
    return j + 1 < len(sdoc) and sdoc[j].text in cues.head_links and sdoc[j + 1].is_alpha \
        and sdoc[j + 1].text[:1].isupper()


def _names_country(c: Cand) -> bool:
    """A country's name of two words or more that the NER tagged ORG ("Beni, DR Congo"): the name is the
    whole entity, so it is no body's name but the country's."""
    return c.j - c.i >= 2 and c.cue is None and any(p.kind == "country" for p in c.places)


def _in_actor_name(sdoc, c: Cand) -> bool:
    """A country's name inside a longer name the actor packs hold ("the Sudan People's Liberation Army",
    "the Democratic Forces for the Liberation of Rwanda" ends with one): whose name it is, not where the text is."""
    from ..knowledge.actors import default_pack
    ent = next((e for e in doc_ents(sdoc) if e.start <= c.i and c.j <= e.end), None)
    if ent is None or ent.end - ent.start <= c.j - c.i:
        return False
    words = ent[1:] if ent[0].lower_ == "the" else ent
    return words.end - words.start > c.j - c.i and default_pack().lookup(words.text) is not None


def _names_a_side(sdoc, c: Cand, cues: Cues) -> bool:
    """A country's name before a noun of people or forces ("US servicemen", "Uganda troops") or before "-led",
    "-backed" ("Iran-backed militias"): whose they are."""
    nxt = sdoc[c.j] if c.j < len(sdoc) else None
    if nxt is None:
        return False
    if nxt.text == "-" and c.j + 1 < len(sdoc):
        return sdoc[c.j + 1].lower_ in cues.side_suffixes
    if nxt.lower_ in cues.side_suffixes and c.j + 1 < len(sdoc):    # "a Turkey backed faction", not "Turkey backed
        return sdoc[c.j + 1].pos_ in ("NOUN", "ADJ", "PROPN")       # the plan"
    if nxt.tag_ == "POS":               # "Turkey's military", "Russia's armed forces": theirs too
        nxt = next((t for t in sdoc[c.j + 1:c.j + 4] if t.pos_ != "ADJ"), None)
        if nxt is None:
            return False
    return nxt.lower_ in cues.side_nouns and nxt.pos_ == "NOUN"


def _with_datelines(sdoc, keys: list[str], found: list[Cand], gz: Gazetteer, cues: Cues) -> list[Cand]:
    """No place inside a dateline's outlet ("(Channel 8)"); the dateline's names are places, in
    capitals too ("KIRKUK"), marked as where the story was filed."""
    lines = datelines(sdoc, cues.dateline)
    if not lines:
        return found
    outlets = [d.outlet for d in lines if d.outlet]
    found = [c for c in found if not any(a < c.j and c.i < b for a, b in outlets)]
    for d in lines:
        for i, j in d.places:
            hits = [c for c in found if i <= c.i < j]
            if not hits and (c := _with_cues(sdoc, keys, i, j, gz, cues)) is not None:
                c.weak, hits = True, [c]
                found.append(c)
            for c in hits:
                c.dateline = True
    return found


def _mark_qualifiers(sdoc, cands: list[Cand]) -> None:
    """"Kabul's Pul-e-Charkhi prison", "Mozambique's Gaza province": the possessor qualifies the next place."""
    for a, b in zip(cands, cands[1:]):
        if a.j < len(sdoc) and sdoc[a.j].text in POSSESSIVE and b.i == a.j + 1:
            a.qualifier = True
            owners = {p.iso2 for p in filter_readings(a)}
            if len(owners) == 1:
                b.owner = next(iter(owners))
            provinces = {(p.iso2, p.admin1) for p in filter_readings(a) if p.kind == "admin1"}
            if len(provinces) == 1:
                b.owner_admin1 = next(iter(provinces))
