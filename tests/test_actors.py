"""Actor mentions in parsed text: names, context, dates, generic nouns, descriptors, provisional actors."""
from __future__ import annotations

from datetime import date

import pytest

from polemos import nlp
from polemos.extract.actors import civilians_name, extract_actors
from polemos.model import Document


def run(text: str, countries=(), published: date | None = date(2023, 6, 1)):
    doc = Document(doc_id="t1", text=text, published=published)
    mentions = extract_actors(nlp.parse(text), doc, countries)
    for m in mentions:                       # every mention's span is exact evidence
        assert text[m.span.start:m.span.end] == m.text and m.span.doc_id == "t1"
    return mentions


def by_text(mentions):
    return {m.text: m for m in mentions}


def test_spellings_of_one_group_resolve_to_one_actor():
    text = ("ISIS-K gunmen struck a market on Monday. The Islamic State’s Khorasan Province later said "
            "its IS-K cell had acted, and an ISKP statement praised the ISIS K fighters.")
    ids = {m.actor_id for m in run(text, ["Afghanistan"]) if m.kind == "armed_group"}
    assert ids == {"iskp"}


def test_acronyms_keep_their_capitals():
    found = by_text(run("Is it safe? Officials told us that IS claimed the bombing.", ["Iraq"]))
    assert "Is" not in found and "us" not in found
    assert found["IS"].actor_id == "islamic_state_iraq"


@pytest.mark.parametrize("countries, expected", [
    (["Afghanistan"], "iskp"),
    (["Syria"], "islamic_state_syria"),
    ([], "islamic_state"),
])
def test_daesh_depends_on_the_documents_countries(countries, expected):
    found = by_text(run("Daesh claimed the night raid on the checkpoint.", countries))
    assert found["Daesh"].actor_id == expected


def test_khorasan_group_is_its_own_actor():
    found = by_text(run("An air strike hit the Khorasan Group near Idlib.", ["Syria"]))
    assert found["Khorasan Group"].actor_id == "khorasan_group"


def test_taliban_kind_follows_the_publication_date():
    text = "The Taliban detained two journalists."
    before = by_text(run(text, ["Afghanistan"], date(2020, 3, 1)))["Taliban"]
    after = by_text(run(text, ["Afghanistan"], date(2022, 3, 1)))["Taliban"]
    assert before.kind == "armed_group" and after.kind == "state_force"


def test_persons_resolve_with_role_and_surname_mentions():
    text = ("Sanaullah Ghafari ordered the raid. Weeks later Mullah Abdul Rauf Khadem's men crossed the river, "
            "and Khadem himself was seen in Helmand.")
    found = by_text(run(text, ["Afghanistan"], date(2021, 10, 1)))
    assert found["Sanaullah Ghafari"].actor_id == "shahab_al_muhajir"
    assert found["Sanaullah Ghafari"].kind == "person" and found["Sanaullah Ghafari"].role == "leader"
    assert found["Khadem"].actor_id == found["Mullah Abdul Rauf Khadem"].actor_id


def test_unknown_names_become_provisional_actors():
    text = ("General Tariq Mehmoodzai said the Desert Lions Brigade had kidnapped the engineers. "
            "Later Mehmoodzai met the Red Crescent Society.")
    mentions = run(text, ["Pakistan"])
    persons = [m for m in mentions if m.kind == "person"]
    assert {m.actor_id for m in persons} == {"provisional:tariq-mehmoodzai"}
    assert len(persons) == 2 and all(m.provisional for m in persons)
    assert persons[0].name == "Tariq Mehmoodzai"
    brigade = [m for m in mentions if "Desert Lions" in m.text]
    assert brigade and brigade[0].provisional and brigade[0].kind == "armed_group"


