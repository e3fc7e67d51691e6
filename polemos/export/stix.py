"""STIX 2.1 bundle of the knowledge base.

armed groups -> intrusion-set (with aliases); states, forces, organisations, persons, civilians -> identity;
places -> location; documents -> report (object_refs: what each supports); relations -> relationship
(STIX types where they fit, else related-to with x_polemos_relation); claims -> note, denials -> opinion;
contradictions -> note; events -> x-polemos-event (see stix_event.py). Ids are uuid5 over stable keys
and timestamps come from the data, so the same store always gives the same bundle.
"""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import stix2

from ..place import iso2
from ..query import EventFilter
from ..ranges import Range
from .acled import mappings
from .records import Written
from .stix_event import EVENT_TYPE, PRODUCER_ID, PolemosEvent, extension_definitions, provenance, stable_id

_IDENTITY_CLASS = {"person": "individual", "civilians": "class", "state": "organization",
                   "state_force": "organization", "organisation": "organization", "igo": "organization"}
# relation -> STIX relationship type, when the (source type, target type) pair allows it
_STIX_RELATION = {("hostile", "intrusion-set", "identity"): "targets",
                  ("hostile", "intrusion-set", "location"): "targets"}


class _Builder:
    def __init__(self, store):
        self.store = store
        self.docs = {d.doc_id: d for d in store.documents()}
        dates = [d.published for d in self.docs.values() if d.published]
        self.stamp = _ts(max(dates)) if dates else datetime(1970, 1, 1, tzinfo=UTC)
        self.objects: dict[str, Any] = {}
        self.refs: dict[str, set[str]] = {d: set() for d in self.docs}     # doc_id -> supported object ids
        self.kinds = {a["name"]: a for a in store.actors()}

    def common(self) -> dict[str, Any]:
        return {"created": self.stamp, "modified": self.stamp, "created_by_ref": PRODUCER_ID}

    def add(self, obj, *doc_ids: str) -> str:
        self.objects.setdefault(obj.id, obj)
        for d in doc_ids:
            self.refs.setdefault(d, set()).add(obj.id)
        return obj.id

    def actor(self, name: str, *doc_ids: str) -> str:
        rec = self.kinds.get(name, {})
        kind = rec.get("kind") or _kind_from_name(name)
        aliases = [a for a in rec.get("aliases_seen", []) if a != name]
        if kind == "armed_group":
            obj = stix2.IntrusionSet(id=stable_id("intrusion-set", name), name=name, aliases=aliases or None,
                                     **self.common())
        else:
            obj = stix2.Identity(id=stable_id("identity", name), name=name,
                                 identity_class=_IDENTITY_CLASS.get(kind, "unknown"),
                                 allow_custom=True, **provenance(x_polemos_kind=kind, x_polemos_aliases=aliases),
                                 **self.common())
        return self.add(obj, *doc_ids)

    def location(self, name, country, admin1, lat, lon, *doc_ids: str) -> str | None:
        code = iso2(country)
        if not code and (lat is None or lon is None):
            return None
        key = (name, code, admin1, None if lat is None else round(lat, 3), None if lon is None else round(lon, 3))
        props = {"name": name or admin1 or country, "country": code, "administrative_area": admin1}
        if lat is not None and lon is not None:
            props.update(latitude=float(lat), longitude=float(lon))
        obj = stix2.Location(id=stable_id("location", *key), **{k: v for k, v in props.items() if v is not None},
                             **self.common())
        return self.add(obj, *doc_ids)


def _ts(day) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _kind_from_name(name: str) -> str:
    from .acled import inter_code
    return {1: "state_force", 2: "armed_group", 3: "armed_group", 7: "civilians", 6: "civilians",
            5: "civilians"}.get(inter_code(name, {}) or 0, "organisation")


def _events(b: _Builder, f: EventFilter | None) -> None:
    disorder = mappings()["disorder_by_event_type"]
    for ev in b.store.iter_events(f):
        doc_ids = sorted({r.doc_id for r in ev.reports})
        p = ev.place
        actors = [b.actor(n, *doc_ids) for n in (ev.actor1, ev.actor2) if n]
        loc = b.location(p.location, p.country, p.admin1, p.latitude if p.has_point else None,
                         p.longitude if p.has_point else None, *doc_ids)
        row = ev.row()
        fields = {k: row.get(k) for k in ("event_key", "event_date", "date_precision", "event_type",
                                          "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2",
                                          "location", "geo_precision", "fatalities", "fatalities_low",
                                          "fatalities_high", "claimed_by", "denied_by")}
        if p.has_point:
            fields.update(latitude=p.latitude, longitude=p.longitude)
        fields.update(assoc_actor_1=ev.assoc_actor1, assoc_actor_2=ev.assoc_actor2,
                      disorder_type=disorder.get(ev.event_type), sources=ev.sources or None,
                      actor_refs=actors or None, location_ref=loc)
        obj = PolemosEvent(id=stable_id("x-polemos-event", ev.event_key), name=ev.title(),
                           **{k: v for k, v in fields.items() if v is not None}, **b.common())
        event_id = b.add(obj, *doc_ids)
        for c in ev.contradictions:
            lines = [f"- {i.source or i.doc_id}: {i.value} — \"{i.evidence or ''}\"" for i in c.items]
            note = stix2.Note(id=stable_id("note", ev.event_key, c.kind, c.summary),
                              abstract=f"{c.severity.capitalize()} ({c.kind}): {c.summary}",
                              content="\n".join([c.summary, *lines]), object_refs=[event_id], allow_custom=True,
                              **b.common())
            b.add(note, *[i.doc_id for i in c.items if i.doc_id])


