"""Periods, tallies and situations are no events; times and places of other clauses do not date or
place an event; a day set by a scene-setting sentence dates what follows. Sentences written by the
team in the style of agency copy from several conflicts."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def _events(text: str, pub: date | None = date(2023, 9, 14)):
    return extract(nlp.parse(text), Document(doc_id="t", text=text, published=pub)).events


def test_toll_since_a_year_is_a_tally():
    assert _events("The insurgents have killed more than 40,000 people since 2009, officials estimate.") == []
    assert _events("Over 2,000 soldiers have died in the Sahel since 2015.") == []


def test_strikes_in_the_last_year_are_a_tally():
    assert _events("The air force carried out more than 200 air strikes in the past year, the monitor said.") == []


def test_event_in_a_since_clause_is_background():
    evs = _events("Relations have soured since the army seized power in Niamey in 2023.")
    assert evs == []


def test_war_toll_is_no_event():
    assert _events("The war that broke out in April has killed thousands and displaced millions.") == []


def test_situation_nouns_are_no_event():
    assert _events("Unrest in the border province has involved smugglers, separatists and bandits.") == []
    assert _events("Fighting has ravaged much of the north since the coup.") == []


def test_quantifier_adjectives_make_tallies():
    assert _events("The army makes periodic incursions into rebel territory.") == []
    assert _events("The movement has claimed numerous deadly attacks on police posts.") == []


def test_a_number_of_blasts_told_on_one_day_is_that_days_event():
    evs = _events("On 11 September, several explosions rocked the river port of Mopti. No one was hurt.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    assert evs[0].event_date == "2023-09-11"
    # a habit stays a habit, dated or not
    assert _events("Several explosions have shaken the river port of Mopti in recent months.") == []


def test_acts_counted_over_a_leaders_time_in_office_are_a_tally():
    assert _events("Five times more drone strikes hit the tribal areas during the general's presidency than under "
                   "his successor.") == []
    # a day's event told under a regime is still that day's
    evs = _events("Under the junta's rule, soldiers shot dead two miners in Mogok on 12 September.")
    assert [e.event_date for e in evs] == ["2023-09-12"]


def test_broken_truce_is_no_agreement():
    assert _events("A fragile truce between the two militias broke down on 3 September.") == []


def test_same_clause_event_keeps_its_date():
    evs = _events("Gunmen killed five farmers in Zamfara on 2 September, police said on Monday.")
    assert len(evs) == 1 and evs[0].event_date == "2023-09-02"


def test_relative_clause_date_does_not_date_the_attack():
    evs = _events("The militia, which pledged allegiance to the caliphate in 2017, attacked a church in "
                  "Beni on Sunday, killing 12 worshippers.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    assert evs[0].event_date == "2023-09-10"


def test_statement_date_is_a_fallback_that_merges_with_the_event():
    text = ("Eleven soldiers were killed in an ambush on a convoy in Tillaberi region, the army said on Tuesday.\n\n"
            "The attackers fled on motorbikes after the ambush, the statement added.")
    evs = _events(text)
    assert len(evs) == 1
    assert evs[0].event_date == "2023-09-12" and evs[0].fatalities == 11


def test_an_own_earlier_date_is_a_separate_event():
    text = ("Eleven soldiers were killed in an ambush on a convoy, the army said on Tuesday.\n\n"
            "Similar attacks have occurred before, including on July 3 when six soldiers died in an ambush.")
    evs = _events(text)
    assert sorted(e.event_date for e in evs) == ["2023-07-03", "2023-09-12"]


def test_scene_day_dates_the_next_sentences():
    text = ("It was around 9 a.m. on Friday when dozens of armed men rode into the market of the village. "
            "More of them blocked the exits. By the time the raid was over, 40 traders had been abducted.")
    evs = _events(text)
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    assert evs[0].event_date == "2023-09-08"


def test_firing_into_the_air_is_no_attack():
    assert _events("Soldiers fired into the air to disperse the crowd of onlookers.") == []
    assert _events("Shots were fired in the air as the convoy passed.") == []


def test_a_response_told_later_does_not_invert_the_roles():
    text = ("Gunmen attacked a police station in Rask, Iran, on Thursday night, leaving nine officers dead.\n\n"
            "Police neutralized several attackers in a shootout, the deputy governor said.")
    evs = _events(text)
    assert len(evs) == 1
    assert evs[0].actor1.startswith("Unidentified Armed Group") and evs[0].actor2.startswith("Police Forces")


def test_a_month_earlier_counts_from_the_event_told_before():
    text = ("In February 2019, Jaish al-Adl claimed responsibility for a suicide bombing on a bus in Khash. "
            "A month earlier, Jaish al-Adl claimed responsibility for a double bombing in Zahedan.")
    evs = _events(text, pub=date(2023, 12, 15))
    assert sorted(e.event_date for e in evs) == ["2019-01", "2019-02"]


def test_the_same_base_takes_the_place_told_before():
    text = ("On May 25, militants attacked an army base in Tahoua region, killing 41 soldiers. "
            "On September 18, 2022, the same base was attacked and 24 soldiers were killed.")
    evs = _events(text)
    assert [(e.event_date, e.admin1) for e in evs] == [("2023-05-25", "Tahoua"), ("2022-09-18", "Tahoua")]


def test_a_named_group_right_before_a_generic_noun_is_the_perpetrator():
    evs = _events("On May 25, Islamic State in the Greater Sahara (ISGS) militants attacked an army post "
                  "in Tahoua region, killing 41 soldiers.")
    assert evs and "Islamic State" in evs[0].actor1


def test_a_bearing_reference_is_no_event_place():
    evs = _events("Gunmen stormed a police post in Rask, situated 875 miles southwest of Tehran, on Sunday.")
    assert evs and evs[0].admin1 != "Tehran"


def test_a_violated_ceasefire_agreement_is_no_new_agreement():
    assert _events("The militants said they violated the June ceasefire agreement reached with the government.") == []


def test_each_event_of_a_sentence_keeps_its_own_deaths():
    evs = _events("Israeli jets struck a building in Beirut on Tuesday, in response to the militia's rocket "
                  "attack on Haifa that killed 12 people on July 10.")
    by_place = {e.location: e for e in evs}
    assert by_place["Haifa"].fatalities == 12
    assert by_place["Beirut"].fatalities != 12


def test_a_later_larger_toll_of_the_same_report_is_its_figure():
    text = ("Gunmen killed at least 35 worshippers in a church in Komanda, Ituri province, on Sunday. "
            "The priest said seven other bodies had been found in the town.")
    evs = _events(text)
    assert len(evs) == 1 and evs[0].fatalities == 35 and evs[0].fatalities_low == 7


def test_another_incident_is_its_own_event():
    text = ("On November 16, gunmen ambushed a police patrol in Khyber Pakhtunkhwa province, killing six officers. "
            "In another incident, two soldiers were killed in a shootout with militants in Bajaur.")
    assert len(_events(text)) == 2


def test_the_country_across_a_border_is_no_event_place():
    evs = _events("On April 25, a military patrol was attacked near the border with Mali, in Tillaberi region "
                  "of Niger, and twelve soldiers were killed.")
    assert evs and evs[0].country == "Niger"


def test_what_a_force_is_accused_of_is_no_event():
    assert _events("The army has been accused of extreme abuses and indiscriminate drone strikes.") == []


def test_a_citation_mark_ends_a_sentence():
    from polemos import nlp
    doc = nlp.parse("Militants seized a large amount of ammunition.[3] One month before, a patrol was attacked.")
    assert len(list(doc.sents)) == 2


def test_police_firing_on_demonstrators_is_a_protest_event_and_a_closing_foreign_capital_moves_nothing():
    text = ("NAIROBI (Reuters) - Police fired on demonstrators outside Kenya's parliament on Tuesday and at "
            "least five protesters were shot dead, with parts of the building set ablaze.\n\n"
            "Police opened fire after tear gas failed to disperse the crowds.\n\n"
            "In Washington, the White House said the United States was monitoring the situation.")
    evs = _events(text, pub=date(2024, 6, 25))
    assert len(evs) == 1
    assert evs[0].event_type in ("Riots", "Protests") and evs[0].country == "Kenya"


def test_a_count_of_drones_is_one_attack_and_criticism_is_no_blast():
    evs = _events("Overnight, Russia launched 728 drones and decoys at cities in western Ukraine. "
                  "Hours earlier the president blasted Russia for dragging its feet.", pub=date(2025, 7, 10))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"] and evs[0].country == "Ukraine"


def test_a_group_never_arrests_its_own_members_and_an_attributor_is_no_attacker():
    evs = _events("According to the government, dozens of ISIS-K fighters have surrendered and the group has "
                  "arrested 250 ISIS-K members across Afghanistan.", pub=date(2021, 11, 9))
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and "ISKP" not in (arrests[0].actor1 or "")
    evs = _events("Following the Kandahar attack, the Taliban foreign minister downplayed the threat, attributing "
                  "the attacks to foreign actors.", pub=date(2024, 4, 1))
    assert all(e.actor1 != "Taliban" for e in evs)


def test_a_ministry_is_a_civilian_target_whoever_runs_it():
    evs = _events("Gunmen attacked the Taliban's own Ministry of Foreign Affairs in Kabul on Monday.",
                  pub=date(2024, 4, 1))
    assert evs and evs[0].event_type == "Violence against civilians"


def test_the_first_sentence_telling_an_event_is_the_lead():
    text = ("The air force carried out more than 300 air strikes in the last year, the UN said.\n\n"
            "A military air strike on a village in Sagaing region killed ten civilians, locals said.")
    evs = _events(text, pub=date(2023, 6, 28))
    assert [(e.sub_event_type, e.event_date) for e in evs] == [("Air/drone strike", "2023-06")]


def test_rounded_up_and_kidnapped_by_gunmen_is_one_abduction():
    evs = _events("More than 280 pupils had been rounded up and kidnapped by the armed group in Kuriga, "
                  "Kaduna state, on Thursday.", pub=date(2024, 3, 11))
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_a_country_that_strikes_is_its_military_and_civilians_never_attack():
    evs = _events("Russia launched 728 drones at cities in western Ukraine on Wednesday.", pub=date(2025, 7, 10))
    assert evs and evs[0].actor1.startswith("Military Forces of Russia")
    evs = _events("The May 17 attack on a group of tourists at a market in Bamyan province killed four people.",
                  pub=date(2024, 9, 30))
    assert evs and evs[0].actor1 is None


def test_who_retaliated_with_strikes_and_who_launched_the_offensive_are_the_perpetrators():
    evs = _events("Two days later, Pakistan retaliated with missile attacks in Iran's Sistan-Baluchistan province.",
                  pub=date(2024, 1, 20))
    assert evs and "Pakistan" in evs[0].actor1
    evs = _events("The offensive launched by the National Liberation Army (ELN) against dissidents in Catatumbo "
                  "killed around 100 people in January.", pub=date(2025, 1, 29))
    assert evs and evs[0].actor1 == "National Liberation Army"


def test_an_agentless_passive_takes_the_group_of_the_conjoined_clause():
    evs = _events("On September 18, 2024, the army base in Tahoua region was attacked, 24 soldiers were killed "
                  "and ISGS forces seized vehicles and weapons.", pub=date(2025, 5, 29))
    assert evs and evs[0].actor1 and "Islamic State" in evs[0].actor1


def test_a_near_simultaneous_incident_is_dated_by_the_one_before_and_allegedly_by_names_the_suspect():
    text = ("In March, gunmen attacked a bank branch in Kandahar, killing 21 people. This attack, along with a "
            "near-simultaneous attack on a concert hall in Moscow that killed over 140 people, allegedly by IS, "
            "shocked the region.")
    evs = _events(text, pub=date(2024, 4, 1))
    moscow = [e for e in evs if e.country == "Russia"]
    assert moscow and moscow[0].event_date == "2024-03" and moscow[0].actor1 == "Islamic State"


def test_a_named_person_killed_counts_one_death():
    evs = _events("On September 8, Taliban fighters killed Abdul Rahman Ahmadi in Nimroz province.",
                  pub=date(2021, 9, 10))
    assert evs and evs[0].fatalities == 1


def test_a_sea_holds_its_port_and_a_motive_names_no_place():
    text = ("The Houthis have claimed that a bulk carrier sank after being attacked in the Red Sea. "
            "The vessel was targeted with missiles and drones near the port of Hodeidah on Sunday. "
            "A spokesman said the ship was targeted by their forces in response to violations against Palestine.")
    evs = _events(text, pub=date(2025, 7, 8))
    assert len(evs) == 1 and evs[0].country == "Yemen" and evs[0].admin1 == "Al Hudaydah"


def test_a_firefight_between_two_sides_and_a_death_during_a_police_raid():
    evs = _events("On 14 March 2021, three NPA fighters died as the NPA fought a firefight with the "
                  "army near Barangay Tinago, Davao del Norte.", pub=date(2021, 3, 20))
    assert evs and evs[0].actor1 == "New People's Army"
    assert (evs[0].actor2 or "").startswith("Military Forces of the Philippines")
    evs = _events("On 15 March 2021, one drug suspect died when police raided his home in Calamba, Laguna, "
                  "Philippines.", pub=date(2021, 3, 20))
    assert evs and (evs[0].actor1 or "").startswith("Police Forces of the Philippines")


def test_deaths_told_as_also_killed_add_to_the_toll():
    text = ("At least nine soldiers were killed when militants stormed an army post in Tillaberi region, Niger, "
            "on Tuesday, the defence ministry said.\n\n"
            "Several of the attackers were also killed in the fighting that followed, the ministry added.")
    evs = _events(text)
    assert len(evs) == 1
    assert (evs[0].fatalities_low, evs[0].fatalities_high, evs[0].fatalities) == (12, None, 12)


def test_came_weeks_after_dates_the_earlier_event():
    text = ("Gunmen killed seven police officers in an ambush in Balochistan province on March 30. "
            "That came three weeks after five soldiers died in a roadside bombing in the province.")
    evs = sorted(_events(text, pub=date(2024, 4, 2)), key=lambda e: e.event_date)
    assert [(e.event_date, e.admin1) for e in evs] == [("2024-03-09", "Balochistan"), ("2024-03-30", "Balochistan")]


def test_others_wounded_beside_a_toll_are_no_injury_count():
    evs = _events("In the raid on the checkpoint in Diyala province on Monday, six soldiers were killed, "
                  "and others were wounded, an officer said.")
    assert evs and evs[0].fatalities == 6 and evs[0].injuries_low != 6


def test_an_encounter_framed_as_an_event_is_an_armed_clash():
    evs = _events("An encounter broke out between police and Maoist rebels in Gadchiroli district on Sunday.")
    assert [(e.sub_event_type, e.admin1) for e in evs] == [("Armed clash", "Maharashtra")]
    assert _events("The patrol did not encounter any resistance in Gadchiroli district on Sunday.") == []


def test_people_who_lost_their_lives_are_the_toll():
    evs = _events("Seven villagers lost their lives when a landmine exploded under their tractor in Kayes region.")
    assert evs and evs[0].fatalities == 7


def test_a_coders_note_states_the_figure_its_event_is_coded_with():
    """An analyst's note that states its coded figure ('fatalities coded as 0, though an outlet reported 2',
    'Unknown fatalities coded as 10') gives the event that figure; the text's own count stays its range."""
    text = ("On 4 March 2021, a roadside bomb killed two farmers near Kisumu, Kenya. Toll disputed; fatalities "
            "coded as 0 (a local outlet reported 2).")
    ev = extract(nlp.parse(text), Document(doc_id="t", text=text, published=date(2021, 3, 5))).events
    assert [(e.fatalities, e.fatalities_low, e.fatalities_high) for e in ev] == [(0, 2, 2)]


def test_counted_explosions_are_one_events_fire_not_a_tally():
    """'Forty explosions were heard near X' is what one event's fire made, as 'fired 40 rockets' is; a count of
    attacks stays a tally."""
    evs = _events("On 11 September, some 40 explosions were heard near Bakhmut, Donetsk, monitors said.")
    assert [(e.event_type, e.admin1) for e in evs] == [("Explosions/Remote violence", "Donetsk")]
    assert _events("Militants carried out 40 attacks on checkpoints across Donetsk last month, monitors said.") == []


def test_a_country_qualifying_a_noun_is_no_place():
    """'an ambush on Uganda troops in X', 'outside the Kenya embassy in Y': the country says whose the troops
    or the embassy are; the event happened at the town named."""
    evs = _events("On 2 September, al-Shabaab fighters ambushed Uganda troops in Afgooye, Lower Shabelle.")
    assert [(e.country, e.admin1) for e in evs] == [("Somalia", "Lower Shabelle")]
    evs = _events("On 2 September, dozens of traders protested outside the Kenya embassy in Kampala city.")
    assert [(e.country, e.location) for e in evs] == [("Uganda", "Kampala")]


def test_a_site_and_its_town_are_one_place_for_one_event():
    """A riot at a town's station, then what the rioters did in the town: one event, not two."""
    evs = _events("On 2 September, youths stormed the central station in Tamale (Tamale, Northern) over fuel prices. "
                  "The rioters also burned tyres and blocked roads in Tamale.")
    assert len(evs) == 1 and evs[0].event_type == "Riots"


