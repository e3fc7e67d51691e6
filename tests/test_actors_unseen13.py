"""Actor names on text nobody tuned to (thirteenth actors pass): the acronym an ACLED name opens with ('CV: Red
Command') names the group in texts about its country; the unnamed side of a shoot-out is the group the text says
holds the ground ('an area controlled by X', 'X-controlled'); the harmed told as a named group's men are that group
when a weapon is the agent ('were wounded by a mine'); the state's men facing a crowd and named only 'security
forces' are its police."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import one

PUB = date(2022, 3, 14)
_one = partial(one, pub=PUB)


@pytest.mark.parametrize(("text", "slot", "side"), [
    ("On 11 March 2022, at Juazeiro, Bahia, an unknown man stabbed a PCC member near a bakery.",
     "actor2", "First Capital Command"),
    ("On 11 March 2022, four CV members were killed in a gunfight with Military Police officers in Macae, Brazil.",
     "actor2", "Red Command"),
    ("On 11 March 2022, TCP traffickers fired at a Military Police patrol at Mesquita (Brazil).",
     "actor1", "Pure Third Command"),
])
def test_an_acled_names_acronym_names_the_group_at_home(text, slot, side):
    assert getattr(_one(text), slot) == side


def test_an_acronym_holds_only_in_its_own_country():
    assert _one("On 11 March 2022, an unknown man stabbed a CV member near a bakery at Olinda, Brazil.").actor2 \
        == "Red Command"
    assert _one("On 11 March 2022, an unknown man stabbed a CV member near a bakery at Lyon, France.").actor2 \
        != "Red Command"


@pytest.mark.parametrize(("side", "text"), [
    ("Friends of Friends",
     "On 11 March 2022, Military Police officers raided the Vila Esperanca favela in Itaguai, Brazil, an area "
     "controlled by the ADA. A gunfight followed and a suspect was wounded."),
    ("Pure Third Command",
     "On 11 March 2022, Military Police officers exchanged fire with suspects in the Parque Guarus favela in Campos, "
     "Brazil, whose streets are controlled by the TCP."),
    ("Kurdistan Workers Party",
     "On 11 March 2022, troops exchanged fire with gunmen in a PKK-controlled hamlet near Amedi, Duhok."),
])
def test_the_unnamed_side_is_who_holds_the_ground(side, text):
    ev = _one(text)
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor2 == side


def test_who_holds_the_ground_names_no_side_already_named():
    ev = _one("On 11 March 2022, police clashed with gunmen in an ELN-controlled hamlet near Tame, Arauca, Colombia.")
    assert ev.actor2 == "National Liberation Army"
    ev = _one("On 11 March 2022, police clashed with CV gunmen in the Parque Guarus favela in Campos, Brazil, whose "
              "streets are controlled by the TCP.")
    assert ev.actor2 == "Red Command"


@pytest.mark.parametrize(("text", "side"), [
    ("On 11 March 2022, two Taliban fighters were wounded by a buried bomb near Sherzad, Nangarhar.",
     "Taliban"),
    ("On 11 March 2022, an IED went off near Saraqib, Idleb, killing an opposition fighter.",
     "Opposition Rebels (Syria)"),
])
def test_the_harmed_named_as_a_groups_men_are_that_group(text, side):
    assert _one(text).actor2 == side


def test_a_weapon_as_the_agent_names_the_harmed_side_only_when_armed():
    assert _one("On 11 March 2022, two HTS fighters were wounded by a landmine near Tal Abyad, Raqqa.").actor2 \
        == "Hayat Tahrir al Sham"
    assert _one("On 11 March 2022, three shepherds were wounded by a landmine near Tal Abyad, Raqqa.").actor2 \
        == "Civilians (Syria)"


@pytest.mark.parametrize("text", [
    "On 11 March 2022, hundreds of teachers marched in Segou, Mali, over unpaid wages and security forces dispersed "
    "them with tear gas.",
    "On 11 March 2022, students protesting fuel prices hurled rocks at security forces in Korhogo, Ivory Coast.",
    "On 11 March 2022, shopkeepers protested in Tamale, Ghana, against new market fees. Security personnel fired "
    "tear gas to break up the crowd.",
])
def test_security_forces_facing_a_crowd_are_the_police(text):
    ev = _one(text)
    assert ev.event_type in ("Protests", "Riots")
    assert ev.actor2.startswith("Police Forces of")


def test_only_security_forces_facing_a_crowd_are_the_police():
    ev = _one("On 11 March 2022, pupils protesting school fees hurled rocks at security forces in Man, Ivory Coast.")
    assert ev.actor2.startswith("Police Forces of")
    ev = _one("On 11 March 2022, students protesting fuel prices hurled rocks at soldiers in Korhogo, Ivory Coast.")
    assert ev.actor2.startswith("Military Forces of")
    ev = _one("On 11 March 2022, security forces clashed with JNIM militants near Douentza, Mopti, Mali.")
    assert ev.actor1.startswith("Military Forces of Mali")


@pytest.mark.parametrize(("text", "side"), [
    ("On 11 March 2022, Afghan commandos clashed with Taliban fighters near Qalat, Zabul, killing 7 militants.",
     "Taliban"),
    ("On 11 March 2022, ISWAP fighters clashed with Nigerien troops near Bosso, Diffa, resulting in the killing of 4 "
     "militants.", "Military Forces of Niger"),
    ("On 11 March 2022, al-Shabaab fighters clashed with police near Afgoye, Lower Shabelle, and 3 militants were "
     "killed.", "Police Forces of Somalia"),
])
def test_the_dead_told_by_an_unnamed_word_are_no_other_side(text, side):
    assert _one(text).actor2.startswith(side)


@pytest.mark.parametrize("text", [
    "On 11 March 2022, the government freed 45 Taliban detainees from a jail in Herat.",
    "On 11 March 2022, al-Shabaab released 6 captive soldiers in Bay region, Somalia.",
])
def test_captives_released_are_no_second_side(text):
    ev = _one(text)
    assert ev.sub_event_type == "Other" and ev.actor1 and ev.actor2 is None


def test_security_forces_making_arrests_are_the_police():
    ev = _one("On 11 March 2022, security forces detained four union organisers in Kita, Kayes, Mali.")
    assert ev.sub_event_type == "Arrests" and ev.actor1.startswith("Police Forces of Mali")
    ev = _one("On 11 March 2022, soldiers detained four union organisers in Kita, Kayes, Mali.")
    assert ev.actor1.startswith("Military Forces of Mali")
