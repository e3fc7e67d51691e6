"""Cross-document event coreference: reports of one real-world event become one canonical event.

Two reports (from different documents) are the same event when their types
are compatible, their dates agree within their precision, their places agree
(never the same day in two different towns), their actors do not conflict,
and enough of the rest (named place, day, actors, wording, figures) agrees.
"""
from __future__ import annotations

import hashlib
import math
import re
from functools import lru_cache
from typing import Any

from ..dates import PartialDate
from ..place import same_admin1

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
STOP = set("a an the of to in on and or for by with from at as is are was were be been has have had its it this that "
           "these those their his her they them after before when while said says also who which".split())
MERGE_SCORE = 3.0
NEAR_KM = 20.0        # two precise places this close are one locality (a site and its town)


def coarse(event_type: str | None) -> str:
    return "violent" if event_type in VIOLENT else (event_type or "")


@lru_cache(maxsize=65536)
def _date(value: str | None) -> PartialDate | None:
    return PartialDate.maybe(value)


def dates_agree(a: str | None, b: str | None) -> bool | None:
    """True/False when both are dated; None when either is undated. Two day-precise dates must be the same day
    (ACLED: one event per day), coarser ones agree when one holds the other (a month agrees with its year)."""
    da, db = _date(a), _date(b)
    if da is None or db is None:
        return None
    if _day_apart(a, b):
        return None    # "on Thursday night" in one report, "around midnight ... on Friday" in another: undecided
    return da.contains(db) or db.contains(da)


def _day_apart(a: str | None, b: str | None) -> bool:
    da, db = _date(a), _date(b)
    return bool(da and db) and da.precision == db.precision == "day" and abs((da.first - db.first).days) == 1


@lru_cache(maxsize=65536)
def _norm(name: str | None) -> str:
    name = re.sub(r"\([^)]*\)", " ", (name or "").casefold())
    return " ".join(re.findall(r"[a-z0-9]+", name))


