"""Back-references: later sentences that claim, attribute or date an earlier event."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def _events(text: str, pub: date | None = date(2019, 6, 1)):
    doc = Document(doc_id="t", text=text, published=pub)
    return extract(nlp.parse(text), doc).events


def test_claim_sentence_names_the_perpetrator():
    evs = _events("Gunmen attacked a police post in Mogadishu, Somalia. Four officers were killed. "
                  "Al-Shabaab claimed responsibility for the incident.")
    assert len(evs) == 1
    assert evs[0].claimed_by and "Shabaab" in evs[0].claimed_by
    assert "Shabaab" in evs[0].actor1


def test_attribution_to_a_group_replaces_unidentified_attackers():
    evs = _events("Assailants ambushed a military convoy near Maiduguri, Nigeria. Three soldiers died. "
                  "No group claimed responsibility; however, officials attributed the attack to Boko Haram.")
    assert len(evs) == 1 and "Boko Haram" in evs[0].actor1
    assert evs[0].claimed_by is None


def test_numeric_dateline_dates_the_events():
    evs = _events("07/14/2018: A roadside bomb went off beside a market in Baidoa, Somalia. "
                  "Two civilians were killed in the blast.", pub=None)
    assert len(evs) == 1 and evs[0].event_date == "2018-07-14" and evs[0].date_precision == "day"


def test_decade_date_does_not_break_extraction():
    evs = _events("In the 1980s, rebels attacked the garrison in Gulu, Uganda, killing 30 soldiers.")
    assert evs and evs[0].event_type == "Battles"


def test_toll_shared_across_several_attacks_is_split():
    evs = _events("On 3 May 2019, militants attacked an army post in Diffa, Niger. It was one of four linked "
                  "attacks that night across the Diffa region. Eight soldiers died across the attacks.")
    assert len(evs) == 1 and evs[0].fatalities == 2 and evs[0].fatalities_low == 0
    evs = _events("On 3 May 2019, militants attacked an army post in Diffa, Niger. "
                  "Six soldiers were killed across both attacks.")
    assert evs[0].fatalities == 3


def test_a_source_saying_nobody_claimed_the_attack_leaves_the_perpetrator_unknown():
    # GTD's "Unknown": the source says nobody is known to have done it, so no armed group is asserted
    for closing in ("No group claimed responsibility for the incident.",
                    "There was no immediate claim of responsibility.",
                    "Nobody has claimed the bombing."):
        evs = _events("Assailants opened fire on a market in Djibo, Burkina Faso, on Monday, killing four "
                      f"traders. {closing}")
        assert len(evs) == 1 and evs[0].actor1 is None, closing
    evs = _events("Assailants opened fire on a market in Djibo, Burkina Faso, on Monday, killing four traders.")
    assert evs[0].actor1 == "Unidentified Armed Group (Burkina Faso)"   # told nothing more: ACLED's convention


def test_attackers_killed_in_an_attack_attributed_to_a_group_are_that_group():
    evs = _events("Assailants raided a village near Maiduguri, Nigeria, on Sunday. Two assailants and a "
                  "farmer were killed in the ensuing clash. Officials attributed the attack to Boko Haram.")
    assert len(evs) == 1 and "Boko Haram" in evs[0].actor1
    assert not (evs[0].actor2 or "").startswith("Unidentified")


def test_a_site_of_the_state_names_its_forces_as_the_target():
    cases = {"Gunmen attacked a security checkpoint in Gao, Mali, on Monday.": "Military Forces of Mali",
             "Gunmen attacked a police station in Gao, Mali, on Monday.": "Police Forces of Mali",
             "Militants stormed army posts in Gao, Mali, on Monday.": "Military Forces of Mali"}
    for text, side in cases.items():
        evs = _events(text)
        assert evs and (evs[0].actor2 or "").startswith(side), (text, evs and evs[0].actor2)
    evs = _events("Soldiers attacked a rebel base in Gao, Mali, on Monday.")
    assert not (evs[0].actor2 or "").startswith("Military Forces")


def test_what_a_protest_is_against_is_not_its_second_side():
    evs = _events("On 3 May 2019, journalists protested in Lahore (Punjab) against the arrest of the editor of "
                  "the Daily Star newspaper group and against the United States.")
    assert len(evs) == 1 and evs[0].event_type == "Protests" and evs[0].actor2 is None
    evs = _events("On 3 May 2019, police fired tear gas to disperse students protesting in Lahore (Punjab) "
                  "against the United States.")
    assert evs[0].sub_event_type == "Protest with intervention"
    assert (evs[0].actor2 or "").startswith("Police Forces of Pakistan")


def test_the_crowds_violence_told_after_a_protest_makes_it_a_violent_demonstration():
    evs = _events("On 3 May 2019, hundreds of traders demonstrated in Kisumu, Kenya, against a new market tax. "
                  "The demonstrators later clashed with police officers and set tyres on fire.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Violent demonstration"
    assert evs[0].actor1.startswith("Rioters") and evs[0].actor2.startswith("Police Forces of Kenya")
    evs = _events("On 3 May 2019, hundreds of traders demonstrated in Kisumu, Kenya, against a new market tax. "
                  "Police dispersed them with tear gas.")
    assert evs[0].sub_event_type == "Protest with intervention" and evs[0].actor2.startswith("Police Forces")


def test_burning_tyres_in_the_street_is_a_riot_not_property_destruction():
    evs = _events("On 3 May 2019, residents of Kisumu, Kenya, burned tires to denounce the water cuts.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Violent demonstration"
    evs = _events("On 3 May 2019, militants burned a school in Gao, Mali.")
    assert evs[0].sub_event_type == "Looting/property destruction"


def test_a_brawl_between_unarmed_groups_is_mob_violence():
    evs = _events("On 3 May 2019, two groups of villagers clashed over a land dispute in Kisumu, Kenya, "
                  "leaving five people injured.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Mob violence" and evs[0].actor1.startswith("Rioters")
    evs = _events("On 3 May 2019, two armed groups clashed over a land dispute in Kisumu, Kenya.")
    assert evs[0].sub_event_type == "Armed clash"
    evs = _events("On 3 May 2019, around 40 people were killed in an offensive near Kisumu, Kenya.")
    assert evs[0].sub_event_type != "Mob violence"       # the victims are no side of a brawl


def test_a_crowd_that_assaults_police_or_a_man_is_mob_violence_unless_armed_or_shooting():
    evs = _events("On 14 March 2022, angry villagers assaulted two traffic officers near the market of Kericho, Kenya.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Mob violence", "Rioters (Kenya)")]
    assert evs[0].actor2.startswith("Police Forces of Kenya")
    evs = _events("On 15 March 2022, residents attacked a shopkeeper accused of hoarding flour in Eldoret, Kenya.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")]    # a mob's victim stays its second side
    # its course told next ("They were arrested") keeps it a riot
    evs = _events("On 16 March 2022, eight youths back from a wedding assaulted two constables in Nakuru, Kenya, who "
                  "had ordered them home. The eight were detained the next morning.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    evs = _events("On 17 March 2022, armed villagers raided a police post outside Kericho, Kenya.")
    assert evs[0].sub_event_type != "Mob violence"
    evs = _events("On 18 March 2022, two men on a motorbike opened fire on a roadside bar in Eldoret, Kenya, wounding "
                  "three drinkers.")
    assert evs[0].sub_event_type == "Attack" and evs[0].actor1.startswith("Unidentified Armed Group")


def test_a_crowd_told_as_agent_or_first_side_of_a_clash_and_its_armed_company():
    evs = _events("On 13 February 2022, clashes broke out between street vendors and municipal police in Hakkari, "
                  "Turkey.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Mob violence", "Rioters (Turkey)")]
    evs = _events("On 14 February 2022, a bus conductor was kicked and beaten to death by angry passengers in "
                  "Recife, Pernambuco, Brazil.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Mob violence", 1)]
    evs = _events("On 15 February 2022, herders and militiamen clashed with gendarmes near Mbakari, Cameroon.")
    assert evs[0].sub_event_type == "Armed clash"           # armed company: not a crowd
    evs = _events("On 16 February 2022, detectives cornered a band of smugglers near Hakkari, Turkey, and a shoot-out "
                  "between the two groups followed.")
    assert evs[0].sub_event_type == "Armed clash"


def test_a_man_kicked_and_hacked_to_death_is_one_dead():
    evs = _events("On 17 February 2022, a shopkeeper was kicked and hacked to death in Recife, Pernambuco, Brazil.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 1)]


def test_beating_people_is_violence_and_a_sports_win_is_not():
    evs = _events("On 19 March 2022, police officers beat a motorbike taxi rider over a curfew breach in Kisumu, "
                  "Kenya.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Attack", "Civilians (Kenya)")]
    assert evs[0].actor1.startswith("Police Forces of Kenya")
    evs = _events("On 20 March 2022, a youth caught snatching a phone was beaten up by traders in Kisumu, Kenya.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Mob violence", "Rioters (Kenya)")]
    assert _events("On 21 March 2022, Kenya beat Uganda 3-0 in a qualifying football match in Kisumu.") == []


def test_a_body_found_with_marks_of_violence_is_an_attack_and_without_them_no_event():
    evs = _events("On 9 February 2022, farmers discovered two bodies in a ravine outside Uruapan, Michoacan, Mexico. "
                  "Both had been bound and tortured.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in evs] == [
        ("Attack", "Unidentified Gang (Mexico)", 2)]            # tortured: the hallmark of Mexico's gangs
    evs = _events("On 10 February 2022, municipal workers recovered a corpse riddled with bullets from a canal in "
                  "Recife, Pernambuco, Brazil.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    assert _events("On 11 February 2022, lifeguards recovered the corpse of a swimmer off Recife, Pernambuco, "
                   "Brazil.") == []


def test_police_attacked_off_duty_are_civilians_and_on_patrol_are_a_side():
    evs = _events("On 12 February 2022, gunmen shot a prison guard who was off duty at his home in Uruapan, Michoacan, "
                  "Mexico.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Attack", "Civilians (Mexico)")]
    evs = _events("On 12 February 2022, gunmen ambushed a police convoy near Uruapan, Michoacan, Mexico.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_the_country_closing_a_place_notation_is_a_place_not_a_side():
    evs = _events("03/30/2016: Two gunmen killed a schoolteacher in Herat city, Herat province, "
                  "Afghanistan. No one has claimed the killing.", pub=None)
    assert len(evs) == 1 and evs[0].actor2 != "Afghanistan"
    # the province the parse joined to the victim is no target: a killed cleric is violence against civilians
    assert evs[0].event_type == "Violence against civilians"


def test_where_the_speaker_is_does_not_split_a_violent_event_told_before():
    evs = _events("Militants killed more than 40 soldiers inside an army base in Zabul province on Monday, a "
                  "defence official said. \"At least 45 people were killed in the blast inside the base,\" said "
                  "another official at the defence ministry in Kabul.", pub=date(2019, 1, 22))
    assert len(evs) == 1 and evs[0].admin1 == "Zabul"


def test_a_bomber_is_a_person_unless_a_state_or_an_aircraft_word_makes_it_a_plane():
    evs = _events("A bomber detonated explosives at a checkpoint in Kabul on Monday, killing 12.")
    assert [e.sub_event_type for e in evs] != ["Air/drone strike"]
    evs = _events("Russian bombers struck rebel positions in Idlib, Syria, on Monday, killing 12.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_the_islamic_states_acronym_is_never_a_place():
    evs = _events("More than two dozen pro-government fighters were killed in IS attacks near Palmyra, Syria, on "
                  "Monday.")
    assert evs and all(e.location != "Is" and e.country == "Syria" for e in evs)


def test_the_authorities_response_told_right_after_a_protest_is_its_intervention():
    evs = _events("On 3 May 2019, some 40 traders marched in Kisumu, Kenya, against a new market tax. "
                  "Three men were detained by the police.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Protest with intervention"
    assert (evs[0].actor2 or "").startswith("Police Forces of Kenya")
    evs = _events("On 3 May 2019, some 40 traders marched in Kisumu, Kenya. Police intervened.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Protest with intervention"


def test_a_killed_policewoman_is_the_police_side_of_a_battle():
    evs = _events("On 4 May 2019, masked gunmen killed a policewoman in Kisumu, Kenya.")
    assert len(evs) == 1 and evs[0].event_type == "Battles"
    assert (evs[0].actor2 or "").startswith("Police Forces of Kenya")


def test_an_institution_attacked_by_what_it_is_means_the_civilians_in_it():
    evs = _events("On 4 May 2019, gunmen attacked the Kisumu Commercial Bank in Kisumu, Kenya, killing two "
                  "employees.")
    assert len(evs) == 1 and evs[0].event_type == "Violence against civilians"
    assert (evs[0].actor2 or "").startswith("Civilians")


def test_shells_fired_or_landing_are_shelling_not_a_shell_company():
    evs = _events("On 27 April 2019, shells fired by rebel forces fell in a market of Kisumu, Kenya.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
    assert _events("The company was a shell for the militia's money in Kisumu, Kenya.") == []


def test_a_claimant_whose_hyphenated_name_the_parse_splits_names_the_perpetrator():
    """'Ansar al-Islam claimed ...' parses with the hyphen as the subject; the name around it claims. In Burkina
    Faso the name is Ansaroul Islam (a context alias), in Bangladesh the Ansarullah Bangla Team."""
    evs = _events("Gunmen attacked a gendarmerie post in Djibo, Burkina Faso. Five gendarmes were killed. "
                  "Ansar al-Islam claimed responsibility for the attack.")
    assert len(evs) == 1 and evs[0].actor1 == "Ansaroul Islam" and evs[0].claimed_by == "Ansaroul Islam"
    evs = _events("Assailants stabbed a publisher to death in Dhaka, Bangladesh. "
                  "Ansar al-Islam claimed responsibility for the killing.")
    assert len(evs) == 1 and evs[0].actor1 == "Ansar al-Islam (Bangladesh)"


def test_sides_named_with_a_prefix_the_parse_splits_are_both_sides():
    """'between pro-X and pro-Y troops': the parse hangs the first name's hyphen under 'between'; the
    name around it is the first side."""
    evs = _events("Heavy fighting between pro-Hadi and pro-Houthi fighters was reported near Ataq, Yemen, on Sunday.",
                  pub=date(2020, 5, 10))
    assert len(evs) == 1 and evs[0].event_type == "Battles"
    assert {evs[0].actor1, evs[0].actor2} == {"Military Forces of Yemen (2012-)",
                                               "Military Forces of Yemen (2016-) Supreme Political Council"}


def test_forces_of_two_states_that_fight_each_other_are_both_sides():
    """'troops of X and Y clashed': the second owner under 'of' is the other side, with its own force."""
    evs = _events("Troops of Sudan and South Sudan clashed near Abyei on Monday.", pub=date(2020, 5, 10))
    assert len(evs) == 1 and evs[0].event_type == "Battles"
    assert evs[0].actor1.startswith("Military Forces of Sudan")
    assert evs[0].actor2.startswith("Military Forces of South Sudan")


def test_a_shoot_out_with_no_side_named_is_fought_by_two_unidentified_armed_groups():
    """The shooting word is the trigger's first word ('shoot-out' parses with 'out' as its head); neither side
    is named, and nothing marks it as organised crime, so both are the country's Unidentified Armed Group."""
    evs = _events("On 14 August 2021, in Recife, Pernambuco, residents said a shoot-out erupted near the bus "
                  "station.", pub=date(2021, 8, 15))
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash"
    assert evs[0].actor1 == evs[0].actor2 == "Unidentified Armed Group (Brazil)"


