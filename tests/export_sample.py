"""An invented knowledge base (Pakistan and Afghanistan, 2024) for the export and brief tests."""
from __future__ import annotations

import hashlib
from datetime import date

from polemos.model import ActorMention, Claim, Document, Event, Extraction, Mentions, PlaceMention, Relation, Span
from polemos.resolve.reconcile import canonical
from polemos.store import open_store

TTP = "TTP: Tehreek-i-Taliban Pakistan"
ISKP = "Islamic State Khorasan Province (ISKP)"
POLICE_PK = "Police Forces of Pakistan (2018-)"
MIL_AF = "Military Forces of Afghanistan (2021-)"
UAG_PK = "Unidentified Armed Group (Pakistan)"
CIV_PK, CIV_AF = "Civilians (Pakistan)", "Civilians (Afghanistan)"

TEXTS = {
    "frontier-a": (
        "Fighters of the Tehreek-i-Taliban Pakistan stormed a police post in Bannu on Sunday night, killing six "
        "policemen, district officials said. The TTP said in a statement that its men carried out the raid. "
        "Hours later a roadside bomb hit a van carrying wedding guests near Khar in Bajaur, killing three "
        "civilians. The TTP has fought the Pakistani state since 2007 and works closely with the Afghan Taliban."),
    "wire-b": (
        "At least eight police officers died when gunmen overran a checkpoint in Bannu late on Sunday, a police "
        "spokesman told reporters. A TTP spokesman denied that the group had any role in the attack."),
    "ledger-c": (
        "Islamic State Khorasan Province claimed a suicide bombing outside a bank in Kandahar on Tuesday that "
        "killed 21 people queuing for salaries. A day later Afghan forces killed two ISKP fighters in a raid "
        "near Jalalabad, officials said. ISKP claimed it had killed 35 Taliban members in March, which the "
        "Taliban denied. A former TTP commander defected to ISKP last year. "
        "Gunmen shot dead a tribal elder in Nili, Daykundi, in February, and clashes were reported in "
        "Panjshir the same month. In 2015, commanders in Nangarhar pledged allegiance to the Islamic State."),
}
META = {
    "frontier-a": ("Frontier Wire", "Police post stormed in Bannu", date(2024, 3, 11), "https://frontier.example/bannu"),
    "wire-b": ("Reuters", "Eight police killed in northwest Pakistan", date(2024, 3, 11), None),
    "ledger-c": ("Kabul Ledger", "IS-K claims Kandahar bank bombing", date(2024, 4, 4), "https://ledger.example/k"),
}


def span(doc_id: str, phrase: str) -> Span:
    text = TEXTS[doc_id]
    start = text.index(phrase)
    return Span(doc_id, start, start + len(phrase))


def sentence(doc_id: str, phrase: str) -> Span:
    """The sentence of `doc_id` that contains `phrase`."""
    text = TEXTS[doc_id]
    at = text.index(phrase)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    return Span(doc_id, start, len(text) if end < 0 else end + 1)


def _ev(doc_id, phrase, etype, sub, day, prec, a1, a2, country, admin1, loc, lat, lon, fat, **kw) -> Event:
    return Event(doc_id, etype, sub, sentence(doc_id, phrase), event_date=day, date_precision=prec, actor1=a1,
                 actor2=a2, country=country, admin1=admin1, location=loc, latitude=lat, longitude=lon,
                 geo_precision=kw.pop("geo", 1), fatalities=fat, fatalities_low=fat, fatalities_high=fat, **kw)


def _actor(doc_id, phrase, actor_id, name, kind) -> ActorMention:
    return ActorMention(span(doc_id, phrase), phrase, actor_id, name, kind)


def _place(doc_id, phrase, name, country, admin1, lat, lon, iso, feature="city") -> PlaceMention:
    return PlaceMention(span(doc_id, phrase), phrase, name, country, admin1, lat, lon, None, iso, feature)