def _relations(b: _Builder) -> None:
    for rel in b.store.relations():
        src, dst = b.actor(rel["actor1"], rel["doc_id"]), b.actor(rel["actor2"], rel["doc_id"])
        stype = _STIX_RELATION.get((rel["relation"], src.split("--")[0], dst.split("--")[0]), "related-to")
        extra = provenance(x_polemos_relation=rel["relation"], x_polemos_evidence=rel["evidence"],
                           x_polemos_span=f"{rel['doc_id']}:{rel['evidence_start']}-{rel['evidence_end']}")
        when = {}
        if rel.get("valid_from") and len(rel["valid_from"]) >= 4:
            when["start_time"] = datetime(int(rel["valid_from"][:4]), 1, 1, tzinfo=UTC)
        obj = stix2.Relationship(id=stable_id("relationship", rel["doc_id"], rel["evidence_start"], src,
                                              rel["relation"], dst),
                                 relationship_type=stype, source_ref=src, target_ref=dst,
                                 description=rel["evidence"], allow_custom=True, **extra, **when, **b.common())
        b.add(obj, rel["doc_id"])


def _claims(b: _Builder) -> None:
    for c in b.store.claims():
        refs = [b.actor(n, c["doc_id"]) for n in (c.get("attributed_to"), c.get("subject")) if n]
        if not refs:
            continue
        figure = Range(c.get("low"), c.get("high"))
        who = c.get('attributed_to') or 'unattributed source'
        abstract = f"Claim by {who}: {c['subject']} {c['quantity']} {figure}"
        note = stix2.Note(id=stable_id("note", c["doc_id"], c["evidence_start"], c["subject"], c["quantity"]),
                          abstract=abstract, content=c["evidence"], object_refs=refs,
                          authors=[c["attributed_to"]] if c.get("attributed_to") else None,
                          allow_custom=True, **b.common(),
                          **provenance(x_polemos_span=f"{c['doc_id']}:{c['evidence_start']}-{c['evidence_end']}"))
        b.add(note, c["doc_id"])
        if c.get("denied_by"):
            op = stix2.Opinion(id=stable_id("opinion", note.id, c["denied_by"]), opinion="strongly-disagree",
                               authors=[c["denied_by"]], object_refs=[note.id],
                               explanation=f"{c['denied_by']} denies the claim: {c['evidence']}", **b.common())
            b.add(op, c["doc_id"])


def _reports(b: _Builder) -> None:
    for doc_id, doc in sorted(b.docs.items()):
        refs = sorted(b.refs.get(doc_id) or {PRODUCER_ID})
        ext = [{"source_name": doc.publisher or doc_id, **({"url": doc.url} if doc.url else {}),
                "external_id": doc_id}]
        published = _ts(doc.published) if doc.published else b.stamp
        b.add(stix2.Report(id=stable_id("report", doc_id), name=doc.title or doc_id, published=published,
                           report_types=["threat-report"], object_refs=refs, external_references=ext,
                           description=f"{doc.publisher or 'Unknown publisher'}; {doc.words} words",
                           allow_custom=True, **b.common()))


def build_bundle(store, f: EventFilter | None = None) -> stix2.Bundle:
    """The STIX 2.1 bundle of everything in the store, or of the events a filter selects with all the
    other facts (deterministic ids and timestamps)."""
    b = _Builder(store)
    producer = stix2.Identity(id=PRODUCER_ID, name="Polemos", identity_class="system",
                              created=b.stamp, modified=b.stamp)
    b.add(producer)
    for ext in extension_definitions(b.stamp):
        b.add(ext)
    for mention in store.mentions(kind="place"):
        b.location(mention.get("name"), mention.get("country"), mention.get("admin1"), mention.get("lat"),
                   mention.get("lon"), mention["doc_id"])
    for actor in store.actors():
        b.actor(actor["name"], *actor.get("mentions", {}))
    _events(b, f)
    _relations(b)
    _claims(b)
    _reports(b)
    objects = sorted(b.objects.values(), key=lambda o: o.id)
    return stix2.Bundle(objects=objects, id=stable_id("bundle", *sorted(o.id for o in objects)), allow_custom=True)


def write_stix(store, out_path, f: EventFilter | None = None) -> Written:
    """Write the STIX bundle as JSON to `out_path`: one x-polemos-event per canonical event."""
    bundle = build_bundle(store, f)
    Path(out_path).write_text(bundle.serialize(pretty=True) + "\n", encoding="utf-8")
    events = sum(1 for o in bundle.objects if o["type"] == EVENT_TYPE)
    return Written("events", events, label=f"{events} events in {len(bundle.objects)} STIX objects")
