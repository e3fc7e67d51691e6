"""The arrest of an incident's doers, told after it in an incident record. Invented sentences.

- 'Police arrested the gunmen the next morning', 'two suspects were detained on Friday': the end of the incident's
  course, no development of its own (ACLED codes the incident, not the capture of those who did it).
- An arrest of others than the doers ('police detained 20 activists') stays an event of its own."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

_one = functools.partial(one, pub=date(2024, 6, 5))
news = functools.partial(events, pub=date(2024, 6, 5))


def test_the_doers_arrested_a_day_later_are_the_incidents_course():
    ev = _one("On 3 June 2024, in Sobral, Ceara, masked gunmen killed a barber outside his shop. Police "
              "arrested the gunmen on 4 June.")
    assert (ev.sub_event_type, ev.event_date, ev.fatalities) == ("Attack", "2024-06-03", 1)
    ev = _one("On 3 June 2024, a grocer was stabbed to death at his stall in Eldoret, Kenya. Two days later "
              "police detained three suspects.")
    assert (ev.sub_event_type, ev.event_date) == ("Attack", "2024-06-03")


def test_an_arrest_of_others_stays_an_event():
    found = news("On 3 June 2024, in Kisumu, Kenya, gunmen shot dead a trader. Two days later police arrested "
                 "20 opposition activists.")
    assert [e.sub_event_type for e in found] == ["Attack", "Arrests"]