def extractions() -> dict[str, Extraction]:
    a, b, c = "frontier-a", "wire-b", "ledger-c"
    ex_a = Extraction(
        Mentions(actors=[_actor(a, "Tehreek-i-Taliban Pakistan", "ttp", TTP, "armed_group"),
                         _actor(a, "policemen", "police_pk", POLICE_PK, "state_force"),
                         _actor(a, "Afghan Taliban", "taliban", "Taliban", "armed_group")],
                 places=[_place(a, "Bannu", "Bannu", "Pakistan", "Khyber Pakhtunkhwa", 32.99, 70.60, "PK"),
                         _place(a, "Khar", "Khar", "Pakistan", "Khyber Pakhtunkhwa", 34.73, 71.52, "PK")]),
        events=[_ev(a, "stormed a police post", "Battles", "Armed clash", "2024-03-10", "day", TTP, POLICE_PK,
                    "Pakistan", "Khyber Pakhtunkhwa", "Bannu", 32.99, 70.60, 6, claimed_by=TTP),
                _ev(a, "roadside bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2024-03-10",
                    "day", UAG_PK, CIV_PK, "Pakistan", "Khyber Pakhtunkhwa", "Khar", 34.73, 71.52, 3, geo=2)],
        relations=[Relation(a, TTP, "hostile", "Government of Pakistan", sentence(a, "fought the Pakistani"), "2007"),
                   Relation(a, TTP, "cooperative", "Taliban", sentence(a, "works closely"))])
    ex_b = Extraction(
        Mentions(actors=[_actor(b, "police officers", "police_pk", POLICE_PK, "state_force"),
                         _actor(b, "TTP", "ttp", TTP, "armed_group")],
                 places=[_place(b, "Bannu", "Bannu", "Pakistan", "Khyber Pakhtunkhwa", 32.99, 70.60, "PK")]),
        events=[_ev(b, "overran a checkpoint", "Battles", "Armed clash", "2024-03-10", "day", UAG_PK, POLICE_PK,
                    "Pakistan", "Khyber Pakhtunkhwa", "Bannu", 32.99, 70.60, 8, denied_by=TTP)])
    ex_c = Extraction(
        Mentions(actors=[_actor(c, "Islamic State Khorasan Province", "iskp", ISKP, "armed_group"),
                         _actor(c, "Afghan forces", "mil_af", MIL_AF, "state_force"),
                         _actor(c, "Taliban members", "taliban", "Taliban", "armed_group")],
                 places=[_place(c, "Kandahar", "Kandahar", "Afghanistan", "Kandahar", 31.61, 65.71, "AF"),
                         _place(c, "Daykundi", "Daykundi", "Afghanistan", "Daykundi", 33.9, 66.2, "AF-DAY", "admin1")]),
        events=[_ev(c, "suicide bombing", "Explosions/Remote violence", "Suicide bomb", "2024-04-02", "day", ISKP,
                    CIV_AF, "Afghanistan", "Kandahar", "Kandahar", 31.61, 65.71, 21, claimed_by=ISKP),
                _ev(c, "raid near Jalalabad", "Battles", "Armed clash", "2024-04-03", "day", MIL_AF, ISKP,
                    "Afghanistan", "Nangarhar", "Jalalabad", 34.43, 70.45, 2, geo=2),
                _ev(c, "tribal elder", "Violence against civilians", "Attack", "2024-02", "month",
                    "Unidentified Armed Group (Afghanistan)", CIV_AF, "Afghanistan", "Daykundi", "Nili",
                    33.72, 66.13, 1),
                _ev(c, "clashes were reported", "Battles", "Armed clash", "2024-02", "month", MIL_AF,
                    "Unidentified Armed Group (Afghanistan)", "Afghanistan", "Panjshir", "Bazarak", 35.31, 69.52,
                    0, geo=3),
                _ev(c, "pledged allegiance", "Strategic developments", "Change to group/activity", "2015", "year",
                    ISKP, None, "Afghanistan", "Nangarhar", "Nangarhar", 34.4, 70.4, 0, geo=3)],
        claims=[Claim(c, "Taliban", "killed", sentence(c, "35 Taliban"), 35, 35, "2024-03", ISKP, "Taliban")],
        relations=[Relation(c, ISKP, "hostile", "Taliban", sentence(c, "35 Taliban")),
                   Relation(c, TTP, "defection", ISKP, sentence(c, "defected"), "2023")])
    return {a: ex_a, b: ex_b, c: ex_c}


def build(path) -> object:
    """A store at `path` holding the three documents; the Bannu raid resolved across two reports."""
    store = open_store(str(path))
    for doc_id, ex in extractions().items():
        pub, title, published, url = META[doc_id]
        text = TEXTS[doc_id]
        store.add(Document(doc_id, text, title=title, publisher=pub, published=published, url=url,
                           content_hash=hashlib.sha256(text.encode()).hexdigest(), fmt="txt"), ex)
    bannu = [e for e in store.events() if e["location"] == "Bannu"]
    merged = canonical("bannu-2024-03-10", bannu, store.document_meta())
    store.save_canonical([merged], removed=[e["event_key"] for e in bannu])
    return store
