"""A body found with a mark of violence is a killing, also where the parser hangs the body on a place named before
it ('in X, Y, a charred corpse turned up') or the remains are what bags held ('bags that contained human
remains were found'); the dead found may be told by a word on them ('dead women were found', 'a dead man was thrown
from a car'), and perpetrators or a murder named, or the victim's money taken, are marks of a killing too. Invented
sentences."""
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
    ev = _one("Around 18 November 2023 (as reported), in Fresnillo, Zacatecas, three handcuffed dead women were "
              "found beside a highway.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 3)
    ev = _one("Around 18 November 2023 (as reported), in Acapulco, Guerrero, a dead man was thrown from a car near a "
              "toll booth. The victim had his legs tied.")
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
