"""Deaths told without a number ('a man was shot dead', 'killing him') and killings told 'to death'."""
from __future__ import annotations

from datetime import date

import pytest

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def _events(text: str, pub: date | None = date(2021, 3, 10)):
    doc = Document(doc_id="t", text=text, published=pub)
    return extract(nlp.parse(text), doc).events


@pytest.mark.parametrize("text, dead", [
    ("On 8 March 2021, gunmen opened fire on a farmer in Hakkari, killing him.", 1),
    ("On 8 March 2021, a teacher was shot dead by two armed men in Recife.", 1),
    ("On 8 March 2021, a soldier and a civilian were killed in a mortar attack on Baidoa.", 2),
    ("On 8 March 2021, a trader was shot to death by unidentified men in Kisumu.", 1),
])
def test_one_death_for_each_single_person_killed(text, dead):
    evs = _events(text)
    assert len(evs) == 1 and evs[0].fatalities_low == dead and evs[0].fatalities_high == dead


def test_a_group_killed_has_no_count_of_its_own():
    evs = _events("On 8 March 2021, gunmen attacked a convoy near Baidoa, killing soldiers and their driver.")
    assert len(evs) == 1 and evs[0].fatalities_low in (None, 0)


@pytest.mark.parametrize("text", [
    "On 8 March 2021, a tailor was beaten to death by police in Kisumu.",
    "On 8 March 2021, police beat a tailor to death in Kisumu.",
    "On 8 March 2021, a herder was hacked to death by unidentified men near Kisumu.",
])
def test_a_verb_told_to_death_is_a_killing(text):
    evs = _events(text)
    assert len(evs) == 1 and evs[0].event_type == "Violence against civilians"
    assert evs[0].fatalities_low == 1


def test_a_death_sentence_is_no_killing():
    assert _events("On 8 March 2021, a court in Kisumu sentenced two men to death.") == []


def test_shot_dead_parsed_as_a_noun_is_still_a_killing():
    """'gunmen of the CJNG shot dead a vendor': the parse reads 'CJNG shot' as a noun compound and 'dead' as
    the root; the words 'shot dead' still tell a killing."""
    evs = _events("On 8 March 2021, gunmen of the CJNG shot dead a vendor in Uruapan, Michoacan.")
    assert len(evs) == 1 and evs[0].event_type == "Violence against civilians"
    assert evs[0].actor1 == "Jalisco New Generation Cartel"


@pytest.mark.parametrize("text", [
    "On 8 March 2021, police used tear gas to disperse protesters in Recife.",
    "On 8 March 2021, police fired rubber bullets at protesters in Recife.",
])
def test_a_protest_broken_up_with_tear_gas_or_rubber_bullets_is_an_intervention(text):
    """'used X to disperse' tells the dispersal (a means, not a plan); rubber bullets fired at protesters are
    the intervention's weapon, not a target."""
    evs = _events(text)
    assert len(evs) == 1 and evs[0].sub_event_type == "Protest with intervention"


def test_used_to_is_a_habit_not_an_event():
    assert _events("Militants used to attack convoys near Baidoa.") == []


def test_police_who_fire_on_a_protest_are_its_other_side():
    """The crowd fired at is the protest itself (actor1), not a second side; the police who fired are actor2."""
    evs = _events("On 8 March 2021, police fired rubber bullets at protesters in Recife.")
    assert len(evs) == 1 and evs[0].actor1.startswith("Protesters") and evs[0].actor2.startswith("Police Forces")


def test_fatally_shot_counts_the_dead():
    evs = _events("On 3 June 2022, gunmen fatally shot two traders outside a market in Kano, Nigeria.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 2)]


def test_his_death_after_a_shooting_is_one_dead_and_a_fathers_death_years_ago_is_none():
    evs = _events("On 3 June 2022, gunmen shot a shopkeeper in Kano, Nigeria, resulting in his death.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 1)]
    evs = _events("On 3 June 2022, gunmen shot a shopkeeper in Kano, Nigeria, three years after his father's death.")
    assert [e.fatalities for e in evs] == [0]


def test_shot_dead_counts_its_object_even_where_the_parser_hangs_dead_as_a_preposition():
    # after "gang members" the parser makes "dead" a preposition of "shot"; after "gunmen" an adjective
    for text in ("On 7 May 2021, in Recife, Brazil, gang members shot dead a shopkeeper.",
                 "On 7 May 2021, in Recife, Brazil, gunmen shot dead a shopkeeper."):
        evs = _events(text)
        assert [e.fatalities for e in evs] == [1], text


def test_shot_dead_counts_its_victim_where_the_parser_makes_dead_the_root():
    """'gunmen riding a scooter shot dead a herder': the parser reads 'a scooter shot' as a noun and makes 'dead'
    the root with the herder its object; the herder is still the one killed."""
    evs = _events("On 1 May 2021, gunmen riding a scooter shot dead a herder in the town of Gao in Mali.",
                  pub=date(2021, 5, 5))
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 1)]