def names_agree(a: str | None, b: str | None) -> bool | None:
    """Same actor, or one name contained in the other (Islamic State / Islamic State Khorasan Province)."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb or "unidentified" in (na + nb):
        return None
    ta, tb = set(na.split()), set(nb.split())
    return ta <= tb or tb <= ta


def places_agree(a: dict, b: dict) -> bool | None:
    """False when the places differ; True only when both name the same precise place (precision 1-2);
    None when nothing precise can be compared."""
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    if a.get("admin1") and b.get("admin1") and not same_admin1(a.get("country"), a["admin1"], b["admin1"]):
        return False          # two provinces, however each text spells its own
    la, lb = _norm(a.get("location")), _norm(b.get("location"))
    precise = (a.get("geo_precision") or 3) <= 2 and (b.get("geo_precision") or 3) <= 2
    na, nb = named_places(a.get("evidence")), named_places(b.get("evidence"))
    if na and nb and not (na & nb):
        return False   # the texts name different places, resolved or not
    if not (la and lb and precise):
        return None
    if (set(la.split()) & set(lb.split())) - _locality_words():
        return True
    km = _distance_km(a, b)
    return km is not None and km <= NEAR_KM   # a site in its town (a prison and "Kabul"), else two places


@lru_cache(maxsize=1)
def _locality_words() -> frozenset[str]:
    from ..knowledge.places.tables import read_yaml
    return frozenset(str(w).casefold() for w in read_yaml("names.yaml")["locality_words"])


_PLACE_CUE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
_NOT_PLACES = set("january february march april may june july august september october november december "
                  "monday tuesday "
                  "wednesday thursday friday saturday sunday".split())


def named_places(text: str | None) -> frozenset[str]:
    """Capitalised names after a locative preposition ("in Lahore", "near Afghan Tepa"), as lower-case tokens."""
    return _named_places(text or "")


@lru_cache(maxsize=16384)
def _named_places(text: str) -> frozenset[str]:
    out: set[str] = set()
    for m in _PLACE_CUE.finditer(text or ""):
        out |= {w for w in re.findall(r"[a-z]+", m.group(1).casefold().replace("’s", "").replace("'s", ""))
                if w not in _NOT_PLACES}
    return frozenset(out)


def _distance_km(a: dict, b: dict) -> float | None:
    try:
        lat1, lon1, lat2, lon2 = (math.radians(float(v)) for v in
                                  (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").casefold()) if w not in STOP and len(w) > 2}


_PROPER = re.compile(r"(?<!^)\b([A-Z][a-z]{3,})\b")
_NUMBER = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,])")


def specifics(e: dict) -> set[str]:
    """What only one event's reports tend to share: its figures (not years) and its rarer proper names
    (not the place, the country, the actors' names, months or weekdays)."""
    text = e.get("evidence") or ""
    place = {w for f in ("country", "admin1", "location", "actor1", "actor2") for w in _norm(e.get(f)).split()}
    nums = {n.replace(",", "") for n in _NUMBER.findall(text)}
    nums = {n for n in nums if not (len(n) == 4 and 1900 <= int(n) <= 2100) and int(n) > 1}
    names = {w.casefold() for w in _PROPER.findall(text)} - _NOT_PLACES - place
    return nums | names


def _specifics_of(e: dict) -> set[str]:
    if "_specifics" not in e:
        e["_specifics"] = specifics(e)
    return e["_specifics"]


def _words_of(e: dict) -> set[str]:
    if "_words" not in e:
        e["_words"] = _words(e.get("evidence"))
    return e["_words"]


def _figures_close(a: dict, b: dict) -> bool | None:
    """Tolls within a factor of two; None when either is missing or both are too small to tell events apart."""
    fa, fb = a.get("fatalities"), b.get("fatalities")
    if not fa or not fb or max(fa, fb) < 5:
        return None
    return min(fa, fb) / max(fa, fb) >= 0.5


def _same_locality(a: dict, b: dict) -> bool:
    """Both name the same town or site (not merely places within a few km)."""
    la, lb = _norm(a.get("location")), _norm(b.get("location"))
    return bool(la) and la == lb and (a.get("geo_precision") or 3) <= 2 and (b.get("geo_precision") or 3) <= 2


def _month_only(a: dict, b: dict) -> bool:
    """One of the two is dated only to the month (the other falls in it)."""
    da, db = _date(a.get("event_date")), _date(b.get("event_date"))
    return bool(da and db) and "month" in (da.precision, db.precision)


def _same_toll(a: dict, b: dict) -> bool:
    """The same toll, large enough to tell events apart (27 dead in both reports)."""
    fa, fb = a.get("fatalities"), b.get("fatalities")
    return bool(fa) and fa == fb and fa >= 5


def same_event(a: dict, b: dict) -> bool:
    """The merge decision for two reports from different documents. (The cheap tests first, and the wording and
    specifics, the costly ones, only where the decision reads them: most candidates fail on date, actor or place.)"""
    if a["doc_id"] == b["doc_id"] or coarse(a.get("event_type")) != coarse(b.get("event_type")):
        return False
    dates = dates_agree(a.get("event_date"), b.get("event_date"))
    if dates is False:
        return False
    actors = names_agree(a.get("actor1"), b.get("actor1"))
    if actors is False:
        return False
    place = places_agree(a, b)
    if place is False:
        return False
    if _day_apart(a.get("event_date"), b.get("event_date")) and not (
            coarse(a.get("event_type")) == "violent" and (_same_toll(a, b) or (
                actors and a.get("sub_event_type") == b.get("sub_event_type") and _figures_close(a, b)))):
        # a day apart: one violent event told with the same toll, or by the same named perpetrator with a
        # close toll (11 police dead; 11 police and several assailants); protests recur daily
        return False
    same_day = bool(dates) and _date(a.get("event_date")).precision == _date(b.get("event_date")).precision == "day"

    def wording() -> float:
        wa, wb = _words_of(a), _words_of(b)
        return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0

    def specific() -> int:
        return len(_specifics_of(a) & _specifics_of(b))

    same_type = a.get("sub_event_type") == b.get("sub_event_type")
    kind = coarse(a.get("event_type"))
    figures = _figures_close(a, b)
    if not same_type:
        # two kinds of act (an "attack" and a "suicide bombing"): one event only for one named perpetrator
        # at one precise place with at least two more agreements, or told with the same toll and details
        if kind != "violent":
            return False
        told_alike = place is None and _same_toll(a, b) and bool(actors) and (
            specific() >= 2 or bool(names_agree(a.get("actor2"), b.get("actor2"))))
        # the same town and the same day (or month, as one report has it), nobody named against it: "Macomia under
        # attack since this morning" and "insurgent attack leaves Macomia shattered"
        one_town = (bool(place) and _same_locality(a, b) and (same_day or _month_only(a, b)) and figures is not False
                    and wording() >= 0.3)
        if not told_alike and not one_town and not (
                place and actors and same_day + bool(figures) + (wording() >= 0.3) + (specific() >= 2) >= 2):
            return False
        same_type = told_alike           # one act told as two kinds ("an attack on a bus", "a suicide bombing")
    if kind == "Protests" and wording() < 0.5:
        return False   # protests of one day in one town are one event only if their words agree (who, why)
    if not place:
        # no precise common place: one perpetrator's act of one type, agreeing in figures, specifics or wording
        return (dates is not False and bool(actors) and same_type and figures is not False
                and (bool(figures) or specific() >= 1 or wording() >= 0.6))
    score = 1.5 + (1.5 if same_day else 1.0 if dates else -0.5)
    score += 0.5 if actors else 0.0
    score += 0.5 if names_agree(a.get("actor2"), b.get("actor2")) else 0.0
    score += 0.5 if same_type else 0.0
    score += {True: 0.5, False: -0.5, None: 0.0}[figures]
    return score + 2.0 * wording() >= MERGE_SCORE


def link_strength(a: dict, b: dict) -> tuple:
    """How closely two reports of one event agree: one town, one toll, one day, shared words; then who they are
    (document and place in it), so that the order reports arrive in never changes which ones join."""
    wa, wb = _words_of(a), _words_of(b)
    wording = len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0
    same_day = _date(a.get("event_date")) == _date(b.get("event_date")) and \
        getattr(_date(a.get("event_date")), "precision", None) == "day"
    toll = bool(a.get("fatalities")) and a.get("fatalities") == b.get("fatalities")
    who = sorted([(a["doc_id"], a.get("evidence_start") or 0), (b["doc_id"], b.get("evidence_start") or 0)])
    return _same_locality(a, b) or _same_named_place(a, b), toll, same_day, round(wording, 3), tuple(who)


def _same_named_place(a: dict, b: dict) -> bool:
    """Both texts name one place after a locative ('in Nyaung Kone village'), resolved or not."""
    return bool(named_places(a.get("evidence")) & named_places(b.get("evidence")))


def event_key(reports: list[dict[str, Any]]) -> str:
    """A readable key that stays while an event gains reports: `<date>-<place>-<sub-event type>-<hash>`, all
    of it from one member, the first in the fixed content order (clusters.content_key: document id, evidence
    span, then what the report says), the hash (6 hex digits, sha1) of that report's document, span and
    content. Still a function of the set of reports alone (the order they came in does not matter), and
    one report alone has the key it keeps as the first report of an event: a report that joins an event
    changes its key only when the newcomer sorts first. Two events never share their first report (a report
    told twice in its document, same span and content, counts once)."""
    from .clusters import content_key  # (clusters imports this module)
    first = min(reports, key=content_key)
    return _first_report_key(first, content_key(first))


def _first_report_key(e: dict[str, Any], order: tuple) -> str:
    place = e.get("location") or e.get("admin1") or e.get("country") or "unknown-place"
    slug = "-".join(re.findall(r"[a-z0-9]+",
                               f"{e.get('event_date') or 'undated'} {place} {e['sub_event_type']}".casefold()))
    digest = hashlib.sha1(":".join(str(x) for x in order).encode()).hexdigest()[:6]
    return f"{slug[:80]}-{digest}"
