"""Herds stolen or rustled by those a sentence names are looting; told with an attack on people, the attack is the
event. Invented sentences."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2021, 5, 10)


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in events(text, PUB)]


def test_herds_stolen_by_armed_men_are_looting():
    evs = events("On 5 May 2021, Fulani militiamen stole 61 cows from a ranch near Lafia.", PUB)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Looting/property destruction",
                                                            "Fulani Ethnic Militia (Nigeria)")]
    assert _subs("On 5 May 2021, bandits rustled 200 goats from herders near Gusau.") == \
        ["Looting/property destruction"]


def test_an_attack_with_the_theft_stays_the_attack_and_a_tally_is_none():
    assert _subs("On 6 May 2021, gunmen stormed Dandume village, shot dead four farmers and rustled their cattle.") == \
        ["Attack"]
    assert _subs("About 300 cattle were stolen in the region last year, officials said.") == []


def test_a_settlement_attacked_and_burned_is_an_attack_on_its_people():
    assert _subs("On 7 May 2021, armed herders attacked Dogon hamlets near Bandiagara and burned down granaries.") == \
        ["Attack"]
    assert _subs("On 7 May 2021, militiamen attacked Kwande village and set fire to dozens of huts.") == ["Attack"]
    # a building attacked and burned, no one hurt: property only
    assert _subs("On 7 May 2021, gunmen attacked and torched a health centre in Bandiagara.") == \
        ["Looting/property destruction"]


def test_a_vehicle_destroyed_with_a_guided_missile_is_a_missile_attack():
    evs = events("On 7 May 2021, rebels destroyed a government armoured vehicle near Kafranbel with an ATGM.", PUB)
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
