"""How many died, as the words count them: a number before a participle ('three suspected rebels'), people named
without a number beside a counted one ('a judge and his driver'), the dead a report verb raises ('were reported
killed'), whose body was found, what a result clause leaves ('left one guard killed and two injured'), the wounded
told beside the dead ('1 killed 3 injured'), animals (no deaths), and deaths beside an arrest. Invented sentences;
the classes were counted on incident notes whose tolls came out lower or higher than written."""
from __future__ import annotations

import functools
from datetime import date

from tests.claim_sentences import claims
from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 3, 12))


def test_a_number_before_a_participle_counts_its_noun():
    ev = _one("Soldiers killed three suspected rebels near Butembo on Monday.")
    assert (ev.fatalities_low, ev.fatalities_high) == (3, 3)


def test_people_named_without_a_number_add_one_each_to_a_counted_one():
    ev = _one("A retired judge and his driver were shot dead by gunmen in Cotabato on Monday.")
    assert ev.fatalities == 2
    ev = _one("A soldier fired on a family's house in Kadugli on Monday, killing the mother and a daughter.")
    assert ev.fatalities == 2


def test_the_dead_a_report_verb_raises_are_its_subject():
    ev = _one("Troops fought Al Shabaab fighters in Galkayo on Monday. Seven militants were reported killed.")
    assert ev.fatalities == 7
    ev = _one("Four police officers are feared killed after gunmen attacked a checkpoint in Maiduguri on Monday.")
    assert ev.fatalities == 4


def test_a_body_found_is_its_owner_dead():
    ev = _one("On Monday, a farmer's body was found in a field near Idlib, killed by unknown gunmen.")
    assert ev.fatalities == 1


def test_what_a_result_clause_leaves_is_counted():
    ev = _one("Clashes in Ghazni on Monday left one officer killed and two injured.")
    assert (ev.fatalities, ev.injuries_high) == (1, 2)


def test_the_wounded_told_beside_the_dead_are_not_dead():
    ev = _one("Rival villagers clashed with sticks in Muzaffarpur on Monday over a boundary wall. 1 killed 3 injured.")
    assert ev.fatalities == 1
    ev = _one("Gunmen ambushed a convoy near Lawdar on Monday, resulting in 2 soldiers killed and 4 injured.")
    assert ev.fatalities == 2


def test_animals_killed_are_no_deaths():
    ev = _one("Raiders attacked a village near Bama on Monday, burned 30 huts and killed 40 cattle.")
    assert not ev.fatalities


def test_deaths_beside_an_arrest_belong_to_the_fight():
    ev = _one("Three rebels were slain while two more were arrested during a firefight with troops in Lanao del Sur "
              "on Monday.")
    assert ev.event_type == "Battles" and ev.fatalities == 3


def test_a_count_opening_a_sentence_stays_in_it():
    ev = _one("Troops clashed with militants near Jowhar on Monday. 14 Al shabaab insurgents were killed in the fight.")
    assert ev.fatalities == 14


def test_casualties_seen_are_no_group_claim():
    assert not claims("A medic was carrying 3 injured protesters into a van outside the stadium.")


def test_the_wounded_of_a_bombing_are_the_force_they_serve():
    ev = _one("Jaish al-Adl claimed a bombing in Zahedan on Monday which left three police officers injured.")
    assert ev.actor2 == "Police Forces of Iran (1989-)" and ev.injuries_high == 3
