"""Concepts, the causal map, its exports, contradictions and the scenario command, through the store."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from polemos.causal.causal_map import build_map, causal_map
from polemos.causal.concept_pack import ConceptPack, load_concept_pack
from polemos.causal.concepts import normalise
from polemos.cli import main
from polemos.errors import PolemosError
from polemos.pipeline import ingest
from polemos.store import open_store

ARTICLES = {
    "a": ("Published: 2023-05-02\n\nThe drought in the north has fuelled recruitment by armed groups. "
          "Rising food prices will also increase recruitment by armed groups, analysts said. "
          "Recruitment by armed groups has intensified attacks on the highway."),
    "b": ("Published: 2023-06-10\n\nThe severe drought in the north has fuelled recruitment by armed groups, "
          "aid workers say. A lack of rain has weakened local farming."),
    "c": ("Published: 2023-07-01\n\nThe drought in the north did not increase recruitment by armed groups, "
          "a government spokesman said."),
}


def statement(cause, effect, sign="+", modality="asserted", doc="d1", publisher=None):
    return {"doc_id": doc, "cause": cause, "effect": effect, "sign": sign, "modality": modality,
            "publisher": publisher, "evidence": f"{cause} ... {effect}", "cause_actors": [], "effect_actors": []}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("causal")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    st = open_store(str(folder / "kb.db"))
    assert ingest(st, [str(folder)]).ok
    return st


def test_direction_words_leave_the_concept_and_turn_the_sign():
    assert normalise("the erosion of support") == (["support"], -1)
    assert normalise("growing poverty") == (["poverty"], 1)
    cmap = build_map([statement("the erosion of public support", "the regime's grip on power", sign="-")],
                     ConceptPack())
    (edge,) = cmap.edges
    assert edge.sign == "+"      # less support, less grip: support raises grip


def test_similar_phrases_merge_and_say_why(store):
    cmap = causal_map(store, ConceptPack())
    drought = [c for c in cmap.concepts.values() if "drought in the north" in " ".join(c.phrases).lower()]
    assert len(drought) == 1
    phrases = drought[0].as_dict()["phrases"]
    assert len(phrases) >= 2 and any("Jaccard" in p["why"] for p in phrases)


def test_edges_keep_every_statement_belief_and_denials(store):
    cmap = causal_map(store, ConceptPack())
    edge = next(e for e in cmap.edges if "drought" in cmap.label(e.cause) and "recruitment" in cmap.label(e.effect))
    assert edge.sign == "+" and len(edge.support) == 2 and len(edge.denials) == 1
    assert {s["doc_id"] for s in edge.support} == {"a", "b"}
    assert all(s["evidence"] and s["modality"] == "asserted" for s in edge.support)
    assert 0 < edge.belief < 1 and edge.contradicted
    kinds = {c["kind"] for c in cmap.contradictions()}
    assert "causal_denied" in kinds


def test_belief_grows_with_independent_sources_and_falls_with_hedging():
    one = build_map([statement("x factor", "y outcome")], ConceptPack()).edges[0].belief
    two = build_map([statement("x factor", "y outcome"), statement("x factor", "y outcome", doc="d2")],
                    ConceptPack()).edges[0].belief
    same_outlet = build_map([statement("x factor", "y outcome", publisher="P"),
                             statement("x factor", "y outcome", doc="d2", publisher="P")],
                            ConceptPack()).edges[0].belief
    hedged = build_map([statement("x factor", "y outcome", modality="predictive")], ConceptPack()).edges[0].belief
    assert two > one == same_outlet > hedged


def test_opposite_signs_are_a_contradiction():
    cmap = build_map([statement("x factor", "y outcome"), statement("x factor", "y outcome", sign="-", doc="d2")],
                     ConceptPack())
    assert [c["kind"] for c in cmap.contradictions()] == ["causal_opposite_sign"]
    assert all(e.contradicted for e in cmap.edges)


def test_concept_pack_renames_merges_and_splits(tmp_path, monkeypatch, store):
    auto = causal_map(store, ConceptPack())
    rec = next(c for c in auto.concepts.values() if "recruitment" in c.label.lower())
    pack = tmp_path / "concepts.yaml"
    pack.write_text(
        "concepts:\n  - label: Food prices\n    contains: [food prices]\n"
        f"rename:\n  {rec.id}: Armed group recruitment\n", encoding="utf-8")
    monkeypatch.setenv("POLEMOS_CONCEPTS", str(pack))
    cmap = causal_map(store)
    assert cmap.concepts[rec.id].label == "Armed group recruitment"
    assert "food-prices" in cmap.concepts and cmap.concepts["food-prices"].source == "pack"
    pack.write_text("merge:\n  - [" + rec.id + ", " + next(iter(auto.concepts)) + "]\n", encoding="utf-8")
    assert len(causal_map(store).concepts) == len(auto.concepts) - (rec.id != next(iter(auto.concepts)))
    pack.write_text("rename: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(PolemosError, match="concept pack"):
        load_concept_pack()


def test_exports_causal_jsonl_and_causal_map(store, tmp_path):
    runner = CliRunner()
    db = store.url.replace("sqlite:///", "")
    res = runner.invoke(main, ["export", "causal", "--format", "jsonl", "--db", db])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.splitlines() if x.startswith("{")]
    assert rows and all({"doc_id", "cause", "effect", "sign", "modality", "attributed_to", "evidence",
                         "cause_concept", "effect_concept"} <= set(r) for r in rows)
    out = tmp_path / "map.graphml"
    res = runner.invoke(main, ["export", "causalmap", "--format", "graphml", "-o", str(out), "--db", db])
    assert res.exit_code == 0, res.output
    g = nx.read_graphml(out)
    assert g.number_of_edges() >= 2 and all("evidence" in d for _, _, d in g.edges(data=True))
    res = runner.invoke(main, ["export", "causalmap", "--format", "json", "--db", db])
    assert json.loads(res.output)["edges"]


def test_scenario_command_picks_the_nearest_concept_and_explains(store):
    db = store.url.replace("sqlite:///", "")
    res = CliRunner().invoke(main, ["scenario", "run", "--set", "northern drought=+1", "--target", "armed recruitment",
                                    "--json", "--samples", "50", "--db", db])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert "drought" in out["chosen"]["northern drought"]["label"].lower()
    (change,) = out["changes"]
    assert change["change"] > 0 and change["band"][0] <= change["change"] <= change["band"][1]
    assert change["paths"] and out["converged"]
    res = CliRunner().invoke(main, ["scenario", "run", "--set", "northern drought", "--db", db])
    assert res.exit_code != 0 and "CONCEPT=VALUE" in res.output


def test_web_causal_map_page_and_scenario_form(store):
    import asyncio

    import httpx

    from polemos.web import create_app

    app = create_app(store.url.replace("sqlite:///", ""))

    async def fetch():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as c:
            return [await c.get(u) for u in ("/causal", "/causal?format=json", "/scenario",
                                              "/scenario?set=northern+drought%3D%2B1&samples=20", "/scenario?set=oops")]

    page, js, form, run, bad = asyncio.run(fetch())
    assert page.status_code == 200 and "Causal map" in page.text and "fuelled recruitment" in page.text
    assert "<line" in page.text and "/documents/a?start=" in page.text
    edges = js.json()["edges"]
    assert edges and all(e["statements"] or e["denials"] for e in edges)
    assert form.status_code == 200 and 'name="set"' in form.text
    assert run.status_code == 200 and "recruitment" in run.text and "converged" in run.text
    assert bad.status_code == 400


def test_brief_has_a_drivers_and_scenarios_section(store):
    from polemos.views.brief import render_brief

    md = render_brief(store, "md")
    assert "## Drivers and scenarios" in md and "raises" in md and "Scenario:" in md
    assert "Drivers and scenarios" in render_brief(store, "html")


def test_scenario_on_the_bundled_reference_articles_raises_an_isis_k_concept(tmp_path):
    from pathlib import Path

    import polemos

    corpus = Path(polemos.__file__).parent / "examples" / "reference.jsonl"
    db = str(tmp_path / "ref.db")
    assert ingest(open_store(db), [str(corpus)]).ok
    res = CliRunner().invoke(main, ["scenario", "run", "--set", "Taliban internal division=+1", "--json",
                                    "--samples", "30", "--db", db])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert "taliban" in out["chosen"]["Taliban internal division"]["label"].lower()
    raised = [c for c in out["changes"] if "isis-k" in c["label"].lower() and c["change"] > 0]
    assert raised and raised[0]["paths"]