def test_a_member_of_an_armed_group_is_an_armed_victim():
    """A slain member of a rebel faction makes a clash with an armed side; a member of a council is a civilian."""
    evs = _events("On 2 September, gunmen shot dead one member of a rebel faction in Gao, Mali.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    evs = _events("On 2 September, gunmen shot dead one member of the town council in Gao, Mali.")
    assert [e.sub_event_type for e in evs] == ["Attack"]



def test_vigilantes_bodyguards_and_gangsters_are_armed_victims():
    """Those who carry arms for a group or a patron are no civilians: killing one is a clash."""
    for victim in ("a vigilante", "a chief's bodyguard", "a gangster"):
        evs = _events(f"On 2 September, gunmen shot dead {victim} in Beni, Nord-Kivu.")
        assert [e.sub_event_type for e in evs] == ["Armed clash"], victim


def test_a_town_and_the_divisions_of_its_address_are_one_place():
    """'X village, Y subdivision (Z, Region)': the division closes the town's address; the acts of the
    sentence are one event at the town, whichever of the names the parse hangs each act on."""
    evs = _events("On 2 September, residents beat up a police commander in Bangou village, Bana subdivision "
                  "(Haut-Nkam, Ouest) for shooting at a driver.")
    assert [(e.admin1, e.location) for e in evs] == [("Ouest", "Bana")]


def test_a_protest_told_with_a_demand_is_a_protest_however_parsed():
    """'X protested in Y demanding Z' (spaCy may make 'demanding' the root), 'blocked the road demanding Z'
    (the participle hung on the road): the demand is the protest's purpose, not a plan of it."""
    evs = _events("On 2 September, around 300 pilgrims protested in Nakuru (Rift Valley) demanding that they be "
                  "sent home.")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Peaceful protest", "Nakuru")]
    evs = _events("On 2 September, in Kitui, Kenya, a group of traders blocked the road demanding compensation.")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Peaceful protest", "Kitui")]
    assert _events("On 2 September, in Kitui, Kenya, soldiers blocked the highway leading to the border.") == []


def test_a_clash_with_no_side_named_is_fought_by_the_force_the_scene_set():
    """'Police entered a favela in X. A gunfight broke out ...': the force that entered fought an unnamed side."""
    evs = _events("On 2 September, in Recife, Pernambuco, the Military Police entered the Ibura favela. A gunfight "
                  "broke out, leaving one suspect dead.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    assert evs[0].actor1.startswith("Military Forces of Brazil") and not evs[0].actor2.startswith("Military")


def test_two_crowds_that_fought_are_rioters_on_both_sides():
    """'Two groups of farmers clashed over a boundary': mob violence with rioters as both sides (ACLED)."""
    evs = _events("On 2 September, two groups of farmers clashed over a boundary in Kano, Nigeria, and nine "
                  "people were hurt.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Mob violence", "Rioters (Nigeria)", "Rioters (Nigeria)")]


def test_a_common_noun_after_in_is_no_second_place_of_the_event():
    """'wounded in a shooting in X city by gunmen in a car': the car is no second place; one event, not two."""
    evs = _events("On 2 September, a shopkeeper was wounded in a shooting in Kandahar city by gunmen in a car.")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Attack", "Kandahar")]


def test_followers_of_rival_politicians_who_clash_are_a_mob():
    """A clash between the followers (accomplices, partisans) of two local politicians is mob violence."""
    evs = _events("On 2 September, two people were hurt in a clash between followers of two rival councillors "
                  "in Bogra, Bangladesh, over a market lease.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]


def test_an_attack_that_only_burned_property_is_property_destruction():
    """'Gunmen attacked and torched a clinic', no one harmed in it or the next sentence: ACLED's looting/property
    destruction; a toll told next makes it an attack."""
    text = "On 2 September, gunmen attacked and torched a rural clinic in Dori, Burkina Faso."
    assert [e.sub_event_type for e in _events(text)] == ["Looting/property destruction"]
    assert [e.sub_event_type for e in _events(text + " A nurse died during that raid.")] == ["Attack"]


def test_a_victim_the_parse_hung_on_the_place_still_counts():
    """'In X, Amazonas, a young man was shot': spaCy may read 'a young man' as an apposition of the state and
    leave the verb without a subject; he is still the one dead."""
    evs = _events("On 2 September 2023, in Manacapuru, Amazonas, a young man was shot dead near the port.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 1)]


def test_a_death_a_protest_is_about_is_no_toll_of_it():
    """'Following a vendor's death in custody, traders staged a protest': the death is the grievance, neither
    the protest's toll nor force used against it."""
    evs = _events("On 2 September 2023, following a vendor's death in police custody, traders staged a "
                  "protest in Kisumu, Kenya.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Peaceful protest", 0)]


def test_the_crowds_violence_told_next_makes_the_protest_violent():
    """'Traders demonstrated in X. The demonstrators burned tyres ...': the crowd's violence in the next
    sentence is the protest's course, a violent demonstration; not a peaceful protest beside nothing."""
    for after in ("The demonstrators burned tyres on the road.",
                  "Rioters pelted stones at officers, who answered with tear gas."):
        evs = _events("On 2 September 2023, hundreds of traders demonstrated in Kisumu, Kenya, over new market "
                      "fees. " + after)
        assert [e.sub_event_type for e in evs] == ["Violent demonstration"], after


def test_police_using_force_on_a_protest_is_an_intervention():
    """'Police used force against traders protesting in X': a protest with intervention."""
    evs = _events("On 2 September 2023, police used force against traders protesting in Kisumu, Kenya, over new "
                  "market fees.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_an_attack_that_beheaded_someone_is_no_property_destruction():
    evs = _events("On 2 June 2022, insurgents raided Kwajafa village near Damboa, Borno, beheaded a farmer and "
                  "burned several granaries.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_toll_put_at_a_figure_is_the_events_toll():
    """'Officials put the death toll at 45': the figure the verb sets the toll at."""
    evs = _events("Gunmen attacked a market in Maiduguri, Nigeria, on Monday. Officials put the death toll at 45.")
    assert [(e.sub_event_type, e.fatalities, e.fatalities_low, e.fatalities_high) for e in evs] == [
        ("Attack", 45, 45, 45)]


def test_an_agreement_on_no_matter_of_war_is_no_event():
    """ACLED's agreements are between conflict actors about the conflict: a trade deal, a loan, a resignation or
    shared data agreed by states is none, whatever word of agreement tells it."""
    assert _events("On Monday, the two governments signed a deal on fishing quotas and tariffs.") == []
    assert _events("On Tuesday, Norland agreed to lend 2 billion dollars to its southern neighbour.") == []
    assert _events("On Friday, the finance minister agreed to step down after a month of criticism.") == []
    assert _events("The two navies agreed on Tuesday to share information on fishing fleets.") == []


def test_an_agreement_on_the_fighting_or_between_armed_groups_is_an_event():
    evs = _events("On Tuesday, the two countries agreed to halt fighting in the border district.")
    assert [e.sub_event_type for e in evs] == ["Agreement"]
    evs = _events("On Sunday, the army and the rebels agreed to open a humanitarian corridor to the besieged town.")
    assert [e.sub_event_type for e in evs] == ["Agreement"]
    evs = _events("The government and the M23 signed an agreement in Kindu on Monday.")
    assert [e.sub_event_type for e in evs] == ["Agreement"]
    for text in ("On Saturday, the president reached an agreement with mutinous soldiers to end the mutiny.",
                 "On Monday, the two neighbours reached a deal over the disputed islands."):
        assert [e.sub_event_type for e in _events(text)] == ["Agreement"], text


def test_a_rejected_offer_of_a_truce_is_no_agreement():
    assert _events("The rebels on Monday rejected the government's ceasefire offer.") == []
    assert _events("The militia dismissed on Sunday a proposal for a truce during the holiday.") == []


def test_figures_of_speech_and_accidents_are_no_events():
    """Words of violence in their everyday senses, and deaths by accident or disaster: ACLED codes none."""
    for text in ("The former governor suffered a fatal heart attack in Gondar on Monday.",
                 "Hackers knocked ministry websites offline in cyber attacks on Monday in Tirana.",
                 "On Sunday the president imposed a state of siege on the northern town of Barbosa.",
                 "The country carried out a ballistic missile test on Monday, the ministry said.",
                 "On Friday, helicopters evacuated 40 injured residents from Kolda, a besieged town.",
                 "Two pilots died on Tuesday when their aircraft crashed near Marsabit.",
                 "A landslide killed 12 people in the village of Kuna on Monday.",
                 "A gas cylinder exploded in a restaurant in Multan on Monday, killing five people.",
                 "Hundreds of workers stopped work on Tuesday at the copper mine near Kolwezi.",
                 "Hundreds of workers stopped work on Tuesday at the Kamoto mine near Kolwezi.",
                 "Donors pledged on Monday to help the region fight the epidemic."):
        assert _events(text) == [], text


def test_the_same_words_of_violence_still_tell_violence():
    evs = _events("Two pilots were killed near Marsabit on Tuesday when their plane was hit by a rebel missile.")
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"]
    evs = _events("A bomb exploded in a restaurant in Multan on Monday, killing five people.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    evs = _events("A mine blew up an army truck near Gao on Monday, killing two soldiers.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    evs = _events("Troops besieged the town of Kolda on Sunday.")
    assert len(evs) == 1


def test_who_a_party_is_and_what_it_is_held_responsible_for_are_no_events():
    assert [e.sub_event_type for e in _events("The coalition fighting the rebels declared a truce on Monday.")] \
        == ["Agreement"]
    assert _events("The rebel commander is held responsible for massacres and abductions across the region.") == []


def test_weapons_a_side_uses_in_the_present_are_what_it_can_do():
    assert _events("The Eastern Front now uses armed drones and roadside bombs, officials in Lodwar, Kenya, "
                   "said on Friday.") == []
    evs = _events("Last month, the Eastern Front used drones to attack an army post near Lodwar, Kenya, killing "
                  "four soldiers.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_disasters_and_industrial_blasts_are_no_events():
    for text in ("An earthquake struck the island of Sumba on Sunday, killing three people and damaging 400 homes.",
                 "A second wave of floods hit the Lobo district on Monday, destroying two bridges.",
                 "A chemical leak at a fertiliser plant near Kanpur killed four workers on Tuesday.",
                 "Two workers were hurt on Monday when a storage tank at a refinery near Aden exploded.",
                 "An explosion tore through a paint factory in Lagos on Monday, killing six workers."):
        assert _events(text) == [], text


def test_people_who_act_beside_a_disaster_still_act():
    evs = _events("On Monday, motorcycle riders burnt a bus in Bafang after a road accident killed a colleague.")
    assert [e.event_type for e in evs] == ["Riots"]
    evs = _events("On Monday, victims of the floods blocked the main road in Uvira to demand aid.")
    assert [e.event_type for e in evs] == ["Protests"]
    evs = _events("Militants blew up a gas pipeline near Arish on Monday, officials said.")
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"]
    evs = _events("A roadside bomb hit an army tank near Gao on Monday, wounding two soldiers.")
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"]


def test_skirmishes_that_have_erupted_are_news_not_a_tally():
    evs = _events("Skirmishes have erupted between police and farmers protesting land seizures in Kisumu, Kenya.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]
    evs = _events("Fighting has erupted between two militias in Beni, Congo.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_march_against_a_social_ill_is_a_protest():
    # "the fight against corruption" is a figure of speech; a march against it is a protest about its cause
    evs = _events("Several thousand residents marched through Nitra and Zilina against corruption on Sunday.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
    assert _events("The new minister vowed on Sunday to fight corruption in Nitra.") == []


def test_strikes_that_have_hit_a_place_are_news_not_a_tally():
    evs = _events("Government jets have pounded rebel villages in Idlib province, killing four people.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
    assert _events("The coalition's air strikes have left most residents of Idlib without shelter.") == []
