"""Wire-copy phrasings: 'in the Somali capital' is the capital city; 'set fire to' a police station names
what burned, whose owner is the side the attack was on."""
from datetime import date

import pytest

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def _one(text: str):
    events = extract(nlp.parse(text), Document("t", text, published=date(2024, 2, 20))).events
    assert len(events) == 1, [(e.event_type, e.actor1) for e in events]
    return events[0]


@pytest.mark.parametrize("text, admin1, location", [
    ("A roadside bomb wounded three traffic officers in the Afghan capital on Sunday.", "Kabul", "Kabul"),
    ("A car bomb tore through a busy junction in the Somali capital on Sunday, killing eleven people.", "Banadir",
     "Mogadishu"),
    ("Gunmen shot dead a money changer in Kenya's capital on Sunday, police said.", "Nairobi", "Nairobi"),
])
def test_a_peoples_capital_is_its_capital_city(text, admin1, location):
    event = _one(text)
    assert (event.admin1, event.location) == (admin1, location)


def test_what_was_set_fire_to_names_the_side_attacked():
    event = _one("On 18 February 2024, militiamen set fire to an army post near Bunia, Ituri.")
    assert event.actor2.startswith("Military Forces of the Democratic Republic of Congo")


def test_violence_that_killed_on_a_day_is_that_days_incident():
    event = _one("Gang violence killed nine people in Cap-Haitien on Tuesday, a rights group said.")
    assert (event.event_type, event.actor1, event.fatalities) == (
        "Violence against civilians", "Unidentified Gang (Haiti)", 9)


def test_violence_over_months_stays_a_toll():
    text = "The violence has killed more than 2,100 people since January, a rights group said on Tuesday."
    assert extract(nlp.parse(text), Document("t", text, published=date(2024, 2, 20))).events == []


def test_a_peoples_camp_attacked_is_an_attack_on_civilians():
    event = _one("On 18 February 2024, masked men torched a Roma camp near Uzhhorod and beat two of its residents.")
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians (Ukraine)")


def test_a_name_shot_dead_is_one_death():
    event = _one("On 18 February 2024, gunmen shot dead Qadir Wardak, a schoolteacher, outside his home in Logar.")
    assert event.fatalities == 1


@pytest.mark.parametrize("text, admin1", [
    ("Russian drones hit a grain terminal in the Odesa region on Sunday, injuring a guard.", "Odessa"),
    ("Shelling wounded four farmers in the Zaporizhzhia region on Sunday.", "Zaporizhia"),
])
def test_oblasts_by_their_current_spellings(text, admin1):
    assert _one(text).admin1 == admin1


def test_people_fired_on_while_protesting_are_protesters():
    event = _one("Police fired rubber bullets at traders protesting a market tax in Kisumu on Friday, killing two.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")


def test_settlers_in_the_west_bank_are_the_settlers():
    event = _one("Dozens of settlers stoned Palestinian shepherds near Ramallah on Friday, wounding two.")
    assert event.actor1 == "Settlers (Israel)"


def test_gunmen_on_a_vehicle_who_shot_dead_are_the_doers():
    event = _one("On 14 February 2024, masked gunmen on a motorbike shot dead a party leader in Kondagaon, "
                 "Chhattisgarh.")
    assert (event.actor1, event.fatalities) == ("Unidentified Armed Group (India)", 1)
