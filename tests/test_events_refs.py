"""Back-references: later sentences that claim, attribute or date an earlier event."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def _events(text: str, pub: date | None = date(2019, 6, 1)):
    doc = Document(doc_id="t", text=text, published=pub)
    return extract(nlp.parse(text), doc).events


def test_claim_sentence_names_the_perpetrator():
    evs = _events("Gunmen attacked a police post in Mogadishu, Somalia. Four officers were killed. "
                  "Al-Shabaab claimed responsibility for the incident.")
    assert len(evs) == 1
    assert evs[0].claimed_by and "Shabaab" in evs[0].claimed_by
    assert "Shabaab" in evs[0].actor1


def test_attribution_to_a_group_replaces_unidentified_attackers():
    evs = _events("Assailants ambushed a military convoy near Maiduguri, Nigeria. Three soldiers died. "
                  "No group claimed responsibility; however, officials attributed the attack to Boko Haram.")
    assert len(evs) == 1 and "Boko Haram" in evs[0].actor1
    assert evs[0].claimed_by is None


def test_no_claim_leaves_unidentified_attackers():
    evs = _events("Gunmen shot dead two traders in Goma, Congo. No group claimed responsibility for the attack.")
    assert len(evs) == 1 and evs[0].actor1.startswith("Unidentified")


def test_numeric_dateline_dates_the_events():
    evs = _events("07/14/2018: An explosive device detonated near a market in Baidoa, Somalia. "
                  "Two civilians were killed in the blast.", pub=None)
    assert len(evs) == 1 and evs[0].event_date == "2018-07-14" and evs[0].date_precision == "day"


def test_decade_date_does_not_break_extraction():
    evs = _events("In the 1980s, rebels attacked the garrison in Gulu, Uganda, killing 30 soldiers.")
    assert evs and evs[0].event_type == "Battles"


def test_toll_shared_across_several_attacks_is_split():
    evs = _events("On 3 May 2019, militants attacked an army post in Diffa, Niger. This was one of four related "
                  "attacks in the region that night. Eight soldiers were killed across the attacks.")
    assert len(evs) == 1 and evs[0].fatalities == 2 and evs[0].fatalities_low == 0
    evs = _events("On 3 May 2019, militants attacked an army post in Diffa, Niger. "
                  "Six soldiers were killed across both attacks.")
    assert evs[0].fatalities == 3
