"""Violence a protest is against, told after the place of the protest. Invented sentences.

- 'held a protest in X block (Y district, Z) against the attacks on bakers': the parser may hang
  'against ...' on the place; the attacks are the crowd's grievance, a peaceful protest, not its violence.
- The crowd's own stones and fire stay a violent demonstration."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 6, 5))


def test_attacks_protested_against_after_a_place_are_the_grievance():
    ev = _one("On 3 June 2024, five bakers staged a protest in Barh block (Patna district, Bihar) against the "
              "attacks on bakers during the night curfew.")
    assert (ev.event_type, ev.sub_event_type, ev.actor1) == ("Protests", "Peaceful protest", "Protesters (India)")


def test_the_crowds_own_violence_stays_a_riot():
    ev = _one("On 3 June 2024, protesters hurled stones at police in Asansol, West Bengal, and torched a police van.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
