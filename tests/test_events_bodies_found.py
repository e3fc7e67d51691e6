"""The dead of a sentence. A body found with a mark of violence is a killing, also where the parser hangs the body
on a place named before it ('in X, Y, a charred corpse turned up') or the remains are what bags held ('sacks
holding remains turned up'); the dead found may be told by a word on them ('dead women were found', 'a corpse
dumped from a van'), and perpetrators or a murder named, or the victim's money taken, are marks of a killing
too. Victims the parser hung on the place before them are the verb's; a named person shot dead is one death, and
persons told together count one each. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2023, 11, 20))


def test_a_body_told_after_its_place_is_found():
    ev = _one("Around 18 November 2023 (as reported), in Cascavel, Parana, the charred corpse of a woman was "
              "found floating in a reservoir.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Attack", "Civilians (Brazil)", 1)


def test_remains_held_in_bags_are_found():
    ev = _one("On 18 November 2023, in Tepic, Nayarit, five plastic bags holding human remains "
              "were discovered in a ditch.")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Mexico)")


def test_the_dead_found_told_by_a_word_on_them():
    ev = _one("Around 18 November 2023 (as reported), in Guasave, Sinaloa, two dead men in handcuffs were "
              "discovered next to a canal.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 2)
    ev = _one("Around 18 November 2023 (as reported), in Chilpancingo, Guerrero, a dead woman was thrown out of a "
              "pickup near a bridge. Her wrists were bound.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 1)


def test_perpetrators_named_mark_a_body_found_as_a_killing():
    ev = _one("On 18 November 2023, in Usulutan, the body of a radio reporter was found in a field. Motive and "
              "perpetrators unknown.")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (El Salvador)")
    # a body found with no mark stays no event; nor is any dead animal one
    from tests.event_sentences import events
    assert events("On 18 November 2023, rescuers found the body of a hiker in the mountains near Mendoza.",
                  date(2023, 11, 20)) == []
    assert events("On 18 November 2023, police found two dead dogs near the market in Mendoza.",
                  date(2023, 11, 20)) == []


def test_victims_the_parser_hung_on_the_place_before_them():
    # 'in X, Y, two youths were gunned down': the victims are the verb's subject, not the place's apposition
    ev = _one("On 18 November 2023, in Ceilandia, Distrito Federal, a teenager and his aunt were shot to death "
              "outside a bakery.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Attack", "Civilians (Brazil)", 2)
    ev = _one("On 18 November 2023, in Campina Grande, a boy and an elderly woman were shot dead by masked men.")
    assert ev.fatalities == 2
    ev = _one("On 18 November 2023, in Lucas do Rio Verde, Mato Grosso, a mechanic was shot dead by two gunmen "
              "riding a motorbike.")
    assert (ev.actor2, ev.fatalities) == ("Civilians (Brazil)", 1)     # the place beside the man is no victim
    # a noun that is another verb's subject stays that verb's ('villagers blocked ..., afraid of being infected')
    ev = _one("On 18 November 2023, in Santa Lucia del Camino municipality, Oaxaca, villagers of the community "
              "blocked the access road to keep traffic out, afraid of being infected by visitors.")
    assert (ev.sub_event_type, ev.actor1) == ("Peaceful protest", "Protesters (Mexico)")


def test_a_person_named_shot_dead_is_one_dead():
    assert _one("On 18 November 2023, John Mensah was shot dead by gunmen in Kumasi.").fatalities == 1
    assert _one("On 18 November 2023, John Mensah and Kofi Boateng were shot dead by gunmen in Kumasi.").fatalities \
        == 2


def test_persons_told_together_count_one_each():
    assert _one("On 18 November 2023, gunmen opened fire on the jeep of a district police chief in Baghlan. The "
                "chief and his nephew died on the spot.").fatalities == 2
    assert _one("On 18 November 2023, a bomb hit a car in Kunduz, killing Rahim Wardak and his two sons.").fatalities \
        == 3
    assert _one("On 18 November 2023, gunmen killed Manu Das (31) in Kunduz.").fatalities == 1   # an age, no count
