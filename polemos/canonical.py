"""The typed records of the knowledge base's products: a canonical event (one real-world event, merged
across the reports of it), each report as its source gives it, and a contradiction between sources.

They are built in one place (polemos.resolve.reconcile and polemos.resolve.contradictions), stored as
typed columns plus this JSON, and read back as these records by every view and export.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .dates import PartialDate
from .place import Place
from .ranges import Range

CONFLICT, VARIATION = "conflict", "variation"


def _date_json(d: PartialDate | None) -> list[str] | None:
    return [d.value, d.precision] if d else None


@dataclass
class Report:
    """One source's account of a canonical event."""

    event_id: int
    doc_id: str
    publisher: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    date: PartialDate | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    claimed_by: str | None = None
    denied_by: str | None = None
    reported_by: str | None = None
    place: Place = field(default_factory=Place)
    fatalities: Range = field(default_factory=Range)
    evidence: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None

    @property
    def source(self) -> str:
        """How the source is named: its publisher, else its title, else its document id."""
        return self.publisher or self.title or self.doc_id

    def cite(self) -> str:
        """'Reuters, 11 Mar 2024': the source as a reader recognises it."""
        when = PartialDate.maybe(self.published)
        return f"{self.source}, {when.label()}" if when else self.source


@dataclass
class Item:
    """What one source says on a disputed point, with the evidence."""

    doc_id: str
    value: str
    source: str | None = None
    attributed_to: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Contradiction:
    """Sources that disagree: a `conflict` (their accounts cannot both hold) or a `variation` (they differ
    but are compatible: `shared` is what all of them allow)."""

    kind: str                      # fatalities, perpetrator, place, date, claim_denied, claim_figures
    severity: str                  # conflict | variation
    summary: str
    items: list[Item] = field(default_factory=list)
    shared: str | None = None
    event_key: str | None = None
    about: str | None = None       # what it is about, for a reader ("Suicide bomb, Kabul, 26 Aug 2021")
    claim_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(vars(self), items=[dict(vars(i)) for i in self.items])

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Contradiction:
        return cls(**{**d, "items": [Item(**i) for i in d.get("items") or []]})


@dataclass
class CanonicalEvent:
    """One real-world event: the merged account (the most specific type, the most precise date and place,
    the range of figures across sources) and every report of it."""

    event_key: str
    event_type: str
    sub_event_type: str
    date: PartialDate | None = None
    place: Place = field(default_factory=Place)
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor1: str | None = None
    assoc_actor2: str | None = None
    claimed_by: str | None = None
    denied_by: str | None = None
    fatalities: Range = field(default_factory=Range)      # from the lowest figure stated to the highest
    fatalities_acled: int | None = None                   # ACLED's one conservative figure
    notes: str | None = None
    reports: list[Report] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({r.source for r in self.reports})

    @property
    def conflicts(self) -> list[Contradiction]:
        return [c for c in self.contradictions if c.severity == CONFLICT]

    @property
    def variations(self) -> list[Contradiction]:
        return [c for c in self.contradictions if c.severity == VARIATION]

    def title(self) -> str:
        """'Suicide bomb, Hamid Karzai International Airport, 26 Aug 2021'."""
        where = self.place.location or self.place.admin1 or self.place.country or "unknown place"
        return f"{self.sub_event_type}, {where}, {self.date.label() if self.date else 'undated'}"

    # ---- flat form (exports) and storage ------------------------------------------
    def row(self) -> dict[str, Any]:
        """The flat record exports write, with the Contracts' field names."""
        p = self.place
        return {"event_key": self.event_key, "event_date": self.date.value if self.date else None,
                "date_precision": self.date.precision if self.date else None, "event_type": self.event_type,
                "sub_event_type": self.sub_event_type, "actor1": self.actor1, "assoc_actor1": self.assoc_actor1,
                "actor2": self.actor2, "assoc_actor2": self.assoc_actor2, "claimed_by": self.claimed_by,
                "denied_by": self.denied_by, "country": p.country, "country_code": p.country_code,
                "admin1": p.admin1, "admin1_code": p.admin1_code, "admin2": p.admin2, "location": p.location,
                "latitude": p.latitude, "longitude": p.longitude, "geo_precision": p.precision,
                "place_level": p.level, "fatalities": self.fatalities_acled,
                "fatalities_low": self.fatalities.low, "fatalities_high": self.fatalities.high,
                "notes": self.notes, "reports": len(self.reports), "sources": self.sources,
                "conflicts": len(self.conflicts), "variations": len(self.variations)}

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (shallow copies; dates as [value, precision]); from_json reads it back."""
        out = dict(vars(self))
        out["date"] = _date_json(self.date)
        out["place"], out["fatalities"] = dict(vars(self.place)), dict(vars(self.fatalities))
        out["reports"] = [dict(vars(r), date=_date_json(r.date), place=dict(vars(r.place)),
                               fatalities=dict(vars(r.fatalities))) for r in self.reports]
        out["contradictions"] = [dict(vars(c), items=[dict(vars(i)) for i in c.items]) for c in self.contradictions]
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> CanonicalEvent:
        d = dict(d)
        d["date"] = PartialDate(*d["date"]) if d.get("date") else None
        d["place"] = Place(**d.get("place") or {})
        d["fatalities"] = Range(**d.get("fatalities") or {})
        d["reports"] = [Report(**{**r, "date": PartialDate(*r["date"]) if r.get("date") else None,
                                  "place": Place(**r.get("place") or {}),
                                  "fatalities": Range(**r.get("fatalities") or {})}) for r in d.get("reports") or []]
        d["contradictions"] = [Contradiction.from_dict(c) for c in d.get("contradictions") or []]
        return cls(**d)
