"""The README's figures are the packs' and tables' own: each count it states is counted here again."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

README = re.sub(r"\s+", " ", (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8"))


def _n(pattern: str) -> list[int]:
    found = re.search(pattern, README)
    assert found, f"the README no longer says {pattern!r}"
    return [int(g.replace(",", "")) for g in found.groups()]


def test_actor_pack_counts():
    from polemos.knowledge.actors import default_pack
    records = list(default_pack().records.values())
    kinds = Counter(r.kind for r in records)
    stated = _n(r"([\d,]+) actor records with ([\d,]+) aliases: (\d+) armed groups, (\d+) state forces by country "
                r"and government period, (\d+) states \((\d+) countries, by period\), (\d+) persons with their roles, "
                r"(\d+) organisations \(.*?\), (\d+) IGOs and (\d+) civilian groups")
    states = [r for r in records if r.kind == "state"]
    assert stated == [len(records), sum(len(r.aliases) for r in records), kinds["armed_group"], kinds["state_force"],
                      kinds["state"], len({r.country for r in states}), kinds["person"], kinds["organisation"],
                      kinds["igo"], kinds["civilians"]]
    assert sum(kinds.values()) == len(records) and set(kinds) == {"armed_group", "state_force", "state", "person",
                                                                  "organisation", "igo", "civilians"}


def test_gazetteer_counts():
    from polemos.knowledge.places.tables import read_admin2, read_cities, read_csv
    cities = list(read_cities())
    assert _n(r"\(([\d,]+) GeoNames populated places in (\d+) countries and territories, ([\d,]+) second-level "
              r"districts, ISO 3166-2 divisions, (\d+) curated sites") == [
        len(cities), len({c.cc for c in cities}), len(list(read_admin2())), len(read_csv("sites.csv"))]


def test_taxonomy_export_and_corpus_counts():
    from polemos.demo import corpus_path
    from polemos.export.acled import ACLED_COLUMNS
    from polemos.extract.event_lexicon import load_lexicon
    lex = load_lexicon()
    assert _n(r"ACLED's taxonomy \((\d+) types, (\d+) sub-event types\)") == [len(set(lex.event_type.values())),
                                                                               len(lex.order)]
    assert _n(r"ACLED's (\d+) columns") == [len(ACLED_COLUMNS)]
    assert "ingests the five bundled reference articles" in README
    assert len(corpus_path().read_text(encoding="utf-8").splitlines()) == 5
