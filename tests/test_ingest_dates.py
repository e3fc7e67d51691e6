"""Publication date detection from bylines, datelines and the text itself."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from polemos.ingest.dates import detect_published, inferred_date, parse_date

LEDE = ("Fighting resumed in the northern hills as armed groups traded artillery fire across the valley, "
        "forcing hundreds of families to flee their homes for the third time this year, aid workers said.")


@pytest.mark.parametrize("text, expected", [
    (f"Hills flare up again\nPublished November 9th, 2021 - 11:58 GMT\n{LEDE}", date(2021, 11, 9)),
    (f"Hills flare up again\n\nby Tomas Berg  19 September 2023\n\n{LEDE}", date(2023, 9, 19)),
    (f"Hills flare up again\nUpdated: 3 March 2024\n{LEDE}", date(2024, 3, 3)),
    (f"Monday 12 February 2024\n\n{LEDE}", date(2024, 2, 12)),
    (f"Posted on Aug. 21, 2019 at 10:02\n{LEDE}", date(2019, 8, 21)),
    (f"{LEDE}\n\nFirst published 2020-06-30 by the desk.", date(2020, 6, 30)),
    (f"GOMA, Oct 14, 2022 (AFP) - {LEDE}", date(2022, 10, 14)),
    (f"Hills flare up again\nAl Sharq Daily, 4 January 2021 | 09:30 GMT\n{LEDE}", date(2021, 1, 4)),
    (f"Hills flare up again\nPublished: 21/08/2019\n{LEDE}", date(2019, 8, 21)),
    (f"Hills flare up again\nPosted 08/21/2019 10:00\n{LEDE}", date(2019, 8, 21)),
])
def test_byline_shapes(text, expected):
    assert detect_published(text) == (expected, "text")


@pytest.mark.parametrize("text", [
    f"Attack on 12 March 2024 kills ten\n{LEDE}",          # a headline mentioning a date
    f"By 12 March 2022, the rebels held the town.\n{LEDE}",  # 'By' + date is not a byline
    f"Published: 03/04/2019\n{LEDE}",                       # ambiguous numeric date
])
def test_not_a_publication_line(text):
    assert detect_published(text)[1] != "text"


def test_published_line_beats_updated_line():
    text = f"Updated 5 May 2022\nPublished 2 May 2022\n{LEDE}"
    assert detect_published(text) == (date(2022, 5, 2), "text")


def test_dateline_takes_its_year_from_context():
    text = f"KABUL, Sept 6 (Reuters) - {LEDE} The offensive began in late August 2021."
    assert detect_published(text) == (date(2021, 9, 6), "text")
    # a dateline in January after a December mention belongs to the next year
    text = f"KABUL, Jan 3 (Reuters) - {LEDE} The talks of 18 December 2021 failed."
    assert detect_published(text) == (date(2022, 1, 3), "text")


def test_dateline_without_any_year_is_skipped():
    assert detect_published(f"KABUL, Sept 6 (Reuters) - {LEDE}") == (None, None)


def test_date_inside_a_long_lede_is_not_a_byline():
    text = (f"On 2 April 2023, {LEDE[0].lower()}{LEDE[1:]} Officials said the clashes were the worst "
            f"since the ceasefire of 14 August 2022.")
    assert detect_published(text) == (date(2023, 4, 2), "inferred")


def test_inferred_from_latest_date_including_month_year():
    text = f"{LEDE} The group was founded in 1 March 2015 and expanded in July 2019."
    assert detect_published(text) == (date(2019, 7, 1), "inferred")


def test_future_dates_are_not_publication_dates():
    text = f"{LEDE} Elections were held in June 2018 and are due again on 10 October 2099."
    assert inferred_date(text, today=date(2024, 1, 1)) == date(2018, 6, 1)


def test_no_date_at_all():
    assert detect_published(LEDE) == (None, None)
    assert detect_published("The May 2020 offensive") == (date(2020, 5, 1), "inferred")


@pytest.mark.parametrize("value, expected", [
    ("2023-05-17T08:30:00Z", date(2023, 5, 17)),
    ("Wed, 17 May 2023 09:00:00 GMT", date(2023, 5, 17)),
    ("17th May 2023", date(2023, 5, 17)),
    (datetime(2020, 1, 2, 3, 4), date(2020, 1, 2)),
    (date(2020, 1, 2), date(2020, 1, 2)),
    ("", None), ("soon", None), ("2023-13-45", None), (None, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected
