"""A protest answered in the next sentence, which tells the crowd's own doing beside the authorities' answer ('The
marchers had closed a road and officers took them away'): the blockade is the protest's course and the arrest
its intervention, whatever word the sentence uses for the crowd; a dated blockade elsewhere stays an event of its
own. Invented sentences."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2022, 5, 7)


def test_an_arrest_beside_the_crowds_blockade_next_makes_an_intervention():
    found = events("On 6 May 2022, in Mendoza, teachers protested over unpaid bonuses. The group was blocking an "
                   "avenue right in front of the cathedral and were detained by riot police.", PUB)
    assert [(e.sub_event_type, e.actor2) for e in found] == [
        ("Protest with intervention", "Police Forces of Argentina")]


def test_a_blockade_told_next_without_an_answer_stays_peaceful():
    found = events("On 6 May 2022, in Mendoza, teachers protested over unpaid bonuses. The group blocked an avenue "
                   "and marched to the provincial legislature.", PUB)
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


def test_a_dated_blockade_elsewhere_is_an_event_of_its_own():
    found = events("On 6 May 2022, in Mendoza, teachers protested over unpaid bonuses. On 8 May, farmers blocked a "
                   "road in Salta and were detained by police.", PUB)
    assert sorted((e.event_date, e.sub_event_type) for e in found) == [
        ("2022-05-06", "Peaceful protest"), ("2022-05-08", "Protest with intervention")]


def test_the_arrest_a_protest_was_about_told_again_is_no_intervention():
    found = events("On 6 May 2022, reporters rallied at a radio station in Multan against the arrest of their "
                   "producer. He was arrested over a libel case.", PUB)
    assert [(e.sub_event_type, e.actor2) for e in found] == [("Peaceful protest", None)]
