"""Figures told as the value of a count ('the number of X rose to N'), and digits grouped by thousands with spaces
('245 000', as UN agencies and SI style write them) (eighth claims and relations pass). Invented sentences."""
from __future__ import annotations

from polemos.extract.quantities import parse_quantity
from tests.claim_sentences import claims


def test_the_value_a_count_rose_to_counts_the_noun_of_the_count():
    assert claims("The number of displaced people in Cauca climbed to 41,000, the ombudsman said.") == \
        [("Civilians (Colombia)", "other", 41000, 41000)]
    assert claims("The number of al-Shabaab fighters in Gedo has grown to 3,000, the army said.") == \
        [("Al Shabaab", "fighters", 3000, 3000)]


def test_the_value_a_count_rose_from_is_no_claim_of_its_own():
    assert claims("Aid workers said the number of displaced people in Ituri province rose from 90,000 to over "
                  "150,000 within a month.") == [("Civilians (Democratic Republic of Congo)", "other", 150000, None)]
    # read as one range 'from A to B': B
    assert claims("The number of displaced people in Ituri rose from 60,000 to 95,000, the agency said.") == \
        [("Civilians (Democratic Republic of Congo)", "other", 95000, 95000)]


def test_digits_grouped_by_spaces_are_one_number():
    assert parse_quantity("over 245 000") == (245000, None, 245000, "more_than")
    assert parse_quantity("1 250 000") == (1250000, 1250000, 1250000, "exact")
    assert parse_quantity("at least 2\u00a0000") == (2000, None, 2000, "at_least")
    # a year then a count, a list of numbers, a phone number: no grouping
    assert parse_quantity("2019 300") == (2019, 2019, 2019, "exact")
    assert parse_quantity("0700 123 456")[0] == 700
    assert claims("Fighting in Ituri province has displaced 245 000 people since March, the UN said.") == \
        [("Civilians (Democratic Republic of Congo)", "other", 245000, 245000)]
    # after a comma, as after any word
    assert claims("Since March, 245 000 people have been displaced in Ituri province, the UN said.") == \
        [("Civilians (Democratic Republic of Congo)", "other", 245000, 245000)]
