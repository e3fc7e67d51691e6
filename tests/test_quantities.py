"""Quantities: phrase parsing, extraction and attachment to counted words."""
from __future__ import annotations

import pytest

from polemos import nlp
from polemos.extract.quantities import extract_quantities, parse_quantity, quantities_for_token, quantity_for_token
from polemos.model import Document


@pytest.mark.parametrize("text, expected", [
    ("240", (240, 240, 240, "exact")),
    ("more than 60", (60, None, 60, "more_than")),
    ("over 60", (60, None, 60, "more_than")),
    ("above 60", (60, None, 60, "more_than")),
    ("in excess of 60", (60, None, 60, "more_than")),
    ("at least 9", (9, None, 9, "at_least")),
    ("about 200", (180, 220, 200, "about")),
    ("around 200", (180, 220, 200, "about")),
    ("some 200", (180, 220, 200, "about")),
    ("roughly 200", (180, 220, 200, "about")),
    ("approximately 200", (180, 220, 200, "about")),
    ("nearly 200", (180, 200, 200, "about")),
    ("almost 200", (180, 200, 200, "about")),
    ("up to 40", (None, 40, 40, "up_to")),
    ("as many as 40", (None, 40, 40, "up_to")),
    ("between 300 and even 900", (300, 900, 300, "range")),
    ("between 7 and 11", (7, 11, 7, "range")),
    ("2,100-3,400", (2100, 3400, 2100, "range")),
    ("2,100 to 3,400", (2100, 3400, 2100, "range")),
    ("three or four", (3, 4, 3, "range")),
    ("fourteen", (14, 14, 14, "exact")),
    ("thirty-seven", (37, 37, 37, "exact")),
    ("three hundred and twelve", (312, 312, 312, "exact")),
    ("2.5 million", (2500000, 2500000, 2500000, "exact")),
    ("a dozen", (12, 12, 12, "vague")),
    ("two dozen", (24, 24, 24, "exact")),
    ("dozens", (12, 99, 12, "vague")),
    ("scores", (20, 99, 20, "vague")),
    ("hundreds", (100, 999, 100, "vague")),
    ("thousands", (1000, 9999, 1000, "vague")),
    ("several thousand", (2000, 9999, 2000, "vague")),
    ("a few thousand", (2000, 9999, 2000, "vague")),
    ("tens of thousands", (10000, 99999, 10000, "vague")),
    ("several", (3, 9, 3, "vague")),
    ("a few", (2, 9, 3, "vague")),
    ("many", (3, None, 3, "vague")),
    ("a series of", (2, None, 3, "vague")),
    ("a handful", (2, 9, 3, "vague")),
    ("more than a dozen", (12, None, 12, "more_than")),
    ("over a 100", (100, None, 100, "more_than")),
    ("40-plus", (40, None, 40, "at_least")),
    ("one", (1, 1, 1, "exact")),
])
def test_parse_quantity(text, expected):
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", ["people", "", "the attack", "between friends"])
def test_parse_quantity_rejects_non_quantities(text):
    assert parse_quantity(text) is None


@pytest.fixture(scope="module")
def parsed():
    def run(sentence: str):
        sdoc = nlp.parse(sentence)
        return sdoc, extract_quantities(sdoc, Document(doc_id="t", text=sentence))
    return run


def _tok(sdoc, word: str):
    return next(t for t in sdoc if t.text == word)


def test_extraction_skips_money_dates_percent_and_ids(parsed):
    s = ("Donors pledged $40 million on 3 March 2022, 12 percent more, after the 9/11 attacks, "
         "while F-16 jets struck and 64 militants died.")
    sdoc, qs = parsed(s)
    assert [q.text for q in qs] == ["64"]
    assert s[qs[0].span.start:qs[0].span.end] == "64"
    assert qs[0].span.doc_id == "t"


def test_extraction_keeps_spans_and_ranges(parsed):
    s = "Officials said between 15 and 20 groups, roughly 300 fighters and dozens of recruits remained."
    _, qs = parsed(s)
    got = {q.text: (q.low, q.high, q.best, q.qualifier) for q in qs}
    assert got["between 15 and 20"] == (15, 20, 15, "range")
    assert got["roughly 300"] == (270, 330, 300, "about")
    assert got["dozens"] == (12, 99, 12, "vague")


