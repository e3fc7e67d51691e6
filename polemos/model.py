"""The typed records that flow between Polemos' stages.

Every fact carries the Span of its evidence: a document id and exact character
offsets into that document's stored text. Nothing here imports the rest of
the package.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .dates import PartialDate


@dataclass(frozen=True)
class Span:
    """Evidence: characters [start, end) of document `doc_id`'s text (with that `text` when read back from
    the store; it takes no part in comparisons)."""

    doc_id: str
    start: int
    end: int
    text: str | None = field(default=None, compare=False, repr=False)

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class Document:
    """One source article, as ingested."""

    doc_id: str
    text: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: date | None = None
    # how `published` was obtained: metadata | text | inferred | override | None (unknown)
    published_source: str | None = None
    # what `published` is known to: day | month | year ("2024-05" in metadata: the month, dated the 1st)
    published_precision: str = "day"
    url: str | None = None
    language: str | None = None
    source: str | None = None          # path or URL it was read from
    fmt: str | None = None             # txt, md, html, pdf, jsonl, json, rss, url
    content_hash: str = ""             # identity: hash of the normalised text

    @property
    def published_iso(self) -> str | None:
        """The publication date as ISO, as precise as known ('2024-05-10', '2024-05', '2024')."""
        if self.published is None:
            return None
        return PartialDate.of(self.published, self.published_precision).value

    @property
    def words(self) -> int:
        return len(self.text.split())

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published_iso
        d["words"] = self.words
        return d


@dataclass
class ActorMention:
    span: Span
    text: str
    actor_id: str                      # canonical actor id (pack id or provisional:<slug>)
    name: str                          # canonical display name
    kind: str                          # armed_group, state, state_force, person, organisation, civilians, igo
    provisional: bool = False
    role: str | None = None            # for persons: leader, commander, spokesman...
    inferred: bool = False             # the actor is inferred from context, not named (an affiliate by country)


@dataclass
class PlaceMention:
    span: Span
    text: str
    name: str                          # resolved place name
    country: str | None                # ACLED short name
    admin1: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    iso: str | None = None             # ISO 3166-1 alpha-2 (or 3166-2 code for admin1)
    feature: str = "place"             # country | admin1 | city | site | district
    precision: int = 1                 # ACLED geo_precision 1..3


@dataclass
class TimeMention:
    span: Span
    text: str
    value: str | None                  # ISO: YYYY-MM-DD | YYYY-MM | YYYY | None
    precision: str | None              # day | week | month | year | decade
    inferred: bool = False             # resolved against the publication date or an anchor


@dataclass
class QuantityMention:
    span: Span
    text: str
    low: float | None
    high: float | None
    best: float | None                 # ACLED's single conservative value
    qualifier: str | None = None       # exact | more_than | at_least | about | range | vague | up_to


@dataclass
class Mentions:
    """Everything the entity layer found in one document."""

    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)


@dataclass
class Event:
    doc_id: str
    event_type: str
    sub_event_type: str
    evidence: Span
    event_date: str | None = None
    date_precision: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor1: str | None = None
    assoc_actor2: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries_low: int | None = None
    injuries_high: int | None = None
    claimed_by: str | None = None
    denied_by: str | None = None
    reported_by: str | None = None
    trigger: str | None = None
    extra_evidence: list[Span] = field(default_factory=list)
    event_key: str | None = None       # canonical cross-document event id
    notes: str | None = None


@dataclass
class Claim:
    doc_id: str
    subject: str
    # fighters, attacks, arrests, killed, executed, escaped, members_joined, countries, other
    quantity: str
    evidence: Span
    low: float | None = None
    high: float | None = None
    period: str | None = None
    attributed_to: str | None = None
    denied_by: str | None = None


@dataclass
class Relation:
    doc_id: str
    actor1: str
    relation: str                      # hostile, cooperative, rival, defection, member_of, leader_of, affiliate_of
    actor2: str
    evidence: Span
    start: str | None = None
    end: str | None = None
    extra_evidence: list[Span] = field(default_factory=list)   # other sentences stating it


@dataclass
class CausalStatement:
    """A stated causal link: cause and effect as the text words them (exact spans), with its evidence."""

    doc_id: str
    cause: str
    effect: str
    cause_span: Span
    effect_span: Span
    sign: str                          # "+" raises / causes / enables, "-" reduces / prevents
    modality: str                      # asserted | predictive | conditional | counter
    evidence: Span                     # the sentence
    signal: str = ""                   # the words that say it ("lead to", "because of")
    signal_span: Span | None = None
    attributed_to: str | None = None   # who states it (None: the author)
    cause_actors: list[str] = field(default_factory=list)    # actor ids named in the cause
    effect_actors: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """All facts extracted from one document."""

    mentions: Mentions = field(default_factory=Mentions)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    causal: list[CausalStatement] = field(default_factory=list)
