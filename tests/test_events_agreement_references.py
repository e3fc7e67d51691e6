"""A known agreement named as the purpose or frame of another act ('released prisoners to advance the peace deal')
is no agreement made that day; one signed, reached or taking effect is. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events

news = functools.partial(events, pub=date(2023, 6, 2))


def test_the_deal_as_a_purpose_is_no_agreement():
    found = news("On 1 June 2023, the government freed 60 insurgent detainees in Mazar-i-Sharif to move the peace "
                 "accord forward.")
    assert [e.sub_event_type for e in found] == ["Other"]


def test_a_truce_taking_effect_is_one():
    found = news("On 1 June 2023, the truce between the army and the rebels came into force in Wau.")
    assert [e.sub_event_type for e in found] == ["Agreement"]
