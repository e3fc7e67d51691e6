"""Places on invented sentences of the kinds read wrongly on unseen text (eleventh pass): a district known by its
newer name."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2021, 7, 2)


def places_of(text: str) -> set[tuple]:
    return {(e.country, e.admin1, e.location) for e in events(text, PUB)}


def test_a_district_known_by_its_newer_name():
    assert places_of("On 1 July 2021, traders rallied in Shaheed Benazirabad district over power cuts.") == \
        {("Pakistan", "Sindh", "Nawabshah")}
