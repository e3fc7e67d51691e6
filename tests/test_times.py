"""Times: rules against a fixed publication date, anchors, extraction spans."""
from __future__ import annotations

from datetime import date

import pytest

from polemos import nlp
from polemos.extract.times import extract_times, resolve_range, resolve_time
from polemos.model import Document

PUB = date(2024, 5, 15)          # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("On September 5", ("2023-09-05", "day", True)),        # would be after publication: previous year
    ("on May 2", ("2024-05-02", "day", True)),
    ("August 16", ("2023-08-16", "day", True)),
    ("on Aug. 26", ("2023-08-26", "day", True)),
    ("Sept. 3", ("2023-09-03", "day", True)),
    ("26 August 2021", ("2021-08-26", "day", False)),
    ("the 4th of July, 2019", ("2019-07-04", "day", False)),
    ("March 9, 2022", ("2022-03-09", "day", False)),
    ("2022-11-30", ("2022-11-30", "day", False)),
    ("last Tuesday", ("2024-05-14", "day", True)),
    ("in February this year", ("2024-02", "month", True)),     # the month of the year named, not the year
    ("in March last year", ("2023-03", "month", True)),
    ("late June of last year", ("2023-06", "month", True)),
    ("on Tuesday", ("2024-05-14", "day", True)),
    ("on Sunday", ("2024-05-12", "day", True)),
    ("on Wednesday", ("2024-05-15", "day", True)),
    ("last Wednesday", ("2024-05-08", "day", True)),
    ("yesterday", ("2024-05-14", "day", True)),
    ("today", ("2024-05-15", "day", True)),
    ("three days ago", ("2024-05-12", "day", True)),
    ("this week", ("2024-05-15", "week", True)),
    ("last week", ("2024-05-09", "week", True)),
    ("last fortnight", ("2024-05-08", "week", True)),         # the two weeks before the text, by their middle
    ("over the past fortnight", ("2024-05-08", "week", True)),
    ("last month", ("2024-04", "month", True)),
    ("earlier this month", ("2024-05", "month", True)),
    ("in March", ("2024-03", "month", True)),
    ("in May", ("2024-05", "month", True)),
    ("in June", ("2023-06", "month", True)),
    ("in early October", ("2023-10", "month", True)),
    ("in March 2024", ("2024-03", "month", False)),
    ("February 2019", ("2019-02", "month", False)),
    ("mid-2020", ("2020", "year", False)),
    ("early 2019", ("2019", "year", False)),
    ("the summer of 2017", ("2017", "year", False)),
    ("late last year", ("2023", "year", True)),
    ("earlier this year", ("2024", "year", True)),
    ("the 1990s", ("1990s", "decade", False)),
    ("the '80s", ("1980s", "decade", False)),
    ("in 2015", ("2015", "year", False)),
    ("recently", ("2024-05", "month", True)),
    ("in recent weeks", ("2024-05", "month", True)),
])
def test_resolve_time(text, expected):
    assert resolve_time(text, PUB) == expected


def test_year_rollover_in_january():
    jan = date(2025, 1, 6)
    assert resolve_time("December 28", jan) == ("2024-12-28", "day", True)
    assert resolve_time("last month", jan) == ("2024-12", "month", True)
    assert resolve_time("in November", jan) == ("2024-11", "month", True)
    assert resolve_time("January 9", jan) == ("2025-01-09", "day", True)   # a few days ahead is allowed


def test_range_gives_start_and_both_ends():
    text = "between April 2020 and March 2021"
    assert resolve_time(text, PUB) == ("2020-04", "month", False)
    assert resolve_range(text, PUB) == (("2020-04", "month", False), ("2021-03", "month", False))


@pytest.mark.parametrize("text, pub, expected", [
    ("four days before the full withdrawal of US troops", date(2021, 10, 1), ("2021-08-26", "day", True)),
    ("two weeks after the fall of Kabul", date(2021, 10, 1), ("2021-08-29", "week", True)),
    ("a month after the US withdrawal", date(2021, 10, 1), ("2021-09", "month", True)),
    ("three days after the Doha agreement", date(2021, 1, 1), ("2020-03-03", "day", True)),
    ("the day after the October 7 attack", date(2024, 1, 1), ("2023-10-08", "day", True)),
    ("a year after Russia's full-scale invasion of Ukraine", date(2024, 1, 1), ("2023", "year", True)),
    ("two days after the US withdrawal", date(2015, 6, 1), ("2011-12-20", "day", True)),  # Iraq, by date
    ("the 9/11 attacks", date(2020, 1, 1), ("2001-09-11", "day", True)),
])
def test_anchor_arithmetic(text, pub, expected):
    assert resolve_time(text, pub) == expected


