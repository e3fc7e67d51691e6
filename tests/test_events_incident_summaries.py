"""Incident summaries in the style of terrorism-incident databases (a dated paragraph: who was attacked, who died,
who claimed it): a toll shared by related attacks, named victims, hostages killed after the abduction, an insider
attack a group claims. Invented texts."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2019, 5, 15)


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in events(text, PUB)]


def test_a_toll_of_the_ensuing_clashes_is_shared_by_the_related_attacks():
    assert _tolls("05/15/2019: Gunmen stormed a gendarmerie post in Dera, Bauchi, Nigeria. The raid was one of three "
                  "linked raids in the area that night. Nine gendarmes and three gunmen died in the ensuing "
                  "clashes.") == [4]
    assert _tolls("05/15/2019: Gunmen stormed a gendarmerie post in Dera, Bauchi, Nigeria. The raid was one of four "
                  "linked raids in the area that night. Ten gunmen were killed across two of the raids.") == [5]
    # a toll told of the attack itself stays whole
    assert _tolls("05/15/2019: Gunmen stormed a gendarmerie post in Dera, Bauchi, Nigeria. The raid was one of three "
                  "linked raids in the area that night. Two gendarmes lost their lives in that raid.") == [2]


def test_a_named_victim_counts_with_those_killed_beside_him():
    assert _tolls("05/15/2019: Gunmen fired on Musa Kaita, a ward head, near his home in Dera, Bauchi, Nigeria. "
                  "Kaita and his nephew died in that shooting.") == [2]
    assert _tolls("05/15/2019: Gunmen fired on Musa Kaita, a ward head, in Dera, Bauchi, Nigeria. Kaita and two of "
                  "his escorts died in that shooting.") == [3]
    assert _tolls("05/15/2019: Gunmen shot and killed Lawal, the head of a local vigilance group, in Dera, "
                  "Bauchi, Nigeria.") == [1]


def test_hostages_killed_after_the_abduction_are_the_group_taken():
    assert _tolls("05/15/2019: Gunmen seized four traders on a road near Dera, Bauchi, Nigeria. The hostages were "
                  "killed soon after the kidnapping.") == [4]
    assert _tolls("05/15/2019: Gunmen kidnapped three herders near Dera, Bauchi, Nigeria. The herders were shot and "
                  "killed soon after the abduction.") == [3]


def test_an_insider_attack_a_group_claims_is_the_groups():
    evs = events("05/15/2019: A policeman shot at fellow officers at a checkpoint in Dera, Bauchi, Nigeria. Three "
                 "officers died in the shooting. Boko Haram claimed responsibility for that shooting.", PUB)
    assert [e.actor1 for e in evs] == ["Boko Haram"]


def test_a_place_attacked_with_no_force_nor_fight_told_is_an_attack_on_its_people():
    subs = [e.sub_event_type for e in events("05/15/2019: Gunmen raided Dogo, Zamfara, Nigeria. No casualties were "
                                             "reported in the raid. No group has claimed the raid.", PUB)]
    assert subs == ["Attack"]
    # police hurt there: they met the raiders
    subs = [e.sub_event_type for e in events("05/15/2019: Gunmen raided Dogo, Zamfara, Nigeria. Two police officers "
                                             "were injured in the raid.", PUB)]
    assert subs == ["Armed clash"]
