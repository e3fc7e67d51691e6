"""Places on invented sentences of the kinds read wrongly on unseen text (eleventh pass): a district known by its
newer name, and a short division name holding a town written with its noun ("X town of Y")."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2021, 7, 2)


def places_of(text: str) -> set[tuple]:
    return {(e.country, e.admin1, e.location) for e in events(text, PUB)}


def test_a_district_known_by_its_newer_name():
    assert places_of("On 1 July 2021, traders rallied in Shaheed Benazirabad district over power cuts.") == \
        {("Pakistan", "Sindh", "Nawabshah")}


def test_a_short_division_name_holding_a_town_written_with_its_noun():
    # 'Van' is read untagged only where the text uses it as a division: here it holds a town the gazetteer lacks
    assert places_of("On 1 July 2021, police detained a party official in Tusba town of Van.") == \
        {("Turkey", "Van", "Van")}
    # guard: the common word names no division
    assert ("Turkey", "Van", "Van") not in places_of("On 1 July 2021, police seized the keys of a delivery van.")
