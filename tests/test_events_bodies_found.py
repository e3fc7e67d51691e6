"""A body found with a mark of violence is a killing, also where the parser hangs the body on a place named before
it ('in X, Y, a charred corpse turned up') or the remains are what bags held ('bags that contained human
remains were found'). Invented sentences."""
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
