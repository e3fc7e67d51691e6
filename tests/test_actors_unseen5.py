"""Who acted, on unseen reporting (fifth actors pass): a note's heading is no subject, a force's means name no
side."""
from __future__ import annotations

from datetime import date
from functools import partial

from event_sentences import one

PUB = date(2021, 3, 20)
_one = partial(one, pub=PUB)


def test_a_heading_before_a_colon_is_no_subject_and_its_clause_tells_the_sides():
    ev = _one("Troop deployment: On 9 March 2021, Rwandan troops set up a new base near Rutshuru, North Kivu.")
    assert ev.actor1.startswith("Military Forces of Rwanda")
    ev = _one("Looting: As reported on 9 March 2021, soldiers looted shops in the market of Kalehe, South Kivu.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.actor1.startswith("Military Forces of the Democratic Republic of Congo")


def test_a_force_word_before_its_means_names_no_other_side():
    ev = _one("On 9 March 2021, Ethiopian troops sent military reinforcements to a camp outside Beledweyne, Somalia.")
    assert ev.actor1.startswith("Military Forces of Ethiopia") and ev.actor2 is None
    ev = _one("On 9 March 2021, militants ambushed a military convoy near Beledweyne, Somalia.")
    assert ev.actor2.startswith("Military Forces of Somalia")      # a convoy is the army's: still its side


def test_a_dated_incident_no_one_is_named_for_is_the_unidentified_armed_groups():
    ev = _one("On 9 March 2021, a shopkeeper was stabbed outside his store in Kumasi, Ghana.")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Ghana)", "Civilians (Ghana)")
    ev = _one("On 9 March 2021, a farmer's barn was torched near Tamale, Ghana, after he refused to sell his land.")
    assert ev.actor1 == "Unidentified Armed Group (Ghana)"
    ev = _one("On 9 March 2021, two aid workers were abducted on the road to Kaga Bandoro, Central African Republic.")
    assert ev.actor1 == "Unidentified Armed Group (Central African Republic)"
    # where the text names an armed group, an attack it leaves unattributed may be that group's: no side coded
    ev = _one("On 9 March 2021, a shopkeeper was stabbed outside his store in Maiduguri, Borno. Boko Haram has long "
              "extorted traders in the city.")
    assert ev.actor1 is None


def test_a_states_military_inside_a_coalition_abroad_is_coded_as_the_coalition():
    ev = _one("On 9 March 2021, Saudi warplanes bombed a fuel depot near Harad, Hajjah, killing two guards.")
    assert ev.actor1 == "Operation Restoring Hope"
    ev = _one("On 9 March 2021, US troops raided a house near Shaddadi in Hasakah, Syria, detaining two men.")
    assert ev.actor1 == "Global Coalition Against Daesh"
    ev = _one("On 9 March 2021, US troops raided a house near Baidoa, Somalia, detaining two men.")
    assert ev.actor1 == "Military Forces of the United States"        # no coalition there: its own forces


def test_the_nato_mission_in_afghanistan_holds_for_its_years_only():
    from polemos.knowledge.actors import default_pack
    pack = default_pack()
    assert pack.coalition_of("United States", "Afghanistan", date(2019, 6, 1)).id == "nato"
    assert pack.coalition_of("United States", "Afghanistan", date(2021, 8, 26)) is None
    assert pack.coalition_of("United States", "Afghanistan", None) is None     # undated: no coalition's time


def test_a_crowds_members_are_not_its_target():
    ev = _one("On 9 March 2021, a mob of about 300 villagers attacked and stoned the police in Kisii, Kenya.")
    assert ev.actor1 == "Rioters (Kenya)" and ev.actor2.startswith("Police Forces of Kenya")


def test_the_soldiers_two_coordinated_harm_verbs_share_are_the_target():
    ev = _one("On 9 March 2021, al-Shabaab fighters ambushed a convoy near Mandera, Kenya, killing and wounding "
              "several soldiers.")
    assert ev.actor1 == "Al Shabaab" and ev.actor2.startswith("Military Forces of Kenya")


def test_a_formation_an_ordinal_numbers_is_its_states_military_unless_a_group_owns_it():
    ev = _one("On 9 March 2021, the 12th Mechanised Brigade shelled rebel positions near Kidal, Mali.")
    assert ev.actor1.startswith("Military Forces of Mali")
    ev = _one("On 9 March 2021, gunmen shot dead an officer of the 3rd Infantry Division near Maiduguri, Borno.")
    assert ev.actor2.startswith("Military Forces of Nigeria")
    ev = _one("On 9 March 2021, the 2nd Battalion of the Southern Resistance shelled Houthi positions near Qataba, "
              "Ad Dali.")
    assert ev.actor1 == "Southern Resistance"


def test_a_towns_militia_is_its_communal_militia():
    ev = _one("On 6 May 2021, communal militiamen from Odogbo attacked the village of Ikpa in Benue, Nigeria, killing "
              "three residents.")
    assert ev.actor1 == "Odogbo Communal Militia (Nigeria)"
    ev = _one("On 6 May 2021, communal militiamen raided the hamlet of Ikpa in Benue, Nigeria, killing three "
              "residents.")
    assert ev.actor1 == "Unidentified Communal Militia (Nigeria)"
    ev = _one("On 6 May 2021, Fulani militiamen attacked herders near Ado, Ekiti, Nigeria.")
    assert ev.actor1 == "Fulani Ethnic Militia (Nigeria)"          # an ethnic militia stays one


def test_two_sides_the_parser_hung_on_a_place_list_fight_each_other():
    ev = _one("On 7 May 2021, in Hpapun Township, Hpapun District, Kayin State, the army and the KNLA clashed.")
    assert ev.actor1.startswith("Military Forces of Myanmar")
    assert ev.actor2 == "Karen National Union/Karen National Liberation Army"


def test_whose_bombs_or_vehicles_they_were_is_the_target_side():
    ev = _one("On 9 March 2021, police defused two bombs planted by Maoists near Gaya, Bihar.")
    assert ev.sub_event_type == "Disrupted weapons use" and ev.actor2 == "Communist Party of India (Maoist)"
    ev = _one("On 9 March 2021, troops shelled two trucks belonging to the RSF near El Fasher, North Darfur.")
    assert ev.actor2 and "Rapid Support Forces" in ev.actor2


def test_a_coalitions_event_still_makes_its_member_states_relation():
    from polemos import nlp
    from polemos.model import Document
    from polemos.pipeline import extract
    for text, pair in (
            ("The Taliban claimed the bombing near Bagram in Parwan on Monday that killed four U.S. service members.",
             ("Taliban", "Military Forces of the United States")),
            ("U.S. aircraft struck Taliban positions in Helmand, Afghanistan, on Monday.",
             ("Military Forces of the United States", "Taliban"))):
        found = extract(nlp.parse(text), Document(doc_id="t", text=text, published=date(2019, 6, 12)))
        assert "NATO" in (found.events[0].actor1 + (found.events[0].actor2 or ""))    # the event: the coalition
        assert (pair[0], "hostile", pair[1]) in [(r.actor1, r.relation, r.actor2) for r in found.relations]
