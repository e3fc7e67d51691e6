"""Division tables beyond GeoNames' first level, loaded into the gazetteer (a mixin of `Gazetteer`).

ISO 3166-2 first-level divisions GeoNames lacks, the parts ACLED splits some
divisions into (`admin1_parts.csv`), second-level divisions in their first-level
division (`admin2.tsv`) and seas (`seas.csv`).
"""
from __future__ import annotations

from collections import Counter

from .place import Place, plain_admin1, replace_place, scannable
from .tables import CityRow, fold, norm, read_admin2, read_csv, split_aliases


class DivisionTables:
    """Loaders and lookups of the extra division tables; `Gazetteer` provides the index they fill."""

    def _load_iso_admin1(self) -> None:
        """First-level divisions ISO 3166-2 lists that GeoNames' table names no town in ("Lac", Chad; Mwaro,
        Burundi, created after the town table was coded): known by name. A town of a code the table does not
        name lies in the new division it gives its name to, or else in the nearest one of those."""
        import pycountry
        have = {p.admin1_code for p in self._admin1.values() if p.admin1_code}
        known = Counter(cc for cc, code in self._admin1 if not code.startswith("~"))
        tops = [sub for sub in pycountry.subdivisions if not getattr(sub, "parent_code", None)]
        iso_count = Counter(sub.country_code for sub in tops)
        orphans: dict[str, list[CityRow]] = {}             # iso2 -> towns of codes no division holds
        for row in self._rows:
            if (row.cc, row.admin1) not in self._admin1:
                orphans.setdefault(row.cc, []).append(row)
        seats: dict[tuple[str, str], list[tuple[CityRow, Place]]] = {}   # (iso2, gn code) -> (seat, division)
        for sub in tops:
            if sub.code in have or sub.country_code not in self._countries \
                    or known[sub.country_code] >= iso_count[sub.country_code]:
                continue                               # GeoNames has as many: the rest are spellings
            cc = sub.country_code
            name = plain_admin1(fold(sub.name).split(" (")[0], self._habits)
            if not name or any(p.iso2 == cc and p.kind == "admin1" for p in self.lookup(name)):
                continue                               # a division of that name is already known
            seat = next((row for row in orphans.get(cc, ()) if _same_name(norm(row.name), norm(name))), None)
            place = Place(name=name, kind="admin1", country=self._countries[cc].name,
                          iso2=cc, admin1=name, admin1_code=sub.code, lat=seat.lat if seat else None,
                          lon=seat.lon if seat else None, scan=scannable(name, self._habits))
            self._admin1[(cc, "~" + norm(name))] = place
            self._add(name, place, scan=place.scan)
            if not place.scan:
                self.context_keys[norm(name)] = len(norm(name).split())
            if seat is not None:
                seats.setdefault((cc, seat.admin1), []).append((seat, place))
        for rows in orphans.values():
            for row in rows:
                near = seats.get((row.cc, row.admin1))
                if near:
                    self._town_admin1[row.geonameid] = min(
                        near, key=lambda s: (s[0].lat - row.lat) ** 2 + (s[0].lon - row.lon) ** 2)[1]

    def _load_parts(self) -> None:
        """First-level divisions ACLED splits in parts ("Shan-North"): each part by its box of coordinates."""
        for r in read_csv("admin1_parts.csv"):
            parent = self.admin1(r["iso2"], r["admin1"])
            if parent is None or parent.gn_admin1 is None:
                raise KeyError(f"admin1_parts.csv: no admin1 {r['admin1']!r} in {r['iso2']}")
            box = tuple(float(r[k]) if r[k] else None for k in ("lat_min", "lat_max", "lon_min", "lon_max"))
            part = replace_place(parent, name=r["part"], admin1=r["part"], scan=True)
            self._parts.setdefault((parent.iso2, parent.gn_admin1), []).append((box, r["direction"], part))
            for n in [r["part"]] + split_aliases(r["variants"]):
                self._add(n, part, scan=True)

    def part_of(self, adm: Place | None, lat: float | None, lon: float | None) -> Place | None:
        """The part of a split first-level division that holds this point (the division itself otherwise)."""
        parts = self._parts.get((adm.iso2, adm.gn_admin1)) if adm is not None and adm.kind == "admin1" else None
        if not parts or lat is None or lon is None:
            return adm
        for (lat0, lat1, lon0, lon1), _, part in parts:
            if (lat0 is None or lat >= lat0) and (lat1 is None or lat < lat1) and \
                    (lon0 is None or lon >= lon0) and (lon1 is None or lon < lon1):
                return part
        return adm

    def part_towards(self, adm: Place, direction: str) -> Place:
        """"northern Shan State": the part of a split division named by a direction word."""
        for _, d, part in self._parts.get((adm.iso2, adm.gn_admin1), ()):
            if d == direction:
                return part
        return adm

    def _load_admin2(self) -> None:
        """Second-level divisions, read inside their first-level division; a name that is already a
        first-level division or a curated district of that country is left to it."""
        by_iso = {p.admin1_code: p for p in self._admin1.values() if p.admin1_code}
        taken = {(e.iso2, norm(e.name)) for bucket in self._index.values() for e in bucket
                 if isinstance(e, Place) and e.kind != "city"}
        for row in read_admin2():
            adm = by_iso.get(row.admin1[4:]) if row.admin1.startswith("iso:") else \
                self._admin1.get((row.cc, row.admin1))
            key = norm(row.name)
            if adm is None or not key or (row.cc, key) in taken or norm(adm.name) == key:
                continue
            taken.add((row.cc, key))
            lat, lon = (row.lat, row.lon) if row.lat is not None else (adm.lat, adm.lon)
            adm = self.part_of(adm, lat, lon)
            place = Place(name=row.name, kind="district", country=adm.country, iso2=row.cc, admin1=adm.name,
                          admin1_code=adm.admin1_code, gn_admin1=adm.gn_admin1, lat=lat, lon=lon, admin2=True)
            self._index.setdefault(key, []).append(place)
            if key not in self.scan_keys:
                self.context_keys[key] = len(key.split())

    def coded_admin1(self, country: str | None, admin1: str | None, location: str | None,
                     at: tuple[float | None, float | None], told: list[str]) -> str | None:
        """The first-level division as ACLED codes it where its level is not GeoNames' (`names.yaml`): Montenegro's
        region holding the municipality; Uganda's district: the one a town shares its name with, else the one
        the text names (the nearest of several), else the one whose centre lies nearest. A place that is the
        GeoNames division itself (a region of Uganda) keeps it."""
        c = self.country(country) if country and admin1 else None
        if c is None:
            return admin1
        regions = self._habits.get("admin1_regions", {}).get(c.iso2)
        if regions:
            plain = norm(admin1.removeprefix("Opstina "))
            return next((r for r, towns in regions.items() if plain in {norm(t) for t in towns}), admin1)
        if c.iso2 not in self._habits.get("district_level_countries", ()) or norm(location or "") == norm(admin1):
            return admin1
        districts = self._districts(c.iso2)
        if (own := districts.get(norm(location or ""))) is not None:
            return own.name
        pool = [districts[norm(t)] for t in told if norm(t) in districts] or list(districts.values())
        lat, lon = at
        if len(pool) == 1 or lat is None or lon is None:
            return pool[0].name if len(pool) == 1 else admin1
        return min(pool, key=lambda p: (p.lat - lat) ** 2 + (p.lon - lon) ** 2).name

    def coded_spelling(self, country: str | None, admin1: str | None) -> bool:
        """Whether the division's name here is the coding's own spelling (`names.yaml` `coded_spellings`), which
        no other spelling a text writes replaces."""
        c = self.country(country) if country and admin1 else None
        return c is not None and admin1 in self._habits.get("coded_spellings", {}).get(c.iso2, ())

    def _districts(self, iso2: str) -> dict[str, Place]:
        """A country's second-level divisions by normal name (built once per country)."""
        cache = self.__dict__.setdefault("_district_cache", {})
        if iso2 not in cache:
            cache[iso2] = {norm(p.name): p for bucket in self._index.values() for p in bucket
                           if isinstance(p, Place) and p.admin2 and p.iso2 == iso2}
        return cache[iso2]

    def _load_seas(self) -> None:
        """Seas, gulfs, straits and lakes: no country of their own, placed in a shore country by the text."""
        for r in read_csv("seas.csv"):
            place = Place(name=r["name"], kind="sea", country=None, iso2=None, lat=float(r["lat"]),
                          lon=float(r["lon"]), scan=True, littoral=tuple(split_aliases(r["littoral"])))
            for n in [r["name"]] + split_aliases(r["aliases"]):
                self._add(n, place, scan=True)


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name: equal, or of one length over five letters differing in one ("Karusi", "Karuzi")."""
    return a == b or (len(a) == len(b) > 5 and sum(x != y for x, y in zip(a, b)) == 1)