def test_without_publication_date():
    assert resolve_time("September 5", None) == (None, "day", True)
    assert resolve_time("in 2015", None) == ("2015", "year", False)
    assert resolve_time("26 August 2021", None) == ("2021-08-26", "day", False)


def test_dateparser_fallback_and_durations():
    assert resolve_time("14.03.2022", PUB) == ("2022-03-14", "day", False)
    assert resolve_time("20 years", PUB) is None
    assert resolve_time("the weather", PUB) is None


def _extract(text: str, pub: date | None = PUB):
    return extract_times(nlp.parse(text), Document(doc_id="d", text=text, published=pub))


def test_extract_times_spans_and_values():
    text = ("Fighters attacked the base on Aug. 26 and again in March, as they had done "
            "in the 1990s. Two days after the fall of Kabul, the group regrouped.")
    got = {m.text: (m.value, m.precision, m.inferred) for m in _extract(text)}
    assert got["Aug. 26"] == ("2023-08-26", "day", True)
    assert got["March"] == ("2024-03", "month", True)
    assert got["the 1990s"] == ("1990s", "decade", False)
    assert got["Two days after the fall of Kabul"] == ("2021-08-17", "day", True)
    for m in _extract(text):
        assert text[m.span.start:m.span.end] == m.text and m.span.doc_id == "d"


def test_anchor_phrase_blocks_a_false_date():
    text = "Since the September 11 attacks and after the fall of Kabul, the threat grew."
    assert [(m.text, m.value) for m in _extract(text)] == []


def test_spacy_date_entities_use_bare_years():
    ms = _extract("The 2015 offensive failed, officials said on Monday.")
    got = {m.text: m.value for m in ms}
    assert got["2015"] == "2015" and got["Monday"] == "2024-05-13"


def test_year_spans_start_year_but_not_counts():
    assert resolve_time("2019-2020", PUB) == ("2019", "year", False)
    assert resolve_time("the 2014/15 season", PUB) == ("2014", "year", False)
    assert resolve_time("2000-2500", PUB) is None


@pytest.mark.parametrize("text, pub, expected", [
    ("11/23/2019: gunmen attacked a convoy", date(2019, 11, 23), "2019-11-23"),   # month > 12 impossible: US order
    ("on 23.11.2019 rebels shelled the town", None, "2019-11-23"),                  # day-first forced
    ("on 02/03/2020 a bomb exploded", date(2020, 2, 4), "2020-02-03"),              # nearest before publication
    ("on 02/03/2020 a bomb exploded", date(2020, 3, 2), "2020-03-02"),
    ("on 02.03.2020 a bomb exploded", None, "2020-03-02"),                          # '.' reads day first
])
def test_numeric_dates(text, pub, expected):
    got = resolve_time(text, pub)
    assert got is not None and got[0] == expected and got[1] == "day"


def test_numeric_date_is_not_a_fraction_or_version():
    assert resolve_time("a ratio of 3/4 in 2.3.1", date(2020, 1, 1)) is None


def _times_in(text: str, published: date, precision: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(doc_id="m", text=text, published=published, published_precision=precision)
    return [(t.text, t.value, t.precision) for t in extract_times(nlp.parse(text), doc)]


def test_month_only_publication_resolves_relative_days_to_that_month():
    found = _times_in("Insurgents stormed the town on Friday and stayed until Saturday; "
                      "officials spoke yesterday.", date(2024, 5, 1), "month")
    assert [(v, p) for _, v, p in found] == [("2024-05", "month")] * 3


def test_month_only_publication_keeps_days_of_that_month_in_its_year():
    found = _times_in("Iran launched missile strikes on 16 January.", date(2024, 1, 1), "month")
    assert ("16 January", "2024-01-16", "day") in found


def test_month_precision_survives_the_store(tmp_path):
    import json

    from polemos.pipeline import ingest
    from polemos.store import open_store
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "m1", "published": "2024-05",
                                  "text": "Gunmen attacked a police post in Tahoua region on Friday, killing four "
                                          "officers."}) + "\n")
    store = open_store(str(tmp_path / "kb.db"))
    ingest(store, [str(corpus)])
    doc = store.documents()[0]
    assert (doc.published_iso, doc.published_precision) == ("2024-05", "month")
    assert [e["event_date"] for e in store.events()] == ["2024-05"]


