"""docs/ is honest: the example script runs end to end and its exports load in the consumers the guide names
(pandas, GeoPandas, networkx/Gephi's GraphML, the STIX validator and library); the guide's Python examples
run (doctest, after `polemos demo`), its YAML examples load as packs, and the commands and methods it
names exist."""
from __future__ import annotations

import csv
import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import polemos
from polemos.api import KnowledgeBase
from polemos.cli import main

ROOT = Path(__file__).parents[1]
GUIDE = ROOT / "docs" / "guide.md"
TEXT = GUIDE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def quickstart(tmp_path_factory):
    out = tmp_path_factory.mktemp("quickstart")
    run = subprocess.run([sys.executable, str(ROOT / "docs" / "examples" / "quickstart.py"), str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return out, run.stdout


def test_the_example_script_runs_end_to_end(quickstart):
    out, stdout = quickstart
    assert "ingest: 5 added, 0 already stored, 0 skipped, 0 failed" in stdout
    kb = polemos.open(out / "kb.db", create=False)
    n = len(kb.events(actor="ISIS-K"))
    assert f"{n} events involve ISIS-K" in stdout and n > 0
    assert "ISIS-K events by sub-event type:" in stdout, "the DataFrame part ran (the test install has pandas)"
    for name in ("canonical.csv", "reports.jsonl", "acled.csv", "events.geojson", "actors.graphml", "bundle.json",
                 "contradictions.jsonl", "brief.html"):
        assert (out / name).stat().st_size > 0, name


def test_each_export_loads_in_its_consumer(quickstart):
    out, _ = quickstart
    kb = polemos.open(out / "kb.db", create=False)
    n = len(kb.events())
    pd = pytest.importorskip("pandas")
    assert len(pd.read_csv(out / "canonical.csv")) == n
    reports = pd.read_json(out / "reports.jsonl", lines=True)
    assert reports["event_key"].nunique() == n and len(reports) == kb.counts()["events"]
    from polemos.export.acled import ACLED_COLUMNS
    with open(out / "acled.csv", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == list(ACLED_COLUMNS)
    gpd = pytest.importorskip("geopandas")
    points = gpd.read_file(out / "events.geojson")
    assert len(points) == n and points.crs.to_epsg() == 4326
    assert set(points.loc[points.geometry.isna(), "place_level"]) == {"country"}
    import networkx as nx
    graph = nx.read_graphml(out / "actors.graphml")
    assert {"kind", "mentions"} <= set(next(iter(graph.nodes.values())))
    assert {"relation", "weight", "sources"} <= set(next(iter(graph.edges(data=True)))[2])
    import stix2
    from stix2validator import validate_file
    assert validate_file(str(out / "bundle.json")).is_valid
    bundle = stix2.parse((out / "bundle.json").read_text(encoding="utf-8"), allow_custom=True)
    assert sum(1 for o in bundle.objects if o["type"] == "x-polemos-event") == n


def test_the_guide_s_python_examples_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    outcome = doctest.testfile(str(GUIDE), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False)
    assert outcome.attempted >= 15 and outcome.failed == 0


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", TEXT, re.S)


def test_the_guide_s_packs_load(tmp_path):
    from polemos.causal.concept_pack import load_concept_pack
    from polemos.knowledge.actors import ActorPack
    from polemos.watch.alerts import load_filters
    yamls = _blocks("yaml")
    actors = next(b for b in yamls if b.startswith("# my-actors.yaml"))
    (tmp_path / "my-actors.yaml").write_text(actors, encoding="utf-8")
    pack = ActorPack.load(extra=[tmp_path / "my-actors.yaml"])
    rec = pack.lookup("Northern Front")
    assert rec is not None and rec.id == "northern_liberation_front" and rec.parent == "islamic_state"
    concepts = next(b for b in yamls if b.startswith("# concepts.yaml"))
    (tmp_path / "concepts.yaml").write_text(concepts, encoding="utf-8")
    assert load_concept_pack(tmp_path / "concepts.yaml").concepts[0].label == "Taliban internal division"
    alerts = next(b for b in yamls if b.startswith("- name:"))
    (tmp_path / "alerts.yaml").write_text(alerts, encoding="utf-8")
    assert load_filters(tmp_path / "alerts.yaml")[0].name == "isk-afghanistan"


def test_the_guide_names_only_real_commands_and_methods():
    commands = set(main.commands)
    named = set(re.findall(r"`polemos ([a-z]+)", TEXT)) | set(re.findall(r"^polemos ([a-z]+)", TEXT, re.M))
    assert named and named <= commands, named - commands
    assert commands <= named, f"the guide does not show {commands - named}"
    methods = set(re.findall(r"\bkb\.([a-z_]+)\(", TEXT))
    assert methods and all(callable(getattr(KnowledgeBase, m, None)) for m in methods), \
        [m for m in methods if not callable(getattr(KnowledgeBase, m, None))]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/guide.md" in readme and "docs/examples/quickstart.py" in readme
    for link in re.findall(r"\]\(([^)#:]+)\)", TEXT):
        assert (GUIDE.parent / link).exists(), link

