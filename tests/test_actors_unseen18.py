"""Actor names on text nobody tuned to (eighteenth actors pass): shells and air strikes that hit only buildings and
harmed no one have no second side (ACLED codes civilians only where someone was hurt or driven off); a shooting the
report itself calls gang-related, in any country, is the country's Unidentified Gang's; a name coordinated with a
link adjective before a force noun ('pro-X and allied fighters') is that name's force; property hidden, used or kept
by an armed group, when seized or destroyed, is that group's (its second side)."""
from __future__ import annotations

from datetime import date

import pytest

from event_sentences import one

PUB = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    "On 5 June 2021, Afghan forces shelled a mosque and a clinic near Nad Ali, Helmand.",
    "On 5 June 2021, Afghan forces airstrikes struck the home of a herder in Arghandab district, Zabul.",
    "On 5 June 2021, regime gunners lobbed mortars at the village of Bara in southern Idleb. Reconnaissance "
    "drones circled over the hills for hours.",
])
def test_remote_fire_that_hit_only_property_has_no_second_side(text):
    ev = one(text, PUB)
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.actor1.startswith("Military Forces") and ev.actor2 is None


@pytest.mark.parametrize("text, country", [
    ("On 4 June 2021, in Spanish Town, a vendor was shot dead by a lone gunman in what police called a gang-related "
     "reprisal.", "Jamaica"),
    ("On 4 June 2021, in Chaguanas, two cousins were shot and wounded by masked men. Police believe the "
     "shooting is linked to gang warfare in the area.", "Trinidad and Tobago"),
])
def test_a_shooting_told_as_gang_related_is_an_unidentified_gang(text, country):
    ev = one(text, PUB)
    assert ev.actor1 == f"Unidentified Gang ({country})"


@pytest.mark.parametrize("text, side", [
    ("On 2 June 2021, pro-Hadi and allied snipers fired at a farm in Maqbanah district (Taizz), wounding a "
     "shepherd.", "actor1"),
    ("On 2 June 2021, pro-Hadi and allied units reportedly shelled a Houthi camp in Harib district (Marib).",
     "actor1"),
    ("On 2 June 2021, Houthi forces shelled pro-Hadi groups near Hays (Al Hudaydah).", "actor2"),
])
def test_a_name_with_its_allies_before_a_force_noun_is_that_force(text, side):
    ev = one(text, PUB)
    assert getattr(ev, side) == "Military Forces of Yemen (2012-)"


@pytest.mark.parametrize("text, group", [
    ("On 8 June 2021, near Buthidaung, Rakhine State, Myanmar troops seized rice sacks reportedly stored by ARSA.",
     "Arakan Rohingya Salvation Army"),
    ("On 8 June 2021, near Hpapun, Kayin State, Myanmar army soldiers burned down a school being used by the Karen "
     "National Union.", "Karen National Union"),
])
def test_property_an_armed_group_kept_or_used_is_its(text, group):
    ev = one(text, PUB)
    assert ev.actor1.startswith("Military Forces of Myanmar") and ev.actor2.startswith(group)


def test_a_vehicle_of_the_regime_is_its_forces():
    ev = one("On 3 June 2021, rebel factions hit a regime excavator with a guided missile on the front near Saraqib, "
             "Idleb.", PUB)
    assert ev.actor1 == "Opposition Rebels (Syria)" and ev.actor2.startswith("Military Forces of Syria")


@pytest.mark.parametrize("text, jailer", [
    ("On 3 June 2021, a young man from Jasim in Dar'a died under torture in an unnamed regime prison, a week after "
     "his arrest.", "Military Forces of Syria"),
    ("On 3 June 2021, a trader from Mocha was tortured to death in a Houthi-run jail in Sanaa.",
     "Military Forces of Yemen (2016-) Supreme Political Council"),
])
def test_an_attack_inside_a_prison_is_its_holders(text, jailer):
    ev = one(text, PUB)
    assert ev.event_type == "Violence against civilians" and ev.actor1.startswith(jailer)