def test_a_bare_count_the_parser_calls_a_date_is_no_year():
    text = "Residents said the fighting lasted 4 hours (report 53)."
    assert [t.value for t in extract_times(nlp.parse(text), Document("t", text, published=PUB))] == []


def test_the_weekend_is_the_one_before_the_text():
    from datetime import date

    from polemos import nlp
    from polemos.extract.times import extract_times
    from polemos.model import Document
    for text in ("Troops left the township at the weekend.", "Ten died in weekend raids."):
        found = extract_times(nlp.parse(text), Document("t", text, published=date(2025, 4, 30)))
        assert [(t.value, t.precision) for t in found] == [("2025-04-26", "week")]


def test_a_time_known_only_as_between_two_dates_keeps_what_both_share():
    from polemos.dates import PartialDate, shared
    assert shared(PartialDate.parse("2021-08-26"), date(2021, 8, 30)).value == "2021-08"
    assert shared(PartialDate.parse("2021-08"), date(2021, 9, 30)).value == "2021"
    assert shared(PartialDate.parse("2021-08"), date(2024, 4, 1)) is None


def test_anchor_needles_are_plain_text_every_match_holds():
    from polemos.extract.times import _needle, anchors
    assert _needle("(?:US|American) invasion of Iraq") == " invasion of iraq"
    assert _needle("fall of (?:Bashar al-)?Assad") == "fall of "
    assert _needle("(?:IS|ISIS)(?:'s)? (?:capture|seizure)") is None      # no run of four plain characters
    assert all(a[4] is None or all(a[4]) for a in anchors())
    # the needle is matched case-blind, like the trigger itself
    assert resolve_time("during the FALL OF KABUL", PUB) == ("2021-08-15", "day", True)
    assert resolve_time("two days after the Fall of Kabul", PUB) == ("2021-08-17", "day", True)


def test_an_age_is_no_date():
    """'a 60-year old man' is tagged a date by the parser; it is an age, never the year 1960."""
    text = "On 3 June 2021, soldiers shot at a crowd. A 60-year old Yemeni man was hurt in the leg."
    times = extract_times(nlp.parse(text), Document(doc_id="t", text=text, published=date(2021, 6, 5)))
    assert [t.value for t in times] == ["2021-06-03"]


def test_a_date_written_in_a_name_is_no_time():
    """'Friday Avenue', 'the 23 of January sector', 'November uprising protesters' name a street, a district and a
    movement; 'nearly 2000 farmers' is a count, not 'early 2000'; 'June 4 2021' without a comma is the full day."""
    def values(text: str) -> list[tuple[str, str]]:
        found = extract_times(nlp.parse(text), Document(doc_id="t", text=text, published=date(2021, 6, 20)))
        return [(t.text, t.value) for t in found]
    assert values("On 4 June 2021, tenants of Encarnacion gathered in Friday Avenue, seeking rice and oil.") == \
        [("4 June 2021", "2021-06-04")]
    assert values("On 14 June 2021, in the 23 of January sector of Maturin, tenants asked for water.") == \
        [("14 June 2021", "2021-06-14")]
    assert values("On 9 June 2021, hundreds of November uprising protesters marched in Basra.") == \
        [("9 June 2021", "2021-06-09")]
    assert values("On 3 June 2021, nearly 2000 farmers gathered at the district office in Ludhiana.") == \
        [("3 June 2021", "2021-06-03")]
    assert values("As reported on June 4 2021, settlers uprooted olive trees near Qaryut.") == \
        [("June 4 2021", "2021-06-04")]
    # guards: a weekday before a plural or a lower-case district noun, and early in a year, stay times
    assert values("On Monday streets in Maturin were empty; in early 2000 the mill closed.") == \
        [("Monday", "2021-06-14"), ("early 2000", "2000")]
    assert values("On Monday district officials met in Kupwara.") == [("Monday", "2021-06-14")]
