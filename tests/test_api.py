"""The Python API (polemos.open) on a store that `polemos demo` built from the bundled corpus: it counts what
the CLI and the web API count, returns typed records that agree with the exports, turns them into pandas and
GeoPandas frames that match what the exports load as, and its docstring examples run (doctest)."""
from __future__ import annotations

import doctest
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import polemos
from polemos.actor import Actor, ActorProfile
from polemos.canonical import CanonicalEvent, Contradiction
from polemos.cli import main
from polemos.errors import PolemosError, StoreError
from polemos.export import records
from polemos.extras import MissingExtra
from polemos.model import Claim, Relation
from polemos.query import InvalidQuery


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def kb(db):
    with polemos.open(db, create=False) as kb:
        yield kb


def _cli_count(db, *args) -> int:
    result = CliRunner().invoke(main, ["events", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return int(re.search(r"Events \((\d+)", result.output).group(1))


@pytest.mark.parametrize("params", [{"actor": "ISIS-K"}, {"actor": "Daesh"}, {"actor": "ISKP", "since": "2021-09"},
                                    {"country": "AF", "type": "Battles"}, {}])
def test_api_cli_and_web_count_the_same_events(db, kb, params):
    n = len(kb.events(**params))
    assert n > 0
    options = [x for k, v in params.items() for x in (f"--{k}", v)]
    assert _cli_count(db, *options) == n
    client = TestClient(kb.app())
    query = "&".join(f"{'event_type' if k == 'type' else k}={v}" for k, v in params.items())
    assert client.get(f"/api/events?{query}").json()["total"] == n
    assert len(list(kb.events(**params))) == n, "iterating yields what len() counts"


def test_the_one_liner_prints_the_cli_count(db):
    code = f"import polemos; kb = polemos.open({str(db)!r}); print(len(kb.events(actor='ISIS-K')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert int(out) == _cli_count(db, "--actor", "ISIS-K") > 0


def test_an_alias_selects_the_same_actor_s_events(kb):
    keys = {ev.event_key for ev in kb.events(actor="ISIS-K")}
    assert keys == {ev.event_key for ev in kb.events(actor="IS-K")} == {ev.event_key for ev in kb.events(actor="ISKP")}
    for ev in kb.events(actor="ISIS-K"):
        assert "Islamic State Khorasan Province (ISKP)" in (ev.actor1, ev.actor2, ev.claimed_by)


def test_events_page_slice_and_sort_like_the_listing(kb):
    events = kb.events()
    every = list(events)
    assert all(isinstance(ev, CanonicalEvent) for ev in every)
    assert [ev.event_key for ev in events[1:4]] == [ev.event_key for ev in every[1:4]]
    assert events[0].event_key == every[0].event_key and events[-1].event_key == every[-1].event_key
    with pytest.raises(IndexError):
        events[len(every)]
    dated = [ev.date.first for ev in every if ev.date]
    assert dated == sorted(dated, reverse=True), "newest first, as `polemos events`"
    oldest = kb.events(sort="event_date")[0]
    assert oldest.date.first == min(dated)
    assert kb.canonical_events(actor="Taliban")[0].event_key == kb.events(actor="Taliban")[0].event_key
    assert repr(kb.events(actor="ISIS-K")).startswith(f"<Events: {len(kb.events(actor='ISIS-K'))} (actor ISIS-K")


def test_bad_filters_are_refused_saying_why(kb):
    with pytest.raises(InvalidQuery, match="unknown event type"):
        kb.events(event_type="Picnics")
    with pytest.raises(InvalidQuery, match="no month 13"):
        kb.events(since="2021-13")
    with pytest.raises(TypeError, match="unknown filter colour"):
        kb.export("canonical", colour="red")


def test_claims_and_relations_are_typed_and_match_their_exports(kb):
    claims, relations = kb.claims(), kb.relations()
    assert claims and relations
    assert all(isinstance(c, Claim) for c in claims) and all(isinstance(r, Relation) for r in relations)
    assert claims.rows() == records.claim_records(kb.store)
    assert relations.rows() == records.relation_records(kb.store)
    for fact in [*claims, *relations]:
        text = kb.document(fact.doc_id).text
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    one = claims[0].doc_id
    assert {c.doc_id for c in kb.claims(doc_id=one)} == {one}


def test_actors_profile_and_contradictions(kb):
    actors = kb.actors()
    assert all(isinstance(a, Actor) for a in actors)
    exported = records.actor_records(kb.store)       # provisional actors have no pack fields
    assert [{k: a.row()[k] for k in rec} for a, rec in zip(actors, exported, strict=True)] == exported
    iskp = next(a for a in actors if a.actor_id == "iskp")
    assert "ISIS-K" in iskp.known_aliases and iskp.total_mentions == sum(iskp.mentions.values()) > 0
    profile = kb.actor("ISIS-K")
    assert isinstance(profile, ActorProfile) and profile.actor_id == "iskp"
    assert profile.name == kb.actor("Islamic State Khorasan Province").name
    assert profile.events and all(profile.name in (e.actor1, e.actor2) for e in profile.events)
    assert all(isinstance(r, Relation) and profile.name in (r.actor1, r.actor2) for r in profile.relations)
    with pytest.raises(PolemosError, match="no actor called"):
        kb.actor("Nobody At All Brigade")
    conflicts, every = kb.contradictions(), kb.contradictions(include_variations=True)
    assert all(isinstance(c, Contradiction) and c.severity == "conflict" for c in conflicts)
    assert [c.severity for c in every].count("conflict") == len(conflicts)


def test_to_pandas_is_what_the_csv_export_loads_as(kb, tmp_path):
    pd = pytest.importorskip("pandas")
    events = kb.events(actor="ISIS-K")
    frame = events.to_pandas()
    assert list(frame.columns) == list(records.CANONICAL_FIELDS) and len(frame) == len(events)
    out = tmp_path / "canonical.csv"
    kb.export("canonical", "csv", out, actor="ISIS-K")
    loaded = pd.read_csv(out)
    assert set(loaded["event_key"]) == set(frame["event_key"])
    assert frame.set_index("event_key")["fatalities"].to_dict() == loaded.set_index("event_key")["fatalities"].to_dict()
    claims = kb.claims().to_pandas()
    assert list(claims.columns) == list(records.CLAIM_FIELDS) and len(claims) == len(kb.claims())
    assert len(kb.actors().to_pandas()) == len(kb.actors())
    assert set(kb.contradictions(True).to_pandas()["severity"]) <= {"conflict", "variation"}


def test_to_geopandas_matches_the_geojson_export(kb, tmp_path):
    gpd = pytest.importorskip("geopandas")
    frame = kb.events().to_geopandas()
    assert frame.crs.to_epsg() == 4326 and len(frame) == len(kb.events())
    out = tmp_path / "events.geojson"
    kb.export("events", "geojson", out)
    loaded = gpd.read_file(out)
    assert len(loaded) == len(frame)
    assert frame.geometry.isna().sum() == loaded.geometry.isna().sum() > 0, "country-only events have no point"
    mine = {k: (g.x, g.y) for k, g in zip(frame["event_key"], frame.geometry, strict=True) if g is not None}
    theirs = {k: (round(g.x, 6), round(g.y, 6)) for k, g in zip(loaded["event_key"], loaded.geometry, strict=True)
              if g is not None}
    assert mine == theirs


def test_network_is_the_graph_gephi_gets(kb, tmp_path):
    import networkx as nx
    g = kb.network(actor="ISIS-K")
    assert "Islamic State Khorasan Province (ISKP)" in g and g.number_of_edges() > 0
    out = tmp_path / "actors.graphml"
    kb.export("network", "graphml", out, actor="ISIS-K")
    loaded = nx.read_graphml(out)
    assert set(loaded.nodes) == set(g.nodes) and loaded.number_of_edges() == g.number_of_edges()


def test_a_missing_extra_is_named(kb, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtra, match=re.escape("pip install 'polemos[pandas]'")):
        kb.events().to_pandas()
    monkeypatch.setitem(sys.modules, "geopandas", None)
    with pytest.raises(MissingExtra, match=re.escape("pip install 'polemos[geopandas]'")):
        kb.events().to_geopandas()


def test_open_ingest_brief_and_export(db, tmp_path):
    with pytest.raises(StoreError, match="no knowledge base"):
        polemos.open(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()
    kb = polemos.open(db)
    report = kb.ingest(polemos.example_corpus())
    assert report.ok and not report.added and len(report.duplicates) == 5, "the same texts are stored once"
    brief = kb.brief("md", actor="ISIS-K")
    assert "ISKP" in brief
    assert kb.write_brief(tmp_path / "b.html", actor="ISIS-K") == len(kb.events(actor="ISIS-K"))
    written = kb.export("events", "jsonl", tmp_path / "e.jsonl", since="2021-08")
    assert written.of == len(kb.events(since="2021-08")) == len({json.loads(line)["event_key"] for line in
                                                                  (tmp_path / "e.jsonl").read_text().splitlines()})


def test_the_api_on_postgresql(pg_url):
    kb = polemos.open(pg_url)
    assert kb.url.startswith("postgresql") and kb.counts()["events"] == 0
    assert len(kb.events(actor="ISIS-K")) == 0 and list(kb.events()) == [] and not kb.events()


@pytest.mark.parametrize("module", ["polemos.api", "polemos.selection"])
def test_docstring_examples_run(kb, module):
    import importlib
    mod = importlib.import_module(module)
    result = doctest.testmod(mod, extraglobs={"kb": kb, "polemos": polemos}, optionflags=doctest.ELLIPSIS,
                             verbose=False, report=True)
    assert result.attempted >= 3 and result.failed == 0
