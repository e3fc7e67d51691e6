"""The STIX 2.1 extension that carries ACLED-coded events: a new SDO `x-polemos-event`.

Documented in docs/stix-extension.md. Its extension-definition id is fixed (derived from a stable
name), so every bundle Polemos writes names the same extension.
"""
from __future__ import annotations

import hashlib
import uuid

from stix2 import CustomObject, ExtensionDefinition
from stix2.properties import FloatProperty, IntegerProperty, ListProperty, ReferenceProperty, StringProperty

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "polemos:stix")
PROVENANCE_PROPERTIES = ["x_polemos_relation", "x_polemos_evidence", "x_polemos_span", "x_polemos_kind",
                         "x_polemos_aliases"]
EVENT_TYPE = "x-polemos-event"


def stable_id(stix_type: str, *key: object) -> str:
    """A deterministic STIX id over stable keys, so re-exports are identical.

    uuid5-style (SHA-1 of namespace + type + key), stamped as version 4 as STIX 2.1 asks of SDO/SRO
    ids: the hash bits are as unpredictable as random ones, yet the same key always gives the same id.
    """
    digest = hashlib.sha1(NAMESPACE.bytes + "|".join([stix_type, *map(str, key)]).encode("utf-8")).digest()
    return f"{stix_type}--{uuid.UUID(bytes=digest[:16], version=4)}"


PRODUCER_ID = stable_id("identity", "producer:polemos")
EXTENSION_ID = stable_id("extension-definition", "x-polemos-event:1.0")
PROVENANCE_ID = stable_id("extension-definition", "x-polemos-provenance:1.0")


def provenance(**props) -> dict:
    """Keyword arguments adding Polemos' provenance properties (a toplevel-property-extension) to an object."""
    props = {k: v for k, v in props.items() if v not in (None, "", [])}
    if not props:
        return {}
    return {"extensions": {PROVENANCE_ID: {"extension_type": "toplevel-property-extension"}}, **props}


@CustomObject(EVENT_TYPE, [
    ("name", StringProperty(required=True)),
    ("event_key", StringProperty(required=True)),
    ("event_date", StringProperty()),
    ("date_precision", StringProperty()),
    ("event_type", StringProperty(required=True)),
    ("sub_event_type", StringProperty()),
    ("disorder_type", StringProperty()),
    ("actor1", StringProperty()),
    ("actor2", StringProperty()),
    ("assoc_actor_1", StringProperty()),
    ("assoc_actor_2", StringProperty()),
    ("actor_refs", ListProperty(ReferenceProperty(valid_types=["identity", "intrusion-set"], spec_version="2.1"))),
    ("location_ref", ReferenceProperty(valid_types="location", spec_version="2.1")),
    ("country", StringProperty()),
    ("admin1", StringProperty()),
    ("admin2", StringProperty()),
    ("location", StringProperty()),
    ("latitude", FloatProperty(min=-90.0, max=90.0)),
    ("longitude", FloatProperty(min=-180.0, max=180.0)),
    ("geo_precision", IntegerProperty(min=1, max=3)),
    ("fatalities", IntegerProperty(min=0)),
    ("fatalities_low", IntegerProperty(min=0)),
    ("fatalities_high", IntegerProperty(min=0)),
    ("claimed_by", StringProperty()),
    ("denied_by", StringProperty()),
    ("sources", ListProperty(StringProperty)),
    ("notes", StringProperty()),
], extension_name=EXTENSION_ID)
class PolemosEvent:
    """One canonical, ACLED-coded event (all reports of it merged)."""


def extension_definitions(created) -> list[ExtensionDefinition]:
    """The extension-definition objects that every bundle carries."""
    event = ExtensionDefinition(
        id=EXTENSION_ID, created_by_ref=PRODUCER_ID, created=created, modified=created,
        name="Polemos ACLED-coded event", version="1.0", extension_types=["new-sdo"],
        schema="Polemos docs/stix-extension.md: x-polemos-event, an ACLED-coded conflict event",
        description=("A new SDO, x-polemos-event, for one armed-conflict event coded in ACLED's taxonomy "
                     "(event and sub-event type, actors, place, date and precision, fatalities as the "
                     "lowest credible figure with the range reported), merged across its reports."))
    prov = ExtensionDefinition(
        id=PROVENANCE_ID, created_by_ref=PRODUCER_ID, created=created, modified=created,
        name="Polemos provenance", version="1.0", extension_types=["toplevel-property-extension"],
        extension_properties=PROVENANCE_PROPERTIES,
        schema="Polemos docs/stix-extension.md: x_polemos_* provenance properties",
        description=("Top-level properties carrying Polemos' provenance: the relation as Polemos names it, "
                     "the evidence sentence and its span (doc_id:start-end), the actor kind and aliases seen."))
    return [event, prov]
