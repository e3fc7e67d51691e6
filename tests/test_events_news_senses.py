"""Words of conflict in news sentences about something else: goods handed over, a seat at talks given up, a truce
pressed for, a court case fought, a drought that hit farmers, an air force's medical work. Invented sentences;
each class was counted on news sentences coded for other event kinds (CAMEO-labelled cooperation and statements)."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events

news = functools.partial(events, pub=date(2021, 3, 10))


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in news(text)]


def test_goods_handed_over_are_no_territory():
    assert _subs("Aid workers handed over 400 kg of flour to a clinic in Herat on Monday.") == []
    assert _subs("The agency handed over new ambulances to the health ministry in Kabul.") == []
    # ground and troops still are
    assert _subs("The militia handed over the town of Ras Lanuf to the army on Monday.") == \
        ["Non-violent transfer of territory"]
    assert "Non-violent transfer of territory" in _subs("Government troops withdrew from Tal Afar on Sunday.")


def test_a_seat_at_talks_or_a_bill_withdrawn_is_no_territory():
    assert "Non-violent transfer of territory" not in _subs("The rebel delegation withdrew from the talks in Doha.")
    assert _subs("The minister withdrew the bill after a stormy session in Nairobi.") == []
    assert "Non-violent transfer of territory" in _subs("The United States withdrew 2,000 soldiers from Kunduz.")
    assert "Non-violent transfer of territory" in _subs("The army withdrew most of its soldiers from Kunduz.")


def test_an_evacuation_of_people_is_no_territory():
    assert "Non-violent transfer of territory" not in _subs("Volunteers evacuated 300 residents from Mariupol.")


def test_a_truce_pressed_for_is_not_made():
    assert "Agreement" not in _subs("The council lobbied hard for a truce in the valley on humanitarian grounds.")
    assert "Agreement" not in _subs("Envoys delivered an ultimatum to both armies for a truce.")
    assert "Agreement" not in _subs("Tribal elders appealed for a prisoner swap to end the feud.")
    assert "Agreement" not in _subs("The general said he opposed the truce with the rebels.")
    # a truce agreed or declared is one, a humanitarian one too
    assert _subs("Both armies agreed a three-day humanitarian truce in Marib on Friday.") == ["Agreement"]
    assert _subs("The two sides agreed to a truce around Hodeidah on Friday.") == ["Agreement"]


def test_a_fight_in_court_or_a_drought_is_no_violence():
    assert _subs("The banker is fighting extradition to the United States.") == []
    assert _subs("Wheat farmers in Punjab were hit hard by the drought this spring.") == []
    assert _subs("The relief effort in Sindh hit a snag on Monday.") == []


def test_an_air_force_doing_medical_work_strikes_nothing():
    assert _subs("The air force carried out medical outreach operations for displaced families in Maiduguri.") == []
    assert _subs("The air force carried out air strikes on militant camps near Gwoza.") == ["Air/drone strike"]


def test_words_the_lemmatizer_cut_short_still_trigger():
    # 'staged' was read as 'stag', 'raged' as 'rag', 'hoped' as 'hop'
    assert _subs("Students staged rallies in Lahore against the new fees on Sunday.") == ["Peaceful protest"]
    assert _subs("Fighting raged in Sirte on Monday between rival militias.") == ["Armed clash"]
    assert _subs("The rebels hoped to capture Goma by Friday.") == []


def test_a_bombardment_is_shelling():
    assert _subs("Government gunners stepped up their bombardment of the enclave east of Homs on Friday.") == \
        ["Shelling/artillery/missile attack"]


def test_workers_downing_tools_is_a_strike_and_a_plant_stopping_is_not():
    assert _subs("Some 500 dockers stopped work in Belgrade on Monday in a dispute over pay.") == ["Peaceful protest"]
    assert _subs("Nurses in Nairobi downed tools on Tuesday to demand unpaid wages.") == ["Peaceful protest"]
    assert _subs("The cement plant in Quetta stopped work after the storm.") == []


def test_prisoners_set_free_are_a_release():
    assert _subs("The government released 40 rebel prisoners in Herat on Monday.") == ["Other"]
    assert _subs("On Monday 20 soldiers were released by the rebels in Herat province.") == ["Other"]
    # a count released with no one named is a tally; hostages freed in a raid are the raid's, not a release
    assert _subs("Until the end of April, 700 prisoners from the city's jails were released.") == []
    assert "Other" not in _subs("Police freed three hostages in a raid in Zamfara on Monday.")


def test_a_numbers_abbreviation_is_nobody_only_when_it_is_no():
    assert _subs("Members of the Ward No. 7 youth wing staged a protest in Asansol on Sunday.") == ["Peaceful protest"]
    assert _subs("No one staged a protest in Asansol on Sunday.") == []


def test_crowd_control_munitions_are_no_shelling_or_bombing():
    # a protest's course: the force's tear gas is an intervention, its 'bombs' no bombing
    ev = events("On 3 March, families rallied in Recife over the detention of a local youth. "
                "Military Police officers stepped in, firing tear gas bombs at the crowd.", date(2020, 3, 10))
    assert [(e.sub_event_type, e.actor2) for e in ev] == \
        [("Protest with intervention", "Military Forces of Brazil (2019-2022)")]
    assert _subs("On 3 March, police used smoke bombs to evict families from a settlement in Campinas.") == []
    assert "Shelling/artillery/missile attack" not in _subs(
        "On 3 March, riot police lobbed tear gas shells at a crowd of mill workers in Rajkot.")
    # the same nouns with no crowd-control word still are
    assert _subs("On 3 March, militants fired mortar shells at an army post in Kupwara.") == \
        ["Shelling/artillery/missile attack"]
    assert _subs("On 3 March, a bomb went off near a police station in Quetta.") == ["Remote explosive/landmine/IED"]


def test_a_mine_one_is_at_is_a_pit():
    assert "Remote explosive/landmine/IED" not in _subs("On 8 March 2021, bandits attacked guards at a mine near "
                                                        "Kouroussa.")
    # a landmine stepped on, or a blast of one, is still one
    assert _subs("On 8 March 2021, two herders stepped on a mine near Kouroussa and were killed.") == \
        ["Remote explosive/landmine/IED"]
