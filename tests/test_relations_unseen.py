"""Relations on sentences written for these tests (invented names; actor mentions built by hand): error classes
found on articles no rule was written for."""
from __future__ import annotations

from polemos import nlp
from polemos.extract.relations import extract_relations
from polemos.model import ActorMention, Document, Mentions, Span
from relation_sentences import rels, sym


def test_wing_of_a_state_force_is_part_of_it():
    found = rels("The Mountain Reserve Guard (MRG), the jungle warfare wing of the Zembla Police, lost two men.",
                 {"Mountain Reserve Guard": "state_force", "MRG": "state_force", "Zembla Police": "state_force"})
    assert ("Mountain Reserve Guard", "member_of", "Zembla Police") in found
    assert ("Mountain Reserve Guard", "affiliate_of", "Zembla Police") not in found
    # the branch of an armed network stays its affiliate
    found = rels("The Kivu Brigade, the eastern branch of the Sons of Dawn, attacked a convoy.",
                 {"Kivu Brigade": "armed_group", "Sons of Dawn": "armed_group"})
    assert ("Kivu Brigade", "affiliate_of", "Sons of Dawn") in found


def test_absolute_clause_misparsed_as_a_modifier():
    # "with the army battling rebels", parsed as "the [army battling] rebels"
    found = rels("Fighting has gripped Zembla since a coup in 2019, with the army battling ethnic rebels and several "
                 "local militias across the country.",
                 {"army": "state_force", "rebels": "armed_group", "militias": "armed_group"})
    assert sym("army", "hostile", "rebels", found), found
    assert sym("army", "hostile", "militias", found), found


def test_nationality_of_what_is_struck_stands_for_its_state():
    found = rels("The Dawn Front has claimed responsibility for attacks against Malawian targets in the south.",
                 {"Dawn Front": "armed_group"})
    assert ("Dawn Front", "hostile", "Malawi") in found, found


def test_second_verb_of_a_pair_takes_the_first_ones_subject():
    found = rels("Angry crowds overwhelmed the Zembla Police and drove them back from the gates.",
                 {"crowds": "civilians", "Zembla Police": "state_force"})
    assert sym("crowds", "hostile", "Zembla Police", found), found
    found = rels("The Dawn Front overran the checkpoint and drove the Zembla Police out of the district.",
                 {"Dawn Front": "armed_group", "Zembla Police": "state_force"})
    assert sym("Dawn Front", "hostile", "Zembla Police", found), found


def test_passive_subject_does_what_its_clause_says():
    found = rels("Kivu Brigade fighters were deployed to support the Zembla Police near the border.",
                 {"Kivu Brigade": "armed_group", "Zembla Police": "state_force"})
    assert sym("Kivu Brigade", "cooperative", "Zembla Police", found), found
    found = rels("Kivu Brigade fighters were ordered to attack the Zembla Police near the border.",
                 {"Kivu Brigade": "armed_group", "Zembla Police": "state_force"})
    assert sym("Kivu Brigade", "hostile", "Zembla Police", found), found
    # the means is not the doer
    found = rels("The Kivu Brigade fund is used to train the Zembla Police recruits.",
                 {"Kivu Brigade": "armed_group", "Zembla Police": "state_force"})
    assert not sym("Kivu Brigade", "cooperative", "Zembla Police", found), found
    # the thing struck is not the doer of the purpose
    found = rels("The Kivu Brigade camp was shelled to weaken the Zembla Police.",
                 {"Kivu Brigade": "armed_group", "Zembla Police": "state_force"})
    assert not sym("Kivu Brigade", "hostile", "Zembla Police", found), found


def test_a_network_helping_its_own_branch_is_its_affiliate():
    from polemos.knowledge.actors import default_pack
    pack = default_pack()
    text = "Reports said Islamic State advisers were dispatched to assist ISWAP units in the field."
    actors = []
    for surface in ("Islamic State", "ISWAP"):
        rec, at = pack.lookup(surface), text.index(surface)
        actors.append(ActorMention(Span("t", at, at + len(surface)), surface, rec.id, rec.name, "armed_group"))
    names = {pack.lookup(s).name: s for s in ("Islamic State", "ISWAP")}
    found = {(names.get(a, a), r, names.get(b, b)) for a, r, b in
             ((x.actor1, x.relation, x.actor2) for x in extract_relations(nlp.parse(text), Document("t", text),
                                                                          Mentions(actors=actors)))}
    assert ("ISWAP", "affiliate_of", "Islamic State") in found, found


def test_no_one_is_member_of_a_person():
    found = rels("Minister Tavi Olo joined Governor Pell Amara and foreign partners for talks in the capital.",
                 {"Tavi Olo": "person", "Pell Amara": "person"})
    assert ("Tavi Olo", "member_of", "Pell Amara") not in found, found