def test_unnamed_killers_bearing_the_hallmarks_of_organised_crime_take_the_countrys_criminal_name():
    """Where a country's coders name such killers as criminals (Mexico: gangs; Brazil: gangs or police militias),
    a drive-by, a bound or tortured body, a narco-message or a drug tie makes the unnamed perpetrator that name;
    without a hallmark, or in a country with no such convention, it stays the Unidentified Armed Group."""
    pub = date(2021, 8, 15)
    evs = _events("On 14 August 2021, in Recife, Pernambuco, two armed men shot a street vendor dead.", pub=pub)
    assert len(evs) == 1 and evs[0].actor1 == "Unidentified Armed Group (Brazil)"
    evs = _events("On 14 August 2021, in Recife, Pernambuco, a pillion rider shot a street vendor dead in a drive-by "
                  "on a busy avenue.", pub=pub)
    assert len(evs) == 1 and evs[0].actor1 == "Unidentified Gang and/or Police Militia"
    evs = _events("On 14 August 2021, in Culiacan, Sinaloa, a corpse was dumped beside a highway. The wrists were "
                  "bound with tape and a narco-message lay on the chest.", pub=pub)
    assert len(evs) == 1 and evs[0].actor1 == "Unidentified Gang (Mexico)"
    evs = _events("On 14 August 2021, in Culiacan, Sinaloa, armed men shot dead a taxi driver outside his home.",
                  pub=pub)
    assert len(evs) == 1 and evs[0].actor1 == "Unidentified Armed Group (Mexico)"
    evs = _events("On 14 August 2021, the bodies of three shepherds were discovered near Aleppo, Syria, their wrists "
                  "tied.", pub=pub)
    assert len(evs) == 1 and evs[0].actor1 == "Unidentified Armed Group (Syria)"


def test_the_unnamed_side_police_fought_in_a_raid_on_the_drug_trade_is_the_countrys_criminals():
    evs = _events("On 14 August 2021, in Duque de Caxias, Rio de Janeiro, military police entered a favela after a "
                  "tip about drug trafficking. A firefight followed, in which a suspect was killed.",
                  pub=date(2021, 8, 15))
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash"
    assert evs[0].actor2 == "Unidentified Gang and/or Police Militia"


def test_intercepting_a_vehicle_is_no_disrupted_weapons_use():
    """'intercept' disrupts a weapon only with a weapon as its object: gunmen who intercept a bus attack it."""
    evs = _events("On 3 July 2021, in Uruapan, Michoacan, armed men intercepted a truck and shot the driver.",
                  pub=date(2021, 7, 4))
    assert [e.sub_event_type for e in evs] == ["Attack"]
    evs = _events("On 3 July 2021, air defences intercepted two drones over Kirkuk.", pub=date(2021, 7, 4))
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_drug_dealers_and_criminal_groups_are_gangs_so_fighting_them_is_a_clash():
    """A drug dealer shot by gunmen is a gang's man (ACLED: armed clash, the gang as a side); criminal groups
    that clash are the country's Unidentified Gang."""
    evs = _events("Gunmen shot dead a drug dealer in Celaya, Guanajuato, on 2 May 2021.", pub=date(2021, 5, 3))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Armed clash", "Unidentified Gang (Mexico)")]
    evs = _events("Criminal groups clashed near Celaya, Guanajuato, on 2 May 2021.", pub=date(2021, 5, 3))
    assert [e.actor1 for e in evs] == ["Unidentified Gang (Mexico)"]