@pytest.mark.parametrize("text, countries, published, surface, name", [
    ("Pakistani police arrested four suspects.", [], date(2023, 1, 5), "Pakistani police",
     "Police Forces of Pakistan (2018-)"),
    ("Afghan soldiers repelled the assault.", [], date(2019, 1, 5), "Afghan soldiers",
     "Military Forces of Afghanistan (2004-2021)"),
    ("Afghan soldiers repelled the assault.", [], date(2022, 1, 5), "Afghan soldiers",
     "Military Forces of Afghanistan (2021-)"),
    ("US troops left the base at dawn.", ["Iraq"], date(2022, 1, 5), "US troops",
     "Military Forces of the United States"),
    ("Security forces sealed off the district.", ["Nigeria"], date(2024, 2, 1), "Security forces",
     "Military Forces of Nigeria (2023-)"),
])
def test_state_forces_from_demonyms_and_context(text, countries, published, surface, name):
    found = by_text(run(text, countries, published))
    assert found[surface].name == name and found[surface].kind == "state_force"


def test_civilians_gunmen_and_protesters_are_generic_actors():
    text = "Unidentified gunmen shot dead three worshippers, and protesters later blocked the highway."
    found = by_text(run(text, ["Pakistan"]))
    assert found["worshippers"].actor_id == "civilians" and found["worshippers"].kind == "civilians"
    assert found["Unidentified gunmen"].name == "Unidentified Armed Group (Pakistan)"
    assert found["protesters"].name == "Protesters (Pakistan)"
    assert civilians_name("Afghanistan") == "Civilians (Afghanistan)"


def test_named_group_owns_its_fighters():
    found = by_text(run("Taliban fighters seized the border post.", ["Afghanistan"], date(2020, 1, 1)))
    assert found["Taliban"].actor_id == "taliban"
    assert not any(m.actor_id == "unidentified_armed_group" for m in found.values())


def test_descriptors_refer_back_to_the_last_named_armed_group():
    text = ("Al Shabaab fighters attacked a base near Afgoye. Hours later, the militant group said it had "
            "killed eleven soldiers. The outfit also warned residents.")
    found = by_text(run(text, ["Somalia"]))
    assert found["militant group"].actor_id == "al_shabaab"
    assert found["outfit"].actor_id == "al_shabaab"


def test_descriptor_without_antecedent_is_not_invented():
    mentions = run("The group met on Tuesday to discuss the harvest.", ["Kenya"])
    assert not any(m.text == "group" for m in mentions)


def test_ethnic_militias_and_groups_take_the_country():
    found = by_text(run("Fulani herdsmen attacked Tiv farmers near the river.", ["Nigeria"]))
    assert found["Fulani herdsmen"].name == "Fulani Ethnic Militia (Nigeria)"
    assert found["Fulani herdsmen"].kind == "armed_group" and found["Fulani herdsmen"].provisional
    assert found["Tiv farmers"].name == "Tiv Ethnic Group (Nigeria)"


def test_state_named_after_the_noun_owns_the_forces():
    found = by_text(run("The military forces of India fired across the line.", ["Pakistan"], date(2020, 5, 7)))
    assert found["military forces of India"].name == "Military Forces of India (2014-)"


def test_unknown_town_tagged_as_a_name_is_not_an_actor():
    mentions = run("Regime forces shelled Kafr Zita front and killed a shepherd in Maarzaf.", ["Syria"],
                   date(2020, 5, 7))
    assert not any(m.provisional and ("Maarzaf" in m.text or "Zita" in m.text) for m in mentions)
    assert any(m.name == "Military Forces of Syria (2000-2024)" for m in mentions)


# ---- branch or parent (a network name the countries point at a branch) ----------------------------
@pytest.mark.parametrize("text, countries, surface, expected", [
    ("ISWAP is the West African province of the self-proclaimed Islamic State.", ["Nigeria"],
     "self-proclaimed Islamic State", "islamic_state"),
    ("IS-K remains an affiliate of IS, although it recruits on its own.", ["Afghanistan"], "IS", "islamic_state"),
    ("Fighters loyal to the global Islamic State ambushed soldiers near Menaka.", ["Mali"], "Islamic State",
     "islamic_state"),
    ("Daesh leadership in Syria approved the plan, officials in Kabul said.", ["Afghanistan"], "Daesh",
     "islamic_state"),
    ("IS claimed the bombing of the mosque in Jalalabad.", ["Afghanistan"], "IS", "iskp"),
    ("Daesh militants torched a village in Cabo Delgado.", ["Mozambique"], "Daesh militants", "is_mozambique"),
])
def test_generic_network_names_mean_the_parent_when_the_context_says_so(text, countries, surface, expected):
    assert by_text(run(text, countries))[surface].actor_id == expected


