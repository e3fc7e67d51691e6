"""Cross-document resolution: merging reports of one event, never two places, figures and contradictions."""
from __future__ import annotations

from polemos.resolve.clusters import cluster
from polemos.resolve.contradictions import claim_contradictions
from polemos.resolve.coref import event_key
from polemos.resolve.reconcile import canonical


def ev(id, doc, date, place, admin1="Red Province", sub="Suicide bomb", etype="Explosions/Remote violence",
       actor1="Northern Front", low=None, high=None, best=None, text="", **kw):
    return dict(id=id, doc_id=doc, event_date=date, event_type=etype, sub_event_type=sub, country="Freedonia",
                admin1=admin1, location=place, geo_precision=1, actor1=actor1, actor2="Civilians (Freedonia)",
                fatalities=best if best is not None else low, fatalities_low=low, fatalities_high=high,
                evidence=text, evidence_start=0, evidence_end=len(text), **kw)


BOMB = "A suicide bomber struck the crowded market gate of Port Alma, killing dozens of shoppers."


def test_three_reports_of_one_bombing_merge_and_keep_their_figures():
    a = ev(1, "a", "2024-03-02", "Port Alma", low=60, high=60, text=BOMB)
    b = ev(2, "b", "2024-03-02", "Port Alma", low=55, high=None,
           text="The market gate bombing in Port Alma killed more than 55.")
    c = ev(3, "c", "2024-03", "Port Alma", etype="Violence against civilians", sub="Attack", low=40, high=None,
           text="The Northern Front's attack on the Port Alma market in March killed over 40 people.")
    groups = cluster([a, b, c])
    assert len(groups) == 1
    rec = canonical(event_key(groups[0]), groups[0], {})
    assert {r.doc_id for r in rec.reports} == {"a", "b", "c"}
    assert str(rec.fatalities) == "40–60", "the range across sources"
    assert rec.fatalities_acled == 60, "60, more than 55 and more than 40 all allow 60"
    assert rec.sub_event_type == "Suicide bomb", "the most specific sub-event type"
    assert rec.date.value == "2024-03-02", "the most precise date"
    [toll] = rec.contradictions
    assert (toll.kind, toll.severity, toll.shared) == ("fatalities", "variation", "60")
    assert not rec.conflicts, "compatible figures are no contradiction"


def test_disjoint_tolls_are_a_conflict():
    a = ev(1, "a", "2024-03-02", "Port Alma", low=6, high=6, text=BOMB)
    b = ev(2, "b", "2024-03-02", "Port Alma", low=8, high=8, text=BOMB)
    rec = canonical("k", [a, b], {})
    assert [(c.kind, c.severity) for c in rec.contradictions] == [("fatalities", "conflict")]
    assert rec.fatalities_acled == 6 and str(rec.fatalities) == "6–8"


def test_a_month_agrees_with_its_year_and_a_district_with_its_province():
    a = ev(1, "a", "2020-05", None, admin1="Red Province", date_precision="month")
    b = ev(2, "b", "2020", None, admin1="Red Province", date_precision="year")
    c = ev(3, "c", "2020-05", "Port Alma", admin1="Red Province", date_precision="month")
    rec = canonical("k", [a, b, c], {})
    assert rec.contradictions == []
    d = ev(4, "d", "2020-05", "Kessel", admin1="Blue Province", date_precision="month")
    kinds = [(x.kind, x.severity) for x in canonical("k", [c, d], {}).contradictions]
    assert kinds == [("place", "conflict")]


def test_a_claim_denied_by_its_own_claimant_in_one_report_is_no_contradiction():
    one = ev(1, "a", "2024-03-02", "Port Alma", claimed_by="Northern Front", denied_by="Northern Front")
    assert canonical("k", [one], {}).contradictions == []
    claims = [dict(doc_id="a", subject="Taliban", quantity="killed", low=35, high=35, attributed_to="ISKP",
                   denied_by="ISKP", evidence="...", evidence_start=0, evidence_end=3)]
    assert claim_contradictions(claims) == []
    other = ev(2, "b", "2024-03-02", "Port Alma", denied_by="Northern Front")
    claimed = ev(3, "c", "2024-03-02", "Port Alma", claimed_by="Northern Front")
    [denial] = canonical("k", [claimed, other], {}).contradictions
    assert denial.kind == "claim_denied" and denial.items[-1].attributed_to == "Northern Front"


