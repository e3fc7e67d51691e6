"""Actor mentions on reporting from many theatres: the country of unnamed sides, qualifiers that are not
participants, affiliates inferred by country, and ACLED's names by country and date."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.extract.actors import extract_actors
from polemos.extract.places import document_countries, extract_places
from polemos.model import Document


def run(text: str, published: date = date(2024, 6, 1), **meta):
    """Actor mentions with the document's own places (as the pipeline runs them)."""
    doc = Document(doc_id="t2", text=text, published=published, **meta)
    sdoc = nlp.parse(text)
    places = extract_places(sdoc, doc)
    mentions = extract_actors(sdoc, doc, document_countries(places), places=places)
    for m in mentions:
        assert text[m.span.start:m.span.end] == m.text
    return mentions


def names(mentions, surface: str) -> list[str]:
    return [m.name for m in mentions if m.text == surface]


# ---- the country of unnamed sides -------------------------------------------------------------------
def test_unnamed_police_belong_to_the_country_of_the_lead_not_the_most_quoted_one():
    text = ("NAIROBI (Reuters) - Police fired tear gas at crowds near Kenya's parliament on Tuesday. "
            "The United States and Washington's allies urged restraint, a U.S. statement said. "
            "Police later arrested dozens.")
    found = run(text)
    assert set(names(found, "Police")) == {"Police Forces of Kenya (2022-)"}


def test_unnamed_side_takes_the_country_its_own_sentence_names():
    text = ("KABUL - Officials met envoys in Kabul, Kandahar and Herat on Monday. In Peshawar, police "
            "arrested three men the same day.")
    assert names(run(text), "police") == ["Police Forces of Pakistan (2018-)"]


# ---- names that qualify another phrase ------------------------------------------------------------
def by_surface(mentions):
    return {m.text: m for m in mentions}


def test_network_named_in_a_link_adjective_gives_its_local_affiliate():
    text = "Al Qaeda-linked militants killed dozens of villagers near Djibo in Burkina Faso on Saturday."
    found = by_surface(run(text))
    assert found["Al Qaeda"].role == "qualifier"
    assert found["militants"].actor_id == "jnim" and found["militants"].inferred


def test_islamic_state_backed_insurgents_are_the_province_of_their_country():
    found = by_surface(run("Islamic State-backed insurgents raided Mocimboa da Praia in Cabo Delgado, Mozambique."))
    assert found["insurgents"].actor_id == "is_mozambique" and found["insurgents"].inferred


def test_patron_state_and_affiliated_network_are_not_the_side_that_acted():
    text = ("Islamic State-affiliated Allied Democratic Forces rebels attacked a church in Ituri, Congo, and "
            "Rwanda-backed M23 fighters shelled Sake.")
    found = by_surface(run(text))
    assert found["Islamic State"].role == "qualifier" and found["Rwanda"].role == "qualifier"
    assert found["Allied Democratic Forces"].role is None


def test_state_owning_a_named_group_and_negated_names_qualify():
    text = ("Sudan's paramilitary Rapid Support Forces shelled El Fasher, and anti-Houthi Giants Brigades "
            "advanced on Hodeidah in Yemen. A Greek-owned tanker was hit.")
    mentions = run(text)
    found = by_surface(mentions)
    assert found["Sudan"].role == "qualifier" and found["Houthi"].role == "qualifier"
    assert found["Rapid Support Forces"].role is None
    assert not any(m.text == "Greek" for m in mentions)


def test_events_take_the_named_group_not_its_qualifier():
    from polemos.pipeline import extract
    text = ("At least 40 people were killed on Monday when Sudan's Rapid Support Forces stormed a camp "
            "near El Fasher in North Darfur, Sudan.")
    doc = Document(doc_id="t3", text=text, published=date(2025, 8, 12))
    events = extract(nlp.parse(text), doc).events
    assert events and events[0].actor1 == "Rapid Support Forces"


# ---- ACLED's names by country and date -------------------------------------------------------------
def test_houthis_are_named_as_acled_codes_them_on_the_documents_date():
    text = "Houthi forces shelled a village in Hays district of Al Hudaydah, Yemen."
    assert names(run(text, date(2020, 5, 1)), "Houthi forces") == [
        "Military Forces of Yemen (2016-) Supreme Political Council"]
    assert names(run(text, date(2025, 7, 8)), "Houthi forces") == ["Military Forces of Yemen (2017-) Houthi"]


