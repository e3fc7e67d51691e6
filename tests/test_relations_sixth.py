"""Relations on sentences written for these tests (invented events; real state and group names, since the actor pack
names their governments and forces): armed acts told by a participle of carrying them out, offices of the police
the parser hangs on the name, persons' names with a quoted nickname (sixth pass)."""
from __future__ import annotations

from polemos import nlp
from tests.claim_sentences import claims
from tests.relation_sentences import hostile, relations


def test_an_act_carried_out_by_a_side_on_another_is_hostile():
    found = relations("A string of raids started in March, carried out by al-Shabaab and its allies on police "
                      "stations near Kismayo.")
    assert hostile(found, "Al Shabaab", "Police Forces of Somalia"), found
    found = relations("A fresh round of ambushes followed, conducted by the Taliban against Pakistani troops.")
    assert hostile(found, "Taliban", "Military Forces of Pakistan"), found
    # no armed act, no enemies
    assert not any(r == "hostile" for _, r, _ in relations(
        "Food deliveries resumed in May, carried out by the Kenyan army on behalf of the UN."))
    assert not any(r == "hostile" for _, r, _ in relations(
        "A new drive began in May, launched by the Nigerian government against corruption."))


def test_an_office_of_the_police_hung_on_the_name_makes_a_member():
    found = relations("Gunmen torched a school in Dantewada, Chhattisgarh. Superintendent of police Arjun Mehta "
                      "said no one was hurt.")
    assert any(a == "Arjun Mehta" and r == "member_of" and b.startswith("Police Forces of India")
               for a, r, b in found), found


def test_a_quoted_nickname_stays_inside_the_persons_name():
    text = "The ambush stunned the town, said the mayor of Jilib, Omar \u201cAbu Layla\u201d Farah."
    assert len(list(nlp.parse(text).sents)) == 1
    found = relations("Ahmed \u201cthe Engineer\u201d Hassan, a commander of al-Shabaab, was killed near Jilib.")
    assert ("Ahmed Hassan", "member_of", "Al Shabaab") in found, found


def test_the_administration_of_a_person_is_the_government_he_leads():
    found = relations("Wages stalled in Almaty during the presidency of Nursultan Nazarbayev.")
    assert any(a == "Nursultan Nazarbayev" and r == "leader_of" and b.startswith("Government of Kazakhstan")
               for a, r, b in found), found
    found = relations("Kassym-Jomart Tokayev's administration lifted the curfew in Almaty.")
    assert any(a == "Kassym-Jomart Tokayev" and r == "leader_of" and b.startswith("Government of Kazakhstan")
               for a, r, b in found), found
    # the rule of law is no person's
    assert not any(r == "leader_of" for _, r, _ in relations(
        "The rule of law suffered in Almaty, Kassym-Jomart Tokayev told reporters."))


def test_a_count_in_a_clause_of_purpose_is_no_claim():
    found = claims("Kenyan police were sent into Garissa on Friday to detain 40 suspected al-Shabaab fighters.")
    assert not any(q == "arrests" for _, q, _, _ in found), found
    found = claims("The Kenyan army moved 200 soldiers into Lamu to arrest 35 suspected al-Shabaab fighters.")
    assert not any(q == "arrests" for _, q, _, _ in found), found
    # the count of the act done stays
    found = claims("The Kenyan army arrested 35 suspected al-Shabaab fighters in Lamu on Friday.")
    assert any(q == "arrests" and low == 35 for _, q, low, _ in found), found
