"""Violence among neighbours, war leftovers and men out of the force. Invented sentences.

- An assault told as the outcome of a private quarrel ('over a land dispute', 'on suspicion of witchcraft'), by no
  armed group, is mob violence: rioters against civilians; a quarrel named only as background is no cause.
- A fight between a party's militia (ACLED's political militia) and another party's supporters, no firearm told,
  is mob violence with the militia the second side.
- A blast of ordnance left by a war long over is a strategic development (other); a villager stepping on a mine
  tells a blast.
- A retired or former soldier or policeman harmed is a civilian.
- Detainees rioting with no demand told are a mob (mob violence against their guards); with one they
  demonstrate."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

_one = functools.partial(one, pub=date(2023, 9, 14))
news = functools.partial(events, pub=date(2023, 9, 14))


def test_assault_over_a_private_quarrel_is_mob_violence():
    ev = _one("On 12 September 2023, neighbours hacked a cobbler to death in a row over a plot of farmland in "
              "Bahraich, Uttar Pradesh.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Mob violence", "Rioters (India)", "Civilians (India)")
    assert ev.fatalities == 1
    ev = _one("On 12 September 2023, an elderly widow was beaten and paraded in Gaya, Bihar, on suspicion of "
              "witchcraft.")
    assert (ev.sub_event_type, ev.actor1) == ("Mob violence", "Rioters (India)")
    ev = _one("On 12 September 2023, cousins stabbed a schoolteacher to death after a family feud in Bogura, "
              "Bangladesh.")
    assert (ev.sub_event_type, ev.actor1) == ("Mob violence", "Rioters (Bangladesh)")


def test_armed_men_or_a_quarrel_told_as_background_stay_an_attack():
    ev = _one("On 12 September 2023, gunmen shot a cobbler in a row over farmland in Bahraich, Uttar Pradesh.")
    assert ev.sub_event_type == "Attack"                      # gunfire: an armed man's attack
    found = news("On 12 September 2023, gunmen attacked a van in Parachinar, Pakistan. The attack happened in a "
                 "valley with a long history of land disputes.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_a_party_militia_brawling_with_party_supporters_is_mob_violence():
    ev = _one("On 12 September 2023, CNL activists and Imbonerakure youths fought each other with sticks near "
              "Muyinga, Burundi.")
    assert (ev.event_type, ev.sub_event_type, ev.actor1) == ("Riots", "Mob violence", "Rioters (Burundi)")
    assert "Imbonerakure" in ev.actor2
    ev = _one("On 12 September 2023, CNL activists and Imbonerakure youths fought with rifles near Muyinga, "
              "Burundi.")
    assert ev.sub_event_type == "Armed clash"                 # firearms: a battle


def test_ordnance_of_a_war_long_over_is_a_development():
    ev = _one("On 12 September 2023, a mine planted during the Korean War wounded three farmers near Cheorwon, "
              "South Korea.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")
    assert ev.actor2 == "Civilians (South Korea)"
    ev = _one("On 12 September 2023, a mortar round left over from the war of independence went off in Huambo, "
              "Angola, killing a boy.")
    assert (ev.sub_event_type, ev.fatalities) == ("Other", 1)
    ev = _one("On 12 September 2023, a girl lost a leg after stepping on a mine in Xieng Khouang, Laos. The mine had "
              "lain there since a war in the 1960s.")
    assert ev.sub_event_type == "Other"


def test_stepping_on_a_mine_tells_a_blast_and_fighting_still_going_is_no_legacy():
    ev = _one("On 12 September 2023, a farmer stepped on a mine near Kandahar city, Afghanistan.")
    assert (ev.sub_event_type, ev.actor2) == ("Remote explosive/landmine/IED", "Civilians (Afghanistan)")
    ev = _one("On 12 September 2023, a shell from earlier fighting blew up in Idlib, Syria, and killed a girl.")
    assert ev.event_type == "Explosions/Remote violence"


def test_a_retired_soldier_or_policeman_is_a_civilian():
    ev = _one("On 12 September 2023, gunmen shot dead a retired army major in Kaduna, Nigeria.")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Nigeria)")
    ev = _one("On 12 September 2023, three villagers including a former police inspector were abducted and killed "
              "by Taliban fighters in Ghazni.")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Afghanistan)")
    ev = _one("On 12 September 2023, gunmen shot dead an army major in Kaduna, Nigeria.")
    assert ev.sub_event_type == "Armed clash"                 # serving: a battle


def test_forces_named_beside_a_killing_leave_its_toll():
    ev = _one("On 12 September 2023, in Mekelle, Ethiopia, artillery rounds fired by suspected rebel forces left "
              "two residents dead and eight hurt.")
    assert ev.fatalities == 2                                 # 'forces' is no verb that compels a harm


def test_a_prison_riot_with_no_demand_is_mob_violence():
    ev = _one("On 12 September 2023, inmates rioted at a prison in Manaus, holding five guards hostage.")
    assert (ev.sub_event_type, ev.actor1) == ("Mob violence", "Rioters (Brazil)")
    assert ev.actor2.endswith("Prison Guards")
    ev = _one("On 12 September 2023, a prison riot broke out in Guayaquil, leaving one detainee dead.")
    assert ev.sub_event_type == "Mob violence"
    # a demand makes it a demonstration; a crowd outside prisons rioting stays one too
    assert _one("On 12 September 2023, detainees rioted in a jail in Nyala, demanding better food.").sub_event_type \
        == "Violent demonstration"
    assert _one("On 12 September 2023, hundreds of protesters rioted in Lima over fuel prices.").sub_event_type == \
        "Violent demonstration"


def test_people_hurt_by_a_crowd_is_mob_violence():
    ev = _one("On 12 September 2023, three cameramen were injured by market traders in Rangpur.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Mob violence", "Rioters (Bangladesh)",
                                                         "Civilians (Bangladesh)")
    assert _one("On 12 September 2023, angry villagers wounded two forest guards near Rangpur.").sub_event_type == \
        "Mob violence"
    # a toll with no one named, or things that fell, are no event
    assert news("On 12 September 2023, six workers were injured by falling scaffolding in Rangpur.") == []


def test_a_brawl_between_people_is_mob_violence_and_a_match_is_none():
    ev = _one("On 12 September 2023, a brawl erupted between two households over a boundary wall in Sylhet.")
    assert (ev.sub_event_type, ev.actor1) == ("Mob violence", "Rioters (Bangladesh)")
    assert news("On 12 September 2023, a brawl broke out between players during a cricket match in Sylhet.") == []


def test_a_crowd_beating_hired_guards_riots():
    ev = _one("On 12 September 2023, striking dock workers beat up two private security guards at the port of "
              "Chittagong.")
    assert (ev.event_type, ev.actor2) == ("Riots", "Private Security Forces (Bangladesh)")
    # gunmen who attack guards fight them
    assert _one("On 12 September 2023, gunmen attacked private security guards at a warehouse in Chittagong."
                ).sub_event_type == "Armed clash"


def test_they_after_a_crowd_is_the_crowd():
    ev = _one("On 12 September 2023, about 200 youths gathered at the clock tower of Sylhet in defiance of a curfew. "
              "They fought with officers who tried to send them home.")
    assert (ev.event_type, ev.actor1) == ("Riots", "Rioters (Bangladesh)")
