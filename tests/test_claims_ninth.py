"""Who a claim is attributed to when the speech verb is conjoined to another verb of its subject ('X pulled back and
later claimed N dead'): the verbs' one subject (ninth claims and relations pass). Invented sentences."""
from __future__ import annotations

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def test_a_speech_verb_conjoined_to_another_verb_has_its_subject():
    text = "Boko Haram fighters withdrew from the outskirts of Dikwa and later claimed they had slain six soldiers."
    found = extract(nlp.parse(text), Document("t", text))
    assert [(c.quantity, c.low, c.attributed_to) for c in found.claims] == [("killed", 6, "Boko Haram")], found.claims
