"""The dead told beside a fight ('shot during clashes between two clans', 'amid revenge killings between two
sections', 'killed two herders during clashes with rebels') are the fight's: an armed clash between its sides, not
an attack on civilians. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2023, 5, 6))


def test_dead_in_clashes_between_two_groups_make_a_clash():
    ev = _one("On 4 May 2023, three bystanders died in stray gunfire during clashes between two clans in Deir "
              "ez-Zor city.")
    assert ev.sub_event_type == "Armed clash"
    assert not (ev.actor2 or "").startswith("Civilians")
    ev = _one("On 4 May 2023, five people were killed amid reprisal killings between two Nuer sections near Bentiu "
              "(Unity state).")
    assert ev.sub_event_type == "Armed clash"


def test_the_clash_names_its_other_side():
    ev = _one("On 4 May 2023, troops killed three herders during clashes with rebels near Menaka, Mali.")
    assert (ev.sub_event_type, ev.actor2) == ("Armed clash", "Unidentified Armed Group (Mali)")


def test_a_killing_with_no_fight_told_stays_an_attack():
    ev = _one("On 4 May 2023, gunmen killed three herders near Menaka, Mali.")
    assert ev.sub_event_type == "Attack"


def test_a_fight_the_next_sentence_tells_as_the_course_retypes_the_event():
    ev = _one("On 4 May 2023, robbers blew up a cash machine in Jequie. During the robbery, the gang shot at a "
              "military police patrol.")
    assert ev.sub_event_type == "Armed clash"
    ev = _one("On 4 May 2023, bandits stormed a hamlet near Gusau and killed two farmers. During the raid, the "
              "bandits exchanged fire with soldiers.")
    assert (ev.sub_event_type, ev.actor2) == ("Armed clash", "Military Forces of Nigeria (2015-2023)")