def test_same_day_different_towns_never_merge():
    a = ev(1, "a", "2024-03-02", "Port Alma", text=BOMB)
    b = ev(2, "b", "2024-03-02", "Kessel", text=BOMB.replace("Port Alma", "Kessel"))
    assert len(cluster([a, b])) == 2


def test_reports_in_one_document_are_not_merged_across():
    a = ev(1, "a", "2024-03-02", "Port Alma", text=BOMB)
    b = dict(ev(2, "a", "2024-03-02", "Port Alma", text=BOMB), evidence_start=200, evidence_end=200 + len(BOMB))
    assert len(cluster([a, b])) == 2
    assert len(cluster([a, dict(a, id=2)])) == 1, "one report extracted twice (one span) is one report"


def test_different_dates_or_types_stay_apart():
    a = ev(1, "a", "2024-03-02", "Port Alma", text=BOMB)
    b = ev(2, "b", "2024-03-09", "Port Alma", text=BOMB)
    c = ev(3, "c", "2024-03-02", "Port Alma", etype="Strategic developments", sub="Arrests", text=BOMB)
    assert len(cluster([a, b, c])) == 3


def test_different_perpetrators_are_a_contradiction():
    a = ev(1, "a", "2024-03-02", "Port Alma", actor1="Taliban", text=BOMB)
    b = ev(2, "b", "2024-03-02", "Port Alma", actor1="ISIS-K", text=BOMB)
    rec = canonical("k", [a, b], {})
    assert [c.kind for c in rec.contradictions] == ["perpetrator"]
    same = canonical("k", [dict(a, actor1="ISKP"), b], {})
    assert same.contradictions == [], "two names of one actor are no contradiction"


def test_claimed_figures_as_intervals_within_one_period():
    def claim(id, doc, lo, hi, who, denied=None, period="2021"):
        return dict(id=id, doc_id=doc, subject="Northern Front", quantity="fighters", low=lo, high=hi,
                    attributed_to=who, denied_by=denied, period=period, evidence="...", evidence_start=0,
                    evidence_end=3)
    found = claim_contradictions([claim(1, "a", 1500, 2200, "a UN report"), claim(2, "b", 3000, 4000, "analysts"),
                                  claim(3, "c", 2000, 3200, "officials", denied="Northern Front")])
    kinds = sorted((c.kind, c.severity) for c in found)
    assert kinds == [("claim_denied", "conflict"), ("claim_figures", "conflict")]
    figures = next(c for c in found if c.kind == "claim_figures")
    assert {i.value for i in figures.items} == {"1,500–2,200", "3,000–4,000", "2,000–3,200"}
    overlap = claim_contradictions([claim(1, "a", 1500, 2200, "UN"), claim(2, "b", 2000, 4000, "analysts")])
    assert [(c.severity, c.shared) for c in overlap] == [("variation", "2,000–2,200")]
    other_periods = claim_contradictions([claim(1, "a", 115, 115, "UN", period="2020"),
                                          claim(2, "b", 47, 47, "UN", period="2021")])
    assert other_periods == [], "figures for two periods are not compared"


def test_texts_naming_different_places_are_different_events():
    a = ev(1, "a", "2024-03-02", None, admin1="Red Province",
           text="Assailants attacked a police post in Upper Vell, Red Province.")
    b = ev(2, "b", "2024-03-02", None, admin1="Red Province",
           text="Assailants attacked a police post in Sarn Ford, Red Province.")
    assert len(cluster([a, b])) == 2


def test_two_protests_of_one_day_and_town_stay_apart():
    a = ev(1, "a", "2024-03-02", "Port Alma", etype="Protests", sub="Peaceful protest", actor1="Protesters (Freedonia)",
           text="Teachers protested in Port Alma against unpaid salaries.")
    b = ev(2, "b", "2024-03-02", "Port Alma", etype="Protests", sub="Protest with intervention",
           actor1="Protesters (Freedonia)", text="Police dispersed journalists protesting in Port Alma.")
    assert len(cluster([a, b])) == 2


