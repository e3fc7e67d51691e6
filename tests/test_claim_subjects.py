"""Claim subjects the text leaves generic, on sentences written for these tests.

Named groups are matched by hand; generic fighters ("insurgents", "gunmen") are given the
unidentified-group mention the actor layer gives them.
"""
from __future__ import annotations

import re

from polemos import nlp
from polemos.extract.claim_subjects import claim_actors, focus
from polemos.extract.claims import extract_claims
from polemos.extract.quantities import extract_quantities
from polemos.model import ActorMention, Document, Mentions, Span

NAMED = {"Boko Haram": "armed_group", "ISWAP": "armed_group", "al Qaeda": "armed_group",
         "JNIM": "armed_group", "army": "state_force"}
UNNAMED = r"\b(insurgents?|militants?|gunmen|jihadist|terrorist|attackers)\b"


def mentions(text: str) -> list[ActorMention]:
    out = []
    for surface, kind in NAMED.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            out.append(ActorMention(Span("t", m.start(), m.end()), surface, surface.lower(), surface, kind))
    for m in re.finditer(UNNAMED, text, re.I):
        out.append(ActorMention(Span("t", m.start(), m.end()), m.group(), "unidentified_armed_group",
                                "Unidentified Armed Group (Nigeria)", "armed_group"))
    return sorted(out, key=lambda m: m.span.start)


def claims(text: str):
    sdoc = nlp.parse(text)
    doc = Document("t", text)
    found = Mentions(actors=mentions(text), quantities=extract_quantities(sdoc, doc))
    return [(c.subject, c.quantity, c.low, c.high) for c in extract_claims(sdoc, doc, found)]


def test_unnamed_fighters_of_a_document_about_one_group_are_that_group():
    text = ("Boko Haram fighters stormed the town of Gajiram at dawn. The army said Boko Haram had been "
            "regrouping for weeks. Witnesses said more than 200 insurgents took part in the assault.")
    assert claims(text) == [("Boko Haram", "fighters", 200, None)]


def test_unnamed_fighters_where_no_group_is_named_keep_their_generic_name():
    text = "The town has been overrun by more than a hundred insurgents since dawn, residents said."
    assert claims(text) == [("insurgents", "fighters", 100, None)]


def test_the_focus_is_the_first_group_named_twice_not_a_linked_affiliation():
    text = ("Up to 300 people were shot dead by al Qaeda-linked militants, officials said. "
            "JNIM fighters attacked the trenches. JNIM later claimed the attack.")
    sdoc = nlp.parse(text)
    assert focus(sdoc, mentions(text)).name == "JNIM"
    text = "Boko Haram and its rival ISWAP raided two towns. ISWAP lost ground, but Boko Haram gained."
    assert focus(nlp.parse(text), mentions(text)).name == "Boko Haram"


def test_several_groups_named_by_what_they_share_are_a_subject():
    text = "Since January, different Tuareg outfits have carried out at least 14 attacks in the north."
    assert claims(text) == [("Tuareg outfits", "attacks", 14, None)]


def test_groups_the_text_has_already_named_are_not_a_new_subject():
    text = ("Boko Haram and ISWAP have fought since 2016. "
            "The rivalry opened a war between the two Islamic groups in the northeast.")
    assert claims(text) == []


def test_the_generic_mentions_are_renamed_for_claims_only():
    text = "Boko Haram raided Monguno. Boko Haram then left. Gunmen returned at night."
    sdoc = nlp.parse(text)
    original = mentions(text)
    renamed = claim_actors(sdoc, original, "t")
    assert [m.name for m in renamed if m.text == "Gunmen"] == ["Boko Haram"]
    assert [m.name for m in original if m.text == "Gunmen"] == ["Unidentified Armed Group (Nigeria)"]


def test_a_tally_with_no_actor_is_about_the_group_the_document_is_about():
    text = ("Boko Haram fighters raided Gwoza again. The army said Boko Haram lost ground last year. "
            "The war has killed tens of thousands since 2009, according to the United Nations.")
    assert claims(text) == [("Boko Haram", "killed", 10000, 99999)]


def test_a_single_events_toll_with_no_actor_stays_in_the_event():
    text = ("Boko Haram fighters raided Gwoza again. Boko Haram later withdrew. "
            "Twelve people were killed in the raid, a resident said. So far we have counted 14 bodies, a nurse said.")
    assert claims(text) == []


def test_a_tally_does_not_compete_with_an_events_toll():
    text = ("Since 2009 Boko Haram has killed more than 40,000 people, the United Nations says. "
            "Boko Haram killed 12 soldiers in the raid on Monday, the army said.")
    assert claims(text) == [("Boko Haram", "killed", 40000, None)]


def test_the_victims_of_one_event_stay_in_the_event_but_its_attackers_are_counted():
    text = ("Boko Haram raided Konduga. Boko Haram later left. Gunmen abducted 13 civilians near the town on Monday "
            "and opened fire on two guards.")
    assert claims(text) == []
    text = "Boko Haram raided Konduga. Boko Haram later left. At least 40 gunmen took part in the raid on Monday."
    assert claims(text) == [("Boko Haram", "fighters", 40, None)]