def test_a_crowd_that_beats_a_soldier_or_fights_police_second_is_mob_violence():
    # whom the crowd beat arms no one; the police named first in "between" are still the crowd's other side
    evs = _events("On 5 June 2022, a group of young farmers beat up a soldier after a quarrel at the market in Kano, "
                  "Nigeria.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Mob violence", "Rioters (Nigeria)")]
    assert evs[0].actor2.startswith("Military Forces of Nigeria")
    evs = _events("On 5 June 2022, a clash broke out between police and traders at the main market in Kano, Nigeria.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Mob violence", "Rioters (Nigeria)")]
    assert evs[0].actor2.startswith("Police Forces of Nigeria")
    # a police station that only locates the beating is no side of it
    evs = _events("On 6 June 2022, villagers assaulted two men at Gidan Kwano under Tafa police station limits in "
                  "Kano, Nigeria, suspecting them to be thieves.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Mob violence", "Civilians (Nigeria)")]


def test_a_body_found_wrapped_or_a_head_found_is_an_attack():
    for text in ("On 9 February 2022, two farmhands were found wrapped in sheets by a dirt road outside Uruapan, "
                 "Michoacan, Mexico.",
                 "On 9 February 2022, a trucker was discovered dead at a ranch near Uruapan, Michoacan, Mexico. His "
                 "corpse had been wrapped in a tarpaulin.",
                 "On 9 February 2022, a human head was left outside a bakery in Uruapan, Michoacan, Mexico."):
        assert [e.sub_event_type for e in _events(text)] == ["Attack"], text


