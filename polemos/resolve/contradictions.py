"""The one contradiction finder: where sources disagree, as a `conflict` or a `variation`.

Figures are compared as intervals ("more than 170" is 170 to infinity). Intervals with no value in
common are a conflict; figures that differ yet share values (180, more than 170, more than 100) are a
variation, listed with each source's figure and the interval they share, and never counted as a
contradiction. Places conflict only when neither contains the other (a district and its province
agree), dates only when their intervals do not meet (a month agrees with its year), perpetrators only
when they are two different known actors. A denial is recorded against the denier, and an actor
denying its own claim is no contradiction within one statement (the same actor claiming and denying in
two sources is). Claims
are compared only about the same event, or the same
subject and quantity over the same period (a stated period, else the month the source was published).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import Any

from ..aliases import same_actor
from ..canonical import CONFLICT, VARIATION, CanonicalEvent, Contradiction, Item, Report
from ..dates import PartialDate
from ..ranges import Range, shared


def _item(r: Report, value: str, attributed_to: str | None = None) -> Item:
    return Item(r.doc_id, value, r.source, attributed_to, r.evidence, r.evidence_start, r.evidence_end)


def _figures(ev: CanonicalEvent) -> Contradiction | None:
    stated = [(r, r.fatalities) for r in ev.reports if r.fatalities.known]
    if len({str(f) for _, f in stated}) < 2:
        return None
    common = shared(f for _, f in stated)
    listed = " vs ".join(f"{f} ({r.source})" for r, f in stated)
    if common is None:
        return Contradiction("fatalities", CONFLICT, f"sources disagree on the toll: {listed}",
                             [_item(r, str(f)) for r, f in stated])
    return Contradiction("fatalities", VARIATION, f"the tolls differ but are compatible ({listed}); "
                         f"all allow {common}", [_item(r, str(f)) for r, f in stated], shared=str(common))


def _perpetrators(ev: CanonicalEvent) -> Contradiction | None:
    named = [r for r in ev.reports if r.actor1 and "unidentified" not in r.actor1.casefold()]
    if not any(same_actor(a.actor1, b.actor1) is False for a, b in combinations(named, 2)):
        return None
    return Contradiction("perpetrator", CONFLICT, "sources name different perpetrators: "
                         + " vs ".join(sorted({r.actor1 for r in named})), [_item(r, r.actor1) for r in named])


def _places(ev: CanonicalEvent) -> Contradiction | None:
    placed = [r for r in ev.reports if r.place.level != "none"]
    if all(a.place.compatible(b.place) for a, b in combinations(placed, 2)):
        return None
    return Contradiction("place", CONFLICT, "sources place it in places that do not contain each other: "
                         + " vs ".join(sorted({r.place.label() for r in placed})),
                         [_item(r, r.place.label()) for r in placed])


def _dates(ev: CanonicalEvent) -> Contradiction | None:
    dated = [r for r in ev.reports if r.date]
    if all(a.date.overlaps(b.date) for a, b in combinations(dated, 2)):
        return None
    return Contradiction("date", CONFLICT, "sources date it differently: "
                         + " vs ".join(sorted({r.date.label() for r in dated})),
                         [_item(r, r.date.label()) for r in dated])


def _denials(ev: CanonicalEvent) -> list[Contradiction]:
    out = []
    for r in ev.reports:
        denier = r.denied_by
        # a claim made elsewhere: by another report, or by this one when the denier is someone else
        claims = [c for c in ev.reports if c.claimed_by and (c is not r or not _one(c.claimed_by, denier))]
        if not denier or not claims:
            continue
        claimant = claims[0].claimed_by
        items = [_item(c, "claimed it", c.claimed_by) for c in claims] + [_item(r, "denied it", denier)]
        out.append(Contradiction("claim_denied", CONFLICT, f"{claimant} claimed it ({claims[0].source}); "
                                 f"{denier} denied it ({r.source})", items))
    return out


def _one(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and (a == b or bool(same_actor(a, b)))


def event_contradictions(ev: CanonicalEvent) -> list[Contradiction]:
    """Disagreements between the reports of one canonical event."""
    found = [c for c in (_figures(ev), _perpetrators(ev), _places(ev), _dates(ev)) if c] + _denials(ev)
    for c in found:
        c.event_key, c.about = ev.event_key, ev.title()
    return found


# ---- claims --------------------------------------------------------------------------------
def _claim_range(c: Mapping[str, Any]) -> Range:
    return Range(c.get("low"), c.get("high"))


def _claim_item(c: Mapping[str, Any], value: str, who: str | None) -> Item:
    return Item(c["doc_id"], value, None, who, c.get("evidence"), c.get("evidence_start"), c.get("evidence_end"))


def _period(c: Mapping[str, Any], event_of: Mapping[int, str], published: Mapping[str, Any]) -> str:
    """What a claimed figure is about in time: its event, its stated period, else its source's month."""
    if c.get("id") in event_of:
        return "event:" + event_of[c["id"]]
    if c.get("period"):
        return "period:" + str(c["period"])
    when = PartialDate.maybe(str(published.get(c["doc_id"]) or ""))
    return "month:" + (when.value[:7] if when else "unknown")


def claim_contradictions(claims: Iterable[Mapping[str, Any]], published: Mapping[str, Any] | None = None,
                         event_of: Mapping[int, str] | None = None) -> list[Contradiction]:
    """Denied claims (against the denier) and claimed figures that differ for one subject, quantity and period.

    `published`: doc_id -> publication date; `event_of`: claim id -> event key of the event its sentence reports."""
    published, event_of = published or {}, event_of or {}
    out: list[Contradiction] = []
    groups: dict[tuple, list[Mapping[str, Any]]] = {}
    for c in claims:
        who, denier = c.get("attributed_to"), c.get("denied_by")
        about = f"{c['subject']} · {c['quantity']}"
        if denier and not _one(denier, who):
            figure = _claim_range(c)
            out.append(Contradiction(
                "claim_denied", CONFLICT, f"{who or 'a source'} claims {c['quantity']} {figure}; {denier} denies it",
                [_claim_item(c, f"claims {figure}", who), _claim_item(c, "denies it", denier)],
                about=about, claim_ids=[c["id"]] if c.get("id") else []))
        if c["quantity"] != "other" and _claim_range(c).known:
            key = (c["subject"].casefold(), c["quantity"], _period(c, event_of, published))
            groups.setdefault(key, []).append(c)
    for (_subject, quantity, _period_key), group in groups.items():
        if len({c["doc_id"] for c in group}) < 2 or len({str(_claim_range(c)) for c in group}) < 2:
            continue
        common = shared(_claim_range(c) for c in group)
        listed = " vs ".join(f"{_claim_range(c)} ({c.get('attributed_to') or c['doc_id']})" for c in group)
        subject = group[0]["subject"]
        items = [_claim_item(c, str(_claim_range(c)), c.get("attributed_to")) for c in group]
        ids = [c["id"] for c in group if c.get("id")]
        if common is None:
            out.append(Contradiction("claim_figures", CONFLICT, f"{subject}, {quantity}: {listed}", items,
                                     about=f"{subject} · {quantity}", claim_ids=ids))
        else:
            out.append(Contradiction("claim_figures", VARIATION, f"{subject}, {quantity}: {listed}; all allow {common}",
                                     items, shared=str(common), about=f"{subject} · {quantity}", claim_ids=ids))
    return out