def test_haftar_forces_are_a_faction_of_libyas_military_while_two_governments_claim_it():
    found = run("LNA forces shelled Ain Zara in southern Tripoli, Libya.", date(2020, 4, 28))
    assert "Military Forces of Libya (2014-) Haftar Faction" in {m.name for m in found}


def test_creed_before_an_armed_noun_describes_it():
    found = run("On 3 May 2020, Islamist militants burned huts in Muidumbe district, Cabo Delgado, Mozambique.",
                date(2020, 5, 4))
    militants = [m for m in found if m.text == "militants"]
    assert militants and militants[0].name == "Islamist Militia (Mozambique)" and militants[0].inferred
    found = run("Sunni jihadist Jaish al-Adl claimed the raid on a police post in Saravan, Iran.")
    assert not any("Sunni" in m.text for m in found)
    assert "Jaish al-Adl" in {m.name for m in found}
    found = run("Islamist gunmen attacked a checkpoint near Kidal in Mali.")
    assert names(found, "gunmen") == ["Unidentified Armed Group (Mali)"]


def test_unnamed_armed_men_are_the_countrys_unidentified_armed_group_and_federal_police_are_scoped():
    text = "In Fortaleza, Ceara, Brazil, two armed men shot a trader; federal police later arrested a suspect."
    found = run(text, date(2020, 5, 2))
    assert names(found, "armed men") == ["Unidentified Armed Group (Brazil)"]
    assert all("Iraq" not in m.name for m in found)


def test_a_side_the_text_says_how_to_code_takes_that_actor():
    text = ("Turkish troops and allied factions, operating under Operation Peace Spring, shelled Ain Issa in "
            "Raqqa, Syria. In Turbat, Balochistan, unknown gunmen (coded as Baloch Liberation Army) shot two "
            "workers, while Giants Brigades (coded as Southern Resistance) advanced near Hays in Yemen.")
    found = by_surface(run(text, date(2020, 5, 2)))
    assert found["Turkish troops"].actor_id == "operation_peace_spring"
    assert found["unknown gunmen"].actor_id == "bla"
    assert found["Giants Brigades"].actor_id == "giants_brigades"


# ---- people and outlets who report -------------------------------------------------------------------
def test_bylines_credits_analysts_and_outlets_are_sources_never_sides():
    from polemos.extract.actors import participants
    text = ("By Jane Morrow\nMOGADISHU (Lusa) - Al Shabaab fighters stormed a base in Lower Shabelle, Somalia, "
            "on Monday, said Tiziano Breda, Senior Analyst at ACLED, and Omar Ali Farah told the Somali Herald. "
            "Photo: Kevin Otieno/AFP")
    mentions = run(text, publisher="The Somali Herald")
    found = by_surface(mentions)
    assert not {"Jane Morrow", "Kevin Otieno", "Somali Herald"} & set(found)   # byline, credit, publisher
    for surface in ("Lusa", "Tiziano Breda", "ACLED"):
        assert found[surface].role == "source", surface
    sides = {m.text for m in participants(mentions)}
    assert "Al Shabaab fighters" in sides and not sides & {"Tiziano Breda", "Lusa", "ACLED"}
    assert "Somalia" not in found                 # the country apposed to a place is a place


def test_the_author_named_in_the_text_is_no_actor_but_a_namesake_is():
    text = "Farzad Ramezani wrote that Hammad Baloch and Allah Nazar Baloch met in Turbat, Pakistan."
    found = by_surface(run(text, author="Farzad Ramezani Bonesh"))
    assert "Farzad Ramezani" not in found and "Allah Nazar Baloch" in found


def test_person_name_of_a_building_is_no_actor():
    found = run("The bomb went off in the Ali Dimaporo gymnasium in Marawi, Philippines, during Mass.")
    assert not any("Dimaporo" in m.text for m in found)