def test_bracketed_acronym_repeats_the_name_before_it():
    text = "The Sahel branch of the self-styled Islamic State (IS) attacked Tillaberi."
    found = by_text(run(text, ["Niger"]))
    assert found["IS"].actor_id == found["Islamic State"].actor_id == "islamic_state"


# ---- salience of descriptions ---------------------------------------------------------------------
def test_description_skips_the_other_participant_of_its_clause():
    text = ("The TTP claimed the attack on the police post in Bannu. "
            "Several Lashkar-e-Jhangvi commanders later pledged allegiance to the militant group.")
    found = by_text(run(text, ["Pakistan"]))
    assert found["militant group"].actor_id == "ttp"


def test_description_prefers_the_subject_over_a_later_mention():
    text = ("JNIM ambushed a convoy near Boni, after officials warned that Ansarul Islam was active nearby. "
            "The jihadist group later claimed the ambush.")
    found = by_text(run(text, ["Burkina Faso"]))
    assert found["jihadist group"].actor_id == "jnim"


def test_description_in_a_predicate_names_its_subject():
    text = "Boko Haram raided Gwoza while ISWAP, which calls itself the only true jihadist movement, held Marte."
    assert by_text(run(text, ["Nigeria"]))["only true jihadist movement"].actor_id == "iswap"


def test_group_in_an_unrelated_modifier_is_not_salient():
    text = ("Hamas fighters fired rockets from Khan Younis. An Israeli anti-Hezbollah campaign "
            "continued in the north as the group regrouped.")
    assert by_text(run(text, ["Palestine"]))["group"].actor_id == "hamas"


# ---- former periods of a state -------------------------------------------------------------------
@pytest.mark.parametrize("text, countries, published, surface, name", [
    ("Former members of the Syrian military joined the new police.", ["Syria"], date(2025, 3, 1),
     "Syrian military", "Military Forces of Syria (2000-2024)"),
    ("Some ex-Afghan soldiers crossed into Iran.", ["Afghanistan"], date(2022, 3, 1), "Afghan soldiers",
     "Military Forces of Afghanistan (2004-2021)"),
    ("Afghan soldiers and the Taliban fought for years over the valley.", ["Afghanistan"], date(2022, 3, 1),
     "Afghan soldiers", "Military Forces of Afghanistan (2004-2021)"),
    ("The Afghan government said in 2019 that the group was defeated.", ["Afghanistan"], date(2023, 3, 1),
     "Afghan government", "Government of Afghanistan (2004-2021)"),
    ("Under the republic, the police rarely patrolled the district.", ["Afghanistan"], date(2023, 3, 1),
     "police", "Police Forces of Afghanistan (2004-2021)"),
    ("Afghan soldiers detained two smugglers since 2019 rules allow it.", ["Afghanistan"], date(2023, 3, 1),
     "Afghan soldiers", "Military Forces of Afghanistan (2021-)"),
    ("Afghan police detained two smugglers on Monday.", ["Afghanistan"], date(2023, 3, 1),
     "Afghan police", "Police Forces of Afghanistan (2021-)"),
])
def test_former_and_past_context_pick_the_earlier_government(text, countries, published, surface, name):
    assert by_text(run(text, countries, published))[surface].name == name


def test_a_forces_name_filed_under_another_period_takes_the_period_of_the_day():
    # the pack files 'Pakistan Army' and 'Somali army' under the current governments; a story of 2016 is of the
    # governments then, but the fallen Afghan republic's army stays its own after the Taliban took power
    found = by_text(run("The Pakistan Army said it had cleared the valley.", ["Pakistan"], date(2016, 5, 1)))
    assert found["Pakistan Army"].name == "Military Forces of Pakistan (2013-2018)"
    found = by_text(run("The Somali army retook the town.", ["Somalia"], date(2019, 5, 1)))
    assert found["Somali army"].name == "Military Forces of Somalia (2017-2022)"
    found = by_text(run("Afghan National Army veterans fled to Iran.", ["Afghanistan"], date(2023, 5, 1)))
    assert found["Afghan National Army"].name == "Military Forces of Afghanistan (2004-2021)"