def test_a_crowd_that_burns_or_barricades_riots_and_gunmen_who_burn_loot():
    evs = _events("On 3 March 2022, traders from the old market barricaded the main road with burning tyres in "
                  "Kisumu, Kenya.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Violent demonstration", "Rioters (Kenya)")]
    evs = _events("On 3 March 2022, motorbike riders torched a lorry in Kisumu, Kenya, after a road accident.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]
    evs = _events("On 3 March 2022, gunmen torched a lorry in Kisumu, Kenya.")
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]


def test_a_burnt_body_is_no_property_destroyed():
    evs = _events("On 9 February 2022, the charred and burnt body of a farmhand was pulled from a ditch near Uruapan, "
                  "Michoacan, Mexico.")
    assert "Looting/property destruction" not in [e.sub_event_type for e in evs]
    evs = _events("On 9 February 2022, gunmen burnt a bus near Uruapan, Michoacan, Mexico.")
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]


def test_a_crowd_setting_property_alight_is_a_riot_even_when_the_tagger_reads_its_noun_as_a_verb():
    # "inmates" comes out of the tagger as a verb (VBZ) before "set": still a plural crowd of people
    evs = _events("On 5 May 2021, inmates set fire to their mattresses at a prison in Kisumu, Kenya, demanding "
                  "better food.")
    assert len(evs) == 1 and evs[0].event_type == "Riots" and evs[0].actor1.startswith("Rioters")
    # "set alight" is arson like "set ablaze"
    evs = _events("On 5 May 2021, villagers set alight a bar in Tamale, Ghana.")
    assert len(evs) == 1 and evs[0].event_type == "Riots"
    evs = _events("On 5 May 2021, militants set alight a school in Gao, Mali.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Looting/property destruction"


def test_an_unnamed_victim_tied_to_the_drug_trade_is_a_gangs_man_and_the_shooting_a_clash():
    shot = "On 7 May 2021, in Recife, Brazil, a fisherman was gunned down at the harbour by a pillion rider."
    evs = _events(shot + " Police said he had been charged in 2019 with theft and drug dealing.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash"
    assert evs[0].actor2 == "Unidentified Gang (Brazil)"
    # a record for something else, or no record, leaves a civilian shot
    for text in (shot + " Police said he had been charged in 2019 with burglary.", shot):
        evs = _events(text)
        assert evs[0].sub_event_type == "Attack" and evs[0].actor2 == "Civilians (Brazil)", text
    # the attackers' gang is no tie of the victim's
    evs = _events("On 7 May 2021, in Recife, Brazil, members of a gang gunned down a shopkeeper.")
    assert evs[0].sub_event_type == "Attack"


def test_remains_found_with_marks_of_violence_are_a_killing_by_someone_else_than_the_finders():
    # "remains" comes out of the lemmatiser as "remain"
    evs = _events("On 1 May 2021, in Uruapan, Mexico, police recovered human remains wrapped in blankets near a creek.")
    # who found them is not who killed
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Attack", "Unidentified Gang (Mexico)")]   # remains:
    # in Mexico the hallmark of a gang's killing
    assert _events("On 1 May 2021, in Uruapan, Mexico, archaeologists found remains of an ancient temple.") == []


def test_property_seized_or_destroyed_has_its_owners_as_target_and_contraband_a_gangs():
    """ACLED codes looting/property destruction against the civilians who own what was taken or burnt; a state
    force's seizure of contraband is coded against the country's Unidentified Gang (the traffickers)."""
    evs = _events("On 5 June 2021, unknown arsonists torched a minibus of a transport company in Kano, Nigeria.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Looting/property destruction", "Civilians (Nigeria)")]
    evs = _events("On 4 June 2021, in Recife, Pernambuco, federal police forces seized two tons of cannabis hidden "
                  "in a lorry during a road check.", pub=date(2021, 6, 5))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [
        ("Looting/property destruction", "Unidentified Gang (Brazil)")]
    # goods taken by an armed group are still the civilians' property, whatever they were
    evs = _events("On 6 June 2021, militants seized a lorry loaded with cigarettes near Gao, Mali.",
                  pub=date(2021, 6, 7))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Looting/property destruction", "Civilians (Mali)")]


def test_a_mobs_violence_has_a_target_civilians_unless_a_force_is_named():
    """ACLED codes mob violence against someone: the police it fought when the text names them, else civilians."""
    evs = _events("On 9 June 2021, residents beat up a suspected thief in a market in Tamale, Ghana.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Mob violence", "Rioters (Ghana)", "Civilians (Ghana)")]
    evs = _events("On 9 June 2021, a mob attacked policemen who were enforcing a curfew in Kisumu, Kenya.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Mob violence", "Police Forces of Kenya (2013-2022)")]


