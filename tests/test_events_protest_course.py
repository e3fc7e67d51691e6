"""A protest's course told in the sentences after it: the force that came and arrested, tried to disperse or
control the crowd, forced it to disperse, or detained the protesters as they blocked a road makes it a protest
with intervention; arrests told without a force are the police's; a force's violence in the very next sentence is
its answer to the crowd, its dead the protest's toll. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2023, 10, 5))


def test_a_force_arriving_and_arresting_is_an_intervention():
    ev = _one("On 3 October 2023, in Oaxaca, residents blocked a highway to demand electricity. Police patrols "
              "arrived and arrested four of the residents.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Police Forces of Mexico (2018-2024)")


def test_trying_to_disperse_or_control_a_crowd_is_an_intervention():
    ev = _one("On 3 October 2023, hundreds of teachers marched in Asuncion over unpaid wages. Officers of the "
              "national police tried to control the marchers.")
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor2.startswith("Police Forces of Paraguay")
    ev = _one("On 3 October 2023, cleaners rallied in front of a ministry in Ankara. Police officers forced the "
              "cleaners to disperse within minutes.")
    assert ev.sub_event_type == "Protest with intervention"


def test_protesters_detained_as_they_blocked_a_road():
    ev = _one("On 3 October 2023, in Mendoza, street vendors protested over new fines. The vendors blocked an avenue "
              "in front of the courthouse and were detained by officers.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Police Forces of Argentina")


def test_arrests_told_without_a_force_are_the_polices():
    ev = _one("On 3 October 2023, about 30 farmers rallied in front of the congress in Quito. Five of the "
              "demonstrators were detained.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Police Forces of Ecuador")


def test_what_was_done_to_the_protesters_own_people_is_their_cause():
    ev = _one("On 3 October 2023, kin of sailors arrested in Greece gathered at the foreign ministry in Tunis to "
              "demand their return.")
    assert (ev.sub_event_type, ev.actor2) == ("Peaceful protest", None)


def test_clashes_with_police_after_a_protest_are_its_course():
    ev = _one("On 3 October 2023, about 200 taxi drivers rallied at the city council in Odesa. The drivers and "
              "riot police clashed as the road was reopened.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    assert ev.actor2.startswith("Police Forces of Ukraine")


def test_an_effigy_burnt_is_a_symbol_and_stone_pelting_is_violence():
    ev = _one("On 3 October 2023, hundreds of students protested in Jorhat, Assam, and set an effigy of the "
              "education minister alight.")
    assert ev.sub_event_type == "Peaceful protest"
    ev = _one("On 3 October 2023, in Kota, Rajasthan, stranded labourers blocked a highway; stone pelting by the "
              "labourers followed.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


def test_arrests_once_the_protest_was_over_leave_it_peaceful():
    ev = _one("On 3 October 2023, about 200 residents marched in Vitebsk against a new landfill. Officers arrested two "
              "organisers after the march had ended.")
    assert (ev.sub_event_type, ev.actor2) == ("Peaceful protest", None)


def test_an_arrest_told_after_a_release_demand_is_the_grievance():
    ev = _one("On 3 October 2023, some 30 students protested in Pinsk, demanding the release of a poet. The poet was "
              "detained on the same day over a post online.")
    assert (ev.sub_event_type, ev.actor2) == ("Peaceful protest", None)
    ev = _one("On 3 October 2023, some 30 students protested in Pinsk, demanding the freedom of a detained poet. "
              "Police arrested six of the students.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_forces_violence_right_after_a_crowd_is_its_answer():
    ev = _one("On 3 October 2023, inmates staged a demonstration inside the main jail of Warri over a ban on visits. "
              "The inmates burned mattresses and files. Jail guards shot dead one inmate and wounded nine.")
    assert (ev.sub_event_type, ev.fatalities) == ("Violent demonstration", 1)
    assert ev.actor2.endswith("Prison Guards")
    ev = _one("On 3 October 2023, market women marched in Abraka against the planned closure of their stalls. Police "
              "shot dead two of the marchers.")
    assert (ev.sub_event_type, ev.fatalities) == ("Excessive force against protesters", 2)


def test_a_death_a_crowd_acted_over_is_its_cause_not_its_toll():
    # the cause hangs on what the crowd acted on, or on the second of two acts
    ev = _one("On 3 October 2023, a mob torched a private hospital in Thoubal (Manipur) over a patient's death.")
    assert (ev.sub_event_type, ev.fatalities) == ("Mob violence", 0)
    ev = _one("On 3 October 2023, relatives rallied and vandalized a maternity home in Multan city (Multan, Punjab), "
              "against the death of a young mother in childbirth.")
    assert (ev.event_type, ev.fatalities) == ("Riots", 0)
    # a death the crowd caused stays its toll
    ev = _one("On 3 October 2023, a mob set ablaze a police post in Thoubal (Manipur), killing a constable.")
    assert ev.fatalities == 1


def test_a_toll_told_after_a_riot_is_its_toll():
    ev = _one("On 3 October 2023, in Tepeaca, Puebla, two men were lynched by residents. 2 fatalities.")
    assert (ev.sub_event_type, ev.fatalities) == ("Mob violence", 2)
    # a peaceful march keeps no toll: the deaths told are its grievance
    ev = _one("On 3 October 2023, hundreds of traders marched in Migori over market fees. 2 fatalities.")
    assert (ev.sub_event_type, ev.fatalities) == ("Peaceful protest", 0)