def test_sides_fighting_together_are_not_enemies():
    for text in ("The Zembla Police and the Kivu Brigade fought together to retake the town.",
                 "The Zembla Police and the Kivu Brigade fought side by side near the river."):
        found = rels(text, {"Zembla Police": "state_force", "Kivu Brigade": "armed_group"})
        assert not sym("Zembla Police", "hostile", "Kivu Brigade", found), (text, found)


def test_a_name_after_anti_or_pro_is_not_that_actor():
    actors = {"Kivu Brigade": "armed_group", "Zembla Police": "state_force", "Dawn Front": "armed_group"}
    found = rels("Zembla Police-backed anti-Kivu Brigade militias attacked the port on Monday.", actors)
    assert not sym("Kivu Brigade", "cooperative", "Zembla Police", found), found
    found = rels("Anti-Dawn Front fighters clashed with the Zembla Police near the border.", actors)
    assert not sym("Dawn Front", "hostile", "Zembla Police", found), found
    found = rels("The Kivu Brigade supplied weapons to pro-Dawn Front gunmen in the north.", actors)
    assert not sym("Kivu Brigade", "cooperative", "Dawn Front", found), found
    found = rels("The Zembla Police fought pro Dawn Front gunmen in the hills.", actors)
    assert not sym("Zembla Police", "hostile", "Dawn Front", found), found
    # where the prefix says what the named group is against, it still is
    found = rels("The Zembla Police raided the anti-Kivu Brigade group Dawn Front.", actors)
    assert sym("Dawn Front", "hostile", "Kivu Brigade", found), found


def test_office_of_a_local_body_is_not_the_national_government():
    from polemos.model import PlaceMention

    def leads(text: str, person: str) -> set[tuple[str, str, str]]:
        at = text.index(person)
        actors = [ActorMention(Span("t", at, at + len(person)), person, person.lower(), person, "person")]
        places = [PlaceMention(Span("t", 0, 0), "Kenya", "Kenya", "Kenya", None, feature="country")]
        out = extract_relations(nlp.parse(text), Document("t", text), Mentions(actors=actors, places=places))
        return {(r.actor1, r.relation, r.actor2.split(" (")[0]) for r in out}

    found = leads("President Otieno Wafula of the Kibera market council was shot dead on Monday.", "Otieno Wafula")
    assert ("Otieno Wafula", "leader_of", "Government of Kenya") not in found, found
    found = leads("President Otieno Wafula condemned the attack on Monday.", "Otieno Wafula")
    assert ("Otieno Wafula", "leader_of", "Government of Kenya") in found, found


def test_leading_word_qualifying_a_role_is_not_the_role():
    actors = {"Mujahideen": "armed_group", "Tovar Keli": "person"}
    found = rels("Mujahideen chief spokesman Tovar Keli denied the claim on Monday.", actors)
    assert ("Tovar Keli", "member_of", "Mujahideen") in found, found
    assert ("Tovar Keli", "leader_of", "Mujahideen") not in found, found
    found = rels("Mujahideen chief Tovar Keli denied the claim on Monday.", actors)
    assert ("Tovar Keli", "leader_of", "Mujahideen") in found, found


def test_person_stands_for_the_group_the_same_sentence_gives_them():
    from polemos.model import PlaceMention
    text = "The Dawn Front attacked forces loyal to President Otieno Wafula near the river."
    actors = []
    for surface, kind in (("Dawn Front", "armed_group"), ("Otieno Wafula", "person")):
        at = text.index(surface)
        actors.append(ActorMention(Span("t", at, at + len(surface)), surface, surface.lower(), surface, kind))
    places = [PlaceMention(Span("t", 0, 0), "Kenya", "Kenya", "Kenya", None, feature="country")]
    out = extract_relations(nlp.parse(text), Document("t", text), Mentions(actors=actors, places=places))
    found = {(r.actor1, r.relation, r.actor2.split(" (")[0]) for r in out}
    assert ("Otieno Wafula", "leader_of", "Government of Kenya") in found, found
    assert sym("Dawn Front", "hostile", "Government of Kenya", found), found


def test_listed_rivals_and_merged_groups():
    actors = {"Sahel Front": "armed_group", "Kivu Brigade": "armed_group", "Dawn Front": "armed_group"}
    found = rels("The town is split between two rival militias, the Kivu Brigade and the Dawn Front.", actors)
    assert sym("Kivu Brigade", "rival", "Dawn Front", found), found
    found = rels("The Sahel Front was born from the merger of the Kivu Brigade and the Dawn Front.", actors)
    assert ("Kivu Brigade", "member_of", "Sahel Front") in found, found
    assert ("Dawn Front", "member_of", "Sahel Front") in found, found


