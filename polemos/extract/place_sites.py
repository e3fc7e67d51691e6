"""Facilities of a city: "the Kabul prison", "Kabul's main prison", "a prison in Kabul".

A facility noun (`cues.yaml`: after/facility) bound to a city names a site of that
city, not the city: the curated site of that type (`sites.csv`) when the phrase is
definite and the city has exactly one such site, else a site named "<City> <noun>"
that keeps the city's admin1, country and coordinates (precision 1).
"""
from __future__ import annotations

from dataclasses import replace

from ..knowledge.gazetteer import Gazetteer, Place
from ..knowledge.places.cues import Cues

POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
MAX_MODIFIERS = 2              # "Kabul's main central prison"
INDEFINITE = {"a", "an", "one", "another"}


def _facility(cues: Cues, word: str) -> bool:
    return cues.after.get(word) == "facility"


def _phrase(sdoc, i: int, j: int, cue: str | None, cues: Cues) -> tuple[int, int, str, bool] | None:
    """(start, end, noun, definite) of a facility phrase built on the city at tokens i..j, or None."""
    if cue == "facility":                                  # "the Kabul prison" (noun already in the span)
        return i, j, sdoc[j - 1].lower_, not (i > 0 and sdoc[i - 1].lower_ in INDEFINITE)
    if cue is not None:
        return None
    if j < len(sdoc) and sdoc[j].text in POSSESSIVE:       # "Kabul's main prison"
        k = j + 1
        while k < len(sdoc) and k - j - 1 < MAX_MODIFIERS and sdoc[k].pos_ == "ADJ" and sdoc[k].is_lower:
            k += 1
        if k < len(sdoc) and _facility(cues, sdoc[k].lower_):
            return i, k + 1, sdoc[k].lower_, True
    if i >= 2 and sdoc[i - 1].lower_ in ("in", "of", "near") and _facility(cues, sdoc[i - 2].lower_):
        definite = not (i >= 3 and sdoc[i - 3].lower_ in INDEFINITE)   # "a prison in Kabul"
        return i, j, sdoc[i - 2].lower_, definite          # the span stays on the city's name
    return None


def site_of(city: Place, noun: str, definite: bool, gz: Gazetteer, cues: Cues) -> Place:
    """The site a facility noun names in `city`."""
    known = gz.sites_in(city, cues.facility_types.get(noun, frozenset({noun})))
    if definite and len(known) == 1:
        return known[0]
    return replace(city, name=f"{city.name} {noun}", kind="site", geonameid=None, capital=False, alternate=False)


def facility_sites(sdoc, spans: list[tuple[int, int, str | None, Place | None]], gz: Gazetteer,
                   cues: Cues) -> list[tuple[int, int, int, Place | None]]:
    """(candidate index, new start, new end, site) for each city named as a facility's location;
    `spans` are the candidates (token range, cue, reading). The site is None where the phrase
    names an organisation (its noun capitalised inside an ORG entity): no place there."""
    out = []
    for n, (i, j, cue, place) in enumerate(spans):
        if place is None or place.kind != "city":
            continue
        found = _phrase(sdoc, i, j, cue, cues)
        if found is None:
            continue
        start, end, noun, definite = found
        noun_tok = sdoc[end - 1] if sdoc[end - 1].lower_ == noun else sdoc[start - 2]
        tagged = noun_tok if noun_tok.i >= start else sdoc[start]     # "University of Kabul": the city in the ORG
        if noun_tok.text[:1].isupper() and tagged.ent_type_ == "ORG" and noun not in cues.facility_types:
            out.append((n, i, j, None))                    # "Kabul Bank", "Kandahar University": an organisation
            continue                                       # ("Hama Airbase", "Herat Prison": a site all the same)
        if any(m != n and s < end and e > start for m, (s, e, _, _) in enumerate(spans)):
            continue                                       # "Kabul's Pul-e-Charkhi prison": the next name says
        out.append((n, start, end, site_of(place, noun, definite, gz, cues)))
    return out