def test_intelligence_services_resolve_to_the_period_s_agency():
    text = "Former Afghan spies said Afghan intelligence arrested them."
    found = by_text(run(text, ["Afghanistan"], date(2022, 6, 1)))
    assert found["Afghan spies"].actor_id == "nds"
    assert found["Afghan intelligence"].actor_id == "gdi"


def test_acronym_of_a_state_before_a_noun_is_the_state_acting():
    found = by_text(run("The U.S. drone strike killed a commander, and UK officials condemned it.", ["Somalia"]))
    assert found["U.S."].actor_id == "military_united_states"      # a strike: the state's military acted
    assert found["UK"].actor_id == "united_kingdom"
    assert "Afghanistan" not in by_text(run("The Afghanistan war ended in 2021.", ["Afghanistan"]))


# ---- provisional noise ---------------------------------------------------------------------------
def test_titles_common_words_agencies_and_short_acronyms_are_not_actors():
    text = ("UK Foreign Secretary David Lammy told Reuters and the AFP that the Fatwa was illegal. "
            "Khan said the KPL had met the Governor and the Secretary of State.")
    mentions = run(text, ["Pakistan"])
    provisional = {m.text for m in mentions if m.provisional}
    assert provisional == {"David Lammy"}
    sources = [m for m in mentions if m.role == "source"]
    assert {m.name for m in sources} == {"Reuters", "Agence France-Presse"}
    assert all(m.kind == "organisation" for m in sources)


def test_unknown_outlets_are_sources_and_ministries_are_state_bodies():
    text = "The Kabul Weekly Times reported that the Ministry of Hajj had closed the office."
    found = by_text(run(text, ["Afghanistan"]))
    assert found["Kabul Weekly Times"].role == "source"
    assert found["Ministry of Hajj"].kind == "state" and found["Ministry of Hajj"].name.endswith("(Afghanistan)")


def test_names_over_a_place_mention_never_become_actors():
    from polemos.model import PlaceMention, Span
    text = "Fighters moved from Samangan to Jawzjan overnight."
    start = text.index("Samangan")
    doc = Document(doc_id="t1", text=text, published=date(2022, 1, 1))
    place = PlaceMention(span=Span("t1", start, start + 8), text="Samangan", name="Samangan",
                         country="Afghanistan", admin1="Samangan")
    mentions = extract_actors(nlp.parse(text), doc, ["Afghanistan"], places=[place])
    assert not any("Samangan" in m.text for m in mentions)


def test_former_soldiers_of_a_state_without_regime_change_stay_in_its_period():
    found = by_text(run("Former Pakistani soldiers joined the protest in Lahore.", ["Pakistan"], date(2023, 6, 1)))
    assert found["Pakistani soldiers"].name == "Military Forces of Pakistan (2018-)"
    found = by_text(run("The former Pakistani government signed the deal.", ["Pakistan"], date(2023, 6, 1)))
    assert found["Pakistani government"].name == "Government of Pakistan (2013-2018)"


def test_two_groups_told_as_alternatives_are_one_side_either_of_them():
    text = "Presumed ISGS or JNIM militants abducted two teachers near Djibo. Al-Shabaab or ISIS fighters were blamed."
    found = by_text(run(text, ["Burkina Faso"], published=date(2020, 5, 9)))
    # ACLED's composite actor, in its own order whatever the text's
    assert found["ISGS or JNIM"].name == \
        "Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    assert found["Al-Shabaab or ISIS fighters"].name.startswith("Al Shabaab and/or Islamic State")
    both = by_text(run("The army fought JNIM and ISGS militants near Djibo.", ["Burkina Faso"], date(2020, 5, 9)))
    assert {"JNIM", "ISGS"} <= set(both), "two groups named together are two sides"
    from polemos.aliases import actor_matches
    assert found["ISGS or JNIM"].name in {n for m in actor_matches("JNIM") for n in m.names}, \
        "filtering on either group finds the composite side"


