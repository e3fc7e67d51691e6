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