@pytest.mark.parametrize("text, published, harmed", [
    ("Two CRPF men were hurt when Maoists set off a landmine near their camp in Sukma district on Friday.",
     date(2024, 5, 11), "Central Reserve Police Force"),
    ("Three soldiers were wounded in an IED blast near their patrol in Kupwara district on Friday.",
     date(2024, 5, 11), "Military Forces of India"),
    ("A roadside bomb planted by the Taliban wounded three Afghan soldiers in Khost province on Friday.",
     date(2019, 5, 11), "Military Forces of Afghanistan"),
])
def test_the_wounded_of_an_attack_are_its_target(text, published, harmed):
    """Nobody died: the side the wounded belong to is the target, as the dead's side would be."""
    evs = _events(text, published)
    assert len(evs) == 1 and evs[0].actor2 and harmed in evs[0].actor2, [(e.sub_event_type, e.actor2) for e in evs]


@pytest.mark.parametrize("text, harmed", [
    ("A bomb went off near a group of police officers in Mihtarlam, Laghman province, on Friday, killing two.",
     "Police Forces of Afghanistan"),
    ("A roadside bomb exploded near an army convoy in Helmand province on Friday.", "Military Forces of Afghanistan"),
    ("Insurgents fired two rockets at a border post in Kunar province on Friday.", "Police Forces of Afghanistan"),
])
def test_a_force_near_a_blast_or_holding_a_border_post_is_the_target(text, harmed):
    evs = _events(text, date(2018, 5, 12))
    assert len(evs) == 1 and evs[0].actor2 and evs[0].actor2.startswith(harmed), [(e.sub_event_type, e.actor2)
                                                                                    for e in evs]


def test_a_blast_near_a_market_harms_civilians():
    evs = _events("A bomb exploded near a crowded market in Kabul on Friday, killing four people.", date(2018, 5, 12))
    assert [e.actor2 for e in evs] == ["Civilians (Afghanistan)"]


def test_a_count_of_the_killed_or_wounded_is_no_count_of_the_dead():
    """'killed or wounded', 'killed, injured or captured': at most that many dead, how many unknown."""
    for text in ("On 8 March 2021, 12 rebels were either killed or wounded near Ovacik, Tunceli, in a gunfight with "
                 "troops.",
                 "On 8 March 2021, 3 YPG fighters were killed, wounded or captured in a sweep by gendarmes near "
                 "Ovacik, Tunceli."):
        ev, = _events(text)
        assert (ev.fatalities, ev.fatalities_low) == (0, 0) and ev.fatalities_high in (3, 12), text
    ev, = _events("On 8 March 2021, 12 rebels were killed and 4 hurt near Ovacik, Tunceli, in a gunfight with "
                  "troops.")
    assert ev.fatalities == 12


def test_the_dead_before_a_list_of_other_harms_are_counted():
    # the parser hangs 'injured 5' on the farmers; the farmers are still the dead
    ev, = _events("On 8 March 2021, gunmen killed 3 farmers, injured 5 and abducted 2 in Zamfara.")
    assert ev.fatalities == 3


def test_the_other_of_two_who_died_is_one_dead():
    ev, = _events("On 8 March 2021, in Apodaca, Nuevo Leon, gunmen in a car shot two brothers. One survived his "
                  "wounds; the other died.")
    assert ev.fatalities == 1


def test_both_are_two_dead():
    ev, = _events("On 8 March 2021, gunmen shot a trader and his nephew near Gao, Mali. Both were killed.")
    assert ev.fatalities == 2
    # 'both' before two coordinated groups counts neither
    ev, = _events("On 8 March 2021, gunmen raided a market near Gao, Mali. Both soldiers and traders were killed.")
    assert ev.fatalities != 2


@pytest.mark.parametrize("text, dead", [
    ("On 8 March 2021, troops fought M23 rebels near Sake, leaving 14 rebel fighters and 3 army fatalities.", 17),
    ("On 8 March 2021, troops fought M23 rebels near Sake, leaving 4 rebel, 2 army and 1 civilian deaths.", 7),
    # a group told with its own harm is not among the dead
    ("On 8 March 2021, troops fought M23 rebels near Sake, leaving 6 soldiers wounded and 2 deaths.", 2),
])
def test_groups_sharing_one_casualty_noun_add_up(text, dead):
    evs = _events(text)
    assert [e.fatalities for e in evs] == [dead]


@pytest.mark.parametrize("text, dead", [
    # the side attacked hits back: its dead and the attackers' add up
    ("On 8 March 2021, three policemen died in an ambush by al-Shabaab fighters near Garissa. Police hit "
     "back and killed two militants.", 5),
    ("On 8 March 2021, bandits raided a police camp near Gusau, killing four officers. The officers returned fire, "
     "killing six of the bandits.", 10),
    # more dead told as others on top of those
    ("On 8 March 2021, two rangers were killed in an ambush by poachers near Garissa. Three other rangers were "
     "killed when their truck came under fire.", 5),
    # one side's dead told twice are not added
    ("On 8 March 2021, bandits killed four officers near Gusau. Police said four of their men died.", 4),
])
def test_both_sides_dead_in_one_fight_add_up(text, dead):
    assert [e.fatalities for e in _events(text)] == [dead]