@pytest.mark.parametrize("text", [
    "Raipur: Six policemen were killed on Tuesday when Maoists blew up their vehicle in Sukma district.",
    "Jalalabad: Two soldiers died on Monday when gunmen attacked a checkpoint in Nangarhar.",
    "Kaduna - Bandits abducted 40 villagers on Sunday in Kajuru, police said.",
])
def test_a_dateline_town_is_never_an_actor(text):
    town = text.split(":")[0].split(" -")[0]
    assert all(town not in m.text for m in run(text))


def test_federal_forces_are_the_state_military():
    found = by_text(run("Federal forces clashed with Fano militia near Gondar on Monday.", countries=("Ethiopia",)))
    assert found["Federal forces"].name.startswith("Military Forces of Ethiopia")


def test_a_demonym_before_a_force_phrase_modifying_a_noun_still_names_the_state():
    found = by_text(run("About 900 American Special Forces personnel remain in Syria.", countries=("Syria",)))
    assert found["American Special Forces"].name.startswith("Military Forces of the United States")


def test_a_person_only_ever_quoted_is_a_source_an_official_stays_an_actor():
    text = ('"The group recruits from the camps," Marco Rinaldi said. "It has money," Rinaldi added. '
            "Interior Minister Ahmad Karimi told reporters that police had arrested ten men.")
    found = by_text(run(text, ["Afghanistan"]))
    assert found["Marco Rinaldi"].role == "source" and found["Rinaldi"].role == "source"
    assert found["Ahmad Karimi"].role != "source"


def test_a_namesake_with_another_first_name_is_another_person():
    text = "Activist Auma Obama spoke at the rally; Barack Obama, the former U.S. president, sent a message."
    found = by_text(run(text, ["Kenya"]))
    assert found["Barack Obama"].actor_id != found["Auma Obama"].actor_id


def test_our_forces_in_a_quotation_are_the_speakers_group():
    text = ('"The vessel sank after being targeted by our armed forces," a spokesman of al-Shabaab said on Monday.')
    found = by_text(run(text, ["Somalia"]))
    assert found["armed forces"].name == "Al Shabaab"
    text = '"Our forces will respond," the minister said.'
    assert "forces" not in {m.text for m in run(text, ["Somalia"])}


def test_two_names_sharing_one_force_noun_are_each_a_force():
    """'pro-Hadi and Houthi troops': the first name is the force the pack knows as '<name> troops' (the
    second matches by itself); a name the pack does not know with the noun stays unmatched."""
    got = by_text(run("Witnesses said pro-Hadi and Houthi troops exchanged fire outside Mukalla.", ("Yemen",)))
    assert got["pro-Hadi"].name.startswith("Military Forces of Yemen")
    assert got["pro-Hadi"].actor_id != got["Houthi"].actor_id
    got = by_text(run("Residents reported GNA and LNA forces trading artillery fire near Sirte.", ("Libya",)))
    assert got["GNA"].name.startswith("Military Forces of Libya") and got["LNA"].actor_id != got["GNA"].actor_id


@pytest.mark.parametrize("text, surface, name", [
    ("Thai police detained two men in Yala.", "Thai police", "Police Forces of Thailand"),
    ("Canadian troops arrived in Riga on Monday.", "Canadian troops", "Military Forces of Canada"),
    ("Peruvian police cleared a roadblock near Cusco.", "Peruvian police", "Police Forces of Peru"),
])
def test_every_countrys_forces_by_demonym(text, surface, name):
    """A demonym of any country names its forces, not an unknown group called 'Thai police'."""
    got = by_text(run(text))
    assert got[surface].name == name and got[surface].kind == "state_force" and not got[surface].provisional


@pytest.mark.parametrize("text, place", [
    ("Government forces shelled Kafrouma on Tuesday.", "Kafrouma"),
    ("Rebels attacked the village of Mbakari on Friday.", "Mbakari"),
    ("Troops repelled an assault on the Markuna frontline.", "Markuna"),
])
def test_unknown_names_read_as_places_are_no_actors(text, place):
    """A name nothing knows is a town where the text uses it as one: the object of shelling, 'the village of
    X', 'the X frontline'."""
    assert place not in by_text(run(text))