def test_imprecise_place_merges_only_on_agreeing_figures_or_wording():
    a = ev(1, "a", "2024", None, sub="Arrests", etype="Strategic developments", actor1="Northern Front",
           low=80, high=80,
           text="The Front said it had detained at least 80 suspects in Red Province.")
    b = ev(2, "b", "2024", None, sub="Arrests", etype="Strategic developments", actor1="Northern Front",
           low=85, high=85,
           text="More than 80 people were arrested in the province, a Front governor said.")
    c = ev(3, "c", "2024", None, sub="Arrests", etype="Strategic developments", actor1="Northern Front", low=5, high=5,
           text="Five people were arrested in the province, a Front governor said.")
    assert len(cluster([a, b])) == 1
    assert len(cluster([a, c])) == 2


def test_a_site_and_its_town_are_one_place_but_two_towns_are_not():
    prison = ev(1, "a", "2024", "Central Prison", low=1, high=1, actor1="Northern Front", sub="Attack",
                etype="Violence against civilians", latitude=10.00, longitude=20.10,
                text="The Front claimed to have killed a former commander in the Central Prison.")
    town = ev(2, "b", "2024-03-02", "Port Alma", low=40, high=40, actor1="Northern Front", sub="Attack",
              etype="Violence against civilians", latitude=10.02, longitude=20.00,
              text="The Front executed about 40 detainees, including a former commander, when it took the prison.")
    far = dict(town, id=3, doc_id="c", location="Kessel", latitude=11.5, longitude=20.0)
    assert len(cluster([prison, town])) == 1
    assert len(cluster([prison, far])) == 2


def test_an_attack_and_a_suicide_bombing_merge_only_with_strong_agreement():
    a = ev(1, "a", "2024-03-02", "Port Alma Airport", low=60, high=60, etype="Violence against civilians", sub="Attack",
           text="The Northern Front attacked the crowd at Port Alma airport, killing 60 people.")
    b = ev(2, "b", "2024-03-02", "Port Alma Airport", low=55, high=None,
           text="A suicide bombing at the airport gate killed more than 55.")
    c = dict(b, id=3, doc_id="c", fatalities=None, fatalities_low=None, event_date="2024-03",
             evidence="Explosions were heard somewhere in the region.")
    assert len(cluster([a, b])) == 1
    assert len(cluster([a, c])) == 2


def test_unplaced_reports_merge_on_a_shared_proper_name_not_on_the_actor_alone():
    def change(id, doc, date, text):
        return ev(id, doc, date, None, admin1=None, etype="Strategic developments", sub="Change to group/activity",
                  text=text)
    a = change(1, "a", "2023", "In mid-2023, the Front elected Dr. Tarek Vossler as its new emir.")
    b = change(2, "b", "2023-05", "Tarek Vossler, the new leader of the Front appointed in May 2023, vowed revenge.")
    c = change(3, "c", "2023", "The Northern Front announced a new branch in the south.")
    groups = sorted(len(g) for g in cluster([a, b, c]))
    assert groups == [1, 2]


def test_a_day_apart_one_violent_event_only_with_the_same_toll():
    from polemos.resolve.coref import same_event
    a = ev(1, "a", "2024-03-14", None, admin1=None, low=11,
           text="Eleven police officers were killed in an attack on a station.")
    b = ev(2, "b", "2024-03-15", None, admin1=None, low=11, text="An attack on a police station left 11 officers dead.")
    assert same_event(a, b)
    c = dict(b, fatalities=3, fatalities_low=3)
    assert not same_event(a, c)
    p = ev(3, "c", "2024-03-14", "Port Alma", sub="Peaceful protest", etype="Protests", actor1="Protesters (Freedonia)",
           text="Journalists held a protest outside the press club in Port Alma.")
    q = dict(p, id=4, doc_id="d", event_date="2024-03-15")
    assert not same_event(p, q)          # protests recur day after day


