"""An aircraft word deep inside what was attacked is no means of the attack. Invented sentences.

- 'shot a major of the air force intelligence', 'attacked commandos who had been flown in by helicopters',
  'shelled an air force base': words of the target's own phrase, not an air strike.
- A strike by warplanes stays an air strike."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 6, 5))


def test_an_aircraft_word_inside_the_target_is_no_air_strike():
    ev = _one("On 3 June 2024, two masked gunmen killed a major of the air force intelligence in Tabqa, "
              "Ar-Raqqa.")
    assert ev.sub_event_type == "Armed clash"
    ev = _one("On 3 June 2024, Taliban fighters ambushed Afghan commandos who had been airdropped by helicopters "
              "in Faryab province.")
    assert ev.sub_event_type == "Armed clash"
    ev = _one("On 3 June 2024, Houthi forces shelled an air force base near Marib city.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_warplanes_striking_stay_an_air_strike():
    ev = _one("On 3 June 2024, Israeli warplanes struck a weapons depot near Homs.")
    assert ev.sub_event_type == "Air/drone strike"