# ---- armed groups of many theatres -----------------------------------------------------------------
def test_theatres_name_their_groups_by_full_name_and_keep_acleds_form_for_its_export():
    cases = [
        ("Junta troops torched homes in Sagaing Region, Myanmar, after a local PDF ambushed a convoy.",
         {"Junta troops": "Military Forces of Myanmar (2021-)", "local PDF": "People's Defense Force"}),
        ("Maoists triggered an IED in Bijapur district of Chhattisgarh, India, killing two jawans.",
         {"Maoists": "Communist Party of India (Maoist)"}),
        ("The ELN clashed with the Estado Mayor Central in Arauca, Colombia, and the Gulf Clan moved in.",
         {"ELN": "National Liberation Army", "Estado Mayor Central": "Central General Staff",
          "Gulf Clan": "Gaitanist Self-Defense Forces of Colombia"}),
        ("Armed gangs of the Viv Ansanm coalition attacked Mirebalais in Centre, Haiti.",
         {"Armed gangs": "Unidentified Gang (Haiti)", "Viv Ansanm coalition": "Viv Ansanm"}),
    ]
    for text, expected in cases:
        found = by_surface(run(text))
        for surface, name in expected.items():
            assert found[surface].name == name, (surface, found.get(surface))
    from polemos.knowledge.actors import default_pack
    pack = default_pack()
    assert pack.acled_name_at("cpi_maoist") == "CPI (Maoist): Communist Party of India (Maoist)"
    assert pack.acled_name_at("boko_haram", date(2020, 5, 1)).startswith("Boko Haram - Jamatu Ahli")
    assert pack.get("boko_haram").name == "Boko Haram"
    from polemos.export.acled import acled_actor
    assert acled_actor("Syrian Democratic Forces", date(2020, 5, 1))[0] == "QSD: Syrian Democratic Forces"


def test_the_rsf_is_a_unit_of_sudans_military_until_the_war():
    found = by_surface(run("The Rapid Support Forces deployed in Khartoum, Sudan, on Monday.", date(2021, 6, 1)))
    assert found["Rapid Support Forces"].name == "Military Forces of Sudan (2019-) Rapid Support Forces"
    found = by_surface(run("The Rapid Support Forces shelled Omdurman, Sudan, on Monday.", date(2024, 6, 1)))
    assert found["Rapid Support Forces"].name == "Rapid Support Forces"


def test_noun_after_a_bracketed_name_and_a_known_as_name_are_that_group():
    text = ("Islamic State in the Greater Sahara (ISGS) militants overran a post in Tillaberi, Niger. "
            "In Port-au-Prince, Haiti, a coalition of gangs known as Viv Ansanm stormed two prisons.")
    mentions = run(text, date(2024, 3, 4))
    assert [m.actor_id for m in mentions if m.text == "militants"] == ["is_sahel"]
    assert [m.actor_id for m in mentions if m.text == "gangs"] == ["viv_ansanm"]


def test_the_coalition_is_the_one_fighting_in_the_documents_country():
    found = by_surface(run("Coalition warplanes struck a hideout near Hajin in Deir ez-Zor, Syria.", date(2020, 5, 1)))
    assert found["Coalition warplanes"].name == "Global Coalition Against Daesh"
    found = by_surface(run("Coalition warplanes struck a camp near Sirwah in Marib, Yemen.", date(2020, 5, 1)))
    assert found["Coalition warplanes"].name == "Operation Restoring Hope"


def test_a_network_name_means_the_branch_of_its_own_sentences_country_only():
    text = ("KERMAN, Iran - IS claimed the twin bombings at a memorial in Kerman on Thursday. Officials said "
            "the bombers had trained in Afghanistan and crossed from Afghanistan's Nimroz province.")
    assert by_surface(run(text))["IS"].actor_id == "islamic_state"
    text = "Daesh fighters attacked a Taliban checkpoint in Nangarhar, Afghanistan, on Friday."
    assert by_surface(run(text))["Daesh fighters"].actor_id == "iskp"


def test_named_units_of_state_forces_carry_acleds_sub_unit_names():
    text = ("Maoists blew up a vehicle carrying District Reserve Guard personnel in Bijapur, Chhattisgarh, India, "
            "while in Sistan-Baluchestan, Iran, the IRGC said border guards were attacked.")
    found = by_surface(run(text, date(2025, 1, 7)))
    assert found["District Reserve Guard"].name == "Police Forces of India (2014-) District Reserve Guard"
    assert found["IRGC"].name == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    assert found["IRGC"].kind == "state_force"