def test_one_act_told_as_two_kinds_merges_on_the_same_toll_and_details():
    from polemos.resolve.coref import same_event
    a = ev(1, "a", "2019-02", None, admin1=None, sub="Armed clash", etype="Battles", low=27,
           text="In February 2019 the group claimed an attack on a bus carrying members of the Revolutionary "
                "Guard Corps.")
    b = ev(2, "b", "2019", None, admin1=None, sub="Suicide bomb", low=27,
           text="In 2019 the group claimed a suicide bombing on a bus that killed 27 members of the Revolutionary "
                "Guard Corps.")
    assert same_event(a, b)
    assert not same_event(a, dict(b, fatalities=9, fatalities_low=9))


def test_places_sharing_only_a_locality_word_differ():
    from polemos.resolve.coref import places_agree
    a = ev(1, "a", "2020-05-01", "Shobar Killi")
    b = ev(2, "b", "2020-05-01", "Seadullah Khan Killi")
    a["geo_precision"] = b["geo_precision"] = 2
    assert places_agree(a, b) is not True


def test_one_town_one_day_two_kinds_nobody_named_against_it_is_one_event():
    from polemos.resolve.coref import same_event
    a = ev(1, "a", "2024-05-10", "Port Alma", sub="Non-state actor overtakes territory", etype="Battles",
           actor1="Unidentified Armed Group (Freedonia)",
           text="Port Alma has been under attack by insurgents since dawn.")
    b = ev(2, "b", "2024-05", "Port Alma", sub="Armed clash", etype="Battles", actor1="Northern Front",
           text="Insurgents ransacked Port Alma after a dawn assault on Friday.")
    a["geo_precision"] = b["geo_precision"] = 1
    assert same_event(a, b)
    assert not same_event(a, dict(b, location="Kessel"))
    assert not same_event(a, dict(b, event_date="2024-05-14"))


def test_an_undated_report_in_the_same_town_is_compared_without_error():
    from polemos.resolve.coref import same_event
    a = ev(1, "a", None, "Port Alma", sub="Armed clash", etype="Battles", text="Insurgents attacked Port Alma.")
    b = ev(2, "b", "2024-05", "Port Alma", sub="Non-state actor overtakes territory", etype="Battles",
           text="Insurgents attacked Port Alma and took the town.")
    assert not same_event(a, b), "an undated report is not of the same day or month"


def test_a_month_dated_report_joins_the_report_of_its_own_village_not_the_district_summary():
    # one outlet: two strikes in a township (a summary, 11 dead) and one of them in a village 6 km away
    # (10 dead); another outlet, dated only to the month, tells the village strike: it joins the village report
    summary = ev(1, "a", "2023-06-27", "Pale", sub="Air/drone strike", low=11, latitude=22.00, longitude=95.00,
                 text="At least 11 civilians were killed in two airstrikes in Pale Township.")
    village = ev(2, "a", "2023-06-27", "Nyaung Kone", sub="Air/drone strike", low=10, latitude=22.05,
                 longitude=95.03, text="A jet dropped bombs on houses in Nyaung Kone village, killing 10 villagers.")
    other = ev(3, "b", "2023-06", "Nyaung Kone", sub="Air/drone strike", low=10, latitude=22.05, longitude=95.03,
               text="A military air strike on a village killed ten civilians, locals said.")
    for order in ([summary, village, other], [other, summary, village], [village, other, summary]):
        groups = {frozenset(e["id"] for e in g) for g in cluster(order)}
        assert frozenset({2, 3}) in groups and frozenset({1}) in groups


def test_an_event_key_is_its_first_report_s_and_stays_when_a_later_report_joins():
    a = ev(1, "a", "2024-03-02", "Port Alma", low=60, high=60, text=BOMB)
    b = ev(2, "b", "2024-03-01", "Port Alma", low=55, high=None, text="The market gate bombing killed 55.")
    c = ev(3, "c", "2024-03-02", None, low=40, high=None, text="A bombing in Red Province killed over 40.")
    key = event_key([a])
    assert key.startswith("2024-03-02-port-alma-suicide-bomb-") and len(key.rsplit("-", 1)[1]) == 6
    assert event_key([a, b]) == event_key([b, a]) == event_key([c, b, a]) == key
    assert event_key([b, c]) == event_key([b]) != key, "a report that sorts first gives the key"
    told_again = dict(a, id=9, fatalities=61)
    assert event_key([told_again]) != key, "what the report says is part of the key"
