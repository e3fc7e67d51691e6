"""Heads of state and government named by a bare title ('President P'): their office's country comes from the
actor pack's dated offices, never from the country the text is about. Invented events; real office holders."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.knowledge.actors import default_pack
from polemos.model import Document
from polemos.pipeline import extract


def relations(text: str, pub: date = date(2016, 3, 1)) -> set[tuple[str, str, str]]:
    found = extract(nlp.parse(text), Document("t", text, published=pub))
    return {(r.actor1, r.relation, r.actor2) for r in found.relations}


def _led_by(found, surname: str) -> set[str]:
    """The bodies a person of that surname leads or belongs to, whatever name the person was given."""
    return {b for a, r, b in found if surname in a and r in ("leader_of", "member_of")}


def test_a_foreign_leader_quoted_in_a_text_about_another_country_leads_his_own_government():
    found = relations("Militiamen blocked the road to the airport in Tripoli again on Saturday, residents said. "
                      "President Obama told reporters that the unrest worried him.")
    assert _led_by(found, "Obama") == {"Government of the United States"}, found


def test_a_neighbours_president_denying_a_role_is_not_the_head_of_the_country_at_war():
    found = relations("Rebels shelled the outskirts of Goma overnight, the Congolese army said. "
                      "President Kagame denied that his soldiers had crossed the border.", date(2013, 6, 1))
    assert _led_by(found, "Kagame") == {"Government of Rwanda (1994-)"}, found


def test_a_vice_president_threatening_a_rival_state_is_a_member_of_his_own_government():
    found = relations("Moscow denied any part in the hacking of the party's servers. "
                      "Vice President Biden warned that the response would come at a time of Washington's choosing.")
    assert _led_by(found, "Biden") == {"Government of the United States"}, found


def test_a_relative_bearing_a_leaders_surname_is_not_the_leader():
    found = relations("Zimbabwean police dispersed a crowd in Harare on Friday. "
                      "Grace Mugabe later addressed party youths at a rally.")
    assert not any(a == "Robert Mugabe" for a, _, _ in found), found
    assert _led_by(found, "Mugabe") <= {"Government of Zimbabwe"}, found


def test_an_office_is_the_government_of_its_time():
    pack = default_pack()
    assert pack.office_at("recep_tayyip_erdogan", date(2010, 1, 1)).id == "government_turkey_2002_2016"
    assert pack.office_at("recep_tayyip_erdogan", date(2020, 1, 1)).id == "government_turkey_2016"
    # a text written after the tenure: the government the person led, not today's
    assert pack.office_at("muhammadu_buhari", date(2024, 1, 1)).id == "government_nigeria_2015_2023"
    assert pack.office_at("barack_obama", date(2020, 1, 1)).id == "government_united_states"
    # a commander's tie to an armed group is no state office
    assert pack.office_at("abubakar_shekau", date(2015, 1, 1)) is None


def test_every_state_office_in_the_pack_names_a_government():
    pack = default_pack()
    people = [r for r in pack.records.values() if r.kind == "person"
              and any(pack.records[a.actor_id].kind == "state" for a in r.affiliations)]
    assert len(people) > 150
    missing = [r.id for r in people if pack.office_at(r.id, None) is None]
    assert not missing, missing


def test_a_leaders_name_in_lower_case_or_a_namesakes_given_name_is_no_leader():
    def people(text: str) -> set[str]:
        found = extract(nlp.parse(text), Document("t", text, published=date(2024, 1, 1)))
        return {m.name for m in found.mentions.actors if m.kind == "person"}
    assert "Donald Tusk" not in people("Rangers seized an ivory tusk near the park gate in Tsavo on Monday.")
    assert "Saddam Hussein" not in people("Saddam Haftar inspected troops in Benghazi on Monday.")
    assert "Donald Tusk" in people("Prime Minister Tusk met farmers in Warsaw on Monday.")
