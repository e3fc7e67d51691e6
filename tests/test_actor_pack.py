"""The actor knowledge pack: loading, validation, alias lookup, date-bounded facts."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from polemos.errors import KnowledgeError
from polemos.knowledge.actors import ActorPack, default_pack, norm


@pytest.fixture(scope="module")
def pack() -> ActorPack:
    return default_pack()


def test_pack_is_large_and_every_file_is_versioned(pack):
    assert len(pack) >= 300
    for path in Path(pack.get("taliban").source).parent.glob("*.yaml"):
        assert path.read_text(encoding="utf-8").lstrip().startswith(("version: 1", "#"))


@pytest.mark.parametrize("surface", [
    "ISIS-K", "IS-K", "ISKP", "IS-KP", "ISIL-K", "ISIS K", "Islamic State Khorasan Province",
    "Islamic State’s Khorasan Province", "islamic state of khorasan", "Daesh-Khorasan",
    "Islamic State of Iraq and the Levant – Khorasan Province", "Khorasan Chapter of the Islamic State",
])
def test_every_spelling_of_iskp_names_one_actor(pack, surface):
    assert pack.lookup(surface).id == "iskp"


def test_normalisation_drops_case_punctuation_diacritics_and_the():
    assert norm("The Islamic State’s  Khorasan-Province") == norm("islamic states khorasan province")
    assert norm("Al-Qāʿida") == norm("al qaida")


def test_context_aliases_follow_the_documents_countries(pack):
    assert pack.lookup("Daesh", ["Afghanistan"]).id == "iskp"
    assert pack.lookup("Islamic State group", ["Syria"]).id == "islamic_state_syria"
    assert pack.lookup("ISIS", ["Iraq", "Syria"]).id == "islamic_state_iraq"
    assert pack.lookup("Daesh").id == "islamic_state"
    assert pack.lookup("Daesh", ["France"]).id == "islamic_state"


def test_khorasan_group_is_not_iskp(pack):
    rec = pack.lookup("Khorasan Group")
    assert rec is not None and rec.id != "iskp"
    assert rec.parent == "al_qaeda"


def test_taliban_kind_and_acled_name_change_on_2021_08_15(pack):
    before, after = date(2021, 8, 14), date(2021, 8, 15)
    assert pack.kind_at("taliban", before) == "armed_group" and pack.inter_at("taliban", before) == 2
    assert pack.kind_at("taliban", after) == "state_force" and pack.inter_at("taliban", after) == 1
    assert pack.acled_name_at("taliban", after) == "Military Forces of Afghanistan (2021-)"
    assert pack.name_at("taliban", after) == "Taliban"


def test_state_forces_by_country_date_and_force(pack):
    assert pack.state_forces("Afghanistan", date(2020, 5, 1)).name == "Military Forces of Afghanistan (2004-2021)"
    assert pack.state_forces("Afghanistan", date(2022, 5, 1)).name == "Military Forces of Afghanistan (2021-)"
    assert pack.state_forces("Pakistan", date(2023, 1, 1), force="police").name == "Police Forces of Pakistan (2018-)"
    assert pack.state_forces("United States").name == "Military Forces of the United States"
    assert pack.state_forces("Afghanistan", date(2022, 5, 1), before=True).name.endswith("(2004-2021)")
    assert pack.demonym_country("Nigerian") == "Nigeria"


def test_persons_carry_dated_affiliations(pack):
    assert pack.lookup("Sanaullah Ghafari").id == pack.lookup("Shahab al-Muhajer").id == "shahab_al_muhajir"
    [aff] = pack.affiliations("shahab_al_muhajir", date(2022, 1, 1))
    assert (aff.actor_id, aff.role) == ("iskp", "leader")
    assert pack.lookup("Abu Umar Khurasani").id == pack.lookup("Abu Omar Khorasani").id
    assert pack.affiliations("abu_omar_khorasani", date(2022, 1, 1)) == []
    assert pack.get("haqqani_network").parent_relation == "member_of"
    assert pack.get("iskp").parent == "islamic_state"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_user_pack_adds_actors(tmp_path, monkeypatch):
    extra = _write(tmp_path, "version: 1\nactors:\n  - {id: river_front, name: River Front, kind: armed_group,"
                             " country: Mali, aliases: [RF-Mali]}\n")
    pack = ActorPack.load(extra=[extra])
    assert pack.lookup("rf mali").name == "River Front" and pack.get("river_front").inter == 2
    monkeypatch.setenv("POLEMOS_ACTOR_PACKS", str(extra))
    assert ActorPack.load().lookup("River Front").id == "river_front"


@pytest.mark.parametrize("body, words", [
    ("version: 1\nactors:\n  - {id: taliban, name: Copy, kind: armed_group}\n", ["duplicate id", "taliban"]),
    ("version: 1\nactors:\n  - {id: x_group, name: X, kind: armed_group, parent: nowhere}\n",
     ["unknown parent", "x_group"]),
    ("version: 1\nactors:\n  - {id: y_group, name: Y, kind: gang}\n", ["bad kind", "y_group"]),
    ("actors: []\n", ["version: 1"]),
    ("version: 1\nactors:\n  - {id: z_group, name: Z, kind: armed_group, aliases: [ISKP]}\n", ["ISKP", "iskp"]),
])
def test_validation_errors_name_file_and_entry(tmp_path, body, words):
    path = _write(tmp_path, body)
    with pytest.raises(KnowledgeError) as err:
        ActorPack.load(extra=[path])
    message = str(err.value)
    assert "extra.yaml" in message
    for word in words:
        assert word in message


def test_name_with_acronym_in_brackets_falls_back(pack):
    assert pack.lookup("Tehrik-i-Taliban Pakistan (TTP)").id == "ttp"
    assert pack.lookup("Baloch Liberation Army (BLA)").id == "bla"
    assert pack.lookup("Islamic State (Syria)").id == "islamic_state_syria"


@pytest.mark.parametrize("surface, expected", [
    ("Military Forces of Israel (2009-)", "Military Forces of Israel"),
    ("Military Forces of Libya (2016-) Government of National Accord", "Military Forces of Libya"),
    ("Police Forces of Mexico (2018-)", "Police Forces of Mexico (2018-2024)"),
    ("Military Forces of Artsakh (2007-)", "Military Forces of Artsakh"),
    ("National Resistance Forces", "National Resistance Forces"),
    ("Operation Peace Spring", "Operation Peace Spring"),
    ("Unidentified Gang (Brazil)", "Unidentified Gang"),
    ("Unknown", "Unidentified Armed Group"),
])
def test_acled_and_gtd_actor_names_resolve(pack, surface, expected):
    rec = pack.lookup(surface)
    assert rec is not None and rec.name.startswith(expected)


def test_period_label_the_pack_words_differently_resolves_by_date(pack):
    assert pack.lookup("Military Forces of Afghanistan (2004-2021)").id == "military_afghanistan_2004_2021"
    assert pack.lookup("Government of Afghanistan (2021-)").id == "government_afghanistan_2021"
    assert pack.lookup("Military Forces of Nowhere (2009-)") is None


@pytest.mark.parametrize("surface", ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban",
                                     "Tehreek-e-Taliban Pakistan",
                                     "Tehrik-e-Taliban", "Tehreek-e-Taliban-e-Pakistan"])
def test_common_spellings_of_ttp(pack, surface):
    assert pack.lookup(surface).id == "ttp"


@pytest.mark.parametrize("surface", ["Military Forces of the United States", "US military", "US troops",
                                     "U.S. forces", "American soldiers"])
def test_common_names_of_the_us_military(pack, surface):
    assert pack.lookup(surface).id == "military_united_states"


def test_military_of_a_state_and_of_a_government(pack):
    assert pack.military_of("united_states").name == "Military Forces of the United States"
    assert pack.military_of("afghanistan", date(2019, 1, 1)).name == "Military Forces of Afghanistan (2004-2021)"
    assert pack.military_of("government_afghanistan_2004_2021", date(2019, 1, 1)).id == "military_afghanistan_2004_2021"
    assert pack.military_of("police_pakistan_2018").id == "police_pakistan_2018"
    assert pack.military_of("ttp") is None and pack.military_of("no_such_actor") is None


def test_state_forces_finds_intelligence_services_by_period(pack):
    assert pack.state_forces("Afghanistan", date(2019, 1, 1), "intelligence").id == "nds"
    assert pack.state_forces("Afghanistan", date(2023, 1, 1), "intelligence").id == "gdi"
    assert pack.state_forces("Afghanistan", date(2023, 1, 1), "intelligence", before=True).id == "nds"


def test_news_agencies_are_source_organisations_and_civilians_take_the_country(pack):
    assert pack.lookup("AFP").kind == "organisation" and pack.role_of("afp") == "source"
    assert pack.role_of("taliban") is None
    assert pack.civilians_name("Afghan") == "Civilians (Afghanistan)"
    assert pack.civilians_name("Nigeria") == "Civilians (Nigeria)" and pack.civilians_name(None) == "Civilians"


def test_force_key_is_validated(tmp_path):
    path = _write(tmp_path, "version: 1\nactors:\n  - {id: q_spies, name: Q, kind: state_force, force: spying,"
                            " country: Mali}\n")
    with pytest.raises(KnowledgeError, match="force"):
        ActorPack.load(extra=[path])


def test_a_country_in_brackets_is_not_the_actor(pack):
    assert pack.lookup("Tiv Ethnic Militia (Nigeria)") is None
    assert pack.lookup("Unidentified Clan Militia (Lebanon)") is None


@pytest.mark.parametrize("surface,actor_id", [
    ("New People's Army", "npa_philippines"), ("NPA", "npa_philippines"), ("Abu Sayyaf", "abu_sayyaf"),
    ("Arakan Army", "arakan_army"), ("Cartel Jalisco Nueva Generacion", "cjng"),
    ("Comando Vermelho", "comando_vermelho"), ("Clan del Golfo", "agc_colombia"), ("dahalo", "dahalo"),
])
def test_armed_groups_beyond_south_asia(pack, surface, actor_id):
    assert pack.lookup(surface).id == actor_id


def test_libyan_rival_forces_take_their_2020_acled_names(pack):
    assert pack.lookup("GNA air force", ["Libya"]).name.startswith("Military Forces of Libya")
    assert pack.acled_name_at("lna", date(2020, 5, 1)) == "Military Forces of Libya (2014-) Haftar Faction"
    assert pack.lookup("Military Forces of Libya (2014-) Haftar Faction").id == "lna"