def test_groups_named_as_examples_and_proxies():
    actors = {"Zembla": "state", "Kivu Brigade": "armed_group", "Dawn Front": "armed_group",
              "Sahel Front": "armed_group", "Zembla Police": "state_force"}
    found = rels("The Sahel Front fought militias such as the Kivu Brigade and the Dawn Front.", actors)
    assert sym("Sahel Front", "hostile", "Kivu Brigade", found), found
    assert sym("Sahel Front", "hostile", "Dawn Front", found), found
    found = rels("Zembla has deployed proxy forces such as the Kivu Brigade and the Dawn Front to the north.", actors)
    assert ("Kivu Brigade", "affiliate_of", "Zembla") in found, found
    assert ("Dawn Front", "affiliate_of", "Zembla") in found, found
    found = rels("The Kivu Brigade came to the aid of the Zembla Police during the siege.", actors)
    assert sym("Kivu Brigade", "cooperative", "Zembla Police", found), found


def test_purpose_of_an_unrealised_act_is_not_stated():
    actors = {"Kivu Brigade": "armed_group", "Zembla Police": "state_force"}
    found = rels("The Kivu Brigade will send fighters to support the Zembla Police.", actors)
    assert not sym("Kivu Brigade", "cooperative", "Zembla Police", found), found
    found = rels("The Kivu Brigade must now try to support the Zembla Police.", actors)
    assert not sym("Kivu Brigade", "cooperative", "Zembla Police", found), found
    found = rels("The Kivu Brigade sent fighters to support the Zembla Police.", actors)
    assert sym("Kivu Brigade", "cooperative", "Zembla Police", found), found


def test_its_on_a_second_conjunct_means_the_first():
    actors = {"Kivu Brigade": "armed_group", "Zembla Police": "state_force", "Dawn Front": "armed_group"}
    found = rels("The Kivu Brigade has carried out several attacks on the Zembla Police and its ally, the Dawn "
                 "Front, since May.", actors)
    assert sym("Dawn Front", "cooperative", "Zembla Police", found), found
    assert not sym("Dawn Front", "cooperative", "Kivu Brigade", found), found


def test_a_government_and_its_forces_are_one_side():
    from polemos.knowledge.actors import default_pack
    pack = default_pack()
    text = "Kenyan government-backed troops clashed near the border."
    gov, army = pack.state_forces("Kenya", None, "government"), pack.state_forces("Kenya", None, "military")
    actors = [ActorMention(Span("t", 0, 17), "Kenyan government", gov.id, gov.name, "state"),
              ActorMention(Span("t", 25, 31), "troops", army.id, army.name, "state_force")]
    out = extract_relations(nlp.parse(text), Document("t", text), Mentions(actors=actors))
    assert not out, [(r.actor1, r.relation, r.actor2) for r in out]


def _pipeline(text: str) -> set[tuple[str, str, str]]:
    import datetime

    from polemos.pipeline import extract
    doc = Document("t", text, published=datetime.date(2024, 6, 1))
    return {(r.actor1.split(" (")[0], r.relation, r.actor2.split(" (")[0])
            for r in extract(nlp.parse(text), doc).relations}


def test_event_sides_the_sentence_calls_partners_or_opponents_are_not_enemies():
    found = _pipeline("Malian army drones backed by Russia struck a rebel camp near Kidal on Monday.")
    assert sym("Russia", "cooperative", "Military Forces of Mali", found), found
    assert not any(r == "hostile" and "Russia" in (a, b) for a, r, b in found), found
    found = _pipeline("Opponents of the Kenyan government attacked police in Nairobi on Monday.")
    assert not sym("Government of Kenya", "hostile", "Police Forces of Kenya", found), found


def test_the_other_side_and_the_patient_are_not_the_doer():
    actors = {"villagers": "civilians", "Zembla Police": "state_force", "Dawn Front": "armed_group",
              "Kivu Brigade": "armed_group"}
    found = rels("Forty villagers who were shot by the Zembla Police during a campaign against the Dawn Front were "
                 "buried on Monday.", actors)
    assert not sym("villagers", "hostile", "Dawn Front", found), found
    found = rels("Opponents of the Dawn Front fought the Zembla Police near the river.", actors)
    assert not sym("Dawn Front", "hostile", "Zembla Police", found), found


def test_who_strikes_back_is_the_enemy():
    actors = {"Dawn Front": "armed_group", "Kivu Brigade": "armed_group"}
    for text in ("The Dawn Front shelled the town, and the Kivu Brigade retaliated with drones.",
                 "The Kivu Brigade retaliated after the Dawn Front shelled the town."):
        assert sym("Kivu Brigade", "hostile", "Dawn Front", rels(text, actors)), text
