"""ACLED CSV export: 31 columns in ACLED's order, one row per canonical event, ACLED's conventions."""
from __future__ import annotations

import csv
import io

import pytest

from export_sample import build
from polemos.export.acled import ACLED_COLUMNS, interaction, write_acled_csv


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build(tmp_path_factory.mktemp("acled") / "kb.db")


def _rows(store):
    buf = io.StringIO()
    written = write_acled_csv(store, buf)
    buf.seek(0)
    reader = csv.DictReader(buf)
    return written, reader.fieldnames, list(reader)


def test_header_is_acleds_31_columns_in_order(store):
    written, header, rows = _rows(store)
    assert len(ACLED_COLUMNS) == 31 and tuple(header) == ACLED_COLUMNS
    assert written.rows == len(rows)


def test_one_row_per_canonical_event_and_imprecise_dates_left_out(store):
    written, _, rows = _rows(store)
    assert len(store.canonical_events()) == 7, "two Bannu reports make one canonical event"
    assert len(rows) == 6, "the year-only 2015 pledge is left out"
    assert written.left_out == {"known only to the year": 1} and "--include-year-precision" in str(written)
    assert sum(r["location"] == "Bannu" for r in rows) == 1
    buf = io.StringIO()
    assert write_acled_csv(store, buf, include_year=True).rows == 7
    assert "date known only to the year" in buf.getvalue() and "2 July 2015" in buf.getvalue()


def test_resolved_event_row_merges_sources_and_keeps_lowest_figure(store):
    _, _, rows = _rows(store)
    bannu = next(r for r in rows if r["location"] == "Bannu")
    assert bannu["event_date"] == "10 March 2024" and bannu["year"] == "2024" and bannu["time_precision"] == "1"
    assert bannu["source"] == "Frontier Wire; Reuters"
    assert bannu["fatalities"] == "6"
    assert bannu["disorder_type"] == "Political violence"
    assert (bannu["inter1"], bannu["inter2"]) == ("2", "1")
    assert bannu["interaction"] == "State forces-Rebel group"
    assert bannu["iso"] == "586" and bannu["region"] == "South Asia" and bannu["event_id_cnty"].startswith("PAK")
    assert "6–8" in bannu["tags"]
    assert bannu["notes"].startswith("On 10 Mar 2024") and bannu["notes"].endswith(".")


def test_month_precision_uses_mid_month_and_civilians_targeted(store):
    _, _, rows = _rows(store)
    nili = next(r for r in rows if r["location"] == "Nili")
    assert nili["event_date"] == "15 February 2024" and nili["time_precision"] == "3"
    assert nili["civilian_targeting"] == "Civilians targeted"
    assert nili["inter1"] == "3" and nili["interaction"] == "Political militia-Civilians"
    assert nili["iso"] == "4"


def test_event_ids_are_stable_and_unique(store):
    first = [r["event_id_cnty"] for r in _rows(store)[2]]
    assert first == [r["event_id_cnty"] for r in _rows(store)[2]]
    assert len(set(first)) == len(first)


def test_interaction_text():
    assert interaction(2, None) == "Rebel group only"
    assert interaction(7, 1) == "State forces-Civilians"
    assert interaction(None, None) == ""


def test_acled_names_by_date_and_civilian_victims(tmp_path):
    from datetime import date as _date

    from polemos.export.acled import acled_actor
    assert acled_actor("Taliban", _date(2020, 5, 1))[0] == "Taliban"
    name, inter = acled_actor("Taliban", _date(2022, 5, 1))
    assert name == "Military Forces of Afghanistan (2021-)" and inter == 1
    assert acled_actor("Civilians (Afghanistan)", _date(2022, 5, 1)) == ("Civilians (Afghanistan)", None)
    assert acled_actor("Some Unknown Brigade", _date(2022, 5, 1)) == ("Some Unknown Brigade", None)