def test_vague_word_needs_a_noun(parsed):
    _, qs = parsed("How many died is unclear, but several villagers were hurt.")
    assert [q.text for q in qs] == ["several"]


@pytest.mark.parametrize("sentence, word, expected", [
    ("Gunmen stormed the market, killing 47 shoppers.", "killing", 47),
    ("Gunmen stormed the market, killing 47 shoppers.", "shoppers", 47),
    ("At least 9 were killed and more than 20 wounded in the raid.", "killed", 9),
    ("At least 9 were killed and more than 20 wounded in the raid.", "wounded", 20),
    ("The death toll rose to 33 on the second day.", "toll", 33),
    ("The explosion left 16 people dead and dozens injured.", "dead", 16),
    ("The explosion left 16 people dead and dozens injured.", "injured", 12),
    ("Militants fired on the crowd, killing hundreds of worshippers.", "worshippers", 100),
    ("Nearly 60 soldiers were killed in the ambush.", "killed", 60),
    ("A sniper killed a guard near the gate.", "killed", 1),
    ("A sniper killed a guard near the gate.", "sniper", 1),
])
def test_quantity_for_token(parsed, sentence, word, expected):
    sdoc, qs = parsed(sentence)
    q = quantity_for_token(sdoc, _tok(sdoc, word), qs, "t")
    assert q is not None and q.best == expected


def test_quantity_for_token_does_not_count_the_attackers(parsed):
    sdoc, qs = parsed("Three gunmen killed civilians in the village.")
    assert quantity_for_token(sdoc, _tok(sdoc, "killed"), qs, "t") is None
    assert quantity_for_token(sdoc, _tok(sdoc, "gunmen"), qs, "t").best == 3


def test_quantity_for_token_uses_cached_mentions(parsed):
    sdoc, _ = parsed("Police arrested 31 suspects.")
    q = quantity_for_token(sdoc, _tok(sdoc, "suspects"))
    assert q is not None and q.best == 31 and q.span.doc_id == "t"


def test_year_ranges_are_not_quantities_but_counts_are(parsed):
    _, qs = parsed("During 2019-2020 the group grew from 1,900 to 2,050 members.")
    assert [(q.text, q.low, q.high) for q in qs] == [("from 1,900 to 2,050", 1900, 2050)]


@pytest.mark.parametrize("sentence, word, expected", [
    ("Two soldiers and one shepherd were killed by that explosion.", "killed", [2, 1]),
    ("Gunmen killed four guards and three drivers.", "killed", [4, 3]),
    ("No one was hurt in the fire.", "hurt", [0]),
    ("Four hostages were shot and killed later.", "killed", [4]),
    ("Karimzai was killed in the explosion.", "killed", [1]),
    ("The driver was wounded.", "wounded", [1]),
])
def test_quantities_for_token_counts_every_conjunct(parsed, sentence, word, expected):
    sdoc, qs = parsed(sentence)
    assert [q.best for q in quantities_for_token(sdoc, _tok(sdoc, word), qs, "t")] == expected


def test_shared_object_of_coordinated_verbs(parsed):
    sdoc, qs = parsed("Gunmen shot and killed two officers in the city.")
    assert [q.best for q in quantities_for_token(sdoc, _tok(sdoc, "killed"), qs, "t")] == [2]
    sdoc, qs = parsed("Militants stormed the village and killed.")
    assert quantities_for_token(sdoc, _tok(sdoc, "killed"), qs, "t") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Raiders killed Tarin, a village elder, near the well.", [1]),
    ("Raiders killed three Border Protection Unit guards near the well.", [3]),
])
def test_named_victims_and_misattached_numbers(parsed, sentence, expected):
    sdoc, qs = parsed(sentence)
    assert [q.best for q in quantities_for_token(sdoc, _tok(sdoc, "killed"), qs, "t")] == expected
