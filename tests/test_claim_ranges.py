"""A range of a group's members that the tagger labels a quantity ('between 4,200 and 6,900 fighters') is still a
claimed count of them; a measurement stays none."""
from datetime import date

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def _claims(text: str):
    return extract(nlp.parse(text), Document("t", text, published=date(2024, 4, 2))).claims


def test_a_range_of_fighters_attributed_is_a_claim():
    [claim] = _claims("The Rapid Support Forces have between 45,000 and 65,000 fighters, according to analysts.")
    assert (claim.subject, claim.low, claim.high, claim.attributed_to) == (
        "Rapid Support Forces", 45000, 65000, "analysts")


def test_a_distance_is_no_claim():
    assert _claims("The column of trucks stretched for 40 kilometres, officials said.") == []
