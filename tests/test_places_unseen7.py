"""Places on invented sentences of the kinds read wrongly on unseen text (seventh pass): villages of the Donbas
line of contact the GeoNames extract lacks or holds only in other oblasts, Lebanese and Iraqi villages, a
division whose pack name is ACLED's own spelling whatever a note's notation writes."""
from __future__ import annotations

from datetime import date

from polemos.knowledge.gazetteer import default_gazetteer
from tests.event_sentences import events

PUB = date(2019, 6, 4)


def places_of(text: str) -> set[tuple]:
    return {(e.country, e.admin1) for e in events(text, PUB)}


def test_villages_of_the_donbas_line_of_contact():
    # a village the extract holds only in an oblast far from the front (Molodizhne: Kirovohrad, Poltava...) or
    # not at all: the event had its country alone
    assert places_of("On 3 June 2019, the OSCE SMM recorded 12 explosions near Molodizhne.") == {("Ukraine", "Luhansk")}
    assert places_of("On 3 June 2019, the OSCE SMM recorded 7 explosions near Travneve.") == {("Ukraine", "Donetsk")}
    assert places_of("On 3 June 2019, the OSCE SMM recorded 30 explosions near Elenovka.") == {("Ukraine", "Donetsk")}
    gz = default_gazetteer()
    for name, admin1 in [("Sokilnyky", "Luhansk"), ("Orikhove-Donetske", "Luhansk"), ("Petrivske", "Donetsk"),
                         ("Pyshchevyk", "Donetsk"), ("Zhabichevo", "Donetsk"), ("Khutir Vilny", "Luhansk")]:
        assert any(p.iso2 == "UA" and p.admin1 == admin1 for p in gz.lookup(name)), name
