"""Machine guns fired at an area, no side met and no one hit ('fired machine guns at outlying hamlets'), are fire
from afar: ACLED's shelling, with no target coded; rifle fire at a village stays an attack on its people.
Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2023, 7, 12))


def test_machine_guns_fired_at_an_area_are_shelling():
    ev = _one("On 10 July 2023, pro-government forces fired machine guns at outlying villages of Zabid district "
              "(Al Hudaydah), Yemen, with nobody reported hurt.")
    assert (ev.sub_event_type, ev.actor2) == ("Shelling/artillery/missile attack", None)


def test_rifle_fire_at_a_village_stays_an_attack():
    ev = _one("On 10 July 2023, bandits fired rifles at a village in Zamfara, Nigeria.")
    assert ev.sub_event_type == "Attack"
