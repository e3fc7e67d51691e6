"""What a sentence takes from its paragraph: a carried source, a carried span of time."""
from __future__ import annotations

from polemos import nlp
from polemos.extract.claim_context import carried_attribution, continued, following, previous
from tests.test_claims import run


def sents(text):
    return list(nlp.parse(text).sents)


def test_neighbours_stop_at_a_line_break():
    first, second, third = sents("ISWAP grew. It raided Baga.\n\nThe army left.")
    assert previous(second) == first and following(first) == second
    assert following(second) is None and previous(third) is None


def test_a_trailing_the_report_said_speaks_for_the_sentence_before():
    text = ("Boko Haram carried out 310 attacks in Borno in 2023. "
            "Most of them targeted army bases, the report said.")
    first, _ = sents(text)
    assert carried_attribution(first)[0] == "report"
    # a quoted person speaks only for the quote
    first, _ = sents("Boko Haram carried out 310 attacks in 2023. \"We will win,\" the governor said.")
    assert carried_attribution(first) is None


def test_according_to_opening_a_paragraph_speaks_for_its_later_sentences():
    text = ("According to the African Union, Al-Shabaab has about 7,000 fighters. "
            "The group also runs courts in 40 towns.\n\nThe army has 20,000 troops.")
    _, second, third = sents(text)
    assert carried_attribution(second)[0] == "African Union"
    assert carried_attribution(third) is None


def test_a_pronoun_subject_carries_on_the_previous_sentence():
    text = "Since January, Boko Haram has launched at least 17 attacks in Borno. They took 51 lives and injured 97."
    first, second = sents(text)
    assert continued(second) == first and continued(first) is None
    found = {(c.subject, c.quantity, c.low) for c in run(text)}
    assert {("Boko Haram", "attacks", 17), ("Boko Haram", "killed", 51), ("Boko Haram", "other", 97)} <= found


def test_without_a_span_of_time_the_pronouns_toll_stays_an_event_toll():
    text = "Boko Haram fighters stormed Monguno on Monday. They killed 12 soldiers and wounded 20."
    assert run(text) == []


def test_a_count_after_including_counts_the_noun_before_it():
    text = "Since 2021, Al-Shabaab has staged at least 90 attacks, including 25 against African Union bases."
    found = {(c.subject, c.quantity, c.low) for c in run(text)}
    assert found == {("Al-Shabaab", "attacks", 90), ("Al-Shabaab", "attacks", 25)}


def test_a_carried_source_is_the_claims_attribution():
    text = ("Boko Haram carried out 310 attacks in Borno in 2023. "
            "Most of them targeted army bases, the report said.")
    claims = run(text)
    assert [(c.subject, c.low, c.attributed_to) for c in claims] == [("Boko Haram", 310, "report")]