def test_a_country_before_a_noun_of_attack_is_its_military_and_a_region_of_a_country_is_a_place():
    found = by_surface(run("Pakistan air strikes in an eastern border region of Afghanistan killed 46 civilians.",
                           date(2024, 12, 25)))
    assert found["Pakistan"].name == "Military Forces of Pakistan (2018-)"
    assert "Afghanistan" not in found


def test_the_donbas_republics_forces_bear_acleds_umbrella_name_until_their_annexation():
    """ACLED names the DPR's and LPR's forces 'NAF: United Armed Forces of Novorossiya' until 2022-09-29;
    after the annexation they are named as themselves."""
    text = "DPR forces shelled Ukrainian positions near Avdiivka, Donetsk, on Monday."
    assert all("Novorossiya" in n for n in names(run(text, date(2021, 3, 4)), "DPR forces"))
    assert names(run(text, date(2023, 3, 4)), "DPR forces") == ["Donetsk People's Republic forces"]


def test_pro_government_militias_are_acleds_militia_not_the_government():
    """'a pro-government militia check point': ACLED's Militia (Pro-Government), an armed side (so an attack on
    it is a clash), not the Government of Afghanistan the word 'government' would name."""
    text = "Taliban fighters overran a check point held by pro-government militiamen in Khan Abad, Kunduz."
    found = run(text, date(2021, 5, 1))
    assert [m.name for m in found if "government" in m.text] == ["Militia (Pro-Government)"]


def test_saudi_forces_fighting_in_yemen_are_the_coalition_they_lead():
    """In a text about Yemen, ACLED codes Saudi Arabia's forces as Operation Restoring Hope; elsewhere they are
    Saudi Arabia's military."""
    text = "Saudi forces fired artillery at a village in Razih district, Saada, Yemen."
    assert names(run(text, date(2021, 3, 1)), "Saudi forces") == ["Operation Restoring Hope"]
    text = "Saudi forces detained two smugglers near Tabuk, Saudi Arabia."
    assert names(run(text, date(2021, 3, 1)), "Saudi forces") != ["Operation Restoring Hope"]


def test_state_forces_before_the_current_government_bear_the_earlier_period():
    """A Kenyan police action in 2021 is the (2013-2022) police's, not the (2022-) one's; Ethiopia's army in
    2017 the (1991-2018) one's."""
    text = "Kenyan police arrested ten traders in Kisumu, Kenya."
    assert names(run(text, date(2021, 5, 3)), "Kenyan police") == ["Police Forces of Kenya (2013-2022)"]
    assert names(run(text, date(2023, 5, 3)), "Kenyan police") == ["Police Forces of Kenya (2022-)"]
    text = "Ethiopian soldiers detained ten traders in Adama, Ethiopia."
    assert names(run(text, date(2017, 5, 3)), "Ethiopian soldiers") == ["Military Forces of Ethiopia (1991-2018)"]


def test_a_known_name_inside_a_longer_organisations_name_is_that_other_organisation():
    # Meghalaya's Garo National Liberation Army is not Colombia's National Liberation Army; a doubt word the
    # NER folds into the name is no part of it; a place opening a unit's name keeps the unit
    text = "Alleged Garo National Liberation Army rebels ambushed a police camp in Meghalaya on Friday."
    assert [m.name for m in run(text) if "Liberation" in m.text] == ["Garo National Liberation Army"]
    text = "Six Dantewada DRG jawans were hurt when Maoists set off a mine in Chhattisgarh on Friday."
    assert "Police Forces of India (2014-) District Reserve Guard" in [m.name for m in run(text)]


def test_an_acronym_the_text_defines_is_read_as_defined():
    # ANP is the Afghan National Police in the pack; a text that defines it as a Pakistani party means the party
    text = ("A leader of the Awami National Party (ANP) was shot dead in Mardan on Friday. "
            "The ANP called a strike.")
    assert not [m for m in run(text) if m.name.startswith("Police Forces")]
    assert "Awami National Party" in [m.name for m in run(text)]
    # defined as what the pack knows, it stays the pack's actor
    text = "The Afghan National Police (ANP) repelled an attack in Kunduz. The ANP lost two men."
    police = "Police Forces of Afghanistan (2004-2021)"
    assert [m.name for m in run(text, date(2019, 6, 1)) if m.text == "ANP"] == [police, police]
