"""Invented sentences: the armed groups a text names tell its country even where the tagger finds no entity, and
a place of no country takes theirs; the members of a gang or a cartel are armed victims; police or soldiers
attacked at home or on the way to work are off duty (civilians)."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import one

PUB = date(2021, 3, 5)


def test_a_group_the_tagger_missed_tells_which_homonym():
    # Beni: Bolivia's department and a Congolese town; the ADF fights in Congo
    ev = one("On 3 March 2021, ADF rebels killed six civilians in Beni.", PUB)
    assert (ev.country, ev.admin1) == ("Democratic Republic of Congo", "Nord-Kivu")
    assert ev.actor2 == "Civilians (Democratic Republic of Congo)"


def test_a_text_without_places_takes_its_groups_country():
    ev = one("On 3 March 2021, Taliban fighters stormed a remote police outpost overnight, killing two policemen.",
             PUB)
    assert ev.country == "Afghanistan"
    assert ev.actor2.startswith("Police Forces of Afghanistan")
    # groups of two countries tell none
    ev = one("On 3 March 2021, Taliban and al-Shabaab fighters stormed a police outpost, killing two policemen.",
             PUB)
    assert ev.country is None


def test_members_of_a_gang_or_cartel_are_armed():
    for victim in ("a member of a drug cartel", "two members of a local gang"):
        ev = one(f"On 3 March 2021, in Morelia, gunmen shot dead {victim}.", PUB)
        assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash"), victim
    ev = one("On 3 March 2021, in Morelia, gunmen shot dead a member of a farmers' cooperative.", PUB)
    assert ev.sub_event_type == "Attack"


def test_forces_attacked_at_home_are_off_duty():
    for where in ("at his house", "as he sat in front of his house", "on his way to work"):
        ev = one(f"On 2 June 2021, gunmen shot dead a police officer {where} in Kismayo.", PUB)
        assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Somalia)"), where
    ev = one("On 2 June 2021, gunmen shot dead a police officer at a checkpoint in Kismayo.", PUB)
    assert ev.sub_event_type == "Armed clash"


def test_a_bound_on_the_dead_lowers_no_count_of_them():
    text = ("The rebels killed more than 60 soldiers at a border camp near Kidal on Monday, an officer said. "
            "A medic in Gao said at least 40 people were killed or wounded in the assault.")
    ev = one(text, PUB)
    assert (ev.fatalities_low, ev.fatalities_high) == (60, None)
    text = ("A medic in Gao said at least 40 people were killed or wounded in an assault on a border camp near Kidal "
            "on Monday. The rebels killed more than 60 soldiers in the assault, an officer said.")
    assert one(text, PUB).fatalities_low == 60


def test_a_blast_that_hurt_no_one_went_off():
    ev = one("A pipe bomb left by the suspect went off near a road race in Seaside Park on Saturday, although the "
             "explosion did not wound anybody.", PUB)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    ev = one("On Saturday a man lobbed a grenade at a police post in Srinagar, but it did not explode.", PUB)
    assert ev.sub_event_type == "Disrupted weapons use"


def test_arrests_set_against_a_fight_are_their_own_event():
    from tests.event_sentences import events
    evs = events("Soldiers killed two militants in a shootout in Kunduz on Thursday, while police arrested three "
                 "suspects in Kabul.", PUB)
    assert sorted((e.sub_event_type, e.admin1) for e in evs) == [("Armed clash", "Kunduz"), ("Arrests", "Kabul")]
    # told as one act, the arrests are the fight's end
    evs = events("Soldiers killed two militants and arrested three others in Kunduz on Thursday.", PUB)
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_the_region_of_a_town_is_the_area_around_it():
    ev = one("On 3 March 2021, the army retook two villages from the militants in the region of Fallujah.", PUB)
    assert (ev.country, ev.admin1) == ("Iraq", "Anbar")
    ev = one("On 3 March 2021, soldiers clashed with rebels in the region of Tigray.", PUB)
    assert (ev.country, ev.admin1) == ("Ethiopia", "Tigray")


def test_suspects_caught_with_no_taker_named_are_arrested():
    ev = one("On 3 March 2021, the second suspect in the market bombing was captured in Kunduz.", PUB)
    assert ev.sub_event_type == "Arrests"
    ev = one("On 3 March 2021, a local reporter was captured by gunmen in Kunduz.", PUB)
    assert ev.sub_event_type == "Abduction/forced disappearance"