def test_an_explosion_that_harmed_people_no_force_is_named_for_targets_civilians():
    """A blast that killed or hurt people has them as its target: civilians unless the text names soldiers or
    police; a blast that harmed no one has no target."""
    evs = _events("On 2 July 2021, a landmine blast wounded a herder near Kidal, Mali.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Remote explosive/landmine/IED", "Civilians (Mali)")]
    evs = _events("On 2 July 2021, a roadside bomb exploded near Kidal, Mali, without casualties.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Remote explosive/landmine/IED", None)]
    evs = _events("On 2 July 2021, a roadside bomb killed two soldiers near Kidal, Mali.")
    assert [e.actor2 for e in evs] == ["Military Forces of Mali (2013-2020)"]


def test_a_passive_victim_hung_on_the_leading_place_is_still_the_target():
    """'In X, Y, a gang member was shot dead': spaCy may hang the victim on the state as an apposition and leave
    the passive verb without a subject; the phrase before the auxiliary is still who was shot."""
    evs = _events("On 9 March 2021, in Itajai, Santa Catarina, a gang member was shot dead during a raid by state "
                  "police officers.", pub=date(2021, 3, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Armed clash", "Police Forces of Brazil (2019-2022)", "Unidentified Gang (Brazil)")]


def test_an_active_subject_hung_on_the_leading_place_is_still_who_acted():
    """'In X, Y, armed men who rode in on motorbikes attacked a couple': spaCy may hang the attackers on the state
    as an apposition and leave the verb without a subject; the phrase right before the verb is who acted."""
    evs = _events("On 9 May 2021, in Irapuato, Guanajuato, armed men who rode in on motorbikes attacked a couple "
                  "outside their shop.", pub=date(2021, 5, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)")]


def test_a_victim_named_by_a_military_or_police_rank_is_the_states_force():
    """'a ranger', 'a police sergeant', 'a colonel' shot by gunmen: a state force's man, so an armed clash with
    that force (ACLED), not an attack on civilians."""
    evs = _events("On 3 May 2021, separatists shot a ranger dead near Pattani, Thailand.", pub=date(2021, 5, 10))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Armed clash", "Military Forces of Thailand")]
    evs = _events("On 3 May 2021, gunmen shot dead a police sergeant in Gao, Mali.", pub=date(2021, 5, 10))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Armed clash", "Police Forces of Mali (2020-2021)")]


def test_bodies_found_near_a_place_with_a_record_in_the_drug_trade_are_a_gangs_men():
    """The gang-tie test also applies where the killing's target reads as a place ('dumped near a bridge')."""
    evs = _events("On 4 May 2021, in Caruaru, Pernambuco, the mutilated bodies of two brothers were dumped near a "
                  "bridge with gunshot wounds. Both men had been charged with drug dealing.", pub=date(2021, 5, 10))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Armed clash", "Unidentified Gang (Brazil)")]


def test_another_strike_is_another_event_of_the_series():
    evs = _events("On Tuesday, government jets bombed a market in Kidal, Mali, killing seven traders. "
                  "Another airstrike on the same day killed a herder near Tessalit.")
    assert len(evs) == 2
    assert sorted(e.fatalities for e in evs) == [1, 7]
    assert all(e.actor1 and e.actor1.startswith("Military Forces of Mali") for e in evs)   # the series' air force


def test_a_summary_of_strikes_told_one_by_one_is_no_event_beside_them():
    text = ("Nine people were killed on Tuesday in two government airstrikes in the Kidal region of Mali. "
            "Jets bombed a market in Aguelhok, killing six traders. "
            "Another airstrike on the same day killed three herders near Tessalit.")
    evs = _events(text)
    assert sorted(e.fatalities for e in evs) == [3, 6]        # not a third event holding their sum
    assert {e.event_date for e in evs} == {"2019-05-28"}      # the market strike told without a day: the summary's
    evs = _events("Nine people were killed on Tuesday in two government airstrikes in the Kidal region of Mali.")
    assert [e.fatalities for e in evs] == [9]                 # told only as a summary, the summary stands


def test_a_later_report_of_the_fight_names_the_force_the_first_left_out():
    evs = _events("An al-Shabaab fighter died in a gunfight near Lamu, Kenya, on Monday. A police special unit "
                  "was combing the forest when a gunfight broke out between the officers and the militants.")
    assert len(evs) == 1
    assert evs[0].actor1.startswith("Police Forces of Kenya") and evs[0].actor2 == "Al Shabaab"
