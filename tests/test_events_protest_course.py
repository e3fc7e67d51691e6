"""A protest's course told in the sentences after it: the force that came and arrested, tried to disperse or
control the crowd, forced it to disperse, or detained the protesters as they blocked a road makes it a protest
with intervention; arrests told without a force are the police's. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2023, 10, 5))


def test_a_force_arriving_and_arresting_is_an_intervention():
    ev = _one("On 3 October 2023, in Oaxaca, residents blocked a highway to demand electricity. Three police patrols "
              "arrived and arrested four people.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Police Forces of Mexico (2018-2024)")


def test_trying_to_disperse_or_control_a_crowd_is_an_intervention():
    ev = _one("On 3 October 2023, hundreds of teachers marched in Asuncion over unpaid wages. Police officers tried "
              "to control the crowd.")
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor2.startswith("Police Forces of Paraguay")
    ev = _one("On 3 October 2023, cleaners held a demonstration outside a ministry in Ankara. The police stopped "
              "them from reading a statement and forced them to disperse.")
    assert ev.sub_event_type == "Protest with intervention"


def test_protesters_detained_as_they_blocked_a_road():
    ev = _one("On 3 October 2023, in Mendoza, street vendors protested over new fines. The vendors blocked an avenue "
              "near the city hall and were detained by the police.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Police Forces of Argentina")


def test_arrests_told_without_a_force_are_the_polices():
    ev = _one("On 3 October 2023, about 30 farmers protested outside the parliament in Quito. Five protesters were "
              "arrested.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Police Forces of Ecuador")


def test_what_was_done_to_the_protesters_own_people_is_their_cause():
    ev = _one("On 3 October 2023, relatives of sailors detained in Greece gathered outside the ministry in Tunis to "
              "demand their return.")
    assert (ev.sub_event_type, ev.actor2) == ("Peaceful protest", None)


def test_clashes_with_police_after_a_protest_are_its_course():
    ev = _one("On 3 October 2023, about 200 taxi drivers demonstrated outside the city council in Odesa. Clashes with "
              "the police broke out when officers tried to reopen the road.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    assert ev.actor2.startswith("Police Forces of Ukraine")


def test_an_effigy_burnt_is_a_symbol_and_stone_pelting_is_violence():
    ev = _one("On 3 October 2023, hundreds of students protested in Jorhat, Assam. They also burnt an effigy of the "
              "education minister.")
    assert ev.sub_event_type == "Peaceful protest"
    ev = _one("On 3 October 2023, stranded labourers blocked a highway and engaged in stone pelting in Kota, "
              "Rajasthan.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


def test_arrests_once_the_protest_was_over_leave_it_peaceful():
    ev = _one("On 3 October 2023, about 200 residents marched in Vitebsk against a new landfill. Two people were "
              "arrested right after the march.")
    assert (ev.sub_event_type, ev.actor2) == ("Peaceful protest", None)
