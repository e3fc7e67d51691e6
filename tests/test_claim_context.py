"""What a sentence takes from its paragraph: a carried source, a carried span of time."""
from __future__ import annotations

from polemos import nlp
from polemos.extract.claim_context import carried_attribution, continued, following, lines, previous
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


def test_quoted_paragraphs_speak_for_the_speaker_who_introduces_them():
    text = ("Amina Bello, an analyst at the Lake Chad Institute, said:\n"
            "\u201cBoko Haram has changed. Since 2022 it has carried out 400 attacks in Borno.\u201d\n"
            "\u201cIts rival ISWAP has about 5,000 fighters.\u201d\n"
            "The army has 20,000 troops in the state.")
    sents_ = sents(text)
    quoted = [s for s in sents_ if "400" in s.text or "5,000" in s.text]
    assert [carried_attribution(s)[0] for s in quoted] == ["Amina Bello", "Amina Bello"]
    assert carried_attribution(sents_[-1]) is None


def test_a_quotation_closed_by_its_speaker_speaks_for_its_earlier_sentences():
    text = ("\u201cBoko Haram carried out 300 attacks in 2023. We expect more,\u201d the governor said. "
            "The army has 20,000 troops.")
    first = sents(text)[0]
    assert carried_attribution(first)[0] == "governor"


def test_a_sentence_the_parser_runs_across_a_line_break_is_cut_there():
    from spacy.tokens import Doc
    words = ["2024", ".", "\u201d", "\n", "\u201c", "Local", "sources", "report", "90", "dead", "."]
    doc = Doc(nlp.parse("x").vocab, words=words, spaces=[False] * len(words),
              sent_starts=[True] + [False] * (len(words) - 1))
    assert [line.text for line in lines(doc)] == ["2024.\u201d\n", "\u201cLocalsourcesreport90dead."]
    assert previous(lines(doc)[1]) is None



def test_according_to_at_the_end_of_a_paragraphs_first_sentence_speaks_for_the_paragraph():
    text = ("The raid on Monday was the largest yet, according to army officials. "
            "Boko Haram sent 600 fighters into the town.\n\nBoko Haram staged 30 attacks per month in 2023. "
            "The group has 5,000 fighters.")
    _, second, _, fourth = sents(text)
    assert carried_attribution(second)[0] == "army officials"
    assert carried_attribution(fourth) is None   # "per month" is a rate, not a source
