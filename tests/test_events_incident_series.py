"""Incident summaries in the style of terrorism-incident databases, second pass: an attack told as one in a
series (no event of its own), posts counted by an unknown number, and the side named beside unnamed gunmen
among the fallen. Invented texts."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2019, 5, 15)
POLICE, ARMY = "Police Forces of Nigeria (2015-2023)", "Military Forces of Nigeria (2015-2023)"


def _brief(text: str) -> list[tuple]:
    return [(e.sub_event_type, e.actor2, e.fatalities) for e in events(text, PUB)]


def test_an_attack_told_as_one_in_a_series_is_no_event_of_its_own():
    evs = events("05/15/2019: Gunmen stormed a police outpost in Dera, Bauchi, Nigeria. Two constables and four "
                 "gunmen died in the ensuing gunfight. The raid was one of 3 raids aimed at police posts across "
                 "Bauchi that Wednesday. Nobody has claimed the raid.", PUB)
    assert len(evs) == 1
    evs = events("05/15/2019: Gunmen stormed a gendarmerie post in Dera, Bauchi, Nigeria. The raid was one of four "
                 "linked raids on security posts in Tafawa Balewa district that night. Eight gunmen were killed "
                 "across the four raids.", PUB)
    assert [(e.location, e.fatalities) for e in evs] == [("Dera", 2)]
    # a burning told, then the series it belongs to: the burning alone
    evs = events("05/15/2019: Gunmen burnt down a telecoms mast in Dera, Bauchi, Nigeria. No one was hurt. The "
                 "arson was one of 2 such arsons on masts in Bauchi that night.", PUB)
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]
    # another attack told apart stays an event
    evs = events("05/15/2019: Gunmen stormed a police outpost in Dera, Bauchi, Nigeria. Two constables died. In a "
                 "separate attack, gunmen stormed a gendarmerie post in Gombe, Gombe, Nigeria, killing one "
                 "gendarme.", PUB)
    assert len(evs) == 2


def test_posts_counted_by_an_unknown_number_are_the_forces_posts():
    assert _brief("05/15/2019: Gunmen raided an undisclosed number of security checkposts near Dera, Bauchi, "
                  "Nigeria. Two gunmen died.")[0][:2] == ("Armed clash", ARMY)
    assert _brief("05/15/2019: Gunmen raided an undisclosed number of army outposts near Dera, Bauchi, Nigeria. "
                  "Six soldiers and five gunmen died in the ensuing fighting.")[0][:2] == ("Armed clash", ARMY)


def test_the_side_named_beside_unnamed_gunmen_among_the_fallen_held_the_post():
    evs = events("05/15/2019: Gunmen stormed a security outpost near Dera, Bauchi, Nigeria. Four gunmen and three "
                 "policemen were killed in the gunfight that followed.", PUB)
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Armed clash", POLICE)]
    # the gunmen alone fell: the post's holders stay the ones assumed
    evs = events("05/15/2019: Gunmen stormed a security outpost near Dera, Bauchi, Nigeria. Four gunmen were "
                 "killed in the gunfight that followed.", PUB)
    assert [e.actor2 for e in evs] == [ARMY]
