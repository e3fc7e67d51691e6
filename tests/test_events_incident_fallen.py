"""Incident summaries: whose men fell tells the second side (the make-up of a casualty phrase, the wounded
beside unnamed gunmen), and Afghanistan's local uprising forces are a pro-government militia. Invented texts."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2019, 5, 15)
POLICE = "Police Forces of Nigeria (2015-2023)"


def _sides(text: str, pub: date = PUB) -> list[tuple]:
    return [(e.sub_event_type, e.actor2) for e in events(text, pub)]


def test_the_make_up_of_the_dead_names_the_force_that_held_the_post():
    assert _sides("05/15/2019: Gunmen stormed a security outpost near Dera, Bauchi, Nigeria. At least 20 people, "
                  "including 14 gunmen and six policemen, lost their lives in the gunfight that "
                  "followed.") == [("Armed clash", POLICE)]


def test_policemen_wounded_beside_the_gunmen_are_the_side_the_raid_met():
    assert _sides("05/15/2019: Gunmen raided Toro district, Bauchi, Nigeria. At least 9 gunmen were killed and 7 "
                  "gunmen and two policemen were hurt during the raid.") == [("Armed clash", POLICE)]


def test_local_uprising_forces_are_a_pro_government_militia():
    evs = events("05/15/2018: Gunmen fired on a band of uprising fighters near Qarabagh, Ghazni, Afghanistan. "
                 "Two fighters were killed.", date(2018, 5, 15))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Armed clash", "Militia (Pro-Government)")]
    # one who has left them is a civilian
    evs = events("05/15/2018: Gunmen shot dead Gul Zaman, a former uprising commander, near Qarabagh, Ghazni, "
                 "Afghanistan.", date(2018, 5, 15))
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_the_casualties_make_up_told_apart_names_the_force_that_held_the_post():
    assert _sides("05/15/2019: Gunmen stormed a security outpost near Dera, Bauchi, Nigeria. Seven people lost "
                  "their lives in the gunfight that followed. The casualties included gunmen, policemen and "
                  "vigilantes.") == [("Armed clash", POLICE)]
    # both forces among them: the post stays the one assumed
    assert _sides("05/15/2019: Gunmen stormed a security outpost near Dera, Bauchi, Nigeria. Seven people lost "
                  "their lives in the gunfight that followed. The casualties included two soldiers and three "
                  "policemen.") == [("Armed clash", "Military Forces of Nigeria (2015-2023)")]


def test_a_polling_station_is_where_people_vote_not_a_police_post():
    assert _sides("05/15/2019: Gunmen raided three polling stations in Toro district, Bauchi, Nigeria. Nobody was "
                  "hurt.") == [("Attack", "Civilians (Nigeria)")]
