"""Actor names on text nobody tuned to (ninth actors pass): tribes and clans named as ACLED names their militias,
a police named by a city or district, a town before a country name two countries share, the country of a text
that names no place, towns before a plural place noun."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import one

PUB = date(2023, 3, 20)
_one = partial(one, pub=PUB)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 12 March 2023, Al Zubair tribesmen clashed with Houthi fighters near Harib, Marib, Yemen.",
     "Al Zubair Tribal Militia (Yemen)", "Military Forces of Yemen"),
    ("On 12 March 2023, clashes broke out between Al Shamil and Bani Hudhayl tribesmen near Ataq, Shabwah, Yemen.",
     "Al Shamil Tribal Militia (Yemen)", "Bani Hudhayl Tribal Militia (Yemen)"),
    ("On 12 March 2023, unidentified tribesmen fought each other over a land dispute near Mudiyah, Abyan, Yemen.",
     "Unidentified Tribal Militia (Yemen)", "Unidentified Tribal Militia (Yemen)"),
    ("On 12 March 2023, gunmen from the Reer Hassan and Wacdaan clans fought over grazing land near Afgoye, "
     "Lower Shabelle, Somalia.", "Reer Hassan Clan Militia (Somalia)", "Wacdaan Clan Militia (Somalia)"),
])
def test_a_tribe_or_clan_names_its_militia(text, actor1, actor2):
    ev = _one(text)
    assert ev.actor1 == actor1
    assert ev.actor2.startswith(actor2)


def test_a_clan_militia_named_before_its_noun():
    ev = _one("On 12 March 2023, a Dhulbahante clan militia raided a police post outside Galkayo, Mudug, Somalia.")
    assert ev.actor1 == "Dhulbahante Clan Militia (Somalia)"
    assert ev.actor2.startswith("Police Forces of Somalia")


@pytest.mark.parametrize(("text", "police"), [
    ("On 12 March 2023, Abuja Police arrested six men over a robbery in Wuse, Abuja, Nigeria.",
     "Police Forces of Nigeria"),
    ("On 12 March 2023, Bishnupur police commandos seized two rifles and a grenade in Manipur, India.",
     "Police Forces of India"),
])
def test_a_police_named_by_a_city_or_district_is_the_countrys(text, police):
    assert _one(text).actor1.startswith(police)


def test_a_town_before_a_country_name_two_countries_share():
    """'Congo' alone is read as the Republic of Congo; Beni lies in the other Congo (not Bolivia's Beni)."""
    ev = _one("On 12 March 2023, ADF rebels burned a health centre near Beni, Congo.")
    assert (ev.country, ev.admin1, ev.actor2) == ("Democratic Republic of Congo", "Nord-Kivu",
                                                  "Civilians (Democratic Republic of Congo)")


def test_a_text_with_no_place_takes_the_country_its_forces_tell():
    ev = _one("The Nigerien army said on Sunday that its soldiers raided a militant camp and killed four fighters.")
    assert ev.actor1.startswith("Military Forces of Niger")
    assert ev.actor2 == "Unidentified Armed Group (Niger)"


def test_towns_before_a_plural_place_noun_are_no_side():
    ev = _one("On 12 March 2023, Pakistani troops shelled Sangmo and Dhanni hamlets in Uri sector, Baramulla district, "
              "India.")
    assert ev.actor1.startswith("Military Forces of Pakistan")
    assert ev.actor2 not in ("Sangmo", "Dhanni")


def test_cult_gangs_are_the_countrys_cult_militia():
    ev = _one("On 12 March 2023, rival cult gangs clashed in Ughelli, Delta, Nigeria, leaving two dead.")
    assert ev.actor1 == "Unidentified Cult Militia (Nigeria)"


def test_arbaki_fighters_are_a_pro_government_militia():
    ev = _one("On 12 March 2020, Arbaki fighters shot dead two shepherds in Khulm district, Balkh.")
    assert ev.actor1 == "Militia (Pro-Government)"


def test_a_side_told_by_whom_it_backs_takes_the_actor_it_is_coded_as():
    ev = _one("On 9 March 2023, pro-STC gunmen (coded as the Security Belt) stormed a market in Crater, Aden, Yemen.")
    assert ev.actor1 == "Security Belt Forces"
